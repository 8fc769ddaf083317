// Datadog: API keys are 32 hex, application keys 40 hex; neither has a prefix, so each needs the
// word datadog (or the agent's DD_API_KEY-style names) and a key-ish name.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

// The agent's variable and header names; 'dd' alone would also match inside hex values.
const WORDS = ['datadog', 'dd_api_key', 'dd_app_key', 'dd_application_key', 'dd-api-key', 'dd-application-key'];

export default defineProvider({
  slug: 'datadog',
  name: 'Datadog',
  category: 'cloud',
  domains: ['datadoghq.com', 'datadoghq.eu'],
  keysUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
  canDo: 'API keys send metrics, logs and events as the organisation; with an application key, read its data and change monitors and dashboards.',
  rules: [
    {
      id: 'datadog-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: WORDS, strict: true },
      pair: { group: 'datadog', role: 'public' },
      examples: {
        positive: [`DD_API_KEY=«${fake(HEX, 32, 2240)}»`, `datadog:\n  apiKey: «${fake(HEX, 32, 2241)}»`],
        negative: [`datadog trace ${fake(HEX, 32, 2242)}`, `DD_API_KEY=${fake(HEX, 31, 2243)}`],
      },
    },
    {
      id: 'datadog-application-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: WORDS, strict: true },
      pair: { group: 'datadog', role: 'secret' },
      examples: {
        positive: [`DD_APP_KEY=«${fake(HEX, 40, 2244)}»`, `curl https://api.datadoghq.com/api/v1/validate -H "DD-APPLICATION-KEY: «${fake(HEX, 40, 2245)}»"`],
        negative: [`datadog agent commit ${fake(HEX, 40, 2246)}`, `DD_APP_KEY=${fake(HEX, 41, 2247)}`],
      },
    },
  ],
});
