// Microsoft Azure: storage account keys are 64 random bytes in base64 (88 characters), in
// connection strings or named beside Azure words (AccountName, *.blob.core.windows.net,
// <name>-storagekey, AZURE_STORAGE_KEY). Azurite's devstoreaccount1 key is Microsoft's published
// emulator key: a documentation example (filters.ts). Entra ID (Azure AD) client secrets carry
// a digit and Q~ after three characters, 40 in all; older ones have no marker and are known by
// Azure's own variable names (AZURE_CLIENT_SECRET for Azure Identity, ARM_CLIENT_SECRET for
// Terraform). Azure DevOps personal access tokens are 84 letters and digits with AZDO at 76
// (since 2024) or, before, 52 lower-case base32 characters. Service Bus, Event Hubs and IoT Hub
// connection strings carry a 256-bit SharedAccessKey; App Configuration ones a Secret. API
// Management and Cognitive Services keys are 32 hex, sent in Ocp-Apim-Subscription-Key; Azure
// OpenAI's are the same 32 hex, sent as api-key to <resource>.openai.azure.com and kept beside that
// endpoint under OpenAI's own names (OPENAI_API_KEY, AZURE_OPENAI_KEY, api_key; TruffleHog's
// azure_openai detector reads 32 hex beside the endpoint). Newer keys carry their service's mark
// at a fixed place (Microsoft's "identifiable keys", microsoft/security-utilities SEC101/176 and
// SEC101/154, SEC101/167): Container Registry passwords are 42 base64 characters, +ACR, one of
// A-D and 5 more; Azure Cache for Redis keys 33 letters and digits, AzCa, one of A-P, 5 more and
// '='; AI Search keys 42 letters and digits, AzSe, one of A-D and 5 more.
// Cosmos DB account keys have the storage key's shape; DocumentDB is Cosmos DB's former name
// and its SDKs' (DocumentDbAuthKey). SignalR and Web PubSub connection strings carry an AccessKey
// (learn.microsoft.com, "Connection strings in Azure SignalR Service": Endpoint=https://
// <name>.service.signalr.net;AccessKey=<key>;Version=1.0;). `az ad sp create-for-rbac` prints
// the new service principal's secret as "password" beside its "appId" (Azure CLI reference).
// Azure Cache for Redis connection strings carry its access key as password= (see the rule).
// Azure Functions keys carry Microsoft's AzFu signature.

