// Cloudinary: CLOUDINARY_URL packs the API key (digits), the API secret and the cloud name as
// cloudinary://<key>:<secret>@<cloud>; the secret is what is reported.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { DIGITS, URLSAFE, fake } from '../rules/sample';

const url = (seed: number): string => `cloudinary://${fake(DIGITS, 15, seed)}:«${fake(URLSAFE, 27, seed + 1)}»@media-cloud`;

export default defineProvider({
  slug: 'cloudinary',
  name: 'Cloudinary',
  category: 'cloud',
  domains: ['cloudinary.com', 'console.cloudinary.com'],
  keysUrl: 'https://console.cloudinary.com/settings/api-keys',
  canDo: 'Upload, overwrite and delete the account\'s images and videos, and run transformations on its quota.',
  rules: [
    {
      id: 'cloudinary-url-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['cloudinary://'],
      pattern: /cloudinary:\/\/[0-9]{12,18}:([A-Za-z0-9_-]{24,32})@(?=[A-Za-z0-9])/g,
      validate: looksRandom,
      examples: {
        positive: [`CLOUDINARY_URL=${url(7333)}`, `{"cloudinary_url": "${url(7335)}"}`],
        negative: ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>', `cloudinary://12345:${fake(URLSAFE, 27, 7337)}@demo`, 'cloudinary://123456789012345:tooShortSecret@demo'],
      },
    },
  ],
});
