// Real-world pastes, dev split: the shapes people paste into issues, chats, forums and AI
// assistants (curl commands, compose files, Terraform, CI logs, notebooks, stack traces,
// devtools copies, Postman exports, rc files, kubeconfig, workflow YAML, chat messages, forum
// posts). The engine may be tuned against these; templates-holdout.ts is only evaluated.
import { exchangePair, DOC_EXAMPLES, example } from '../catalogue';
import { decoy, doc, ignore, join, key, type Fragment } from '../labels';
import type { RealWorldKeys } from './keys';
import { notKey, placeholder, prefixed, unclaimed } from './shared';

export type Template = (k: RealWorldKeys) => Fragment & { ext: string };

const curlStripe: Template = (k) => {
  const sk = prefixed(k, 'stripe');
  return {
    ext: 'sh',
    ...doc`$ curl https://api.stripe.com/v1/payment_intents \\
  -u ${sk.mark}: \\
  -d amount=2000 \\
  -d currency=eur \\
  -d "automatic_payment_methods[enabled]"=true
{
  "id": "pi_3P${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 21)}",
  "object": "payment_intent",
  "amount": 2000,
  "client_secret": "${ignore(`pi_3P${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 21)}_secret_${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 25)}`)}",
  "livemode": true
}
the frontend uses ${notKey.stripePublishable(k)} — is that the problem?`,
  };
};

const composeStack: Template = (k) => {
  const a = prefixed(k);
  const b = prefixed(k);
  const kraken = exchangePair(k, 'kraken');
  return {
    ext: 'yml',
    ...doc`services:
  bot:
    build: .
    restart: always
    environment:
      KRAKEN_API_KEY: ${kraken.key}
      KRAKEN_API_SECRET: ${kraken.secret}
      ${a.name}: ${a.mark}
      ${b.name}: "${b.mark}"
      DATABASE_URL: postgres://bot:${unclaimed(k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 16))}@db:5432/bot
      SENTRY_DSN: https://${decoy('public-by-design', k.hex(32))}@o${k.int(10000, 99999)}.ingest.sentry.io/${k.int(1000000, 9999999)}
  db:
    image: postgres@sha256:${notKey.sha256(k)}
    environment:
      POSTGRES_PASSWORD: ${placeholder(k)}
`,
  };
};

const terraformVars: Template = (k) => {
  const cf = k.cloudflareLegacy();
  return {
    ext: 'tf',
    ...doc`# terraform.tfvars — "it works locally but plan fails in CI", full file below
cloudflare_api_token = "${key('cloudflare', cf)}"
cloudflare_zone_id   = "${decoy('identifier', k.hex(32))}"
do_token             = "${prefixed(k, 'digitalocean').mark}"

provider "azurerm" {
  features {}
  client_id       = "${notKey.uuid(k)}"
  client_secret   = "${prefixed(k, 'azure').mark}"
  tenant_id       = "${notKey.uuid(k)}"
  subscription_id = "${notKey.uuid(k)}"
}

resource "azurerm_storage_account" "logs" {
  name                     = "acmelogs${k.int(100, 999)}"
  account_replication_type = "LRS"
}
# storage_account_key = "${key('azure', k.azureStorageKey())}"
`,
  };
};

const ciLog: Template = (k) => {
  const npm = k.npm();
  const vercel = k.vercelLegacy();
  return {
    ext: 'log',
    ...doc`2025-11-03T09:14:22.118Z Run npm publish --access public
2025-11-03T09:14:22.120Z npm notice Publishing to https://registry.npmjs.org/ with tag latest
2025-11-03T09:14:23.402Z npm ERR! code E403
2025-11-03T09:14:23.402Z npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui
2025-11-03T09:14:23.405Z npm verb config //registry.npmjs.org/:_authToken=${key('npm', npm)}
2025-11-03T09:14:23.406Z npm verb cwd /home/runner/work/ui/ui
2025-11-03T09:14:24.001Z Run vercel deploy --prod --token ${key('vercel', vercel)} --yes
2025-11-03T09:14:25.310Z Vercel CLI 39.1.0
2025-11-03T09:14:26.772Z Error: The specified token is not valid. Use \`vercel login\` to generate a new token.
2025-11-03T09:14:26.790Z ##[error]Process completed with exit code 1.
2025-11-03T09:14:26.791Z Post job cleanup. AWS_SECRET_ACCESS_KEY: ${placeholder(k)}
2025-11-03T09:14:26.792Z commit ${notKey.gitSha(k)}
`,
  };
};

