// Tailscale: every key starts tskey- and its type (Tailscale's "Key prefixes" page: api access
// tokens, auth pre-authentication keys, client OAuth client secrets, scim, webhook), then the
// key's id and, after another '-', its secret.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

const key = (type: string, seed: number): string => `tskey-${type}-${fake(ALNUM, 7, seed)}CNTRL-${fake(ALNUM, 32, seed + 1)}`;

export default defineProvider({
  slug: 'tailscale',
  name: 'Tailscale',
  category: 'cloud',
  domains: ['tailscale.com'],
  keysUrl: 'https://login.tailscale.com/admin/settings/keys',
  canDo: 'API tokens and OAuth clients read and change the tailnet (devices, access rules, DNS); an auth key adds a machine to the private network.',
  rules: [
    {
      id: 'tailscale-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['tskey-'],
      pattern: bounded('tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}'),
      prefix: /^tskey-[a-z]+-/,
      examples: {
        positive: [
          `TS_API_KEY=«${key('api', 7321)}»`,
          `tailscale up --authkey=«${key('auth', 7323)}»`,
          `oauth_client_secret = "«${key('client', 7325)}»"`,
        ],
        negative: [`tskey-api-${fake(ALNUM, 12, 7327)}`, `tskey-session-${fake(ALNUM, 12, 7328)}-${fake(ALNUM, 32, 7329)}`],
      },
    },
  ],
});
