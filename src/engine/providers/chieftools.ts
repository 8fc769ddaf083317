// Chief Tools: personal access (ctp_), OAuth access (cto_) and refresh (ctr_) tokens, each the
// prefix and 30 or more letters and digits.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'chieftools',
  name: 'Chief Tools',
  category: 'other',
  domains: ['chief.tools'],
  keysUrl: 'https://account.chief.tools/',
  canDo: 'Act as the user in Chief Tools\' apps (domains, certificates, deployments) within the token\'s scopes.',
  rules: [
    {
      id: 'chieftools-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['ctp_', 'cto_', 'ctr_'],
      pattern: bounded('ct[por]_[A-Za-z0-9]{30,248}'),
      prefix: /^ct[por]_/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`CHIEF_TOKEN=«ctp_${fake(ALNUM, 40, 2140)}»`, `{"refresh_token": "«ctr_${fake(ALNUM, 64, 2141)}»"}`],
        negative: ['ctr_ResetTheCounterAndThenStartAgainLater', `ctp_${fake(ALNUM, 20, 2142)}`],
      },
    },
  ],
});
