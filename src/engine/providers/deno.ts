// Deno Deploy: personal access tokens are ddp_ and 36 letters and digits, organization tokens
// ddo_ (docs.deno.com, Subhosting API "Authentication"; osv-scalibr's denopat detector and
// Kingfisher's deno rules agree on both). ddw_ tokens, sent the same way as a Bearer token, have
// the same body (TruffleHog's denodeploy detector reads dd[pw]_ and 36 letters and digits).

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'deno',
  name: 'Deno Deploy',
  category: 'cloud',
  domains: ['deno.com', 'dash.deno.com', 'console.deno.com'],
  keysUrl: 'https://dash.deno.com/account#access-tokens',
  canDo: 'Deploy code to the account\'s (or organization\'s) projects, read and change their environment variables and domains.',
  rules: [
    simpleToken('deno-access-token', 'ddp_', 'ddp_[A-Za-z0-9]{36}', `ddp_${fake(ALNUM, 36, 9184)}`),
    simpleToken('deno-organization-token', 'ddo_', 'ddo_[A-Za-z0-9]{36}', `ddo_${fake(ALNUM, 36, 9185)}`),
    simpleToken('deno-web-token', 'ddw_', 'ddw_[A-Za-z0-9]{36}', `ddw_${fake(ALNUM, 36, 9481)}`),
  ],
});