const notebookOutput: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'bitmex'] as const));
  const hf = prefixed(k, k.pick(['huggingface', 'openai', 'anthropic']));
  return {
    ext: 'txt',
    ...doc`In [1]: import ccxt, os
In [2]: os.environ["${hf.name}"] = "${hf.mark}"
In [3]: ex = ccxt.${ex.provider}({"apiKey": "${ex.key}", "secret": "${ex.secret}"})
   ...: ex.load_markets(); ex.fetch_balance()
---------------------------------------------------------------------------
AuthenticationError                       Traceback (most recent call last)
Cell In[3], line 2
----> 2 ex.load_markets(); ex.fetch_balance()
AuthenticationError: ${ex.provider} {"error":["EAPI:Invalid key"]}

In [4]: ex.last_request_headers
Out[4]: {'API-Key': '<hidden>', 'API-Sign': '${notKey.signature(k)}', 'User-Agent': 'ccxt/4.3.1'}
`,
  };
};

const pythonTraceback: Template = (k) => {
  const ai = prefixed(k, k.pick(['openai', 'anthropic', 'groq', 'xai']));
  const shown = `${ai.provider === 'anthropic' ? 'sk-ant-api03-' : 'sk-proj-'}********${k.chars('abcdefghijklmnopqrstuvwxyz', 4)}`;
  return {
    ext: 'txt',
    ...doc`Traceback (most recent call last):
  File "/app/summarise.py", line 41, in <module>
    client = Client(api_key="${ai.mark}")
  File "/usr/local/lib/python3.12/site-packages/httpx/_client.py", line 1014, in send
    raise AuthenticationError(message, response=response, body=body)
AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${decoy('placeholder', shown)}.', 'type': 'invalid_request_error', 'request_id': 'req_${k.hex(32)}'}}
`,
  };
};

const nodeAxiosError: Template = (k) => {
  const slack = prefixed(k, 'slack');
  const jwt = k.jwtWith({ sub: k.uuid(), role: 'service_role', iss: 'supabase' });
  return {
    ext: 'txt',
    ...doc`AxiosError: Request failed with status code 401
    at settle (/srv/app/node_modules/axios/dist/node/axios.cjs:2031:12)
    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/dist/node/axios.cjs:3148:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer ${slack.mark}',
      apikey: '${key('jwt', jwt)}',
      'User-Agent': 'axios/1.7.7'
    },
    url: 'https://slack.com/api/chat.postMessage',
    data: '{"channel":"C0${k.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}","text":"deploy ok"}'
  },
  request: <ref *1> ClientRequest { _header: 'POST /api/chat.postMessage HTTP/1.1\\r\\n' }
}`,
  };
};

const copyAsFetch: Template = (k) => {
  const jwt = k.jwtWith({ sub: k.uuid(), email: 'dev@acme.example', exp: 1893456000 });
  const x = prefixed(k, k.pick(['google', 'openrouter', 'perplexity']));
  return {
    ext: 'js',
    ...doc`fetch("https://api.acme.example/v2/reports?range=30d", {
  "headers": {
    "accept": "application/json",
    "accept-language": "en-GB,en;q=0.9",
    "authorization": "Bearer ${key('jwt', jwt)}",
    "x-upstream-key": "${x.mark}",
    "sec-ch-ua-platform": "\\"Linux\\"",
    "x-request-id": "${notKey.uuid(k)}",
    "cookie": "_ga=GA1.2.${k.int(100000000, 999999999)}.${k.int(1600000000, 1700000000)}; sid=${unclaimed(k.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}"
  },
  "referrer": "https://app.acme.example/reports",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});`,
  };
};

