// Microsoft Azure: storage account keys (64 random bytes in base64) inside connection strings.

import { isBase64OfSize } from '../base64';
import { defineProvider } from '../rules/define';
import { fakeBase64 } from '../rules/sample';

export default defineProvider({
  slug: 'azure',
  name: 'Microsoft Azure',
  category: 'cloud',
  domains: ['azure.com', 'portal.azure.com', 'windows.net'],
  keysUrl: 'https://portal.azure.com/',
  canDo: 'Read, change and delete everything in the storage account.',
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
  ],
});
