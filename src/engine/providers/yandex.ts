// Yandex Cloud: API keys are AQVN and 35–38 URL-safe characters; the secret of a static access
// key is YC and 38 characters (with the word yandex near); IAM tokens are t1., a header, a dot
// and an 86-character signature.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

const HEADER_CHAR = /[A-Za-z0-9_=-]/;
const TOKEN_CHAR = /[A-Za-z0-9_+/-]/;

/** True when the run at `start` follows "t1.<header>." (an IAM token's signature). */
function afterIamHeader(text: string, start: number): boolean {
  if (text[start - 1] !== '.') return false;
  let i = start - 1;
  while (i > 0 && start - i <= 203 && HEADER_CHAR.test(text[i - 1] as string)) i--;
  return start - 1 - i >= 20 && text.startsWith('t1.', i - 3) && !TOKEN_CHAR.test(text[i - 4] ?? ' ');
}

export default defineProvider({
  slug: 'yandex',
  name: 'Yandex Cloud',
  category: 'cloud',
  domains: ['yandex.cloud', 'yandex.com', 'yandex.ru'],
  keysUrl: 'https://console.yandex.cloud/iam',
  canDo: 'Act as the service account in Yandex Cloud: use, change or delete whatever its roles allow.',
  rules: [
    {
      id: 'yandex-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['AQVN'],
      pattern: bounded('AQVN[A-Za-z0-9_-]{35,38}'),
      prefix: /^AQVN/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`curl -H "Authorization: Api-Key «AQVN${fake(URLSAFE, 36, 3260)}»" https://llm.api.cloud.yandex.net/foundationModels/v1/completion`],
        negative: [`AQVN${fake(URLSAFE, 30, 3261)}`, `AQVN${'Q'.repeat(36)}`],
      },
    },
    {
      id: 'yandex-aws-access-token',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^YC[A-Za-z0-9_-]{38}$/,
      validate: (v) => looksRandom(v.slice(2)),
      context: { words: ['yandex', 'yandexcloud', 'storage.yandexcloud'] },
      examples: {
        positive: [`YANDEX_STORAGE_SECRET_KEY=«YC${fake(URLSAFE, 38, 3262)}»`],
        negative: [`YC${fake(URLSAFE, 38, 3263)}`, `yandex YC${fake(URLSAFE, 37, 3264)}`],
      },
    },
    {
      id: 'yandex-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // Triggered by the 86-character signature run; "t1." is too common a literal to gate on.
      run: { min: 86, max: 86, test: afterIamHeader },
      pattern: bounded('t1\\.[A-Za-z0-9_-]{20,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}'),
      prefix: /^t1\./,
      examples: {
        positive: [`export YC_IAM_TOKEN=«t1.${fake(URLSAFE, 80, 3265)}.${fake(URLSAFE, 86, 3266)}»`],
        negative: [`t1.${fake(URLSAFE, 80, 3267)}.${fake(URLSAFE, 40, 3268)}`, `x.${fake(URLSAFE, 80, 3269)}.${fake(URLSAFE, 86, 3270)}`],
      },
    },
  ],
});
