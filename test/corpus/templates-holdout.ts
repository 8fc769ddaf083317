// Held-out split: paste shapes that never appear in the dev split. Evaluated only, never tuned against.
import type { FakeKeys } from '../support/keys';
import { DOC_EXAMPLES, EXCHANGES, example, exchangePair, placeholder, token, type Exchange } from './catalogue';
import { decoy, doc, join, key, type Fragment, type Mark } from './labels';
import { b64, type Template } from './templates-dev';

const shellHistory: Template = (k) => {
  const ex = exchangePair(k, k.pick(EXCHANGES.filter((e) => e !== 'coinbase')));
  const gh = token(k, 'github');
  const docker = token(k, 'dockerhub');
  const t = token(k);
  const up = ex.provider.toUpperCase();
  return {
    ext: 'sh',
    ...doc`  501  cd ~/bots/grid
  502  export ${up}_KEY=${ex.key}
  503  export ${up}_SECRET='${ex.secret}'
  504  python grid.py --pair XBTUSD --dry-run
  505  git log -1 --format=%H  # ${decoy('hash', k.gitSha())}
  506  echo ${gh.mark} | gh auth login --with-token
  507  docker login -u acmebot -p ${docker.mark}
  508  export ${t.name}="${t.mark}"
  509  export API_KEY=${placeholder(k)}
  510  uuidgen  # ${decoy('uuid', k.uuid())}
`,
  };
};

const postmanCollection: Template = (k) => {
  const a = token(k);
  const b = token(k, k.pick(['openai', 'anthropic', 'sendgrid', 'mailgun', 'postman', 'linear']));
  return {
    ext: 'json',
    ...doc`{
  "info": { "_postman_id": "${decoy('uuid', k.uuid())}", "name": "Acme API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${a.mark}", "type": "string" }] },
  "item": [
    {
      "name": "Send",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "Bearer ${b.mark}" },
          { "key": "X-Idempotency-Key", "value": "${decoy('uuid', k.uuid())}" }
        ],
        "url": "{{baseUrl}}/v1/send"
      }
    }
  ],
  "variable": [{ "key": "apiKey", "value": "${placeholder(k)}" }]
}
`,
  };
};

const dotfiles: Template = (k) => {
  const npm = token(k, 'npm');
  const pypi = token(k, 'pypi');
  const id = key('aws', k.awsKeyId());
  const secret = key('aws', k.awsSecret());
  return {
    ext: 'txt',
    ...doc`==> ~/.npmrc <==
//registry.npmjs.org/:_authToken=${npm.mark}
@acme:registry=https://npm.pkg.github.com

==> ~/.pypirc <==
[pypi]
username = __token__
password = ${pypi.mark}

==> ~/.aws/credentials <==
[default]
aws_access_key_id = ${id}
aws_secret_access_key = ${secret}

[docs]
aws_access_key_id = ${example(DOC_EXAMPLES.awsKeyId)}
aws_secret_access_key = ${example(DOC_EXAMPLES.awsSecret)}

==> ~/.ssh/id_ed25519 <==
${key('private-key', k.pem('OPENSSH PRIVATE KEY'))}
`,
  };
};

const helmValues: Template = (k) => {
  const a = token(k);
  const b = token(k);
  return {
    ext: 'yaml',
    ...doc`replicaCount: 2
image:
  repository: registry.acme.io/payments
  tag: "${decoy('hash', k.gitSha().slice(0, 12))}"
secrets:
  ${a.name.toLowerCase()}: ${a.mark}
  ${b.name.toLowerCase()}: "${b.mark}"
  webhookSigningSecret: "${placeholder(k)}"
podAnnotations:
  checksum/secret: ${decoy('hash', k.sha256Hex())}
tls:
  key: |
    ${key('private-key', k.pem('RSA PRIVATE KEY').replace(/^/gm, '    ').trimStart())}
`,
  };
};

const supportEmail: Template = (k) => {
  const ex = exchangePair(k, k.pick(['binance', 'kraken', 'kucoin', 'gemini', 'bitfinex'] as const));
  const name = ex.provider[0]?.toUpperCase() + ex.provider.slice(1);
  return {
    ext: 'eml',
    ...doc`From: j.doe@example.org
To: support@tradebot.example
Subject: bot stopped trading on ${name}

Hi,

my bot stopped placing orders yesterday. I created a new ${name} API key just in case:

API Key: ${ex.key}
Secret Key: ${ex.secret}
${ex.passphrase ? doc`Passphrase: ${ex.passphrase}\n` : ''}
Ticket reference ${decoy('uuid', k.uuid())}. Could you have a look?

Thanks,
J.
`,
  };
};

