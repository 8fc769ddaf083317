// Bitget: API keys are bg_ and 32 hex characters; the secret is 64 hex characters (a SHA-256
// shape) and needs the word bitget with a key-ish name, or the key nearby. A passphrase chosen by
// the user completes the set.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const key = `bg_${fake(HEX, 32, 3320)}`;

export default defineProvider({
  slug: 'bitget',
  name: 'Bitget',
  category: 'exchange',
  domains: ['bitget.com'],
  keysUrl: 'https://www.bitget.com/account/newapi',
  canDo: 'With the passphrase, depending on the key\'s permissions: read the account, trade spot and futures, and withdraw.',
  rules: [
    {
      id: 'bitget-api-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['bg_'],
      pattern: bounded('bg_[a-f0-9]{32}'),
      prefix: /^bg_/,
      pair: { group: 'bitget', role: 'public' },
      examples: {
        positive: [`BITGET_API_KEY=«${key}»`, `headers = {"ACCESS-KEY": "«bg_${fake(HEX, 32, 3321)}»", "ACCESS-PASSPHRASE": passphrase}`],
        negative: [`bg_${fake(HEX, 31, 3322)}`, `bg_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
      },
    },
    {
      id: 'bitget-secret-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[a-f0-9]{64}$/,
      context: { words: ['bitget'], strict: true, pair: true },
      pair: { group: 'bitget', role: 'secret' },
      examples: {
        positive: [`BITGET_API_KEY=${key}\nBITGET_SECRET_KEY=«${fake(HEX, 64, 3323)}»`, `bitget:\n  apiKey: ${key}\n  secret: «${fake(HEX, 64, 3324)}»`],
        negative: [`bitget sha256 ${fake(HEX, 64, 3325)}`, `SECRET_KEY=${fake(HEX, 64, 3326)}`],
      },
    },
  ],
});
