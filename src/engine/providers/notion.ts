// Notion: integration tokens are ntn_ now; the older secret_ form is a common word in code, so
// it needs digits and capitals in its body and reports at medium confidence.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, fake } from '../rules/sample';

export default defineProvider({
  slug: 'notion',
  name: 'Notion',
  category: 'code',
  domains: ['notion.so', 'notion.com'],
  keysUrl: 'https://www.notion.so/my-integrations',
  canDo: 'Read and edit the pages shared with the integration.',
  rules: [
    {
      id: 'notion-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['ntn_', 'secret_'],
      pattern: bounded('ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}'),
      prefix: /^(?:ntn_|secret_)/,
      validate: (v) => v.startsWith('ntn_') || /[0-9]/.test(v.slice(7)) && /[A-Z]/.test(v.slice(7)),
      classify: (h) => (h.value.startsWith('secret_') ? { confidence: 'medium' } : {}),
      examples: {
        positive: [`NOTION_TOKEN=«ntn_${fake(DIGITS, 11, 16)}${fake(ALNUM, 35, 17)}»`, `«secret_${fake(ALNUM, 43, 18)}»`],
        negative: ['secret_key_base_for_the_application_config_file_x', `secret_${'a'.repeat(43)}`],
      },
    },
  ],
});
