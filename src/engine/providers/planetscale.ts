// PlanetScale: service tokens (pscale_tkn_), OAuth tokens (pscale_oauth_) and database branch
// passwords (pscale_pw_) all carry their prefix. A password is shown once, at creation, in the
// Connect page's connection strings; it reads and writes its branch directly.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

const body = '[A-Za-z0-9_.=-]{32,64}';

export default defineProvider({
  slug: 'planetscale',
  name: 'PlanetScale',
  category: 'cloud',
  domains: ['planetscale.com', 'psdb.cloud'],
  keysUrl: 'https://app.planetscale.com/~/settings/service-tokens',
  canDo: 'Tokens manage the organisation\'s databases, branches and deploy requests as far as their permissions reach; a password reads and writes its database branch.',
  rules: [
    {
      id: 'planetscale-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['pscale_tkn_', 'pscale_oauth_'],
      pattern: bounded(`pscale_(?:tkn|oauth)_${body}`),
      prefix: /^pscale_(?:tkn|oauth)_/,
      examples: {
        positive: [
          `PLANETSCALE_SERVICE_TOKEN=«pscale_tkn_${fake(URLSAFE, 43, 3900)}»`,
          `pscale database list --org acme --service-token-id k3x9q2 --service-token «pscale_tkn_${fake(URLSAFE, 43, 3901)}»`,
          `{"access_token": "«pscale_oauth_${fake(URLSAFE, 40, 3902)}»", "token_type": "Bearer"}`,
          `curl -H "Authorization: k3x9q2:«pscale_tkn_${fake(URLSAFE, 32, 3903)}»" https://api.planetscale.com/v1/organizations`,
        ],
        negative: [
          `pscale_tkn_${fake(URLSAFE, 20, 3904)}`,
          'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          `x_pscale_tkn_${fake(URLSAFE, 43, 3905)}`,
        ],
      },
    },
    {
      id: 'planetscale-password',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['pscale_pw_'],
      pattern: bounded(`pscale_pw_${body}`),
      prefix: /^pscale_pw_/,
      examples: {
        positive: [
          `DATABASE_URL="mysql://q8v2n5k1w7re:«pscale_pw_${fake(URLSAFE, 43, 3906)}»@aws.connect.psdb.cloud/shop?sslaccept=strict"`,
          `spring:\n  datasource:\n    username: q8v2n5k1w7re\n    password: «pscale_pw_${fake(URLSAFE, 43, 3907)}»`,
          `const conn = connect({ host: 'aws.connect.psdb.cloud', username: 'q8v2n5k1w7re', password: '«pscale_pw_${fake(URLSAFE, 36, 3908)}»' })`,
        ],
        negative: [
          'DATABASE_PASSWORD=pscale_pw_<your-password-here>',
          `pscale_pw_${fake(URLSAFE, 31, 3909)}`,
          'password: pscale_pw_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        ],
      },
    },
  ],
});