const consoleDump: Template = (k) => {
  const apiKey = k.google();
  return {
    ext: 'txt',
    ...doc`> JSON.parse(localStorage.getItem("app-config"))
< {firebase: {apiKey: "${decoy('public-by-design', apiKey)}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app"}, mapbox: "${notKey.mapboxPublic(k)}", release: "${notKey.gitSha(k)}"}
> window.__ENV__
< {STRIPE_PK: "${notKey.stripePublishable(k)}", ADMIN_TOKEN: "${prefixed(k, k.pick(['github', 'gitlab', 'linear', 'notion'])).mark}"}
> document.querySelector('meta[name=csrf-token]').content
< "${decoy('identifier', k.base64Of(32))}"`,
  };
};

const postmanExport: Template = (k) => {
  const a = prefixed(k);
  const kc = exchangePair(k, 'kucoin');
  return {
    ext: 'json',
    ...doc`{
  "info": { "_postman_id": "${notKey.uuid(k)}", "name": "KuCoin + misc", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "${a.mark}", "type": "string" } ] },
  "variable": [
    { "key": "kucoin_api_key", "value": "${kc.key}" },
    { "key": "kucoin_api_secret", "value": "${kc.secret}" },
    { "key": "kucoin_passphrase", "value": "${kc.passphrase ?? ignore('-')}" },
    { "key": "base_url", "value": "https://api.kucoin.com" }
  ]
}`,
  };
};

const npmrc: Template = (k) => ({
  ext: 'npmrc',
  ...doc`registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${key('npm', k.npm())}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${key('github', k.github())}
always-auth=true
# old: //registry.npmjs.org/:_authToken=${placeholder(k)}`,
});

const pypirc: Template = (k) => ({
  ext: 'pypirc',
  ...doc`[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${key('pypi', k.pypi())}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${placeholder(k)}`,
});

