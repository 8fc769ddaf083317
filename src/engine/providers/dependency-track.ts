// OWASP Dependency-Track: API keys carry the odt_ prefix since 4.9 (2023); from 4.13 an 8-character
// public id and '_' come before the 32-character secret (odt_<id>_<secret>), before that the
// secret follows the prefix directly.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'dependency-track',
  name: 'Dependency-Track',
  category: 'code',
  domains: ['dependencytrack.org'],
  noKeysUrl: 'Dependency-Track runs on the owner\'s own server: the key is under Administration → Access Management → Teams there.',
  canDo: 'Act as the key\'s team: upload SBOMs, read the portfolio\'s components and vulnerabilities, and, with its permissions, change projects and policies.',
  rules: [
    {
      id: 'dependency-track-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['odt_'],
      pattern: bounded('odt_(?:[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32}'),
      prefix: /^odt_/,
      validate: (v) => looksRandom(v.slice(-32)),
      examples: {
        positive: [`DTRACK_API_KEY=«odt_${fake(ALNUM, 32, 7354)}»`, `curl -H "X-Api-Key: «odt_${fake(ALNUM, 8, 7355)}_${fake(ALNUM, 32, 7356)}»" https://dtrack.internal/api/v1/project`],
        negative: [`odt_${fake(ALNUM, 20, 7357)}`, 'odt_abcdefghijklmnopqrstuvwxyz123456'],
      },
    },
  ],
});
