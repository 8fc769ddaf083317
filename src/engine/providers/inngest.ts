// Inngest: signing keys are signkey-<environment>- and 64 hex characters (inngest.com/docs,
// "Signing keys"); the SDK signs and verifies requests with them and the REST API accepts them as
// Bearer tokens.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'inngest',
  name: 'Inngest',
  category: 'code',
  domains: ['inngest.com'],
  keysUrl: 'https://app.inngest.com/env/production/manage/signing-key',
  canDo: 'Call the Inngest API for the environment (read and cancel runs, send events) and forge requests that the app\'s functions accept as Inngest\'s.',
  rules: [
    {
      id: 'inngest-signing-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['signkey-'],
      pattern: bounded('signkey-[a-z]{1,12}-[a-f0-9]{64}'),
      prefix: /^signkey-[a-z]{1,12}-/,
      validate: (v) => /[a-f]/.test(v.slice(-64)) && /[0-9]/.test(v.slice(-64)),
      examples: {
        positive: [`INNGEST_SIGNING_KEY=«signkey-prod-${fake(HEX, 64, 7430)}»`, `new Inngest({ id: "app", signingKey: "«signkey-branch-${fake(HEX, 64, 7431)}»" })`],
        negative: [`signkey-prod-${fake(HEX, 63, 7432)}`, `signkey-prod-${'0'.repeat(64)}`],
      },
    },
  ],
});
