// Things shaped like keys that are not keys: never an alert, even next to provider words.
import { describe, expect, it } from 'vitest';
import { isAlert, scan } from './index';
import { isDocumentationExample, isPlaceholder } from './filters';
import { ALNUM, B64, DIGITS, HEX, LOWER_ALNUM, URLSAFE, base64Ascii, fake, fakeBase64, fakeJwt, fakeUuid, hmacJwt } from './rules/sample';

const sig = fakeBase64(64, 601);
const hex = (n: number, seed: number) => fake(HEX, n, seed);

// Second survey of documentation pages: OKX's v5 signature example secret, Deribit's public/auth
// reference secret, the discord.py guide's revoked token, Heroku's Platform API quickstart token,
// PayPal's early REST docs sandbox secret, Mailgun's legacy sample key, Finix's published sandbox
// password; then Elasticsearch's create-API-key example and Docker's swarm join tokens; then the
// KC-API-KEY of KuCoin's v1 API docs (authentication headers example); the refresh token of Zoho
// Accounts' "Refresh access token" request example; then the api_key and app_key of Datadog's old
// API reference, found in Ansible's Datadog modules, and the API token of the community.zabbix
// collection's docs. Each with
// where it was found (laid out as the page lays it out, in our words) and a key of our own in the
// same layout: the published value is an example, ours alerts.
const SURVEY_2: Array<[string, string, (key: string) => string, string]> = [
  ['OKX signing test', '22582BD0CFF14C41EDBF1AB98506286D', (k) => `def test_sign_okx_request():\n    secret = "${k}"`, fake(HEX.toUpperCase(), 32, 1301)],
  ['Deribit public/auth', 'W0H6FJW4IRPZ1MOQ8FP6KMC5RZDUUKXS', (k) => `curl "https://test.deribit.com/api/v2/public/auth?client_id=fo7WAPRm4P&client_secret=${k}&grant_type=client_credentials"`, fake(ALNUM.slice(0, 26) + DIGITS, 32, 1302)],
  ['discord.py guide', 'OTA4MjgxMjk4NTU1MTA5Mzk2.YYzc4A.TB7Ng6DOnVDlpMS4idjGptsreFg', (k) => `Tokens look like this: ${k}`, `MTIzNDU2Nzg5MDEyMzQ1Njc4.${fake(URLSAFE, 6, 1303)}.${fake(URLSAFE, 27, 1304)}`],
  ['Heroku authorizations:create', 'cf0e05d9-4eca-4948-a012-b91fe9704bab', (k) => `$ heroku authorizations:create\nScope: global\nToken: ${k}`, fakeUuid(1305)],
  ['PayPal token curl', 'EClusMEUk8e9ihI7ZdVLF5cZ6y0SFdVsY9183IvxFyZp', (k) => `curl https://api.sandbox.paypal.com/v1/oauth2/token -u "EOJ2S-Z6OoN_le_KS1d75wsZ6y0SFdVsY9183IvxFyZp:${k}" -d "grant_type=client_credentials"`, fake(URLSAFE, 44, 1306)],
  ['Mailgun sample curl', 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0', (k) => `curl -s --user 'api:${k}' https://api.mailgun.net/v2/samples.mailgun.org/messages`, `key-${fake(HEX, 32, 1307)}`],
  ['Elasticsearch create API key', 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==', (k) => `curl -H "Authorization: ApiKey ${k}" http://localhost:9200/_cluster/health`, base64Ascii(`${fake(URLSAFE, 20, 1312)}:${fake(URLSAFE, 22, 1313)}`)],
  ['Docker swarm worker', 'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx', (k) => `To add a worker to this swarm, run:\n    docker swarm join --token ${k} 172.17.0.2:2377`, `SWMTKN-1-${fake(LOWER_ALNUM, 50, 1314)}-${fake(LOWER_ALNUM, 25, 1315)}`],
  ['Docker swarm manager', 'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2', (k) => `{"JoinToken": "${k}", "RemoteAddrs": ["node1:2377"]}`, `SWMTKN-1-${fake(LOWER_ALNUM, 50, 1316)}-${fake(LOWER_ALNUM, 25, 1317)}`],
  ['Zoho refresh-token request', '1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1', (k) => `POST https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&refresh_token=${k}`, `1000.${hex(32, 9690)}.${hex(32, 9691)}`],
  ['KuCoin v1 auth headers', '59c5ecfe18497f5394ded813', (k) => `KuCoin API: each private call carries these headers\n{\n  "KC-API-KEY": "${k}",\n  "KC-API-NONCE": 1506219855000,\n  "KC-API-SIGNATURE": "${hex(64, 1319)}"\n}`, hex(24, 1318)],
  ['Datadog API reference api_key', '9775a026f1ca7d1c6c5af9d94d9595a4', (k) => `from datadog import initialize\ninitialize(api_key='${k}')`, hex(32, 1320)],
  ['Datadog API reference app_key', '87ce4a24b5553d2e482ea8a8500e71b8ad4554ff', (k) => `# Datadog monitors\nDD_APP_KEY=${k}`, hex(40, 1321)],
  ['community.zabbix docs API token', '8ec0d52432c15c91fcafe9888500cf9a607f44091ab554dbee860f6b44fac895', (k) => `[zabbix_servers:vars]\nansible_zabbix_auth_key=${k}`, hex(64, 1322)],
  ['Finix sandbox curl', '8a14c2f9-d94b-4c72-8f5c-a62908e5b30e', (k) => `curl "https://finix.sandbox-payments-api.com/" -u USsRhsHYZGBPnQw8CByJyEQW:${k}`, fakeUuid(1308)],
];
// The same, for values only the opt-in generic rule sees: the coincheck pair in CCXT's example
// credentials file and the sandbox key in Increase's agent-registration docs.
const SURVEY_2_GENERIC: Array<[string, string, (key: string) => string, string]> = [
  ['CCXT credentials key', 'dCyzY2T6w0DFhaco', (k) => `{ "coincheck": { "apiKey": "${k}" } }`, fake(ALNUM, 16, 1309)],
  ['CCXT credentials secret', 'JpI0eMmxfa0tEpk3X-dNwyclSASJkl-S', (k) => `{ "coincheck": { "secret": "${k}" } }`, fake(URLSAFE, 32, 1310)],
  ['Increase sandbox key', 'sk0LMB5dIbTBg0IqPgug5jZuByAsqu32', (k) => `{ "created_at": "2026-01-31T23:59:59Z", "sandbox_api_key": "${k}" }`, fake(ALNUM, 32, 1311)],
];

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
  // Binance's signed-request example secret, Slack's OAuth v2 response, Discord's bot-token header.
  'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
  'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
  'MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs',
  // SendGrid's "What is my API key?" page (sendgrid/docs), under "Example:".
  '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',
  ...SURVEY_2.map(([, value]) => value),
  ...SURVEY_2_GENERIC.map(([, value]) => value),
];
// Where those values were found (laid out as the pages lay them out, in our words), each paired
// with a key of our own in the same layout: the published value is an example, ours alerts.
// jwt.io's debugger token (sub 1234567890, John Doe), as tutorials paste it.
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

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
  // Hand-typed walks and cycles, and "your key here" fillers.
  `GITHUB_TOKEN=ghp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8`,
  'STRIPE_SECRET_KEY=sk_live_a1b2c3d4e5f6a1b2c3d4e5f6',
  'sk_live_1234567890abcdef1234567890abcdef',
  'sk_live_abc123abc123abc123abc123',
  `KRAKEN_API_SECRET=${'deadbeef'.repeat(11)}`,
  'kraken private key: AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz01234567==',
  'sk_live_YourKeyGoesHere1234',
  'sk_live_EnterYourSecretKey99',
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
    expect(scan(`curl -H "Authorization: Bearer ${JWT_IO}" https://api.example.org`)[0]).toMatchObject({
      rule: 'jwt', example: true, severity: 'info', notCounted: 'documentation-example',
    });
  });
  it.each(SURVEY_2)('%s: the published value is an example, a key of our own in its place alerts', (_name, published, layout, own) => {
    expect(scan(layout(published))).toMatchObject([{ example: true, notCounted: 'documentation-example', severity: 'info' }]);
    expect(scan(layout(own)).filter(isAlert)).toHaveLength(1);
  });
  it.each(SURVEY_2_GENERIC)('%s: the published value is an example under the opt-in generic rule, ours alerts', (_name, published, layout, own) => {
    expect(scan(layout(published), { includeGeneric: true })).toMatchObject([{ example: true, notCounted: 'documentation-example', severity: 'info' }]);
    expect(scan(layout(own), { includeGeneric: true }).filter(isAlert)).toMatchObject([{ rule: 'generic-secret' }]);
  });
  it('reports a JWT signed with a secret the docs publish as an example, and one signed otherwise as a token', () => {
    const claims = { account: 'acct_7731', roles: ['billing'], iat: 1767225600 };
    const published: Array<['HS256' | 'HS384' | 'HS512', string]> = [
      ['HS256', 'secret'], ['HS256', 'shhhhh'], ['HS384', 'your-384-bit-secret'],
      ['HS512', 'a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long'],
    ];
    for (const [alg, secret] of published) {
      const found = scan(`>>> token = jwt.encode(claims, key, algorithm="${alg}")\n>>> print(token)\n${hmacJwt(alg, claims, secret)}`);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'jwt', example: true, severity: 'info', notCounted: 'documentation-example' });
    }
    // The same claims under a secret of our own or a near miss of a published one: a live token.
    const live = [
      hmacJwt('HS256', claims, fake(URLSAFE, 43, 1201)),
      hmacJwt('HS256', claims, 'Secret'),
      hmacJwt('HS512', claims, 'shhhh'),
    ];
    for (const token of live) {
      expect(scan(`Authorization: Bearer ${token}`).filter(isAlert)).toMatchObject([{ rule: 'jwt', severity: 'medium' }]);
    }
  });
  it('lists a JWT whose exp has passed as expired, judged at the time the scan is given', () => {
    const token = fakeJwt({ sub: 'svc-ledger', scope: 'payouts:write', iat: 1767225600, exp: 1767229200 }, 1202);
    const text = `Authorization: Bearer ${token}`;
    expect(scan(text, { now: 1767229199_000 }).filter(isAlert)).toMatchObject([{ rule: 'jwt', severity: 'medium' }]);
    for (const now of [1767229200_000, 1798761600_000]) {
      expect(scan(text, { now })).toMatchObject([{ rule: 'jwt', severity: 'info', example: false, notCounted: 'expired' }]);
    }
    // No exp claim, or one that is not a NumericDate: nothing says the token has expired.
    for (const claims of [{ sub: 'svc-ledger' }, { sub: 'svc-ledger', exp: '1767229200' }]) {
      expect(scan(`Authorization: Bearer ${fakeJwt(claims, 1203)}`, { now: 1798761600_000 }).filter(isAlert)).toHaveLength(1);
    }
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
    expect(isPlaceholder('a1b2c3d4e5f6g7h8')).toBe(true);
    expect(isPlaceholder('1a2b3c4d5e6f7g8h9i0j')).toBe(true);
    expect(isPlaceholder('Q7xk2mQ7xk2mQ7xk2mQ7xk2m')).toBe(true);
    // A unit repeated over exactly the first or the last half of the body.
    expect(isPlaceholder('k3Pk3Pk3Pk3Pk3PZt8QLm4Nq7Rs5Tv')).toBe(true);
    expect(isPlaceholder('Zt8QLm4Nq7Rs5Tvk3Pk3Pk3Pk3Pk3P')).toBe(true);
    expect(isPlaceholder('put_your_token_here')).toBe(true);
    // A body spelling out that it is not a key.
    expect(isPlaceholder('Zt8QLm4Nq7invalidinvalidRs5Tv0Uw')).toBe(true);
    // Short walks end to end, the "random-looking" stand-in of setup guides, in any case or direction.
    expect(isPlaceholder('lmn234opq567rst890uvw')).toBe(true);
    expect(isPlaceholder('ZYX987wvu654TSR321qpo')).toBe(true);
    expect(isPlaceholder('hijk5678lmno9012pqrs')).toBe(true);
    // Keys typed along a keyboard row, either way.
    expect(isPlaceholder('Zt8Qpoiuytk3Pw9xYz2Lm4Nq')).toBe(true);
    expect(isPlaceholder('k3PwZXCVBN9xYz2Lm4Nq7Rs5')).toBe(true);
    // A random body with a few short walks is not made of them; nor is a short keyboard run.
    expect(isPlaceholder('abc7Qz9def2Lm4Nq7Rs5Tv0Uw6')).toBe(false);
    expect(isPlaceholder('Zt8Qwertk3Pw9xYz2Lm4Nq7Rs')).toBe(false);
    // A short walk or repeat inside a random body is chance, not typing.
    expect(isPlaceholder('Zt8Qabc1k3Pw9xYz2Lm4Nq7Rs5Tv0Uw6')).toBe(false);
    expect(isPlaceholder('Zt8Qk3Pwk3Pwk3PwzLm4Nq7Rs5Tv0Uw6XyQe9Hh2Jj4Kk6Ll8Mm')).toBe(false);
  });

  it('rarely takes a random key of any rule\'s alphabet for a placeholder (measured)', () => {
    // Bodies of every length and alphabet the rules accept: each check's false rate stays far
    // below one in a thousand, so a real key is reported, not filed as a placeholder.
    const UPPER_HEX = HEX.toUpperCase().slice(0, 16);
    const rates: string[] = [];
    for (const [name, alphabet] of [['base64', B64], ['base62', ALNUM], ['hex', HEX], ['HEX', UPPER_HEX], ['base64url', `${ALNUM}_-`]] as const) {
      for (const length of [24, 32, 40, 64, 88]) {
        const n = 4000;
        let hits = 0;
        for (let seed = 1; seed <= n; seed++) if (isPlaceholder(fake(alphabet, length, seed * 7919 + length))) hits++;
        rates.push(`${name}/${length} ${hits}/${n}`);
        expect(hits, `${name}/${length}`).toBeLessThanOrEqual(name === 'hex' || name === 'HEX' ? 4 : 1);
      }
    }
    console.log(`random bodies taken for placeholders: ${rates.join(', ')}`);
  });
});
