// Supabase: management tokens (sbp_) and secret API keys (sb_secret_) bypass row-level security.
// Anon keys are JWTs meant for browsers (see jwt.ts).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'supabase',
  name: 'Supabase',
  category: 'cloud',
  domains: ['supabase.com', 'supabase.co'],
  keysUrl: 'https://supabase.com/dashboard/account/tokens',
  canDo: 'Manage projects, or read and write the database bypassing row-level security.',
  rules: [
    {
      id: 'supabase-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sbp_', 'sb_secret_'],
      pattern: bounded('sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64}'),
      prefix: /^(?:sbp_|sb_secret_)/,
      examples: { positive: [`«sbp_${fake(HEX, 40, 116)}»`, `«sb_secret_${fake(URLSAFE, 31, 117)}»`], negative: ['sbp_123'] },
    },
  ],
});
