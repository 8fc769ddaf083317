// ElevenLabs: current API keys are sk_ and 48 hex; older keys are 32 hex with no prefix and need
// the word elevenlabs (or the xi-api-key header) and a key-ish name.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'elevenlabs',
  name: 'ElevenLabs',
  category: 'ai',
  domains: ['elevenlabs.io'],
  keysUrl: 'https://elevenlabs.io/app/settings/api-keys',
  canDo: 'Generate speech and clone voices on the owner\'s quota, and read or delete their voices and history.',
  rules: [
    {
      id: 'elevenlabs-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sk_'],
      pattern: bounded('sk_[a-f0-9]{48}'),
      prefix: /^sk_/,
      examples: {
        positive: [`ELEVENLABS_API_KEY=«sk_${fake(HEX, 48, 2720)}»`, `curl -H "xi-api-key: «sk_${fake(HEX, 48, 2721)}»" https://api.elevenlabs.io/v1/voices`],
        negative: [`sk_${fake(HEX, 40, 2722)}`, `sk_${fake(HEX, 48, 2723).toUpperCase()}`],
      },
    },
    {
      id: 'elevenlabs-legacy-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['elevenlabs', 'xi-api-key', 'xi_api_key'], strict: true },
      examples: {
        positive: [`ELEVENLABS_API_KEY=«${fake(HEX, 32, 2724)}»`],
        negative: [`elevenlabs voice ${fake(HEX, 32, 2725)}`],
      },
    },
  ],
});