const kubeconfig: Template = (k) => {
  const sa = k.jwtWith({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', sub: 'system:serviceaccount:ci:deployer' }, 'RS256');
  return {
    ext: 'yaml',
    ...doc`apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${notKey.blob(k, 1400)}
    server: https://10.20.0.1:6443
  name: prod
users:
- name: deployer
  user:
    token: ${key('jwt', sa)}
- name: admin
  user:
    client-certificate-data: ${notKey.blob(k, 1200)}
    client-key-data: ${key('private-key', k.pemBase64())}
contexts:
- context: { cluster: prod, user: deployer }
  name: prod
current-context: prod`,
  };
};

const actionsWorkflow: Template = (k) => {
  const gh = prefixed(k, 'github');
  return {
    ext: 'yml',
    ...doc`name: release
on: { push: { tags: ['v*'] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      GH_TOKEN: ${gh.mark}
    steps:
      - uses: actions/checkout@${notKey.gitSha(k)}
      - run: npm ci && npm publish
      - name: notify
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"released \${{ github.ref_name }}"}' \\
            ${key('slack', k.slackWebhook())}
`,
  };
};

const slackThread: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kraken', 'kraken', 'binance', 'okx', 'gemini'] as const));
  const t = prefixed(k);
  return {
    ext: 'txt',
    ...doc`Maya Chen  10:42 AM
@channel rotated the ${ex.provider} keys for the grid bot, new ones:
key: ${ex.key}
secret: ${ex.secret}${ex.passphrase ? doc`\npassphrase: ${ex.passphrase}` : ''}
Tom B  10:44 AM
thx! also the ${t.name.toLowerCase().replace(/_/g, ' ')} is ${t.mark} if anyone needs it
Maya Chen  10:45 AM
pls don't paste those here :face_palm: (commit ${notKey.gitSha(k)})`,
  };
};

const forumPost: Template = (k) => {
  const pub = k.krakenPublic();
  const priv = k.krakenPrivate();
  return {
    ext: 'md',
    ...doc`**EAPI:Invalid signature on every private call**

Hi all, I copied the example from the docs but every AddOrder fails. Keys are fresh, permissions
are set. Here's what I send (nonce ${k.int(1700000000000, 1800000000000)}):

\`\`\`python
api_key = "${key('kraken', pub)}"
api_sec = "${key('kraken', priv)}"
headers = {"API-Key": api_key, "API-Sign": get_kraken_signature(urlpath, data, api_sec)}
\`\`\`

The docs example secret ${example(DOC_EXAMPLES.krakenSignatureSecret)} gives the right signature, so
my code is fine? The signature I get is ${notKey.signature(k)}.`,
  };
};

const discordHelp: Template = (k) => {
  const bot = k.discord();
  return {
    ext: 'txt',
    ...doc`[#help-python] nico — Today at 21:07
my bot goes online then instantly offline?? no error
\`\`\`py
client = discord.Client(intents=intents)
client.run("${key('discord', bot)}")
\`\`\`
[#help-python] helper-bot — Today at 21:07
Looks like you posted a token. Tokens like ${decoy('placeholder', 'MTAx...')} should be reset in the developer portal.`,
  };
};

/** A 64-byte secret whose provider the paste never names: all a reader can say is "a secret". */
const unnamedSecret: Template = (k) => {
  const secret = k.base64Of(64);
  return {
    ext: 'env',
    ...doc`# copied from the server, which of these is wrong?
APP_ENV=production
API_SECRET=${key('generic', secret)}
WEBHOOK_SIGNATURE=${notKey.signature(k)}
BUILD=${notKey.gitSha(k)}
`,
  };
};

/** Kraken's pair without its name, and a third 64-byte value the pair does not vouch for. */
const botEnv: Template = (k) => ({
  ext: 'env',
  ...doc`# grid bot .env (the exchange is picked in the UI)
API_KEY=${key('kraken', k.krakenPublic())}
API_SECRET=${key('kraken', k.krakenPrivate())}
WEBHOOK_SECRET=${key('generic', k.base64Of(64))}
PAIRS=XBTUSD,ETHUSD
`,
});

/** A list of values of one shape, the provider named once at the top, far from the last ones. */
const rotationLog: Template = (k) => {
  const items: Fragment[] = [];
  for (let i = 1; i <= 3; i++) items.push(doc`  - account: trading-${i}
    rotated: 2025-11-0${i}T08:00:00Z
    secret: ${key('kraken', k.krakenPrivate())}`);
  return {
    ext: 'yaml',
    ...doc`# Kraken sub-account secrets, rotated every 30 days by the ops job. Keep this file in the
# vault only; the job reads it, writes new values and posts a summary to #ops. Each entry below
# holds the private key of one sub-account; the public keys live in the bot's own settings.
rotated:
${join(items, '\n')}
`,
  };
};

export const DEV_TEMPLATES: Record<string, Template> = {
  'curl-stripe': curlStripe,
  'compose-stack': composeStack,
  'terraform-vars': terraformVars,
  'ci-log': ciLog,
  'notebook-output': notebookOutput,
  'python-traceback': pythonTraceback,
  'node-axios-error': nodeAxiosError,
  'copy-as-fetch': copyAsFetch,
  'console-dump': consoleDump,
  'postman-export': postmanExport,
  npmrc,
  pypirc,
  kubeconfig,
  'actions-workflow': actionsWorkflow,
  'slack-thread': slackThread,
  'forum-post': forumPost,
  'discord-help': discordHelp,
  'unnamed-secret': unnamedSecret,
  'bot-env': botEnv,
  'rotation-log': rotationLog,
};
