// Grafana: service-account tokens end in a hex CRC32 of the rest; Grafana Cloud tokens carry
// base64 JSON after glc_. Legacy API keys are base64 of {"k":"<key>","n":"<name>","id":<org>},
// so their text always opens with eyJrIjoi.

import { decodePrintableBase64 } from '../base64';
import { isPlaceholder } from '../filters';
import { hasGrafanaCrc } from '../rules/checksums';
import { parseJsonObject } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, base64Ascii, fake, fakeGrafanaToken } from '../rules/sample';

const legacyKey = (seed: number, name: string): string => base64Ascii(JSON.stringify({ k: fake(ALNUM, 32, seed), n: name, id: 1 }));

export default defineProvider({
  slug: 'grafana',
  name: 'Grafana',
  category: 'code',
  domains: ['grafana.com', 'grafana.net'],
  noKeysUrl: 'Tokens live in each Grafana instance (Administration → Service accounts), not on one site.',
  canDo: 'Read dashboards and data sources and change them, within the token\'s role.',
  rules: [
    {
      id: 'grafana-service-account-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['glsa_'],
      pattern: bounded('glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}'),
      prefix: /^glsa_/,
      validate: hasGrafanaCrc,
      examples: {
        positive: [`Authorization: Bearer «${fakeGrafanaToken(10)}»`],
        negative: [`glsa_${fake(ALNUM, 32, 11)}_deadbeef`],
      },
    },
    {
      id: 'grafana-cloud-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['glc_eyJ'],
      pattern: bounded('glc_eyJ[A-Za-z0-9+/]{40,600}={0,2}'),
      prefix: /^glc_/,
      examples: { positive: [`«glc_eyJ${fake(ALNUM, 80, 12)}»`], negative: ['glc_eyJshort'] },
    },
    {
      id: 'grafana-legacy-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['eyJrIjoi'],
      pattern: bounded('eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2}'),
      validate: (v) => {
        const key = parseJsonObject(decodePrintableBase64(v));
        // The stand-in check cannot see through base64: ask it about the decoded key.
        return typeof key?.k === 'string' && key.k.length >= 16 && 'n' in key && !isPlaceholder(key.k);
      },
      examples: {
        positive: [`curl -H "Authorization: Bearer «${legacyKey(1140, 'deploy-bot')}»" https://grafana.example.com/api/dashboards`],
        negative: [
          `eyJrIjoi${fake(ALNUM, 60, 1141)}`,
          base64Ascii(JSON.stringify({ kind: 'dashboard', name: 'ops' })),
          base64Ascii(JSON.stringify({ k: `EXAMPLE${fake(ALNUM, 25, 7168)}`, n: 'docs', id: 1 })),
        ],
      },
    },
  ],
});
