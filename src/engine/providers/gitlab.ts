// GitLab: personal, pipeline-trigger, runner, deploy, feed, SCIM, CI/CD job, feature-flag client,
// incoming-mail, Kubernetes agent tokens and OAuth application secrets share one family of
// prefixes (GitLab's token overview); only personal access tokens act fully as the user. CI/CD
// job tokens are glcbt- then a partition in hex and '_', or (since GitLab 17.x) a JWT. Session
// cookies (_gitlab_session=) carry a 32-hex session id: a signed-in browser session. Routable tokens (glpat-, glrt-t1_)
// end in '.' and 9 characters. Runner registration tokens start GR1348941. Personal access
// tokens made before GitLab 14.5 (November 2021) have no prefix, 20 characters of [A-Za-z0-9_-],
// and may still be live (no expiry was required): only with GitLab named and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake, fakeJwt } from '../rules/sample';

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
      keywords: ['glpat-', 'glptt-', 'glrt-', 'gldt-', 'glft-', 'glsoat-', 'glcbt-', 'glffct-', 'glimt-', 'glagent-', 'gloas-'],
      pattern: bounded('glcbt-eyJ[A-Za-z0-9_-]{10,1000}\\.eyJ[A-Za-z0-9_-]{10,3000}\\.[A-Za-z0-9_-]{20,700}'
        + '|gl(?:pat|ptt|rt|dt|ft|soat|cbt|ffct|imt|agent|oas)-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9}|\\.[0-9a-z]{9})?'),
      prefix: /^gl[a-z]+-/,
      // Feature-flag client tokens only read flag states; incoming-mail tokens only file mail.
      classify: (h) => (h.value.startsWith('glpat-') ? {} : { severity: /^gl(?:ffct|imt)-/.test(h.value) ? 'medium' : 'high' }),
      examples: {
        positive: [
          `private-token: «glpat-${fake(URLSAFE, 20, 6)}»`,
          `«glptt-${fake(HEX, 40, 7)}»`,
          `gitlab-runner register --token «glrt-t1_${fake(URLSAFE, 27, 1130)}.01${fake('0123456789abcdefghijklmnopqrstuvwxyz', 7, 1131)}»`,
          `«glpat-${fake(URLSAFE, 36, 1132)}.01.${fake('0123456789abcdefghijklmnopqrstuvwxyz', 9, 1133)}»`,
          `curl --header "JOB-TOKEN: «glcbt-64_${fake(URLSAFE, 20, 4170)}»" "$CI_API_V4_URL/projects"`,
          `CI_JOB_TOKEN=«glcbt-${fakeJwt({ typ: 'glcbt', sub: 'gid://gitlab/Ci::Build/1234' }, 4171)}»`,
          `unleash.init({ url: "https://gitlab.example.com/api/v4/feature_flags/unleash/42", instanceId: "«glffct-${fake(URLSAFE, 20, 4172)}»" })`,
          `"incoming_email_token": "«glimt-${fake(URLSAFE, 25, 4173)}»"`,
          `helm upgrade --install agent gitlab/gitlab-agent --set config.token=«glagent-${fake(URLSAFE, 50, 4174)}»`,
          `OAUTH_CLIENT_SECRET="«gloas-${fake(HEX, 64, 4175)}»"`,
        ],
        negative: ['glpat-short', 'glpat-xxxxxxxxxxxxxxxxxxxx', 'glcbt-eyJshort.eyJshort.sig', `glagent-${fake(URLSAFE, 12, 4176)}`],
      },
    },
    {
      id: 'gitlab-session-cookie',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['_gitlab_session='],
      pattern: /(?<![A-Za-z0-9_])_gitlab_session=([0-9a-f]{32})(?![A-Za-z0-9_+/=-])/g,
      validate: (v) => /[0-9]/.test(v) && /[a-f]/.test(v),
      examples: {
        positive: [
          `curl -b "_gitlab_session=«${fake(HEX, 32, 4177)}»" https://gitlab.example.com/api/v4/user`,
          `Cookie: event_filter=all; _gitlab_session=«${fake(HEX, 32, 4178)}»; known_sign_in=1`,
        ],
        negative: [`_gitlab_session=${fake(HEX, 20, 4179)}`, `_gitlab_session=${'0'.repeat(32)}`],
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