const jsonLogs: Template = (k) => {
  const ai = token(k, k.pick(['xai', 'anthropic', 'openai', 'groq', 'perplexity']));
  const t = token(k);
  const jwt = key('jwt', k.jwt());
  const trace = () => decoy('hash', k.hex(32));
  return {
    ext: 'jsonl',
    ...doc`{"level":"info","ts":"2025-03-0${k.int(1, 9)}T10:00:00Z","trace_id":"${trace()}","msg":"request started","path":"/v1/complete"}
{"level":"debug","trace_id":"${trace()}","msg":"outgoing request","headers":{"authorization":"Bearer ${ai.mark}","content-type":"application/json"}}
{"level":"debug","trace_id":"${trace()}","msg":"env","${t.name}":"${t.mark}"}
{"level":"debug","msg":"supabase call","headers":{"apikey":"${jwt}"}}
{"level":"warn","trace_id":"${trace()}","msg":"retrying","request_id":"${decoy('uuid', k.uuid())}"}
`,
  };
};

function tomlFor(k: FakeKeys, provider: Exchange): Fragment {
  const ex = exchangePair(k, provider);
  return doc`[exchanges.${provider}]
enabled = true
api_key = "${ex.key}"
api_secret = "${ex.secret}"
${ex.passphrase ? doc`passphrase = "${ex.passphrase}"\n` : ''}rate_limit_ms = ${k.int(100, 1000)}
`;
}

const tomlConfig: Template = (k) => {
  const providers = [k.pick(EXCHANGES), k.pick(EXCHANGES)];
  return {
    ext: 'toml',
    ...doc`# grid-trader configuration
[general]
instance = "${decoy('uuid', k.uuid())}"
log_level = "info"

${join(providers.map((p) => tomlFor(k, p)), '\n')}
[notifications]
telegram_token = "${token(k, 'telegram').mark}"
discord_webhook = "${placeholder(k)}"
`,
  };
};

const qrPayloads: Template = (k) => {
  const a = exchangePair(k, 'kraken');
  const b = exchangePair(k, 'kraken');
  const c = exchangePair(k, 'bitfinex');
  const pct = (m: typeof a.secret) => key('kraken', encodeURIComponent(m.value));
  return {
    ext: 'txt',
    ...doc`Decoded QR codes from the screenshots:
1. kraken://apikey?key=${a.key}&secret=${a.secret}
2. kraken://apikey?key=${b.key}&secret=${pct(b.secret)}
3. user:${k.int(100000, 999999)}-key:${c.key}-secret:${c.secret}
4. ${example(DOC_EXAMPLES.krakenPublic)} (from the support article)
`,
  };
};

const phpRuby: Template = (k) => {
  const a = token(k);
  const ex = exchangePair(k, k.pick(['bitmex', 'okx', 'gemini', 'binance'] as const));
  return {
    ext: 'php',
    ...doc`<?php
// config/services.php
return [
    'mailer' => ['secret' => '${a.mark}'],
    '${ex.provider}' => [
        'key' => '${ex.key}',
        'secret' => '${ex.secret}',${ex.passphrase ? doc`\n        'passphrase' => '${ex.passphrase}',` : ''}
    ],
    'assets' => ['version' => '${decoy('hash', k.hex(20))}'],
    'analytics' => ['key' => env('ANALYTICS_KEY', '${placeholder(k)}')],
];

# --- ruby: config/initializers/stripe.rb
Stripe.api_key = "${token(k, 'stripe').mark}"
STRIPE_PUBLIC = "${decoy('public-by-design', k.stripePublishable())}"
`,
  };
};

const readmeMixed: Template = (k) => {
  const leak = token(k);
  return {
    ext: 'md',
    ...doc`# kraken-dca

[![build](https://img.shields.io/badge/build-passing-green)](https://ci.example.com/${decoy('hash', k.gitSha())})

Dollar-cost averaging on Kraken. Put your key in \`.env\`:

\`\`\`
KRAKEN_API_KEY=${placeholder(k)}
KRAKEN_PRIVATE_KEY=${placeholder(k)}
\`\`\`

A private key looks like \`${example(DOC_EXAMPLES.krakenPrivate)}\` (this one is from Kraken's support article).
Signatures (\`API-Sign\`) look the same but are not keys: \`${decoy('signature', k.sha512Base64())}\`.

Dev note: CI uses ${leak.mark} for now.
`,
  };
};

