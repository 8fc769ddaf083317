// Voiceflow: Dialog Manager API keys are VF.DM., the 24-hex id of the key, '.' and 16 letters or
// digits; workspace keys are VF.WS. and the legacy ones VF. alone before the same two parts.
// Voiceflow's API examples describe the key as "VF.DM.XXXXXXX.XXXXXX"; the lengths are those of
// TruffleHog's voiceflow detector (pkg/detectors/voiceflow), which cites Voiceflow's API reference.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

const key = (kind: string, seed: number): string => `VF.${kind}${fake(HEX, 24, seed)}.${fake(ALNUM, 16, seed + 1)}`;

export default defineProvider({
  slug: 'voiceflow',
  name: 'Voiceflow',
  category: 'ai',
  domains: ['voiceflow.com'],
  noKeysUrl: 'A Dialog Manager API key belongs to one agent: make a new one in that agent\'s API keys settings in Voiceflow, then delete the old one.',
  canDo: 'Run the agent\'s conversations through the Dialog Manager API, read and change its users\' conversation state and query its knowledge base, on the workspace\'s usage.',
  rules: [
    {
      id: 'voiceflow-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['VF.'],
      pattern: bounded('VF\\.(?:(?:DM|WS)\\.)?[0-9a-fA-F]{24}\\.[A-Za-z0-9]{16}'),
      prefix: /^VF\.(?:(?:DM|WS)\.)?/,
      examples: {
        positive: [
          `VOICEFLOW_API_KEY=«${key('DM.', 9650)}»`,
          `fetch(\`https://general-runtime.voiceflow.com/state/user/\${id}/interact\`, { headers: { Authorization: '«${key('DM.', 9652)}»' } })`,
          `const key = '«${key('WS.', 9654)}»';`,
        ],
        negative: [
          'VOICEFLOW_API_KEY=VF.DM.XXXXXXX.XXXXXX',
          `VF.DM.${fake(HEX, 20, 9656)}.${fake(ALNUM, 16, 9657)}`,
          `VF.DM.${fake(HEX, 24, 9658)}.${fake(ALNUM, 12, 9659)}`,
        ],
      },
    },
  ],
});