import { isBase64OfSize } from '../base64';
import { base64OfBytes, mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { isPlaceholder, looksRandom } from '../filters';
import { bounded } from '../rules/rule';
import { ALNUM, B64, DIGITS, HEX, URLSAFE, fake, fakeBase64, fakeUuid } from '../rules/sample';

// `az storage …` commands and their --account-key flag (also AccountKey, account_key,
// storageAccountKey) name a storage key as surely as the word azure. Each spelling is listed: the
// first pass opens the rule only where one of these occurs as written.
const STORAGE_WORDS = [
  'azure', 'az storage', 'accountname', 'account-key', 'account_key', 'accountkey', 'blob.core.windows.net',
  'storagekey', 'storageaccountkey', 'storage_account_key', 'cosmosdb', 'cosmos_db', 'documentdb',
];
const SECRET_CHARS = URLSAFE + '~.';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const devopsPat = (seed: number): string => `${fake(ALNUM, 76, seed)}AZDO${fake(ALNUM, 4, seed + 1)}`;
const clientSecret = (seed: number): string => `${fake(SECRET_CHARS, 3, seed)}${fake(DIGITS, 1, seed + 1)}Q~${fake(SECRET_CHARS, 34, seed + 2)}`;

export default defineProvider({
  slug: 'azure',
  name: 'Microsoft Azure',
  category: 'cloud',
  domains: ['azure.com', 'portal.azure.com', 'windows.net'],
  keysUrl: 'https://portal.azure.com/',
  canDo: 'Storage keys: read, change and delete everything in the storage account. Client secrets: act as the application with its permissions.',
  rules: [
    {
      id: 'azure-storage-account-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['AccountKey='],
      pattern: new RegExp('AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])', 'g'),
      validate: (v) => isBase64OfSize(v, 64),
      examples: {
        positive: [`DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=«${fakeBase64(64, 109)}»;EndpointSuffix=core.windows.net`],
        negative: ['AccountKey=<your-key>'],
      },
    },
    {
      id: 'azure-storage-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      ...base64OfBytes(64),
      context: { words: STORAGE_WORDS },
      examples: {
        positive: [
          `AZURE_STORAGE_ACCOUNT=acct\nAZURE_STORAGE_KEY=«${fakeBase64(64, 1150)}»`,
          `az storage blob upload --account-name acct --account-key «${fakeBase64(64, 1151)}» # acct.blob.core.windows.net`,
          `az keyvault secret set --name acct-storagekey --value «${fakeBase64(64, 1152)}»`,
          `$ az storage account keys list -n acct\n[{"keyName": "key1", "permissions": "FULL", "value": "«${fakeBase64(64, 1155)}»"}]`,
          `storage:\n  account: acct\n  account_key: «${fakeBase64(64, 1156)}»`,
        ],
        negative: [
          `azure ${'A'.repeat(86)}==`,
          `azure integrity: ${fakeBase64(64, 1153)}`,
          'AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
        ],
      },
    },
    {
      id: 'azure-ad-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['Q~'],
      // '~' and '.' belong to the secret, so the boundaries are wider than bounded()'s. The first
      // three characters are drawn from the same alphabet as the body, '-' included (TruffleHog's
      // Azure service-principal v2 rule, whose tests hold real secrets that start with '-').
      pattern: /(?<![A-Za-z0-9_~.+/-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~+/=-]|\.[A-Za-z0-9_~-])/g,
      prefix: /^.{3}[0-9]Q~/,
      // The Q~ marker is the evidence; a random 34-character body may lack a digit (about 1 in 200).
      validate: (v) => mixedCase(v.slice(6)),
      examples: {
        positive: [
          `AZURE_CLIENT_SECRET="«${clientSecret(1154)}»"`,
          `az login --service-principal -u 00000000-0000-0000-0000-000000000000 -p «${clientSecret(1157)}» --tenant t`,
          `client-secret: «-${clientSecret(1158).slice(1)}»`,
        ],
        negative: [`x${clientSecret(1154)}`, `abc1Q~${'a'.repeat(34)}`],
      },
    },
    {
      id: 'azure-legacy-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      keywords: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'],
      // '~' and '.' belong to the secret, so it is read after the name rather than as a run.
      pattern: /(?:AZURE|ARM)_CLIENT_SECRET["']?\s*[:=]\s*["']?([A-Za-z0-9_~.-]{32,44})(?![A-Za-z0-9_~.+/=-])/g,
      // Q~ secrets are azure-ad-client-secret's.
      validate: (v) => looksRandom(v) && !/^.{3}[0-9]Q~/.test(v),
      examples: {
        positive: [`export AZURE_CLIENT_SECRET="«${fake(SECRET_CHARS, 34, 7301)}»"`, `ARM_CLIENT_SECRET: «${fake(SECRET_CHARS, 40, 7300)}»`],
        negative: [`CLIENT_SECRET=${fake(SECRET_CHARS, 34, 7303)}`, 'AZURE_CLIENT_SECRET=change-me-before-the-first-deploy', `AZURE_CLIENT_ID=${fake(SECRET_CHARS, 34, 7304)}`],
      },
    },
    {
      id: 'azure-devops-pat',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['AZDO'],
      anywhere: true,
      pattern: bounded('[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}'),
      // The first 52 characters are the random part; the rest is structure with runs of 'A' (a
      // real token in TruffleHog's tests has fourteen in a row), so only the random part is
      // judged for fillers.
      structured: true,
      validate: (v) => looksRandom(v.slice(0, 52)) && !isPlaceholder(v.slice(0, 52)),
      examples: {
        positive: [
          `AZURE_DEVOPS_EXT_PAT=«${devopsPat(1164)}»`,
          `git clone https://user:«${devopsPat(1165)}»@dev.azure.com/org/project/_git/repo`,
          `ENV AZP_TOKEN=«${fake(ALNUM, 52, 9513)}JQQJ99ALAC${'A'.repeat(13)}SAZDO${fake(ALNUM, 4, 9514)}»`,
        ],
        negative: [`${fake(ALNUM, 75, 7307)}AZDO${fake(ALNUM, 4, 7308)}`, `${'Ab1'.repeat(25)}xAZDOabcd`],
      },
    },
    {
      id: 'azure-devops-legacy-pat',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [52],
      pattern: /^[a-z2-7]{52}$/,
      validate: (v) => /[2-7]/.test(v) && /[a-z]/.test(v),
      // Lower-case base32 of 52 is rare enough that an Azure DevOps word nearby will do.
      context: { words: ['azure devops', 'azuredevops', 'azure_devops', 'dev.azure.com', 'visualstudio.com', 'vsts', 'ado_pat', 'adopat', 'personalaccesstoken', 'personal_access_token'] },
      examples: {
        positive: [`AZURE_DEVOPS_PAT=«${fake(BASE32_LOWER, 52, 7309)}»`, `var personalAccessToken = "«${fake(BASE32_LOWER, 52, 7310)}»";`, `ado_pat = "«${fake(BASE32_LOWER, 52, 7311)}»"`],
        negative: [`PAT=${fake(BASE32_LOWER, 52, 7312)}`, `azure devops build ${'abcdefghijklmnopqrstuvwxyz'.repeat(2)}`],
      },
    },
    {
      id: 'azure-shared-access-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['SharedAccessKey='],
      pattern: new RegExp('SharedAccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])', 'g'),
      validate: (v) => isBase64OfSize(v, 32) && looksRandom(v),
      examples: {
        positive: [
          `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«${fakeBase64(32, 7313)}»`,
          `HostName=hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=«${fakeBase64(32, 7314)}»`,
        ],
        negative: ['SharedAccessKeyName=[name];SharedAccessKey=[key goes here];', `SharedAccessKeyName=${fakeBase64(32, 7315)}`],
      },
    },
    {
      id: 'azure-app-configuration-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['.azconfig.io;'],
      // Secrets made since 2024 are Microsoft's 84-character annotated keys (52 random characters,
      // JQQJ99, …; microsoft/security-utilities; a real one in TruffleHog's app-config tests), not
      // 44 characters of base64.
      pattern: new RegExp('\\.azconfig\\.io;Id=[^;\\s"\']{1,40};Secret=([A-Za-z0-9+/]{40,88}={0,2})(?![A-Za-z0-9+/=])', 'g'),
      validate: looksRandom,
      examples: {
        positive: [
          `Endpoint=https://store.azconfig.io;Id=${fake(ALNUM, 4, 7316)}-l0-s0:${fake(ALNUM, 20, 7317)};Secret=«${fakeBase64(32, 7318)}»`,
          `Endpoint=https://store.azconfig.io;Id=${fake(ALNUM, 4, 9523)};Secret=«${fake(ALNUM, 52, 9524)}JQQJ99BLAC${fake(ALNUM, 8, 9525)}AAACAZC${fake(ALNUM, 4, 9526)}»`,
        ],
        negative: ['Endpoint=https://store.azconfig.io;Id=xxx;Secret=xxx'],
      },
    },
    {
      id: 'azure-apim-subscription-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      validate: (v) => /[a-f]/.test(v) && /[0-9]/.test(v),
      context: { words: ['ocp-apim-subscription-key'], names: ['ocp-apim-subscription-key'], strict: true },
      examples: {
        positive: [`curl -H "Ocp-Apim-Subscription-Key: «${fake(HEX, 32, 7319)}»" https://api.cognitive.microsoft.com/`, `headers = {"Ocp-Apim-Subscription-Key": "«${fake(HEX, 32, 7320)}»"}`],
        negative: [`subscription-id: ${fake(HEX, 32, 7321)}`, `Ocp-Apim-Trace: ${fake(HEX, 32, 7322)}`],
      },
    },
    {
      id: 'azure-openai-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      validate: (v) => /[a-f]/.test(v) && /[0-9]/.test(v),
      context: { words: ['openai.azure.com', 'azure_openai', 'azureopenai'], strict: true },
      examples: {
        positive: [
          `AZURE_OPENAI_ENDPOINT=https://contoso-ai.openai.azure.com/\nAZURE_OPENAI_API_KEY=«${fake(HEX, 32, 9491)}»`,
          `client = AzureOpenAI(azure_endpoint="https://contoso-ai.openai.azure.com/", api_key="«${fake(HEX, 32, 9492)}»", api_version="2024-06-01")`,
          `export OPENAI_API_BASE=https://contoso-ai.openai.azure.com/\nexport OPENAI_API_KEY=«${fake(HEX, 32, 9493)}»`,
        ],
        negative: [
          `AZURE_OPENAI_DEPLOYMENT_ID=${fake(HEX, 32, 9494)}`,
          `curl https://contoso-ai.openai.azure.com/openai/deployments?request-id=${fake(HEX, 32, 9495)}`,
          `OPENAI_API_KEY=${fake(HEX, 32, 9496)}`,
        ],
      },
    },
    {
      id: 'azure-container-registry-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['+ACR'],
      anywhere: true,
      pattern: /(?<![A-Za-z0-9+/_-])([A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])/g,
      validate: (v) => looksRandom(v.slice(0, 42)),
      examples: {
        positive: [
          `docker login contoso.azurecr.io -u contoso -p «${fake(B64, 42, 9497)}+ACRB${fake(ALNUM, 5, 9498)}»`,
          `ACR_PASSWORD=«${fake(B64, 42, 9499)}+ACRD${fake(ALNUM, 5, 9500)}»`,
        ],
        negative: [`${fake(B64, 42, 9501)}+ACRE${fake(ALNUM, 5, 9502)}`, `x${fake(B64, 42, 9503)}+ACRA${fake(ALNUM, 5, 9504)}`],
      },
    },
    {
      id: 'azure-search-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['AzSe'],
      anywhere: true,
      pattern: /(?<![A-Za-z0-9+/_-])([A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})(?![A-Za-z0-9+/=_-])/g,
      validate: (v) => looksRandom(v.slice(0, 42)),
      examples: {
        positive: [
          `AZURE_SEARCH_ADMIN_KEY=«${fake(ALNUM, 42, 9515)}AzSeC${fake(ALNUM, 5, 9516)}»`,
          `SearchClient(endpoint="https://contoso.search.windows.net", index_name="docs", credential=AzureKeyCredential("«${fake(ALNUM, 42, 9517)}AzSeA${fake(ALNUM, 5, 9518)}»"))`,
        ],
        negative: [`${fake(ALNUM, 42, 9519)}AzSeF${fake(ALNUM, 5, 9520)}`, `${fake(ALNUM, 43, 9521)}AzSeB${fake(ALNUM, 5, 9522)}`],
      },
    },
    {
      id: 'azure-redis-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['AzCa'],
      anywhere: true,
      pattern: /(?<![A-Za-z0-9+/_-])([A-Za-z0-9]{33}AzCa[A-P][A-Za-z0-9]{5}=)(?![A-Za-z0-9+/=_-])/g,
      validate: (v) => looksRandom(v.slice(0, 33)),
      examples: {
        positive: [
          `contoso.redis.cache.windows.net:6380,password=«${fake(ALNUM, 33, 9505)}AzCaK${fake(ALNUM, 5, 9506)}=»,ssl=True,abortConnect=False`,
          `REDIS_KEY="«${fake(ALNUM, 33, 9507)}AzCaA${fake(ALNUM, 5, 9508)}=»"`,
        ],
        negative: [`${fake(ALNUM, 33, 9509)}AzCaQ${fake(ALNUM, 5, 9510)}=`, `${fake(ALNUM, 33, 9511)}AzCaB${fake(ALNUM, 5, 9512)}`],
      },
    },
    {
      id: 'azure-signalr-access-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['.service.signalr.net', '.webpubsub.azure.com'],
      pattern: /\.(?:service\.signalr\.net|webpubsub\.azure\.com)(?::[0-9]{1,5})?\/?;AccessKey=([A-Za-z0-9+/]{40,90}={0,2})(?![A-Za-z0-9+/=])/g,
      validate: looksRandom,
      examples: {
        positive: [
          `"Azure:SignalR:ConnectionString": "Endpoint=https://chat-prod.service.signalr.net;AccessKey=«${fakeBase64(32, 9191)}»;Version=1.0;"`,
          `WEBPUBSUB=Endpoint=https://notify.webpubsub.azure.com;AccessKey=«${fakeBase64(32, 9192)}»;Version=1.0;`,
        ],
        negative: ['Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0;'],
      },
    },
    {
      // Azure Functions keys (function, host and master keys the Functions host generates since
      // 2021) are Microsoft "identifiable" keys: 44 base64url characters, the signature AzFu, five
      // more and one of A Q g w, then == (Microsoft's security-utilities, SEC101/158
      // AzureFunctionIdentifiableKey). Sent as ?code= or x-functions-key.
      id: 'azure-function-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['AzFu'],
      anywhere: true,
      pattern: bounded('[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]=='),
      validate: (v) => looksRandom(v.slice(0, 44)),
      examples: {
        positive: [
          `https://orders-api.azurewebsites.net/api/ingest?code=«${fake(URLSAFE, 44, 9196)}AzFu${fake(URLSAFE, 5, 9197)}Q==»`,
          `curl -H "x-functions-key: «${fake(URLSAFE, 44, 9198)}AzFu${fake(URLSAFE, 5, 9199)}g==»" https://fn.example.net/api/run`,
        ],
        negative: [`?code=${fake(URLSAFE, 44, 9200)}AzFu${fake(URLSAFE, 5, 9201)}B==`, `PsizFU[j-1, i] + ZetazFU[j, i]`],
      },
    },
    {
      // Azure Cache for Redis: StackExchange.Redis connection strings as the portal's Access keys
      // blade and Microsoft Learn's quickstarts write them,
      // <name>.redis.cache.windows.net:6380,password=<access key>,ssl=True,abortConnect=False
      // (Enterprise: <name>.<region>.redisenterprise.cache.azure.net:10000); the key is 32
      // random bytes in base64. redis:// URLs to the same hosts are database-url.ts's.
      id: 'azure-cache-redis-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['.redis.cache.windows.net:', '.redisenterprise.cache.azure.net:'],
      pattern: /\.(?:redis\.cache\.windows\.net|redisenterprise\.cache\.azure\.net):[0-9]{1,5},password=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g,
      validate: (v) => isBase64OfSize(v, 32) && looksRandom(v),
      examples: {
        positive: [
          `"Redis": "orders-cache.redis.cache.windows.net:6380,password=«${fakeBase64(32, 9193)}»,ssl=True,abortConnect=False"`,
          `REDIS_CONNECTION=sessions.westeurope.redisenterprise.cache.azure.net:10000,password=«${fakeBase64(32, 9194)}»,ssl=True`,
        ],
        negative: ['contoso.redis.cache.windows.net:6380,password=<access-key>,ssl=True,abortConnect=False', `contoso.redis.cache.windows.net:6380,ssl=True,name=${fakeBase64(32, 9195)}`],
      },
    },
    {
      id: 'azure-service-principal-password',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['"appId"'],
      pattern: /"appId"\s{0,8}:\s{0,8}"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",[^{}]{0,200}?"password"\s{0,8}:\s{0,8}"([A-Za-z0-9_~.-]{30,44})"/g,
      validate: looksRandom,
      examples: {
        positive: [`{\n  "appId": "${fakeUuid(9193)}",\n  "displayName": "ci-deployer",\n  "password": "«${fake(SECRET_CHARS, 40, 9194)}»",\n  "tenant": "${fakeUuid(9195)}"\n}`],
        negative: [`{"appId": "${fakeUuid(9196)}", "displayName": "ci", "password": "<password>", "tenant": "${fakeUuid(9197)}"}`],
      },
    },
  ],
});
