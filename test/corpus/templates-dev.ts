// Dev split: the paste shapes the engine may be tuned against.
import type { FakeKeys } from '../support/keys';
import { DOC_EXAMPLES, EXCHANGES, example, exchangePair, placeholder, token, type Exchange } from './catalogue';
import { decoy, doc, join, key, type Fragment, type Mark } from './labels';

export type Template = (k: FakeKeys) => Fragment & { ext: string };

/** An AWS key id with its secret: a live-looking pair, or the pair from AWS's documentation. */
export function awsPair(k: FakeKeys): { id: Mark; secret: Mark } {
  if (k.chance(0.25)) return { id: example(DOC_EXAMPLES.awsKeyId), secret: example(DOC_EXAMPLES.awsSecret) };
  return { id: key('aws', k.awsKeyId()), secret: key('aws', k.awsSecret()) };
}

const lines = (parts: Fragment[]): Fragment => join(parts, '\n');

function envLines(k: FakeKeys, n: number): Fragment {
  const out: Fragment[] = [];
  for (let i = 0; i < n; i++) {
    const t = token(k);
    out.push(doc`${t.name}=${t.mark}`);
  }
  return lines(out);
}

const dotenv: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'kucoin', 'okx'] as const));
  const up = ex.provider.toUpperCase();
  return {
    ext: 'env',
    ...doc`# local development settings — do not commit
NODE_ENV=development
PORT=3000
DATABASE_URL=postgres://app:app@localhost:5432/app
${envLines(k, k.int(3, 6))}
${up}_API_KEY=${ex.key}
${up}_API_SECRET=${ex.secret}
${ex.passphrase ? doc`${up}_PASSPHRASE=${ex.passphrase}` : '# no passphrase for this exchange'}
STRIPE_PUBLISHABLE_KEY=${decoy('public-by-design', k.stripePublishable())}
SENTRY_DSN=https://${decoy('public-by-design', k.hex(32))}@o${k.int(1000, 99999)}.ingest.sentry.io/${k.int(100000, 999999)}
BUILD_SHA=${decoy('hash', k.gitSha())}
SESSION_ID=${decoy('uuid', k.uuid())}
ANALYTICS_KEY=${placeholder(k)}
`,
  };
};

const githubIssue: Template = (k) => {
  const ex = exchangePair(k, k.pick(EXCHANGES));
  const t = token(k);
  return {
    ext: 'md',
    ...doc`### Bot crashes with "EAPI:Invalid nonce" after upgrading to v2.3.1

**Describe the bug**
After upgrading, every private call fails. Here is my config (I removed the important bits I think):

\`\`\`yaml
exchange: ${ex.provider}
api_key: "${ex.key}"
api_secret: "${ex.secret}"
${ex.passphrase ? doc`passphrase: "${ex.passphrase}"` : 'dry_run: false'}
pairs: [BTC/USD, ETH/USD]
\`\`\`

Traceback:
\`\`\`
  File "/app/bot/exchange.py", line 212, in _private_call
    raise ExchangeError(resp["error"])
bot.errors.ExchangeError: ['EAPI:Invalid nonce'] (request id ${decoy('uuid', k.uuid())})
\`\`\`

Commit: ${decoy('hash', k.gitSha())}. Also tried with \`${t.name}=${t.mark}\` set, same result.

**Expected behavior**
Orders go through like in v2.2.
`,
  };
};

const dockerCompose: Template = (k) => {
  const env = Array.from({ length: k.int(2, 4) }, () => {
    const t = token(k);
    return doc`      - ${t.name}=${t.mark}`;
  });
  return {
    ext: 'yml',
    ...doc`version: "3.9"
services:
  api:
    image: ghcr.io/acme/api@sha256:${decoy('hash', k.sha256Hex())}
    restart: unless-stopped
    environment:
${lines(env)}
      - LOG_LEVEL=info
      - REDIS_URL=redis://cache:6379
    ports:
      - "8080:8080"
  worker:
    image: ghcr.io/acme/worker:1.4.2
    environment:
      API_TOKEN: ${placeholder(k)}
  cache:
    image: redis:7
`,
  };
};

const k8sSecret: Template = (k) => {
  const a = token(k);
  const b = token(k);
  return {
    ext: 'yaml',
    ...doc`apiVersion: v1
kind: Secret
metadata:
  name: app-credentials
  namespace: production
  annotations:
    checksum/config: ${decoy('hash', k.sha256Hex())}
type: Opaque
stringData:
  ${a.name.toLowerCase().replace(/_/g, '-')}: "${a.mark}"
  ${b.name.toLowerCase().replace(/_/g, '-')}: ${b.mark}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
  uid: ${decoy('uuid', k.uuid())}
data:
  FEATURE_FLAGS: "search,checkout"
  RELEASE: "${decoy('hash', k.gitSha())}"
---
apiVersion: v1
kind: Secret
metadata:
  name: deploy-key
type: kubernetes.io/ssh-auth
stringData:
  ssh-privatekey: |
    ${key('private-key', k.pem(k.pick(['OPENSSH PRIVATE KEY', 'PRIVATE KEY'] as const)).replace(/\n/g, '\n    '))}
`,
  };
};

