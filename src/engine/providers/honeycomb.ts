// Honeycomb: classic API keys are 32 hex characters, configuration and ingest keys 22
// alphanumerics; neither has a prefix, so they are found in the X-Honeycomb-Team header or named as
// a key next to the word honeycomb.

import { defineProvider } from '../rules/define';
import { mixedCase } from '../rules/common';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'honeycomb',
  name: 'Honeycomb',
  category: 'cloud',
  domains: ['honeycomb.io'],
  keysUrl: 'https://ui.honeycomb.io/account',
  canDo: 'Send events into the team\'s datasets and, with a configuration key, read queries, boards and triggers.',
  rules: [
    {
      id: 'honeycomb-team-header',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['x-honeycomb-team', 'X-Honeycomb-Team'],
      pattern: /(?:x-honeycomb-team|X-Honeycomb-Team)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([0-9a-f]{32}|[A-Za-z0-9]{22})(?![A-Za-z0-9_+/=-])/g,
      validate: (v) => v.length === 32 || mixedCase(v),
      examples: {
        positive: [`OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=«${fake(HEX, 32, 3601)}»"`, `curl https://api.honeycomb.io/1/auth -H "X-Honeycomb-Team: «${fake(ALNUM, 22, 3604)}»"`],
        negative: ['x-honeycomb-team=${HONEYCOMB_API_KEY}', `X-Honeycomb-Team: ${fake(ALNUM, 21, 3605)}`],
      },
    },
    {
      id: 'honeycomb-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [22, 32],
      pattern: /^(?:[0-9a-f]{32}|[A-Za-z0-9]{22})$/,
      validate: (v) => v.length === 32 || mixedCase(v),
      context: { words: ['honeycomb'], strict: true },
      examples: {
        positive: [`HONEYCOMB_API_KEY=«${fake(ALNUM, 22, 3600)}»`, `honeycomb:\n  writekey: «${fake(HEX, 32, 3606)}»`],
        negative: [`honeycomb trace id ${fake(HEX, 32, 3602)}`, `API_KEY=${fake(ALNUM, 22, 3603)}`],
      },
    },
  ],
});
