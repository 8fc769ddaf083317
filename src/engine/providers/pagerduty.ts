// PagerDuty: user API tokens have the shape u+ (one letter, '+', 9 letters, '-', 2 letters, '-',
// 5 characters); Events API routing keys are 32 hex. Both need the word pagerduty near; a routing
// key also a key-ish name.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LETTERS = LOWER + LOWER.toUpperCase();
const userToken = (seed: number): string => `u+${fake(LETTERS, 9, seed)}-${fake(LOWER, 2, seed + 1)}-${fake(LOWER + '0123456789', 5, seed + 2)}`;

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
      pattern: /^[a-z]\+[A-Za-z]{9}-[a-z]{2}-[a-z0-9]{5}$/,
      context: { words: ['pagerduty'], label: true },
      examples: {
        positive: [`curl -H "Authorization: Token token=«${userToken(3630)}»" https://api.pagerduty.com/users`, `PAGERDUTY_TOKEN=«${userToken(3633)}»`],
        negative: [userToken(3636), `pagerduty ${userToken(3639).slice(0, 19)}`],
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
