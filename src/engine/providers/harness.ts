// Harness: personal (pat.) and service-account (sat.) tokens are the type, the 22-character
// account id, a 24-character token id and a 20-character secret, joined by dots.

import { defineProvider } from '../rules/define';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

const token = (type: string, seed: number): string => `${type}.${fake(URLSAFE, 22, seed)}.${fake(ALNUM, 24, seed + 1)}.${fake(ALNUM, 20, seed + 2)}`;

export default defineProvider({
  slug: 'harness',
  name: 'Harness',
  category: 'code',
  domains: ['harness.io', 'app.harness.io'],
  keysUrl: 'https://app.harness.io/',
  canDo: 'Run and change pipelines and deployments and read connected secrets in the account, by the token\'s roles.',
  rules: [
    {
      id: 'harness-api-token',
      match: 'run',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      // The account id after "pat." or "sat.": the three-letter literal is too short to look for.
      run: { min: 22, max: 22, test: (t, s) => t[s - 1] === '.' && (t.startsWith('pat', s - 4) || t.startsWith('sat', s - 4)) },
      pattern: /(?<![A-Za-z0-9_+/-])((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^[ps]at\.[A-Za-z0-9_-]{22}\./,
      examples: {
        positive: [`HARNESS_PLATFORM_API_KEY=«${token('pat', 2480)}»`, `curl -H "x-api-key: «${token('sat', 2483)}»" https://app.harness.io/ng/api/user/currentUser`],
        negative: [`pat.${fake(URLSAFE, 22, 2486)}.${fake(ALNUM, 24, 2487)}`, `compat.${fake(URLSAFE, 22, 2488)}.${fake(ALNUM, 24, 2489)}.${fake(ALNUM, 20, 2490)}`],
      },
    },
  ],
});
