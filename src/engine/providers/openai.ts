// OpenAI: every key embeds the fixed marker T3BlbkFJ ("OpenAI" in base64); values without it
// are not OpenAI keys. Admin keys manage the whole organisation.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'openai',
  name: 'OpenAI',
  category: 'ai',
  domains: ['openai.com', 'platform.openai.com'],
  keysUrl: 'https://platform.openai.com/api-keys',
  canDo: 'Run paid model requests on the owner\'s bill and read files and assistants of the project.',
  badge: '#0f6b5c',
  rules: [
    {
      id: 'openai-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['T3BlbkFJ'],
      anywhere: true,
      // Loose here, exact in validate: a regex with the marker between two variable runs would backtrack.
      pattern: bounded('sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{40,400}'),
      prefix: /^sk-(?:proj-|svcacct-|admin-|None-)?/,
      validate: (v) => {
        const i = v.indexOf('T3BlbkFJ');
        if (i < 0) return false;
        if (/^sk-(?:proj|svcacct|admin|None)-/.test(v)) return i >= 20 && v.length - i - 8 >= 20;
        // Legacy keys; service-account keys of 2024 put the account's name before that body (sk-<name>-…).
        const body = v.slice(v.lastIndexOf('-', i) + 1);
        return /^[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/.test(body) && /^sk-(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}-)?$/.test(v.slice(0, v.length - body.length));
      },
      classify: (h) => (h.value.startsWith('sk-admin-') ? { severity: 'critical' } : {}),
      examples: {
        positive: [
          `OPENAI_API_KEY=«sk-proj-${fake(URLSAFE, 74, 31)}T3BlbkFJ${fake(URLSAFE, 74, 32)}»`,
          `«sk-${fake(ALNUM, 20, 33)}T3BlbkFJ${fake(ALNUM, 20, 34)}»`,
          `«sk-svcacct-${fake(URLSAFE, 60, 35)}T3BlbkFJ${fake(URLSAFE, 60, 36)}»`,
          // A service account's name sits between sk-svcacct- and the body.
          `OPENAI_API_KEY=«sk-svcacct-billing-reports-${fake(URLSAFE, 74, 1230)}T3BlbkFJ${fake(URLSAFE, 74, 1231)}»`,
          `OPENAI_ADMIN_KEY=«sk-admin-${fake(URLSAFE, 58, 1232)}T3BlbkFJ${fake(URLSAFE, 58, 1233)}»`,
          `openai.api_key = "«sk-nightly-etl-${fake(ALNUM, 20, 4220)}T3BlbkFJ${fake(ALNUM, 20, 4221)}»"`,
        ],
        negative: [`sk-proj-${fake(URLSAFE, 156, 31)}`, 'sk-...', `sk-${fake(ALNUM, 48, 37)}`, `sk-nightly-etl-${fake(ALNUM, 12, 4222)}T3BlbkFJ${fake(ALNUM, 20, 4223)}`],
      },
    },
  ],
});
