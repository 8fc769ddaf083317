// Cloudinary: CLOUDINARY_URL packs the API key (digits), the API secret and the cloud name as
// cloudinary://<key>:<secret>@<cloud>; the secret is what is reported. The API secret also stands
// alone (api_secret in the SDKs' config, CLOUDINARY_API_SECRET=): 27 URL-safe characters (TruffleHog's
// cloudinary detector reads 27; public configs show them so), reported beside the word cloudinary
// under a key-ish name. Under Cloudinary's name the generic named rule stays away, so without this
// rule a bare secret went unreported.

import { looksRandom } from '../filters';
import { mixedCase } from '../rules/common';
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
    {
      id: 'cloudinary-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [27],
      pattern: /^[A-Za-z0-9_-]{27}$/,
      // 27 random URL-safe characters lack a digit about 1 time in 100: both cases is the check.
      validate: mixedCase,
      context: { words: ['cloudinary'], strict: true },
      examples: {
        positive: [
          `CLOUDINARY_API_SECRET=«${fake(URLSAFE, 27, 9486)}»`,
          `cloudinary.config({\n  cloud_name: 'media-cloud',\n  api_key: '${fake(DIGITS, 15, 9487)}',\n  api_secret: '«${fake(URLSAFE, 27, 9488)}»',\n});`,
        ],
        negative: [`cloudinary upload ${fake(URLSAFE, 27, 9489)}`, `API_SECRET=${fake(URLSAFE, 27, 9490)}`, 'CLOUDINARY_API_SECRET=your_cloudinary_secret'],
      },
    },
  ],
});
