// Real-world pastes, held-out split: written apart from the dev split, in other shapes and other
// words, and only ever evaluated. Never change the engine to fit one of these documents.
import { DOC_EXAMPLES, example, exchangePair } from '../catalogue';
import { decoy, doc, join, key, type Fragment } from '../labels';
import { notKey, placeholder, prefixed, unclaimed } from './shared';
import type { Template } from './templates-dev';

const curlHeaders: Template = (k) => {
  const ai = prefixed(k, k.pick(['openai', 'anthropic', 'groq', 'perplexity', 'xai']));
  const header = ai.provider === 'anthropic' ? 'x-api-key' : 'Authorization: Bearer';
  return {
    ext: 'sh',
    ...doc`curl -sS https://api.example-llm.dev/v1/messages \\
  -H "${header}${header.endsWith('Bearer') ? ' ' : ': '}${ai.mark}" \\
  -H "content-type: application/json" \\
  -H "x-request-id: ${notKey.uuid(k)}" \\
  -d '{"model":"small","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'
{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`,
  };
};

const krakenCurl: Template = (k) => {
  const pub = k.krakenPublic();
  return {
    ext: 'sh',
    ...doc`# why does this return EGeneral:Invalid arguments?
curl -X POST "https://api.kraken.com/0/private/Balance" \\
  -H "API-Key: ${key('kraken', pub)}" \\
  -H "API-Sign: ${notKey.signature(k)}" \\
  -d "nonce=${k.int(1700000000000, 1800000000000)}"`,
  };
};

const helmValues: Template = (k) => {
  const a = prefixed(k);
  const b = prefixed(k);
  return {
    ext: 'yaml',
    ...doc`# values-prod.yaml (helm upgrade --install api ./chart -f values-prod.yaml)
image:
  repository: registry.acme.example/api
  digest: sha256:${notKey.sha256(k)}
env:
  - name: ${a.name}
    value: "${a.mark}"
  - name: ${b.name}
    value: ${b.mark}
  - name: SESSION_SECRET
    value: "${unclaimed(k.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 48))}"
  - name: LOG_LEVEL
    value: debug
secrets:
  existingSecret: ${placeholder(k)}
`,
  };
};

const gitlabCi: Template = (k) => ({
  ext: 'yml',
  ...doc`# .gitlab-ci.yml — runner never picks up jobs after re-registering
variables:
  DOCKER_DRIVER: overlay2
  SENTRY_AUTH_TOKEN: ${key('sentry', k.sentryUserToken())}

register:
  script:
    - gitlab-runner register --non-interactive --url https://gitlab.com/ --token ${key('gitlab', k.gitlabRunner())}
    - echo "old registration token was ${key('gitlab', k.gitlabRunnerRegistration())}"

deploy:
  script:
    - netlify deploy --prod --auth ${key('netlify', k.netlifyLegacy())} --site ${notKey.uuid(k)}
`,
});

const awsCredentials: Template = (k) => {
  const id = k.awsKeyId();
  const secret = k.awsSecret();
  return {
    ext: 'ini',
    ...doc`$ cat ~/.aws/credentials
[default]
aws_access_key_id = ${example(DOC_EXAMPLES.awsKeyId)}
aws_secret_access_key = ${example(DOC_EXAMPLES.awsSecret)}

[prod]
aws_access_key_id = ${key('aws', id)}
aws_secret_access_key = ${key('aws', secret)}
region = eu-central-1
$ aws sts get-caller-identity --profile prod
An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation`,
  };
};

const djangoSettings: Template = (k) => {
  const s = prefixed(k, 'stripe');
  return {
    ext: 'py',
    ...doc`# settings/production.py
DEBUG = False
SECRET_KEY = "${unclaimed(`django-insecure-${k.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}`)}"
ALLOWED_HOSTS = ["shop.acme.example"]
STRIPE_PUBLIC_KEY = "${notKey.stripePublishable(k)}"
STRIPE_SECRET_KEY = "${s.mark}"
STRIPE_TEST_KEY = "${notKey.stripeTest(k)}"
TWILIO_ACCOUNT_SID = "${notKey.twilioSid(k)}"
TWILIO_API_KEY = "${key('twilio', k.twilioKey())}"
EMAIL_HOST_PASSWORD = ${placeholder(k)}
`,
  };
};

