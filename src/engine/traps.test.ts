// Things shaped like keys that are not keys: never an alert, even next to provider words.
import { describe, expect, it } from 'vitest';
import { isAlert, scan } from './index';
import { isDocumentationExample, isPlaceholder } from './filters';
import { ALNUM, B64, HEX, fake, fakeBase64, fakeUuid } from './rules/sample';

const sig = fakeBase64(64, 601);
const hex = (n: number, seed: number) => fake(HEX, n, seed);

// The documented examples from key-formats.md, verbatim.
const DOCUMENTED = [
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==',
  'FRs+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ==',
  'CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y',
  'rttp4AzwRfYEdQ7R7X8Z/04Y4TZPa97pqCypi3xXxAqftygftnI6H9yGV+OcUOOJeFtZkr8mVwbAndU3Kz4Q+eG',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
  // Bybit's and MEXC's signing examples (key, secret).
  'B2Rou0PLPpGqcU0Vu2',
  't7T0YlFnYXk0Fx3JswQsDrViLg1Gh3DUU5Mr',
  'mx0aBYs33eIilxBWC5',
  '45d0b3c26f2644f19bfb98b07741b2f5',
  // The Azurite storage emulator's key and GitHub's refresh-token docs example.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498',
];

const TRAPS: Array<[string, string]> = [
  ['Kraken API-Sign header', `curl -H "API-Key: $KRAKEN_KEY" -H "API-Sign: ${sig}" https://api.kraken.com/0/private/Balance`],
  ['Kraken API-Sign in a headers object', `headers: { 'API-Key': key, 'API-Sign': '${sig}' } // kraken`],
  ['Kraken Futures Authent header', `kraken futures Authent: ${sig}`],
  ['signature field', `{"exchange": "kraken", "signature": "${sig}"}`],
  ['sign= query', `kraken?nonce=1&sign=${sig}`],
  ['hmac', `kraken hmac_sha512 = ${sig}`],
  ['digest in prose', `Kraken: for this nonce and secret the signed digest is\n\n${sig}`],
  ['nonce', `binance nonce: ${fake(ALNUM, 64, 603)}`],
  ['git SHA', `kraken secret commit ${hex(40, 604)}`],
  ['SHA-256 hex', `binance apiSecret sha256: ${hex(64, 605)}`],
  ['SHA-512 hex', `kraken secret ${hex(128, 606)}`],
  ['MD5 upper hex', `okx secret md5 ${hex(32, 607).toUpperCase()}`],
  ['UUID alone', fakeUuid(608)],
  ['request id near an exchange', `kucoin request id: ${fakeUuid(609)}`],
  ['SRI sha512', `<script src="kraken.js" integrity="sha512-${fakeBase64(64, 610)}" crossorigin></script>`],
  ['SRI sha256', `integrity="sha256-${fakeBase64(32, 611)}" kraken secret`],
  ['npm integrity', `"integrity": "sha512-${fakeBase64(64, 612)}", "resolved": "https://registry.npmjs.org/kraken-api/-/kraken-api-1.0.0.tgz"`],
  ['data: image', `kraken logo <img src="data:image/png;base64,${fake(B64, 4000, 613)}=">`],
  ['data: font', `@font-face{src:url(data:font/woff2;base64,${fake(B64, 3000, 614)})} secret`],
  ['source map', `//# sourceMappingURL=data:application/json;base64,${fake(B64, 2000, 615)}`],
  ['source map mappings', `{"version":3,"mappings":"AAAA,SAASA,EAAEC,GAAG;${fake(B64 + ',;', 2000, 616)}"}`],
  ['URL path', `https://kraken.com/u/security/api/${fake(ALNUM, 20, 617)}/${fake(ALNUM, 30, 618)}/details`],
  ['Ethereum address', `Kraken deposit address: 0x${hex(40, 619)}`],
  ['bech32 address', `kraken withdraw to bc1q${fake('023456789acdefghjklmnpqrstuvwxyz', 58, 620)}`],
  ['camelCase identifier', `kraken.thisIsAVeryLongCamelCaseIdentifierNameUsedForTestingPurposesOnly()`],
  ['CSS-in-JS class', `<div class="css-1n7v3ny-KrakenSecretContainer sc-bdVaJa-KeyPanel">`],
  ['minified JS', `!function(e,t){"use strict";var n=e.kraken,r=t.apiKey||n.a(e,t),o=function(e){return e&&e.__esModule?e:{default:e}}}`],
  ['AWS docs pair', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['long base64 run', `kraken secret: ${fake(B64, 500, 621)}`],
  ['Rails authenticity token', `<input type="hidden" name="authenticity_token" value="${fakeBase64(64, 630)}" autocomplete="off">`],
  ['CSRF token in JSON', `{"csrfToken": "${fakeBase64(64, 631)}", "apiBase": "/api"}`],
  ['CSRF meta tag', `<meta name="csrf-token" content="${fakeBase64(42, 632)}">`],
  ['session key', `sessionKey = "${fakeBase64(64, 633)}"`],
  ['ASP.NET view state', `<input type="hidden" name="__VIEWSTATE" value="${fakeBase64(64, 634)}" />`],
];

const PLACEHOLDERS = [
  'KRAKEN_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
  'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'api_key: your_api_key_here',
  'OPENAI_API_KEY=sk-...',
  'STRIPE_KEY=sk_live_<your-key>',
  'token: ${GITHUB_TOKEN}',
  'token: {{ secrets.NPM_TOKEN }}',
  'set KEY=%KRAKEN_KEY%',
  `kraken secret: ${'A'.repeat(86)}==`,
  'sk_live_abcdefghijklmnopqrstuvwxyz',
  'sk_live_1234567890123456789012',
  'AKIAIOSFODNN7EXAMPLE',
  `sk_live_${fake(ALNUM, 10, 622)}EXAMPLE${fake(ALNUM, 10, 623)}`,
  `sk_live_REDACTED${fake(ALNUM, 12, 624)}`,
  `sk_live_dummy${fake(ALNUM, 20, 625)}`,
  `sk_live_fake${fake(ALNUM, 20, 626)}`,
  `xoxb-${fake('0123456789', 12, 627)}-${fake('0123456789', 12, 628)}-test${fake(ALNUM, 20, 629)}`,
  'AIzaSy…',
];

describe('traps', () => {
  it.each(TRAPS)('%s never alerts', (_name, text) => {
    expect(scan(text).filter(isAlert)).toEqual([]);
  });
  it.each(PLACEHOLDERS.map((p) => [p]))('placeholder %s never alerts', (text) => {
    expect(scan(text).filter(isAlert)).toEqual([]);
  });
  it('reports documented examples as examples, even with every kind of context', () => {
    for (const value of DOCUMENTED) {
      expect(isDocumentationExample(value)).toBe(true);
      const found = scan(`kraken binance aws stripe API-Key: ${value}\nsecret=${value}`);
      expect(found.filter(isAlert)).toEqual([]);
      for (const f of found) expect(f).toMatchObject({ example: true, severity: 'info' });
    }
    const kraken = scan(`Kraken private key: ${DOCUMENTED[1]}`)[0];
    expect(kraken).toMatchObject({ rule: 'kraken-private-key', notCounted: 'documentation-example' });
  });
  it('flags placeholders, not random bodies', () => {
    expect(isPlaceholder('your_api_key_here')).toBe(true);
    expect(isPlaceholder('aaaaaaaaaaaaaaaaaaaa')).toBe(true);
    expect(isPlaceholder('abcdefghij0123')).toBe(true);
    expect(isPlaceholder('987654zyxw')).toBe(true);
    expect(isPlaceholder('ababababababababab')).toBe(true);
    // Mixed-case fragments of filler words occur in random keys and must not count.
    expect(isPlaceholder('0sqdmJfvKEsv+hA+7ZfABugMrxAQSEvG126ORY0pPugavbyUaC1BfNEarH+F88ONsO254uWzq5G33AD0dEMO3Q==')).toBe(false);
    let random = 0;
    for (let seed = 1; seed <= 2000; seed++) if (isPlaceholder(fake(B64, 56, seed))) random++;
    expect(random).toBeLessThanOrEqual(2);
  });
});