const gitDiff: Template = (k) => {
  const old = token(k);
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'kucoin'] as const));
  return {
    ext: 'diff',
    ...doc`diff --git a/config/settings.py b/config/settings.py
index ${decoy('hash', k.hex(7))}..${decoy('hash', k.hex(7))} 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -10,7 +10,9 @@ DEBUG = False
-${old.name} = "${old.mark}"
+${old.name} = os.environ["${old.name}"]
+EXCHANGE = "${ex.provider}"
+EXCHANGE_KEY = "${ex.key}"
+EXCHANGE_SECRET = "${ex.secret}"
 ALLOWED_HOSTS = ["*"]
`,
  };
};

const webPage: Template = (k) => {
  const leak = token(k, k.pick(['openai', 'anthropic', 'google', 'mailchimp', 'sendgrid', 'shopify']));
  return {
    ext: 'html',
    ...doc`<!doctype html>
<html><head>
<script src="/app.${decoy('hash', k.hex(8))}.js" integrity="sha384-${decoy('hash', k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}"></script>
<script>
  window.__CONFIG__ = {
    stripeKey: "${decoy('public-by-design', k.stripePublishable())}",
    firebase: { apiKey: "${decoy('public-by-design', k.google())}", projectId: "shop-${k.int(100, 999)}" },
    assistantKey: "${leak.mark}",
    sessionId: "${decoy('uuid', k.uuid())}"
  };
</script>
<img src="data:image/png;base64,${decoy('encoded-data', k.sha512Base64() + k.sha512Base64().slice(0, 40))}">
</head><body class="css-${k.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}"></body></html>
`,
  };
};

/** PHP json_encode output ('/' escaped as '\/'), a rendered Helm secret with base64 data, CRLF lines. */
const escapedAndEncoded: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kraken', 'kraken', 'coinbase'] as const));
  const t = token(k);
  const u = token(k);
  const slashEscaped = (m: Mark) => key(m.label.type === 'key' ? m.label.provider : '', m.value.replace(/\//g, '\\/'));
  return {
    ext: 'txt',
    ...join([
      doc`$ php artisan config:show exchange --json`,
      doc`{"driver":"${ex.provider}","key":"${slashEscaped(ex.key)}","secret":"${slashEscaped(ex.secret)}","sandbox":false}`,
      doc``,
      doc`# Source: app/templates/secret.yaml`,
      doc`apiVersion: v1`,
      doc`kind: Secret`,
      doc`data:`,
      doc`  token: ${key(t.kind.provider, b64(t.mark.value))}`,
      doc`  username: ${b64('deploy-bot')}`,
      doc``,
      doc`REM settings.cmd (saved on Windows)`,
      doc`set ${u.name}=${u.mark}`,
      doc`set RUN_ID=${decoy('uuid', k.uuid())}`,
      doc``,
    ], '\r\n'),
  };
};

/** Exchange exports and webhook logs: ids and signatures shaped like keys, next to exchange names. */
const tradeExport: Template = (k) => {
  const krakenTx = () => `${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 6)}-${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 5)}-${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 6)}`;
  const kucoinOrder = () => decoy('identifier', k.hex(24));
  const pair = exchangePair(k, 'kucoin');
  return {
    ext: 'txt',
    ...doc`== kraken ledgers.csv ==
"txid","refid","time","type","asset","amount","fee"
"${decoy('identifier', krakenTx())}","${decoy('identifier', krakenTx())}","2024-05-01 10:00:01","trade","XXBT",0.0${k.int(100, 999)},0.0000
"${decoy('identifier', krakenTx())}","${decoy('identifier', krakenTx())}","2024-05-01 10:00:02","trade","ZUSD",-${k.int(100, 999)}.10,0.25

== kucoin fills ==
orderId ${kucoinOrder()}  side buy   size 0.1
orderId ${kucoinOrder()}  side sell  size 0.1

== webhook log (kraken pay) ==
POST /hooks/kraken X-Signature: ${decoy('signature', k.sha512Base64())}
POST /hooks/kraken X-Signature: ${decoy('signature', k.sha512Base64())}

== the bot that wrote this ==
KUCOIN_KEY=${pair.key}
KUCOIN_SECRET=${pair.secret}
KUCOIN_PASSPHRASE=${pair.passphrase ?? ''}
`,
  };
};

export const HOLDOUT_TEMPLATES: Record<string, Template> = {
  shellHistory, postmanCollection, dotfiles, helmValues, supportEmail, jsonLogs, tomlConfig,
  qrPayloads, phpRuby, readmeMixed, gitDiff, webPage, tradeExport,
  escapedAndEncoded,
};