const browserConsoleError: Template = (k) => {
  const apiKey = k.google();
  return {
    ext: 'txt',
    ...doc`Uncaught (in promise) FirebaseError: Firebase: Error (auth/network-request-failed).
    at _errorWithCustomMessage (index-${k.hex(8)}.js:1:8123)
    at initializeApp (app.js:14:3)
app.js:9 config {apiKey: '${decoy('public-by-design', apiKey)}', authDomain: 'acme-shop.firebaseapp.com', projectId: 'acme-shop', appId: '1:${k.chars('0123456789', 12)}:web:${k.hex(22)}'}
app.js:22 admin token ${prefixed(k, k.pick(['supabase', 'vercel', 'netlify', 'doppler'])).mark}
GET https://maps.googleapis.com/maps/api/js?key=${decoy('public-by-design', k.google())}&libraries=places 403 (Forbidden)`,
  };
};

const harEntry: Template = (k) => {
  return {
    ext: 'har',
    ...doc`{"log": {"entries": [{
  "startedDateTime": "2025-10-30T11:02:41.512Z",
  "request": {
    "method": "GET",
    "url": "https://www.googleapis.com/drive/v3/files?pageSize=10",
    "headers": [
      {"name": "Authorization", "value": "Bearer ${key('google', k.googleAccessToken())}"},
      {"name": "X-Goog-Api-Client", "value": "gl-js/ fire/10.7.1"},
      {"name": "If-None-Match", "value": "\\"${notKey.sha256(k)}\\""}
    ]
  },
  "response": {"status": 401, "content": {"mimeType": "application/json", "text": "${notKey.blob(k, 120)}", "encoding": "base64"}}
}]}}`,
  };
};

const discordBotQuestion: Template = (k) => {
  const tg = k.telegram();
  return {
    ext: 'txt',
    ...doc`anyone know why sendMessage returns 404?? I'm calling
https://api.telegram.org/bot${key('telegram', tg)}/sendMessage?chat_id=${k.int(100000000, 999999999)}&text=hi
the bot token is right, I checked it 3 times with @BotFather`,
  };
};

const stackOverflowQuestion: Template = (k) => {
  const ex = exchangePair(k, k.pick(['binance', 'bitfinex', 'kraken', 'coinbase'] as const));
  return {
    ext: 'md',
    ...doc`## ${ex.provider} API returns 401 although keys are correct

I am trying to fetch my balance with the ${ex.provider} REST API from Node 20. I created the
key an hour ago with read permissions.

    const API_KEY = '${ex.key}';
    const API_SECRET = \`${ex.secret}\`;

Response: \`{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}\`

**Edit:** request id ${notKey.uuid(k)}, if that helps.`,
  };
};

const notebookCells: Template = (k) => {
  const hf = k.huggingface();
  const ai = prefixed(k, k.pick(['openai', 'replicate', 'groq']));
  return {
    ext: 'ipynb',
    ...doc`{"cells": [
 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["!huggingface-cli login --token ${key('huggingface', hf)}"]},
 {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["model sha ${notKey.gitSha(k)}\\n"]}], "source": ["import os\\n", "os.environ['${ai.name}'] = '${ai.mark}'"]}
], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}`,
  };
};

const tfstate: Template = (k) => ({
  ext: 'json',
  ...doc`{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": ${k.int(10, 400)},
  "lineage": "${notKey.uuid(k)}",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [{"attributes": {"id": "${key('aws', k.awsKeyId())}", "secret": "${key('aws', k.awsSecret())}", "status": "Active"}}]
    },
    {
      "mode": "managed",
      "type": "cloudflare_api_token",
      "name": "dns",
      "instances": [{"attributes": {"id": "${decoy('identifier', k.hex(32))}", "value": "${key('cloudflare', k.cloudflareToken())}"}}]
    }
  ]
}`,
});