const terraform: Template = (k) => {
  const gh = token(k, 'github');
  const aws = awsPair(k);
  return {
    ext: 'tf',
    ...doc`terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "${aws.id}"
  secret_key = "${aws.secret}"
}

provider "digitalocean" {
  token = "${token(k, 'digitalocean').mark}"
}

provider "github" {
  token = "${gh.mark}"
  owner = "acme"
}

resource "aws_s3_object" "bundle" {
  bucket = "acme-assets"
  key    = "app.js"
  etag   = "${decoy('hash', k.hex(32))}"
}

variable "stripe_key" {
  default = "${placeholder(k)}"
}
`,
  };
};

const notebook: Template = (k) => {
  const openai = token(k, k.pick(['openai', 'anthropic', 'huggingface', 'groq']));
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'bitfinex', 'gemini'] as const));
  const cell = (src: Fragment[]): Fragment =>
    doc`  {
   "cell_type": "code",
   "execution_count": ${k.int(1, 40)},
   "metadata": {},
   "outputs": [],
   "source": [
${join(src.map((s) => doc`    "${s}\\n"`), ',\n')}
   ]
  }`;
  return {
    ext: 'ipynb',
    ...doc`{
 "cells": [
${cell([doc`import os, ccxt`, doc`os.environ[\\"${openai.name}\\"] = \\"${openai.mark}\\"`])},
${cell([doc`exchange = ccxt.${ex.provider}({`, doc`    'apiKey': '${ex.key}',`, doc`    'secret': '${ex.secret}',`, doc`})`, doc`exchange.fetch_balance()`])}
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "widgets": { "state": { "model_id": "${decoy('hash', k.hex(32))}" } }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  };
};

const chatLog: Template = (k) => {
  const t = token(k);
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'okx', 'bitmex'] as const));
  return {
    ext: 'log',
    ...doc`[09:58] <maria> deploy is failing again
[09:59] <tom> which token are you using? mine is ${t.mark} and it works
[10:00] <maria> ah I had the old one
[10:02] <tom> also the ${ex.provider} bot keys for the shared account:
[10:02] <tom> key: ${ex.key}
[10:02] <tom> secret: ${ex.secret}
[10:03] <maria> thx. fixed in ${decoy('hash', k.gitSha().slice(0, 7))} / ${decoy('hash', k.gitSha())}
[10:04] <tom> don't paste the real ones here next time lol, use ${placeholder(k)}
`,
  };
};

const stackOverflow: Template = (k) => {
  const ex = exchangePair(k, 'kraken');
  return {
    ext: 'md',
    ...doc`## Kraken API returns "EAPI:Invalid key" with Python requests

I'm signing requests like the docs say but always get \`EAPI:Invalid key\`:

\`\`\`python
api_key = "${ex.key}"
api_sec = "${ex.secret}"
\`\`\`

---

**Answer** (score 42)

Your signature code is fine; check it against the example in Kraken's guide. With the secret
\`${example(DOC_EXAMPLES.krakenSignatureSecret)}\` and nonce 1616492376594 you should get

\`\`\`
API-Sign: ${decoy('signature', k.sha512Base64())}
\`\`\`

If you get a different value, you are decoding the secret wrong (it is base64). Also never post your
real key: replace it with \`${placeholder(k)}\`. For AWS it is the same story, the docs use
\`${example(DOC_EXAMPLES.awsKeyId)}\` / \`${example(DOC_EXAMPLES.awsSecret)}\`.
`,
  };
};

const ciLog: Template = (k) => {
  const t = token(k, k.pick(['npm', 'github', 'pypi', 'dockerhub', 'gitlab']));
  const u = token(k);
  const ts = () => `2025-0${k.int(1, 9)}-1${k.int(0, 9)}T0${k.int(0, 9)}:${k.int(10, 59)}:${k.int(10, 59)}.${k.int(1000000, 9999999)}Z`;
  return {
    ext: 'log',
    ...doc`${ts()} ##[group]Run actions/checkout@${decoy('hash', k.gitSha())}
${ts()} Syncing repository: acme/web
${ts()} ##[endgroup]
${ts()} ##[group]Run npm ci
${ts()} added 812 packages, and audited 813 packages in 21s
${ts()} ##[endgroup]
${ts()} Run echo "//registry.npmjs.org/:_authToken=***" > ~/.npmrc
${ts()} + echo 'debug: ${t.name}=${t.mark}'
${ts()} debug: ${t.name}=${t.mark.value.slice(0, 4)}*** (masked)
${ts()} Cache restored from key: node-cache-Linux-npm-${decoy('hash', k.sha256Hex())}
${ts()} env: ${u.name}=${u.mark}
${ts()} Digest: sha256:${decoy('hash', k.sha256Hex())}
${ts()} ##[error]Process completed with exit code 1.
`,
  };
};

