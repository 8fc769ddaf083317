// Dropbox: short-lived access tokens start sl. (sl.u. for user tokens) and run long.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'dropbox',
  name: 'Dropbox',
  category: 'cloud',
  domains: ['dropbox.com'],
  keysUrl: 'https://www.dropbox.com/developers/apps',
  canDo: 'Read, change and delete files the app can reach.',
  rules: [
    {
      id: 'dropbox-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      run: { min: 130, max: Infinity, test: (t, s) => t.startsWith('sl.', s - 3) || t.startsWith('sl.u.', s - 5) },
      pattern: bounded('sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}'),
      prefix: /^sl\.(?:u\.)?/,
      examples: { positive: [`Authorization: Bearer «sl.${fake(URLSAFE, 138, 125)}»`], negative: ['sl.short'] },
    },
  ],
});
