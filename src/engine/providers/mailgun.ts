// Mailgun: legacy API keys are key- and 32 hex. Current private API keys and webhook signing
// keys are both 32, 8 and 8 hex joined by '-': the word mailgun or a key-ish name says it is one,
// the name tells which.

import { defineProvider } from '../rules/define';
import type { Verdict } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const signingKey: Verdict = { rule: 'mailgun-webhook-signing-key', kind: 'secret', severity: 'medium' };
const hexKey = (seed: number): string => `${fake(HEX, 32, seed)}-${fake(HEX, 8, seed + 1)}-${fake(HEX, 8, seed + 2)}`;

export default defineProvider({
  slug: 'mailgun',
  name: 'Mailgun',
  category: 'messaging',
  domains: ['mailgun.com'],
  keysUrl: 'https://app.mailgun.com/settings/api_security',
  canDo: 'Send email from the owner\'s domains and read logs.',
  rules: [
    {
      id: 'mailgun-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      lengths: [36],
      pattern: /^key-[0-9a-f]{32}$/,
      prefix: /^key-/,
      examples: { positive: [`MAILGUN_API_KEY=«key-${fake(HEX, 32, 94)}»`], negative: ['key-value-store', `monkey-${fake(HEX, 32, 94)}`] },
    },
    {
      id: 'mailgun-private-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [50],
      pattern: /^[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}$/,
      context: { words: ['mailgun'], label: true },
      classify: (h) => (h.label.words.some((w) => w === 'signing' || w === 'webhook') ? signingKey : {}),
      variants: ['mailgun-webhook-signing-key'],
      examples: {
        positive: [
          `MAILGUN_API_KEY=«${hexKey(1170)}»`,
          `curl -s --user 'api:«${hexKey(1173)}»' https://api.mailgun.net/v3/mg.example.com/messages`,
          `MAILGUN_WEBHOOK_SIGNING_KEY=«${hexKey(1176)}»`,
        ],
        negative: [hexKey(1179), `build ${hexKey(1182)}`],
      },
    },
  ],
});
