// Opt-in (ScanOptions.includeGeneric): a random-looking quoted value assigned to a secret-ish
// name. Low confidence by nature; off by default because UI strings and config keys abound.

import { entropy, looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

const NAME = '[A-Za-z0-9_.-]{0,30}(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|client[_-]?secret)';

export default defineProvider({
  slug: 'generic',
  name: 'Unrecognised secret',
  category: 'other',
  credentialType: true,
  domains: [],
  noKeysUrl: 'The service is unknown; the owner replaces the value wherever it was issued.',
  canDo: 'Unknown: it looks like a password or key assigned in code or config.',
  rules: [
    {
      id: 'generic-secret',
      match: 'assignment',
      kind: 'secret',
      severity: 'low',
      confidence: 'low',
      words: ['password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'private_key', 'privatekey'],
      pattern: new RegExp(`(?<![A-Za-z0-9_])${NAME}["']?[ \\t]{0,5}[:=][ \\t]{0,5}["']([^"'\\s<>{}$%]{12,128})["']`, 'gi'),
      validate: (v) => looksRandom(v) && entropy(v) >= 3.5 && !/^[a-z]+:\/\//i.test(v),
      examples: {
        positive: [`db_password = "«${fake(ALNUM, 20, 401)}»"`, `{"client_secret": "«${fake(ALNUM, 32, 402)}»"}`],
        negative: ['password = "correct horse battery staple"', 'token: "{{ secrets.TOKEN }}"', 'secret = "ThisIsAReallyLongString"'],
      },
    },
  ],
});
