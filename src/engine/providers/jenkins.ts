// Jenkins: user API tokens are 11 and 32 hex (34 in all; older ones 32 hex) with no prefix of
// their own; the word jenkins and a key-ish name are needed. A new server prints its first admin
// password (32 hex, also kept in secrets/initialAdminPassword) in its log under a fixed sentence;
// it stays the admin's password when setup skips creating another user.

import { defineProvider } from '../rules/define';
import type { RawMatch } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const SETUP_SENTENCE = 'password to proceed to installation:';
// The sentence's line, at most two blank lines, then the password alone on its line.
const AFTER_SENTENCE = /^\r?\n(?:[ \t]{0,8}\r?\n){0,2}[ \t]{0,8}([0-9a-f]{32})(?![0-9A-Za-z])/;

/** Each first-admin password printed under the setup wizard's sentence in `text`. */
function setupPasswords(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (let at = text.indexOf(SETUP_SENTENCE); at >= 0; at = text.indexOf(SETUP_SENTENCE, at + 1)) {
    const from = at + SETUP_SENTENCE.length;
    const m = AFTER_SENTENCE.exec(text.slice(from, from + 80));
    if (m === null) continue;
    const start = from + m[0].length - (m[1] as string).length;
    out.push({ value: m[1] as string, start, end: start + 32 });
  }
  return out;
}

export default defineProvider({
  slug: 'jenkins',
  name: 'Jenkins',
  category: 'code',
  domains: ['jenkins.io'],
  noKeysUrl: 'Jenkins runs on the owner\'s own server: tokens are revoked there (user menu → Security → API Token).',
  canDo: 'Act as the user on the Jenkins server: run jobs (often with deploy credentials), read logs and change job configuration.',
  rules: [
    {
      id: 'jenkins-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [32, 34],
      pattern: /^(?:11)?[0-9a-f]{32}$/,
      context: { words: ['jenkins'], strict: true },
      examples: {
        positive: [`JENKINS_API_TOKEN=«11${fake(HEX, 32, 2127)}»`, `jenkins:\n  url: https://ci.example.org\n  user: ci-bot\n  apiToken: «11${fake(HEX, 32, 2128)}»`],
        negative: [`jenkins build ${fake(HEX, 32, 2129)}`, `JENKINS_CRUMB=Jenkins-Crumb:${fake(HEX, 32, 2137)}`],
      },
    },
    {
      // A collector, not a pattern: the password stands lines below the sentence, and a pattern
      // spanning line breaks would teach the page's gate to read runs across them.
      id: 'jenkins-initial-admin-password',
      match: 'collector',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: [SETUP_SENTENCE],
      collect: setupPasswords,
      examples: {
        positive: [
          `Jenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n«${fake(HEX, 32, 7109)}»\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword`,
        ],
        negative: [
          `Please use the following password to proceed to installation:\n\n${fake(HEX, 31, 7110)}`,
          'Please use the following password to proceed to installation:\n\n<password>',
        ],
      },
    },
  ],
});
