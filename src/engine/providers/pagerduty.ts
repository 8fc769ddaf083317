// PagerDuty: REST API keys are 20 characters of letters, digits, '_', '+' and '-'; a user's own
// token starts u+. A u+ token needs the word pagerduty or a key-ish name near; an account key,
// having no prefix, the word and a key-ish name. Events API routing keys are 32 hex, named the same.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LETTERS = LOWER + LOWER.toUpperCase();
const userToken = (seed: number): string => `u+${fake(LETTERS, 9, seed)}-${fake(LOWER, 2, seed + 1)}-${fake(LOWER + '0123456789', 5, seed + 2)}`;
const KEY_CHARS = `${LETTERS}0123456789_+-`;

export default defineProvider({
  slug: 'pagerduty',
  name: 'PagerDuty',
  category: 'cloud',
  domains: ['pagerduty.com'],
  keysUrl: 'https://support.pagerduty.com/main/docs/api-access-keys',
  canDo: 'API tokens read and change services, schedules and incidents; a routing key opens, or resolves, incidents on a service.',
  rules: [
    {
      id: 'pagerduty-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [20],
      pattern: /^u\+[A-Za-z0-9_+-]{18}$/,
      context: { words: ['pagerduty'], label: true },
      examples: {
        positive: [
          `curl -H "Authorization: Token token=«${userToken(3630)}»" https://api.pagerduty.com/users`,
          `PAGERDUTY_TOKEN=«${userToken(3633)}»`,
          `pd_api_key = "«u+${fake(KEY_CHARS, 18, 7316)}»"`,
        ],
        negative: [userToken(3636), `pagerduty ${userToken(3639).slice(0, 19)}`],
      },
    },
    {
      id: 'pagerduty-account-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [20],
      pattern: /^[A-Za-z0-9_+-]{20}$/,
      // Mixed like a random key: identifiers and words of this length are not.
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
      context: { words: ['pagerduty'], strict: true },
      examples: {
        positive: [
          `curl -H "Accept: application/vnd.pagerduty+json;version=2" -H "Authorization: Token token=«${fake(KEY_CHARS, 20, 7317)}»" https://api.pagerduty.com/incidents`,
          `PAGERDUTY_API_KEY=«${fake(KEY_CHARS, 20, 7318)}»`,
        ],
        negative: [`pagerduty service ${fake(KEY_CHARS, 20, 7319)}`, `API_KEY=${fake(KEY_CHARS, 20, 7320)}`],
      },
    },
    {
      id: 'pagerduty-routing-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['pagerduty'], strict: true },
      examples: {
        positive: [`PAGERDUTY_ROUTING_KEY=«${fake(HEX, 32, 3642)}»`, `curl -X POST https://events.pagerduty.com/v2/enqueue -d '{"routing_key": "«${fake(HEX, 32, 3643)}»", "event_action": "trigger"}'`],
        negative: [`pagerduty incident ${fake(HEX, 32, 3644)}`, `ROUTING_KEY=${fake(HEX, 32, 3645)}`],
      },
    },
  ],
});
