// Elastic (Elasticsearch, Kibana, Elastic Cloud): an API key is used as its "encoded" form, base64
// of id:api_key (elastic.co, Elasticsearch "Create API key API": a 20-character id and a
// 22-character key), sent as "Authorization: ApiKey <encoded>": that decoding, beside the scheme,
// an Elastic word or a key-ish name. Elastic Cloud Serverless keys are essu_ and base64 of the
// encoded form followed by four zero bytes and a check value (elastic.co/docs/api/doc/
// elastic-cloud-serverless, "Authentication"; osv-scalibr's elasticcloudapikey detector reads them
// the same way).

import { base64Latin1 } from '../base64';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, base64Ascii, fake } from '../rules/sample';

const ID_KEY = /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}$/;

/** base64 of id:api_key. */
const isEncoded = (v: string): boolean => ID_KEY.test(base64Latin1(v));

/** essu_ + base64 of (encoded key, four zero bytes, four check bytes). */
function isServerless(v: string): boolean {
  const s = base64Latin1(v.slice(5));
  const nul = s.indexOf('\0');
  return nul > 0 && s.startsWith('\0\0\0\0', nul) && isEncoded(s.slice(0, nul));
}

const encoded = (seed: number): string => base64Ascii(`${fake(URLSAFE, 20, seed)}:${fake(URLSAFE, 22, seed + 1)}`);
const serverless = (seed: number): string =>
  `essu_${base64Ascii(`${encoded(seed)}\0\0\0\0${String.fromCharCode(0xdc, 0x79, 0x66, 0xce)}`)}`;

export default defineProvider({
  slug: 'elastic',
  name: 'Elastic',
  category: 'cloud',
  domains: ['elastic.co', 'cloud.elastic.co', 'elastic-cloud.com'],
  keysUrl: 'https://cloud.elastic.co/account/keys',
  canDo: 'Read, write and delete the cluster\'s indices and documents, within the key\'s role descriptors.',
  rules: [
    {
      id: 'elastic-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // 43 bytes: 60 characters with '==' padding, or 58 when the padding is dropped.
      lengths: [58, 60],
      pattern: /^[A-Za-z0-9+/]{58}(?:==)?$/,
      validate: isEncoded,
      // The decoding is the evidence; the ApiKey scheme, an Elastic word or a key-ish name keeps the
      // page's gate from passing every long run of letters (gate-summary.ts).
      context: { words: ['elastic', 'elasticsearch', 'kibana', 'apikey'], label: true },
      examples: {
        positive: [`curl -H "Authorization: ApiKey «${encoded(9160)}»" https://es.example.net:9200/_cat/indices`, `ELASTIC_API_KEY=«${encoded(9162)}»`],
        negative: [`ApiKey ${base64Ascii(`${fake(URLSAFE, 20, 9164)}-${fake(URLSAFE, 22, 9165)}`)}`, `sig: ${fake(URLSAFE, 58, 9166).replace(/[_-]/g, 'x')}==`],
      },
    },
    {
      id: 'elastic-serverless-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['essu_'],
      pattern: bounded('essu_[A-Za-z0-9+/]{88,96}={0,2}'),
      prefix: /^essu_/,
      validate: isServerless,
      examples: {
        positive: [`ES_API_KEY=«${serverless(9167)}»`],
        negative: [`essu_${fake(URLSAFE, 92, 9169).replace(/[_-]/g, 'q')}`],
      },
    },
  ],
});
