// Sumo Logic: an access ID (su and 12 alphanumerics) pairs with a 64-character access key;
// the ID is found by its documented names, the key by the word sumo and a key-ish name or the ID.

import { looksRandom } from '../filters';
import { mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

const WORDS = ['sumo', 'sumologic'];
const id = `su${fake(ALNUM, 12, 3220)}`;
const key = fake(ALNUM, 64, 3221);

export default defineProvider({
  slug: 'sumologic',
  name: 'Sumo Logic',
  category: 'cloud',
  domains: ['sumologic.com'],
  keysUrl: 'https://service.sumologic.com/ui/#/preferences',
  canDo: 'Search and export the organization\'s logs and change collectors and monitors, with the creating user\'s rights.',
  rules: [
    {
      // The engine reads a name ending in ID as an identifier's, so the access ID is found by
      // the names Sumo Logic's tools give it (env vars, Helm values) rather than by shape.
      id: 'sumologic-access-id',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['SUMO_ACCESS_ID', 'SUMOLOGIC_ACCESSID', 'SUMOLOGIC_ACCESS_ID', 'sumologic.accessId', 'sumo_access_id', 'sumologic_accessid', 'sumologic_access_id'],
      // SUMO_ACCESS_ID is shorter than the runs the first pass looks at for prefixes.
      anywhere: true,
      pattern: /(?:SUMO(?:LOGIC)?_ACCESS_?ID|sumo(?:logic)?_access_?id|sumologic\.accessId)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(su[A-Za-z0-9]{12})(?![A-Za-z0-9_+/=-])/g,
      validate: (v) => mixedCase(v.slice(2)),
      pair: { group: 'sumologic', role: 'public' },
      examples: {
        positive: [`SUMO_ACCESS_ID=«${id}»\nSUMO_ACCESS_KEY=${key}`, `sumologic_access_id = "«su${fake(ALNUM, 12, 4207)}»"`, `helm upgrade collection sumologic/sumologic --set sumologic.accessId=«su${fake(ALNUM, 12, 3226)}» --set sumologic.accessKey=...`],
        negative: [`SUMO_ACCESS_ID=su${fake(ALNUM, 11, 3222)}`, `ACCESS_ID=${id}`, `sumo_access_id = "su${'x'.repeat(12)}"`],
      },
    },
    {
      id: 'sumologic-access-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{64}$/,
      validate: looksRandom,
      context: { words: WORDS, strict: true, pair: true },
      pair: { group: 'sumologic', role: 'secret' },
      examples: {
        positive: [`SUMO_ACCESS_ID=${id}\nSUMO_ACCESS_KEY=«${key}»`, `sumologic:\n  access_key: «${fake(ALNUM, 64, 3223)}»`],
        negative: [`sumo query hash ${fake(ALNUM, 64, 3224)}`, `ACCESS_KEY=${fake(ALNUM, 64, 3225)}`],
      },
    },
  ],
});
