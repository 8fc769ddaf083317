// Tableau: a personal access token's secret is 22 base64 characters and '==' (16 bytes), ':' and
// 32 letters or digits; Tableau's REST API signs in with it as personalAccessTokenSecret beside
// the token's name (TruffleHog's tableau detector reads the same shape). The part after ':' is
// reported. The shape alone could be anything's id:secret, so the word tableau has to be near
// (a server's name, online.tableau.com, counts).

import { defineProvider } from '../rules/define';
import { ALNUM, fake, fakeBase64 } from '../rules/sample';

const secret = (seed: number): string => `${fakeBase64(16, seed)}:«${fake(ALNUM, 32, seed + 1)}»`;

export default defineProvider({
  slug: 'tableau',
  name: 'Tableau',
  category: 'other',
  domains: ['tableau.com', 'online.tableau.com'],
  noKeysUrl: 'Personal access tokens belong to a user on each Tableau site: My Account Settings → Personal Access Tokens there (site admins can revoke any).',
  canDo: 'Sign in to the Tableau site through the REST API as the token\'s user: read, publish and delete the workbooks and data sources that user can.',
  rules: [
    {
      id: 'tableau-personal-access-token',
      match: 'run',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      // The 32-character run right after '==:'.
      run: { min: 32, max: 32, test: (t, s) => t.charCodeAt(s - 1) === 58 && t.charCodeAt(s - 2) === 61 && t.charCodeAt(s - 3) === 61 },
      // Led by the '==:' literal; the 22 base64 characters before it end in A, Q, g or w as 16
      // bytes' do (the last 4 bits are padding).
      pattern: /==:(?<=(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{21}[AQgw]==:)([A-Za-z0-9]{32})(?![A-Za-z0-9_+/=-])/g,
      context: { words: ['tableau'] },
      examples: {
        positive: [
          `TABLEAU_PAT_NAME=ci-publisher\nTABLEAU_PAT_SECRET=${secret(9670)}\nTABLEAU_SERVER=https://prod-useast-a.online.tableau.com`,
          `curl https://10ax.online.tableau.com/api/3.22/auth/signin -H 'Content-Type: application/json' -d '{"credentials": {"personalAccessTokenName": "etl", "personalAccessTokenSecret": "${secret(9672)}", "site": {"contentUrl": "acme"}}}'`,
        ],
        negative: [
          `client: ${fakeBase64(16, 9674)}:${fake(ALNUM, 32, 9675)}`,
          `TABLEAU_PAT_SECRET=${fakeBase64(16, 9676)}:${fake(ALNUM, 30, 9677)}`,
        ],
      },
    },
  ],
});
