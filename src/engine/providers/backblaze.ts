// Backblaze B2: application keys are K, three digits and 27 base64 characters, and need a
// key-ish name or a B2 word (B2_APPLICATION_KEY, the CLI's authorize-account). Key ids are
// not secret on their own and are named ..._ID, which the context rules read as an id.

import { defineProvider } from '../rules/define';
import { B64, DIGITS, HEX, fake } from '../rules/sample';

const WORDS = ['backblaze', 'backblazeb2', 'b2_application_key', 'b2_app_key', 'authorize-account', 'authorize_account'];
const appKey = (seed: number): string => `K00${fake(DIGITS, 1, seed)}${fake(B64, 27, seed + 1)}`;

export default defineProvider({
  slug: 'backblaze',
  name: 'Backblaze B2',
  category: 'cloud',
  domains: ['backblaze.com', 'backblazeb2.com', 'secure.backblaze.com'],
  keysUrl: 'https://secure.backblaze.com/app_keys.htm',
  canDo: 'With its key id: read, overwrite and delete the files in the key\'s buckets, or all buckets for the master key.',
  rules: [
    {
      id: 'backblaze-application-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [31],
      pattern: /^K[0-9]{3}[A-Za-z0-9+/]{27}$/,
      prefix: /^K[0-9]{3}/,
      validate: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v.slice(4)),
      context: { words: WORDS, label: true },
      examples: {
        positive: [`B2_APPLICATION_KEY=«${appKey(2960)}»`, `b2 authorize-account ${fake(HEX, 25, 2962)} «${appKey(2963)}»`],
        negative: [appKey(2965), `K001 ${fake(B64, 27, 2966)}`],
      },
    },
  ],
});
