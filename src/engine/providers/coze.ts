// Coze (ByteDance): personal access tokens are pat_ and 64 letters and digits; pat_ alone is too
// plain, so the word coze must be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'coze',
  name: 'Coze',
  category: 'ai',
  domains: ['coze.com', 'coze.cn'],
  keysUrl: 'https://www.coze.com/open/oauth/pats',
  canDo: 'Run the account\'s bots and workflows on its balance and read their conversations and files, within the token\'s permissions.',
  rules: [
    {
      id: 'coze-personal-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [68],
      pattern: /^pat_[A-Za-z0-9]{64}$/,
      prefix: /^pat_/,
      validate: (v) => looksRandom(v.slice(4)),
      context: { words: ['coze'] },
      examples: {
        positive: [`COZE_API_TOKEN=«pat_${fake(ALNUM, 64, 7340)}»`, `coze = Coze(auth=TokenAuth(token="«pat_${fake(ALNUM, 64, 7341)}»"))`],
        negative: [`GITLAB_TOKEN=pat_${fake(ALNUM, 64, 7342)}`, `coze: pat_${fake(ALNUM, 40, 7343)}`],
      },
    },
  ],
});