function botConfigJson(k: FakeKeys, provider: Exchange): Fragment {
  const ex = exchangePair(k, provider);
  const tg = token(k, 'telegram');
  return doc`{
  "max_open_trades": ${k.int(1, 8)},
  "stake_currency": "USDT",
  "dry_run": false,
  "exchange": {
    "name": "${provider}",
    "key": "${ex.key}",
    "secret": "${ex.secret}",${ex.passphrase ? doc`\n    "password": "${ex.passphrase}",` : ''}
    "pair_whitelist": ["BTC/USDT", "ETH/USDT"]
  },
  "telegram": { "enabled": true, "token": "${tg.mark}", "chat_id": "${k.int(10000000, 99999999)}" },
  "api_server": { "jwt_secret_key": "${decoy('hash', k.hex(64))}", "ws_token": "${placeholder(k)}" },
  "bot_name": "freqtrade-${decoy('uuid', k.uuid())}"
}
`;
}

const configJson: Template = (k) => ({ ext: 'json', ...botConfigJson(k, k.pick(EXCHANGES)) });

const pythonSnippet: Template = (k) => {
  const ex = exchangePair(k, k.pick(EXCHANGES));
  const t = token(k);
  const pass = ex.passphrase ? doc`\n    'password': '${ex.passphrase}',` : '';
  return {
    ext: 'py',
    ...doc`import ccxt
import os

# TODO move to env before pushing
${t.name} = "${t.mark}"

exchange = ccxt.${ex.provider}({
    'apiKey': '${ex.key}',
    'secret': '${ex.secret}',${pass}
    'enableRateLimit': True,
})

def balance():
    # request id for support: ${decoy('uuid', k.uuid())}
    return exchange.fetch_balance()
`,
  };
};

const jsSnippet: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kucoin', 'binance', 'okx', 'coinbase', 'gemini'] as const));
  const ai = token(k, k.pick(['openai', 'anthropic', 'xai', 'perplexity', 'openrouter']));
  return {
    ext: 'js',
    ...doc`import OpenAI from 'openai';
import { RestClient } from '${ex.provider}-api';

const ai = new OpenAI({ apiKey: '${ai.mark}' });

export const client = new RestClient({
  apiKey: '${ex.key}',
  apiSecret: \`${ex.secret}\`,${ex.passphrase ? doc`\n  apiPassphrase: '${ex.passphrase}',` : ''}
});

// integrity of the vendored bundle
const SRI = 'sha512-${decoy('hash', k.sha512Base64())}';
const stripe = Stripe('${decoy('public-by-design', k.stripePublishable())}');
`,
  };
};

const goSnippet: Template = (k) => {
  const aws = awsPair(k);
  const other = token(k);
  return {
    ext: 'go',
    ...doc`package main

import (
	"github.com/aws/aws-sdk-go/aws/credentials"
)

const apiToken = "${other.mark}"

func creds() *credentials.Credentials {
	// TODO: read from the environment
	return credentials.NewStaticCredentials("${aws.id}", "${aws.secret}", "")
}

var buildID = "${decoy('hash', k.gitSha())}"
`,
  };
};

const curlCommands: Template = (k) => {
  const ex = exchangePair(k, 'kraken');
  const ai = token(k, k.pick(['openai', 'anthropic', 'groq', 'replicate', 'huggingface']));
  const stripe = token(k, 'stripe');
  const nonce = 1700000000000 + k.int(0, 1e9);
  return {
    ext: 'sh',
    ...doc`# Balance on Kraken
curl -X POST "https://api.kraken.com/0/private/Balance" \\
  -H "API-Key: ${ex.key}" \\
  -H "API-Sign: ${decoy('signature', k.sha512Base64())}" \\
  -d "nonce=${nonce}"

# what I use to sign: secret=${ex.secret}

curl https://api.example-ai.com/v1/chat/completions \\
  -H "Authorization: Bearer ${ai.mark}" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "m-1", "messages": [{"role": "user", "content": "hi"}]}'

curl https://api.stripe.com/v1/charges -u ${stripe.mark}:
curl -H "X-Request-Id: ${decoy('uuid', k.uuid())}" https://status.example.com/
`,
  };
};

