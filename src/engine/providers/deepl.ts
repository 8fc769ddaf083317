// DeepL: authentication keys are UUIDs; keys of the free API end in ":fx" (developers.deepl.com,
// "Authentication": free keys are sent to api-free.deepl.com, recognisable by that suffix). A
// Pro key is a bare UUID, so it needs DeepL named and a key-ish name, or the DeepL-Auth-Key
// scheme the API's Authorization header uses.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

const UUID_CORE = UUID.source.slice(1, -1);

export default defineProvider({
  slug: 'deepl',
  name: 'DeepL',
  category: 'ai',
  domains: ['deepl.com', 'api.deepl.com', 'api-free.deepl.com'],
  keysUrl: 'https://www.deepl.com/your-account/keys',
  canDo: 'Translate text and documents on the account\'s character allowance (Pro keys: billed per use) and manage its glossaries.',
  rules: [
    {
      id: 'deepl-free-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: [':fx'],
      pattern: bounded(`${UUID_CORE}:fx`),
      examples: {
        positive: [`DEEPL_AUTH_KEY=«${fakeUuid(9150)}:fx»`, `curl -H "Authorization: DeepL-Auth-Key «${fakeUuid(9151)}:fx»" https://api-free.deepl.com/v2/usage`],
        negative: [`${fakeUuid(9152)}:fxx`, 'session:fx'],
      },
    },
    {
      id: 'deepl-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['deepl'], names: ['deepl-auth-key'], strict: true },
      examples: {
        positive: [`DEEPL_AUTH_KEY=«${fakeUuid(9153)}»`, `translator = deepl.Translator(auth_key="«${fakeUuid(9154)}»")`],
        negative: [`SOME_UUID=${fakeUuid(9155)}`, `deepl glossary id ${fakeUuid(9156)}`],
      },
    },
  ],
});
