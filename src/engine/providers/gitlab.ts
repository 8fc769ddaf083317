// GitLab: personal, pipeline-trigger, runner, deploy, feed and OAuth tokens share one family of
// prefixes; only personal access tokens act fully as the user. Routable tokens (glpat-, glrt-t1_)
// end in '.' and 9 characters. Runner registration tokens start GR1348941. Personal access
// tokens made before GitLab 14.5 (November 2021) have no prefix, 20 characters of [A-Za-z0-9_-],
// and may still be live (no expiry was required): only with GitLab named and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'gitlab',
  name: 'GitLab',
  category: 'code',
  domains: ['gitlab.com'],
  keysUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  canDo: 'Act as the user on GitLab within the token\'s scopes: read and push code, run pipelines.',
  rules: [
    {
      id: 'gitlab-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['glpat-', 'glptt-', 'glrt-', 'gldt-', 'glft-', 'glsoat-'],
      pattern: bounded('gl(?:pat|ptt|rt|dt|ft|soat)-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9}|\\.[0-9a-z]{9})?'),
      prefix: /^gl[a-z]+-/,
      classify: (h) => (h.value.startsWith('glpat-') ? {} : { severity: 'high' }),
      examples: {
        positive: [
          `private-token: «glpat-${fake(URLSAFE, 20, 6)}»`,
          `«glptt-${fake(HEX, 40, 7)}»`,
          `gitlab-runner register --token «glrt-t1_${fake(URLSAFE, 27, 1130)}.01${fake('0123456789abcdefghijklmnopqrstuvwxyz', 7, 1131)}»`,
          `«glpat-${fake(URLSAFE, 36, 1132)}.01.${fake('0123456789abcdefghijklmnopqrstuvwxyz', 9, 1133)}»`,
        ],
        negative: ['glpat-short', 'glpat-xxxxxxxxxxxxxxxxxxxx'],
      },
    },
    {
      id: 'gitlab-runner-registration-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['GR1348941'],
      pattern: bounded('GR1348941[A-Za-z0-9_-]{20}'),
      prefix: /^GR1348941/,
      examples: {
        positive: [`gitlab-runner register --registration-token «GR1348941${fake(URLSAFE, 20, 1134)}»`],
        negative: [`GR1348941${fake(URLSAFE, 12, 1135)}`, 'GR1348941xxxxxxxxxxxxxxxxxxxx'],
      },
    },
    {
      id: 'gitlab-legacy-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [20],
      pattern: /^[A-Za-z0-9_-]{20}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['gitlab'], strict: true },
      examples: {
        positive: [`GITLAB_TOKEN=«${fake(ALNUM, 20, 1136)}»`, `gitlab:\n  private_token: "«${fake(URLSAFE, 20, 1137)}»"`],
        negative: [`gitlab project ${fake(ALNUM, 20, 1138)}`, `token: ${fake(ALNUM, 20, 1139)}`, `GITLAB_TOKEN=${'a'.repeat(20)}`],
      },
    },
  ],
});