function botYaml(k: FakeKeys, provider: Exchange): Fragment {
  const ex = exchangePair(k, provider);
  return doc`# ${provider} market-making bot
exchange: ${provider}
${provider}_api_key: ${ex.key}
${provider}_secret_key: "${ex.secret}"
${ex.passphrase ? doc`${provider}_passphrase: ${ex.passphrase}\n` : ''}strategy: pure_market_making
market: BTC-USDT
order_amount: 0.0${k.int(1, 9)}
instance_id: ${decoy('uuid', k.uuid())}
`;
}

const tradingBotYaml: Template = (k) => ({ ext: 'yml', ...botYaml(k, k.pick(EXCHANGES)) });

const docsPage: Template = (k) => ({
  ext: 'md',
  ...doc`# Authentication

Every private endpoint needs your API key in the \`API-Key\` header and a signature in \`API-Sign\`.

| Field | Example |
|---|---|
| API key | \`${example(DOC_EXAMPLES.krakenPublic)}\` |
| Private key | \`${example(DOC_EXAMPLES.krakenPrivate)}\` |
| Futures secret | \`${example(DOC_EXAMPLES.krakenFutures)}\` |

For Binance the docs show \`X-MBX-APIKEY: ${example(DOC_EXAMPLES.binance)}\`.

Front-end code only ever needs the publishable key (\`${decoy('public-by-design', k.stripePublishable())}\`) and the
Firebase web config:

\`\`\`js
const firebaseConfig = {
  apiKey: "${decoy('public-by-design', k.google())}",
  authDomain: "demo-${k.int(100, 999)}.firebaseapp.com",
  projectId: "demo-${k.int(100, 999)}",
  appId: "1:${k.int(100000000, 999999999)}:web:${decoy('identifier', k.hex(22))}"
};
\`\`\`

Test mode keys look like \`${decoy('test-mode', k.stripeTest())}\`. Account SIDs (\`${decoy('identifier', k.twilioSid())}\`) are not secrets.
Replace \`${placeholder(k)}\` with your own key. Verify downloads with SHA-256 \`${decoy('hash', k.sha256Hex())}\`
or the SRI hash \`sha384-${decoy('hash', k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}\`.
Wallet for donations: ${decoy('identifier', `0x${k.hex(40)}`)}.
`,
});

/** Base64 of a value, as Kubernetes `data:` fields hold it. */
export const b64 = (value: string): string => Buffer.from(value).toString('base64');

/** A Secret with base64 `data:` and a .NET appsettings.json whose serializer escapes '+' as \u002B. */
const encodedConfigs: Template = (k) => {
  const t = token(k);
  const ex = exchangePair(k, 'kraken');
  const escaped = (m: Mark) => key(m.label.type === 'key' ? m.label.provider : '', m.value.replace(/\+/g, '\\u002B'));
  return {
    ext: 'yaml',
    ...doc`apiVersion: v1
kind: Secret
metadata:
  name: ${t.kind.provider}-credentials
type: Opaque
data:
  ${t.name}: ${key(t.kind.provider, b64(t.mark.value))}
  LOG_LEVEL: ${b64('debug')}
---
# appsettings.Production.json (mounted from a ConfigMap)
{
  "Kraken": {
    "ApiKey": "${escaped(ex.key)}",
    "PrivateKey": "${escaped(ex.secret)}"
  },
  "ConnectionStrings": { "Default": "Server=db;Database=app;Trusted_Connection=True;" }
}
`,
  };
};

/** Same-shape traps around exchange names: signatures, transaction hashes, order ids, SRI digests. */
const exchangeSupportThread: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'okx'] as const));
  return {
    ext: 'md',
    ...doc`**Re: withdrawals stuck (${ex.provider})**

Futures requests are signed like this, and the call still fails:

\`\`\`
APIKey: ${ex.key}
Nonce: ${k.int(1e12, 9e12)}
Authent: ${decoy('signature', k.sha512Base64())}
\`\`\`

My Binance withdrawal went through on chain, txid ${decoy('hash', k.sha256Hex())}, but the OKX deposit with
order id ${decoy('uuid', k.uuid())} still shows pending. Kraken's widget script is pinned with
integrity="sha512-${decoy('hash', k.sha512Base64())}".

(edit: secret was ${ex.secret}, already rotated)
`,
  };
};

export const DEV_TEMPLATES: Record<string, Template> = {
  dotenv, githubIssue, dockerCompose, k8sSecret, terraform, notebook, chatLog, stackOverflow, ciLog,
  configJson, pythonSnippet, jsSnippet, goSnippet, curlCommands, tradingBotYaml, docsPage, exchangeSupportThread,
  encodedConfigs,
};
