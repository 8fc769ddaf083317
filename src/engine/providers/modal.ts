// Modal: a token is an id, ak- and 22 alphanumerics, and a secret, as- and 22 alphanumerics
// (modal.com/docs/reference/cli/token: modal token set --token-id ak-… --token-secret as-…;
// MODAL_TOKEN_ID / MODAL_TOKEN_SECRET). as- is too short a prefix alone: the secret needs the word
// modal and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'modal',
  name: 'Modal',
  category: 'ai',
  domains: ['modal.com'],
  keysUrl: 'https://modal.com/settings/tokens',
  canDo: 'Run and deploy code on the workspace\'s GPUs at its expense, and read its apps, volumes and secrets.',
  rules: [
    {
      id: 'modal-token-secret',
      match: 'run',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      run: { min: 25, max: 25, test: (t, s) => t.startsWith('as-', s) },
      pattern: bounded('as-[A-Za-z0-9]{22}'),
      prefix: /^as-/,
      validate: (v) => looksRandom(v.slice(3)),
      context: { words: ['modal'], strict: true },
      examples: {
        positive: [
          `modal token set --token-id ak-${fake(ALNUM, 22, 7450)} --token-secret «as-${fake(ALNUM, 22, 7451)}»`,
          `MODAL_TOKEN_ID=ak-${fake(ALNUM, 22, 7452)}\nMODAL_TOKEN_SECRET=«as-${fake(ALNUM, 22, 7453)}»`,
        ],
        negative: [`token_secret = "as-${fake(ALNUM, 22, 7454)}"`, `modal dialog as-${fake(ALNUM, 22, 7455)}`],
      },
    },
  ],
});
