import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQrPayload, scanQrPayload } from '../../../src/qr/payload';
import { isAlert, type Finding } from '../../../src/engine/types';
import { KEY_FREE_PAYLOADS, bitfinexPair, githubToken, krakenPair } from '../../fixtures/qr/payloads';
import { seededRandom } from '../../fixtures/qr/synth';

const rand = seededRandom(2024);
const { key, secret } = krakenPair(rand, true); // both hold a '+': the URLSearchParams trap
const pct = (s: string): string => s.replace(/[+/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const written = (payload: string, f: Finding): string => payload.slice(f.start, f.end);
const alerts = (payload: string): Finding[] => scanQrPayload(payload).filter(isAlert);

describe('parseQrPayload', () => {
  it("keeps '+' as '+' in a kraken:// URI (URLSearchParams would make it a space)", () => {
    const payload = `kraken://apikey?key=${key}&secret=${secret}`;
    const parsed = parseQrPayload(payload);
    expect(parsed.form).toBe('kraken-uri');
    expect(parsed.fields.map((f) => [f.name, f.value])).toEqual([
      ['key', key],
      ['secret', secret],
    ]);
    expect(parsed.context).toContain('kraken');
    for (const f of parsed.fields) expect(payload.slice(f.start, f.end)).toBe(f.value);
  });

  it('percent-decodes %2B %2F %3D and keeps spans on the encoded text', () => {
    const payload = `kraken://apikey?key=${pct(key)}&secret=${pct(secret)}`;
    const [k, s] = parseQrPayload(payload).fields;
    expect(k?.value).toBe(key);
    expect(s?.value).toBe(secret);
    expect(payload.slice(k?.start, k?.end)).toBe(pct(key));
    expect(payload.slice(s?.start, s?.end)).toBe(pct(secret));
  });

  it('reads key=…&secret=… query strings', () => {
    const payload = `key=${pct(key)}&secret=${secret}`;
    const parsed = parseQrPayload(payload);
    expect(parsed.form).toBe('query');
    expect(parsed.fields.map((f) => f.value)).toEqual([key, secret]);
  });

  it('does not read a lone base64 value ending in == as a query', () => {
    expect(parseQrPayload(secret).form).toBe('text');
  });

  it('reads JSON members, undoing escapes, with names as context', () => {
    const escaped = secret.replace(/\//g, '\\/');
    const payload = `{"exchange":"kraken","apiKey":"${key}","apiSecret":"${escaped}"}`;
    const parsed = parseQrPayload(payload);
    expect(parsed.form).toBe('json');
    const values = Object.fromEntries(parsed.fields.map((f) => [f.name, f.value]));
    expect(values).toEqual({ exchange: 'kraken', apiKey: key, apiSecret: secret });
    expect(parsed.context.split(' ')).toEqual(expect.arrayContaining(['apiKey', 'apiSecret', 'kraken']));
    const s = parsed.fields.find((f) => f.name === 'apiSecret');
    expect(payload.slice(s?.start, s?.end)).toBe(escaped);
  });

  it('reads \\u escapes in JSON strings', () => {
    const payload = JSON.stringify({ private_key: secret }).replace(/\+/g, '\\u002B');
    const [f] = parseQrPayload(payload).fields;
    expect(f?.value).toBe(secret);
  });

  it('reads two bare lines as key and secret', () => {
    const payload = `${key}\r\n${secret}\n`;
    const parsed = parseQrPayload(payload);
    expect(parsed.form).toBe('lines');
    expect(parsed.fields.map((f) => [f.name, payload.slice(f.start, f.end)])).toEqual([
      ['key', key],
      ['secret', secret],
    ]);
  });

  it("reads Bitfinex's user:…-key:…-secret:… even when values hold '-'", () => {
    const pair = { key: `ab-${bitfinexPair(rand).key.slice(3)}`, secret: bitfinexPair(rand).secret };
    const payload = `user:4242424-key:${pair.key}-secret:${pair.secret}`;
    const parsed = parseQrPayload(payload);
    expect(parsed.form).toBe('bitfinex');
    expect(parsed.fields.map((f) => payload.slice(f.start, f.end))).toEqual([pair.key, pair.secret]);
  });

  it('marks Wi-Fi and payment codes as unable to hold a key', () => {
    for (const p of ['WIFI:T:WPA;S:Home;P:hunter2hunter2;;', 'bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'ethereum:0x32Be343B94f860124dC4fEe278FDCBD38C102D88']) {
      expect(parseQrPayload(p).mayHoldKey).toBe(false);
    }
  });

  it('recovers any Kraken-shaped pair from raw and percent-encoded URIs (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 42, maxLength: 42 }), fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.boolean(), (k, s, encode) => {
        const k64 = Buffer.from(k).toString('base64');
        const s64 = Buffer.from(s).toString('base64');
        const payload = encode ? `kraken://apikey?key=${pct(k64)}&secret=${pct(s64)}` : `kraken://apikey?key=${k64}&secret=${s64}`;
        const fields = parseQrPayload(payload).fields;
        expect(fields.map((f) => f.value)).toEqual([k64, s64]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scanQrPayload', () => {
  const forms: [string, string, string[]][] = [
    ['kraken:// URI', `kraken://apikey?key=${key}&secret=${secret}`, [key, secret]],
    ['percent-encoded URI', `kraken://apikey?key=${pct(key)}&secret=${pct(secret)}`, [pct(key), pct(secret)]],
    ['JSON', JSON.stringify({ key, secret }), [key, secret]],
    ['JSON apiKey/apiSecret', JSON.stringify({ apiKey: key, apiSecret: secret }, null, 2), [key, secret]],
    ['query', `key=${pct(key)}&secret=${pct(secret)}`, [pct(key), pct(secret)]],
    ['two lines', `${key}\n${secret}`, [key, secret]],
  ];
  for (const [name, payload, expected] of forms) {
    it(`finds the Kraken key(s) in the ${name} form, with spans into the payload as decoded`, () => {
      const found = alerts(payload);
      expect(found.map((f) => written(payload, f))).toEqual(expected);
      for (const f of found) {
        expect(f.source).toBe('qr');
        expect(f.provider).toBe('kraken');
      }
      expect(found.some((f) => f.rule === 'kraken-private-key')).toBe(true);
    });
  }

  it('reports a bare 64-byte secret as a secret of no named provider, unless the page names one', () => {
    const found = alerts(secret);
    expect(found.map((f) => [written(secret, f), f.provider, f.source])).toEqual([[secret, 'generic', 'qr']]);
    expect(scanQrPayload(secret, { context: 'www.kraken.com' }).filter(isAlert).map((f) => f.provider)).toEqual(['kraken']);
  });

  it('pairs the key with its secret and fingerprints the decoded value', () => {
    const raw = scanQrPayload(`kraken://apikey?key=${key}&secret=${secret}`);
    const encoded = scanQrPayload(`kraken://apikey?key=${pct(key)}&secret=${pct(secret)}`);
    expect(encoded.map((f) => f.fingerprint)).toEqual(raw.map((f) => f.fingerprint));
    const priv = raw.find((f) => f.rule === 'kraken-private-key');
    const pub = raw.find((f) => f.rule === 'kraken-public-key');
    expect(priv?.pairedWith).toBe(pub?.fingerprint);
  });

  it('finds a Bitfinex pair and a plain GitHub token', () => {
    const pair = bitfinexPair(rand);
    const bfx = `user:77-key:${pair.key}-secret:${pair.secret}`;
    expect(alerts(bfx).map((f) => [f.provider, written(bfx, f)])).toEqual([
      ['bitfinex', pair.key],
      ['bitfinex', pair.secret],
    ]);
    const token = githubToken(rand);
    expect(alerts(token).map((f) => f.provider)).toEqual(['github']);
  });

  it('raises nothing for key-free codes: URLs, Wi-Fi, vCards, payment URIs, text', () => {
    for (const payload of KEY_FREE_PAYLOADS) expect(alerts(payload), payload).toEqual([]);
  });

  it("reports Kraken's documentation example keys without alerting", () => {
    const docKey = 'CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y';
    const docSecret = 'FRs+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ==';
    const findings = scanQrPayload(`kraken://apikey?key=${docKey}&secret=${docSecret}`);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter(isAlert)).toEqual([]);
  });

  it('keeps the caller salt: same key, different salt, different fingerprint', () => {
    const payload = `kraken://apikey?key=${key}&secret=${secret}`;
    const a = scanQrPayload(payload, { salt: 'a' })[0]?.fingerprint;
    const b = scanQrPayload(payload, { salt: 'b' })[0]?.fingerprint;
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });
});
