// Microsoft Azure: storage account keys are 64 random bytes in base64 (88 characters), in
// connection strings or named beside Azure words (AccountName, *.blob.core.windows.net,
// <name>-storagekey, AZURE_STORAGE_KEY). Azurite's devstoreaccount1 key is Microsoft's published
// emulator key: a documentation example (filters.ts). Entra ID (Azure AD) client secrets carry
// a digit and Q~ after three characters, 40 in all.

import { isBase64OfSize } from '../base64';
import { base64OfBytes, mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { DIGITS, URLSAFE, fake, fakeBase64 } from '../rules/sample';

// `az storage …` commands and their --account-key flag (also AccountKey, account_key,
// storageAccountKey) name a storage key as surely as the word azure. Each spelling is listed: the
// first pass opens the rule only where one of these occurs as written.
const STORAGE_WORDS = [
  'azure', 'az storage', 'accountname', 'account-key', 'account_key', 'accountkey', 'blob.core.windows.net',
  'storagekey', 'storageaccountkey', 'storage_account_key',
];
const SECRET_CHARS = URLSAFE + '~.';
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
      // '~' and '.' belong to the secret, so the boundaries are wider than bounded()'s.
      pattern: /(?<![A-Za-z0-9_~.+/-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~+/=-]|\.[A-Za-z0-9_~-])/g,
      prefix: /^.{3}[0-9]Q~/,
      // The Q~ marker is the evidence; a random 34-character body may lack a digit (about 1 in 200).
      validate: (v) => mixedCase(v.slice(6)),
      examples: {
        positive: [`AZURE_CLIENT_SECRET="«${clientSecret(1154)}»"`, `az login --service-principal -u 00000000-0000-0000-0000-000000000000 -p «${clientSecret(1157)}» --tenant t`],
        negative: [`x${clientSecret(1154)}`, `abc1Q~${'a'.repeat(34)}`],
      },
    },
  ],
});
