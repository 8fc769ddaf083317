// Gate (Gate.io): APIv4 keys are 32 hex characters and secrets 64 hex characters, neither with
// a prefix; both need Gate's name (gateio, gate.io, GATE_API…) and a key-ish name, or the other
// half. The bare word gate is not enough: payment gateways and quality gates share it.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const WORDS = ['gateio', 'gate.io', 'gate.com', 'gate_api', 'gate-api', 'gate_io'];
const key = fake(HEX, 32, 3330);

export default defineProvider({
  slug: 'gate',
  name: 'Gate.io',
  category: 'exchange',
  domains: ['gate.io', 'gate.com'],
  keysUrl: 'https://www.gate.io/myaccount/api_key_manage',
  canDo: 'Depending on the key\'s permissions: read balances, trade spot, margin and futures, and withdraw.',
  rules: [
    {
      id: 'gate-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: WORDS, strict: true, pair: true },
      pair: { group: 'gate', role: 'public' },
      examples: {
        positive: [`GATE_API_KEY=«${key}»`, `configuration = gate_api.Configuration(\n    host="https://api.gateio.ws/api/v4",\n    key="«${fake(HEX, 32, 3331)}»",\n    secret=secret)`],
        negative: [`PAYMENT_GATEWAY_KEY=${fake(HEX, 32, 3332)}`, `gate.io order md5 ${key}`],
      },
    },
    {
      id: 'gate-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[a-f0-9]{64}$/,
      context: { words: WORDS, strict: true, pair: true },
      pair: { group: 'gate', role: 'secret' },
      examples: {
        positive: [`GATE_API_KEY=${key}\nGATE_API_SECRET=«${fake(HEX, 64, 3333)}»`],
        negative: [`gate.io sha256 ${fake(HEX, 64, 3334)}`, `GATEWAY_SECRET=${fake(HEX, 64, 3335)}`],
      },
    },
  ],
});