const freqtradeConfig: Template = (k) => {
  const ex = exchangePair(k, k.pick(['kraken', 'binance', 'kucoin', 'okx', 'bitmex'] as const));
  return {
    ext: 'json',
    ...doc`{
    "max_open_trades": 3,
    "stake_currency": "USDT",
    "dry_run": false,
    "exchange": {
        "name": "${ex.provider}",
        "key": "${ex.key}",
        "secret": "${ex.secret}",
        ${ex.passphrase ? doc`"password": "${ex.passphrase}",` : '"password": "",'}
        "ccxt_config": {"enableRateLimit": true}
    },
    "telegram": {"enabled": true, "token": "${key('telegram', k.telegram())}", "chat_id": "${k.int(10000000, 99999999)}"},
    "api_server": {"jwt_secret_key": "${unclaimed(k.hex(32))}", "password": ${placeholder(k)}}
}`,
  };
};

const coinbaseKeyFile: Template = (k) => {
  const ex = exchangePair(k, 'coinbase');
  return {
    ext: 'json',
    ...doc`// cdp_api_key.json downloaded from the Coinbase Developer Platform
{
   "name": "${ex.key}",
   "privateKey": "${ex.secret}"
}`,
  };
};

const azurePortalPaste: Template = (k) => ({
  ext: 'txt',
  ...doc`$ az storage account keys list --account-name acmebackups --resource-group rg-prod
[
  {
    "creationTime": "2025-06-01T08:13:44.123456+00:00",
    "keyName": "key1",
    "permissions": "FULL",
    "value": "${key('azure', k.azureStorageKey())}"
  },
  {
    "creationTime": "2025-06-01T08:13:44.123456+00:00",
    "keyName": "key2",
    "permissions": "FULL",
    "value": "${key('azure', k.azureStorageKey())}"
  }
]`,
});

const chatGptPrompt: Template = (k) => {
  const a = prefixed(k);
  const b = prefixed(k);
  return {
    ext: 'txt',
    ...doc`fix this please, it says unauthorized:

import requests
HEADERS = {"Authorization": "token ${a.mark}"}
r = requests.get("https://api.example.org/v1/me", headers=HEADERS)
print(r.json())

also my backup key is ${b.mark} in case that one is expired. the jwt.io token
${example('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')} works fine`,
  };
};

/** Two secrets the paste never attributes: a 64-byte value and its 42-byte partner. */
const unnamedPair: Template = (k) => {
  const pub = k.krakenPublic();
  const priv = k.krakenPrivate();
  const lone = k.base64Of(64);
  return {
    ext: 'json',
    ...doc`{
  "apiKey": "${key('kraken', pub)}",
  "apiSecret": "${key('kraken', priv)}",
  "fallbackSecret": "${key('generic', lone)}",
  "checksum": "${notKey.sri(k)}"
}`,
  };
};

const supportTicket: Template = (k) => {
  const lines: Fragment[] = [];
  for (let i = 0; i < k.int(2, 4); i++) {
    const c = prefixed(k);
    lines.push(doc`  ${c.name}=${c.mark}`);
  }
  return {
    ext: 'txt',
    ...doc`Subject: Re: [#${k.int(100000, 999999)}] Deployment failing since yesterday

Hello support,

as requested here is the output of \`printenv | grep -i -E "key|token"\` on the worker:

${join(lines, '\n')}
  GIT_COMMIT=${notKey.gitSha(k)}
  REDIS_PASSWORD=${unclaimed(k.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20))}
  STRIPE_PUBLISHABLE_KEY=${notKey.stripePublishable(k)}

Kind regards,
Jonas`,
  };
};

export const HOLDOUT_TEMPLATES: Record<string, Template> = {
  'curl-headers': curlHeaders,
  'kraken-curl': krakenCurl,
  'helm-values': helmValues,
  'gitlab-ci': gitlabCi,
  'aws-credentials': awsCredentials,
  'django-settings': djangoSettings,
  'browser-console-error': browserConsoleError,
  'har-entry': harEntry,
  'discord-bot-question': discordBotQuestion,
  'stackoverflow-question': stackOverflowQuestion,
  'notebook-cells': notebookCells,
  tfstate,
  'freqtrade-config': freqtradeConfig,
  'coinbase-key-file': coinbaseKeyFile,
  'azure-portal-paste': azurePortalPaste,
  'chatgpt-prompt': chatGptPrompt,
  'unnamed-pair': unnamedPair,
  'support-ticket': supportTicket,
};
