// scan() behaviour end to end: pairs, duplicates, ordering, escapes, context and options.
import { describe, expect, it } from 'vitest';
import { decode, mapSpan } from './decode';
import { fingerprint, isAlert, scan } from './index';
import { ALNUM, B64, HEX, URLSAFE, fake, fakeBase64, fakeCrcToken, fakeUuid } from './rules/sample';

const pub = fakeBase64(42, 501);
const priv = fakeBase64(64, 502);
const pick = (text: string, rule: string) => scan(text).filter((f) => f.rule === rule);

describe('Kraken', () => {
  it('pairs a public and a private key that sit together', () => {
    const text = `{"key": "${pub}", "secret": "${priv}"}`;
    const [a, b] = scan(text, { salt: 's' });
    expect(a?.rule).toBe('kraken-public-key');
    expect(b?.rule).toBe('kraken-private-key');
    expect(a?.pairedWith).toBe(b?.fingerprint);
    expect(b?.pairedWith).toBe(a?.fingerprint);
    expect(a?.severity).toBe('medium');
    expect(b?.severity).toBe('critical');
    expect(b?.fingerprint).toBe(fingerprint(priv, 's'));
  });

  it('accepts an unnamed pair as a pair, but neither half alone', () => {
    expect(scan(`${pub}\n${priv}`).map((f) => f.rule)).toEqual(['kraken-public-key', 'kraken-private-key']);
    expect(scan(pub)).toEqual([]);
    expect(scan(priv)).toEqual([]);
  });

  it('takes the provider from options.context (a QR scheme) and whole QR payloads', () => {
    expect(scan(pub, { context: 'kraken://apikey' })[0]?.rule).toBe('kraken-public-key');
    // A whole payload counts as named, but names no provider: a 64-byte secret, provider unknown.
    expect(scan(priv, { source: 'qr' })[0]).toMatchObject({ rule: 'generic-64-byte-secret', provider: 'generic', source: 'qr' });
    expect(scan(priv, { source: 'qr', context: 'kraken.com' })[0]?.rule).toBe('kraken-private-key');
    expect(scan(pub, { source: 'qr' })).toEqual([]);
  });

  it('never reports a request signature', () => {
    expect(scan(`API-Key: ${pub}\nAPI-Sign: ${priv}`).map((f) => f.rule)).toEqual(['kraken-public-key']);
    expect(scan(`kraken: with this nonce you should get the signature\n${priv}`)).toEqual([]);
  });

  it('lets the nearest provider word pick Coinbase or Kraken for the shared 88-char shape', () => {
    expect(scan(`kraken docs. Coinbase CDP secret: ${priv}`)[0]?.provider).toBe('coinbase');
    expect(scan(`coinbase docs. Kraken secret: ${priv}`)[0]?.provider).toBe('kraken');
    const name = `organizations/${fakeUuid(503)}/apiKeys/${fakeUuid(504)}`;
    const both = scan(`{"name": "${name}", "privateKey": "${priv}"}`);
    expect(both.map((f) => f.provider)).toEqual(['coinbase', 'coinbase']);
    expect(both[0]?.pairedWith).toBe(both[1]?.fingerprint);
  });
});

describe('attribution by evidence', () => {
  const providerOf = (text: string, options = {}) => scan(text, options).filter(isAlert).map((f) => [f.provider, f.rule]);

  it('gives a 64-byte secret under a name but no provider word to no provider', () => {
    for (const text of [`API_SECRET=${priv}`, `{"secret": "${priv}"}`, `curl -H "Authorization: Bearer ${priv}" https://api.example.org`, `curl -u admin:${priv} https://api.example.org`]) {
      expect(providerOf(text), text).toEqual([['generic', 'generic-64-byte-secret']]);
    }
    expect(scan(`API_SECRET=${priv}`)[0]).toMatchObject({ severity: 'high', confidence: 'medium', kind: 'secret' });
    expect(providerOf(`API_KEY=${pub}`)).toEqual([['generic', 'generic-42-byte-key']]);
  });

  it('keeps Kraken first on Kraken’s evidence: the word, kraken.com, API-Key, API-Sign, the pair', () => {
    const kraken = (text: string, options = {}) => expect(providerOf(text, options).map(([p]) => p), text).toEqual(expect.arrayContaining(['kraken']));
    kraken(`kraken secret: ${priv}`);
    kraken(`base = "https://api.kraken.com/0/private"\nsecret = "${priv}"`);
    kraken(`API_SECRET=${priv}`, { context: 'www.kraken.com Kraken' });
    kraken(`API-Key: ${pub}`);
    kraken(`api_secret = "${priv}"\nreq.headers["API-Sign"] = sign(api_secret, nonce)`);
    expect(providerOf(`{"key": "${pub}", "secret": "${priv}"}`)).toEqual([['kraken', 'kraken-public-key'], ['kraken', 'kraken-private-key']]);
  });

  it('names Azure for a 64-byte value beside Azure words, whatever its name', () => {
    for (const text of [
      `AZURE_STORAGE_KEY=${priv}`,
      `az storage blob upload --account-name acct --account-key ${priv} -f x`,
      `$ az storage account keys list -n acct\n[{"keyName": "key1", "value": "${priv}"}]`,
      `kraken docs aside.\n${'# filler\n'.repeat(30)}azure:\n  secret: ${priv}`,
    ]) {
      expect(providerOf(text)[0]?.[0], text).toBe('azure');
    }
  });

  it('does not alert on a lone 56-character base64 value', () => {
    for (const text of [pub, `x ${pub} y`, `<img alt="${pub}">`, `id: ${pub}`]) expect(scan(text).filter(isAlert), text).toEqual([]);
  });

  it('gives sk_live_ to Apideck when Apideck is named or the body has its hyphen, else to Stripe', () => {
    const plain = `sk_live_${fake(ALNUM, 93, 560)}`;
    const dashed = `sk_live_${fake(ALNUM, 40, 561)}-${fake(ALNUM, 52, 562)}`;
    expect(providerOf(`APIDECK_API_KEY=${plain}`)).toEqual([['apideck', 'apideck-api-key']]);
    expect(providerOf(`const apideck = new Apideck({ apiKey: "${plain}" })`)).toEqual([['apideck', 'apideck-api-key']]);
    expect(providerOf(`Authorization: Bearer ${dashed}`)).toEqual([['apideck', 'apideck-api-key']]);
    expect(providerOf(`STRIPE_SECRET_KEY=${plain}`)).toEqual([['stripe', 'stripe-secret-key']]);
    expect(providerOf(plain)).toEqual([['stripe', 'stripe-secret-key']]);
    expect(providerOf(`APIDECK_API_KEY=x\nSTRIPE_SECRET_KEY=${plain}`)).toEqual([['stripe', 'stripe-secret-key']]);
  });

  it('reads tokens given to command-line flags', () => {
    expect(providerOf(`vercel deploy --prod --token ${fake(ALNUM, 24, 563)}`)).toEqual([['vercel', 'vercel-legacy-token']]);
    expect(providerOf(`netlify deploy --auth=${fake(ALNUM, 43, 564)} --prod`)).toEqual([['netlify', 'netlify-legacy-token']]);
  });

  it('pairs unnamed halves one to one: a third 64-byte value is not Kraken’s', () => {
    const other = fakeBase64(64, 566);
    const found = scan(`API_KEY=${pub}\nAPI_SECRET=${priv}\nWEBHOOK_SECRET=${other}`);
    expect(found.map((f) => [f.provider, f.rule])).toEqual([
      ['kraken', 'kraken-public-key'], ['kraken', 'kraken-private-key'], ['generic', 'generic-64-byte-secret'],
    ]);
    // Two pairs side by side: each public key vouches for its own secret.
    const pub2 = fakeBase64(42, 567);
    expect(scan(`${pub}\n${priv}\n\n${pub2}\n${other}`).map((f) => f.provider)).toEqual(['kraken', 'kraken', 'kraken', 'kraken']);
  });

  it('lets values listed together share their evidence', () => {
    const filler = '# '.padEnd(70, 'x') + '\n';
    const listing = (name: string) =>
      `Kraken sub-accounts\n${filler.repeat(4)}- ${name}: ${priv}\n${filler.repeat(3)}- ${name}: ${fakeBase64(64, 568)}\n`;
    expect(scan(listing('secret')).map((f) => f.provider)).toEqual(['kraken', 'kraken']);
    // A differently named value, or one after a signature name, is not a sibling.
    const text = `Kraken sub-accounts\n${filler.repeat(4)}- secret: ${priv}\n${filler.repeat(3)}- backup_secret: ${fakeBase64(64, 568)}\n`;
    expect(scan(text).map((f) => f.provider)).toEqual(['kraken', 'generic']);
    expect(scan(`Kraken\n${filler.repeat(4)}- secret: ${priv}\n${filler.repeat(3)}- signature: ${fakeBase64(64, 568)}\n`).map((f) => f.provider)).toEqual(['kraken']);
  });

  it('never lets the generic rules take a provider’s finding, with includeGeneric or not', () => {
    const key = fake(ALNUM, 64, 565);
    const text = `password = "${priv}"\nbinance:\n  secret: "${key}"\nkraken_secret = "${priv}"`;
    for (const includeGeneric of [false, true]) {
      const found = scan(text, { includeGeneric }).map((f) => [f.provider, text.slice(f.start, f.end) === priv ? 'priv' : 'key']);
      expect(found, String(includeGeneric)).toEqual([['binance', 'key'], ['kraken', 'priv']]);
    }
  });
});

describe('results', () => {
  it('are sorted by start and collapse repeats of one key to the first', () => {
    const gh = fakeCrcToken('ghp_', 505);
    const npm = fakeCrcToken('npm_', 506);
    const found = scan(`b=${npm} a=${gh} c=${gh} d=${npm}`);
    expect(found.map((f) => f.rule)).toEqual(['npm-token', 'github-token']);
    expect(found[0]?.start).toBeLessThan(found[1]?.start as number);
  });

  it('hold no raw value', () => {
    const gh = fakeCrcToken('ghp_', 507);
    const f = scan(gh)[0];
    expect(JSON.stringify(f)).not.toContain(gh.slice(4));
  });

  it('reports a checksummed lookalike under a rule of its own, a medium alert of low confidence', () => {
    const gh = fakeCrcToken('ghp_', 508);
    expect(scan(gh)).toMatchObject([{ rule: 'github-token', severity: 'critical', confidence: 'high' }]);
    const altered = gh.slice(0, -1) + (gh.endsWith('a') ? 'b' : 'a');
    expect(scan(altered)).toMatchObject([{ rule: 'github-token-checksum-mismatch', severity: 'medium', confidence: 'low' }]);
    expect(scan(altered).filter(isAlert)).toHaveLength(1);
  });
});

describe('escaped values', () => {
  const b64 = (n: number) => fakeBase64(64, n);
  // A key with at least one '/', '+' and '=' so every escape form has something to escape.
  let key = b64(509);
  for (let s = 510; !(key.includes('/') && key.includes('+')); s++) key = b64(s);
  const forms: Array<[string, (k: string) => string]> = [
    ['JSON \\/', (k) => k.replace(/\//g, '\\/')],
    ['JSON \\u002b', (k) => k.replace(/\+/g, '\\u002b').replace(/\//g, '\\u002F')],
    ['HTML decimal', (k) => k.replace(/\+/g, '&#43;').replace(/=/g, '&#61;')],
    ['HTML hex', (k) => k.replace(/\//g, '&#x2F;').replace(/\+/g, '&#x2b;')],
    ['HTML named', (k) => k.replace(/\+/g, '&plus;').replace(/\//g, '&sol;').replace(/=/g, '&equals;')],
    ['percent', (k) => k.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D')],
  ];
  it.each(forms)('finds a key written with %s escapes, span on the text as written', (_name, enc) => {
    const written = enc(key);
    const text = `<p data-x="a&amp;b">kraken secret=${written}&amp;next=1</p>`;
    const f = scan(text).find((x) => x.rule === 'kraken-private-key');
    expect(f).toBeDefined();
    expect(text.slice(f?.start, f?.end)).toBe(written);
    expect(decode(text.slice(f?.start, f?.end)).text).toBe(key);
    expect(f?.fingerprint).toBe(fingerprint(key, ''));
  });

  it('collapses escaped and plain forms of one key', () => {
    const found = scan(`kraken secret=${key.replace(/\//g, '\\/')}\nkraken secret=${key}`);
    expect(found).toHaveLength(1);
  });

  it('maps spans back around every escape', () => {
    const text = 'a\\/b&amp;c%2Fd';
    const d = decode(text);
    expect(d.text).toBe('a/b&c/d');
    expect(mapSpan(d, 0, d.text.length)).toEqual([0, text.length]);
    expect(mapSpan(d, 1, 2)).toEqual([1, 3]);
    expect(mapSpan(d, 2, 3)).toEqual([3, 4]);
    expect(mapSpan(d, 4, 5)).toEqual([9, 10]);
    expect(mapSpan(d, 5, 7)).toEqual([10, 14]);
  });
});

describe('encoded values', () => {
  // Standard base64 of ASCII, without platform APIs.
  const b64 = (s: string): string => {
    let out = '';
    for (let i = 0; i < s.length; i += 3) {
      const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
      const at = (k: number): string => B64.charAt(k);
      out += at((n >> 18) & 63) + at((n >> 12) & 63) + (i + 1 < s.length ? at((n >> 6) & 63) : '=') + (i + 2 < s.length ? at(n & 63) : '=');
    }
    return out;
  };

  it('finds a key base64-encoded in Kubernetes Secret data, span on the encoded value', () => {
    const gh = fakeCrcToken('ghp_', 540);
    const enc = b64(gh);
    const text = `kind: Secret\ndata:\n  GITHUB_TOKEN: ${enc}\n  LOG_LEVEL: ${b64('debug')}\n`;
    const [f, ...rest] = scan(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'github-token', example: false });
    expect(text.slice(f?.start, f?.end)).toBe(enc);
    expect(f?.fingerprint).toBe(fingerprint(gh, ''));
    expect(f?.redacted.startsWith('ghp_')).toBe(true);
  });

  it('gives encoded prefix-less keys the name they were stored under', () => {
    expect(scan(`KRAKEN_API_SECRET: ${b64(priv)}`)[0]?.rule).toBe('kraken-private-key');
    expect(scan(`LOGO: ${b64(priv)}`)).toEqual([]);
  });

  it('reads names through HTML entities and JSON-in-string escapes', () => {
    expect(scan(`<div data-cfg="{&quot;apiSecret&quot;:&quot;${priv}&quot;}">`)[0]?.rule).toBe('generic-64-byte-secret');
    expect(scan(`var c = "{\\"krakenSecret\\":\\"${priv}\\"}";`)[0]?.rule).toBe('kraken-private-key');
  });
});

describe('context', () => {
  it('needs the provider word or a partner for unprefixed exchange keys', () => {
    const k = fake(ALNUM, 64, 520);
    expect(pick(`apiKey: "${k}"`, 'binance-api-key')).toEqual([]);
    expect(pick(`binance apiKey: "${k}"`, 'binance-api-key')).toHaveLength(1);
    expect(scan(`const binance = require('binance');\n${'// filler line\n'.repeat(12)}apiKey: "${k}"`)[0]?.provider).toBe('binance');
  });

  it('accepts an AWS secret next to its key id, not alone', () => {
    const secret = fake(B64, 40, 521);
    const id = `AKIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 522)}`;
    expect(scan(`secret: ${secret}`)).toEqual([]);
    const both = scan(`id: ${id}\nsecret: ${secret}`);
    expect(both.map((f) => f.rule)).toEqual(['aws-access-key-id', 'aws-secret-access-key']);
    expect(both[1]?.severity).toBe('critical');
  });

  it('treats UUIDs as exchange keys only with the provider and a name', () => {
    const u = fakeUuid(523);
    expect(scan(`okx order id ${u}`)).toEqual([]);
    expect(scan(`OKX_API_KEY=${u}`)[0]?.rule).toBe('okx-api-key');
    expect(scan(`HEROKU_API_KEY=${u}`)[0]?.rule).toBe('heroku-legacy-api-key');
    expect(scan(u)).toEqual([]);
  });

  it('decides Google keys by where they sit', () => {
    const k = `AIza${fake(URLSAFE, 35, 524)}`;
    expect(scan(`GOOGLE_API_KEY=${k}`)[0]).toMatchObject({ severity: 'medium', example: false });
    const config = scan(`const firebaseConfig = { apiKey: "${k}", authDomain: "app.firebaseapp.com" }`)[0];
    expect(config).toMatchObject({ severity: 'info', notCounted: 'public-by-design' });
    expect(scan(`https://maps.googleapis.com/maps/api/staticmap?size=1x1&key=${k}`)[0]?.notCounted).toBe('public-by-design');
  });

  it('reports public-by-design and test-mode keys without counting them', () => {
    const found = scan(`pk_live_${fake(ALNUM, 24, 525)} sk_test_${fake(ALNUM, 24, 526)} AC${fake(HEX, 32, 527)}`);
    expect(found.map((f) => [f.rule, f.notCounted ?? f.kind])).toEqual([
      ['stripe-publishable-key', 'public-by-design'],
      ['stripe-test-key', 'test-mode'],
      ['twilio-account-sid', 'identifier'],
    ]);
    expect(found.some(isAlert)).toBe(false);
  });

  it('lowers encrypted private keys and reads OpenSSH cipher names', () => {
    const body = fake(B64, 200, 528);
    const enc = `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${body}\n-----END ENCRYPTED PRIVATE KEY-----`;
    expect(scan(enc)[0]).toMatchObject({ rule: 'private-key-encrypted', severity: 'medium', redacted: '-----BEGIN ENCRYPTED PRIVATE KEY----- …' });
    // "openssh-key-v1\0" + len + "aes256-ctr" in base64, then filler.
    const head = 'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0';
    const ssh = (h: string) => `-----BEGIN OPENSSH PRIVATE KEY-----\n${h}${fake(B64, 200, 529)}\n-----END OPENSSH PRIVATE KEY-----`;
    expect(scan(ssh(head))[0]?.rule).toBe('private-key-encrypted');
    expect(scan(ssh('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ'))[0]?.rule).toBe('private-key');
  });
});

describe('generic detection', () => {
  it('is off by default and low when asked for', () => {
    const text = `db_password = "${fake(ALNUM, 24, 530)}"`;
    expect(scan(text)).toEqual([]);
    expect(scan(text, { includeGeneric: true })[0]).toMatchObject({ rule: 'generic-secret', severity: 'low', confidence: 'low' });
  });

  it('says which service a secret under a service\'s own name belongs to, and only then', () => {
    const value = fake(ALNUM, 32, 531);
    expect(scan(`WIDGETLY_API_TOKEN=${value}`)).toMatchObject([{ rule: 'generic-named-secret', namedFor: 'widgetly' }]);
    expect(scan(`const prodWidgetlySecret = "${value}";`)[0]?.namedFor).toBe('widgetly');
    // A known provider's finding, and a 64-byte secret under a plain name, name no service.
    const stripe = scan(`STRIPE_API_KEY=sk_live_${fake(ALNUM, 32, 532)}`);
    expect(stripe.map((f) => [f.provider, f.namedFor])).toEqual([['stripe', undefined]]);
    expect(scan(`API_SECRET=${fakeBase64(64, 533)}`)[0]).not.toHaveProperty('namedFor');
  });
});

describe('catch-all credential types (rule.fallback)', () => {
  const stripeKey = `sk_live_${fake(ALNUM, 32, 2890)}`;
  const secret = (value: string) => `kind: Secret\ndata:\n  STRIPE_KEY: ${Buffer.from(value).toString('base64')}\n`;

  it('give the span to the provider a Secret value or curl header names', () => {
    expect(scan(secret(stripeKey)).map((f) => f.provider)).toEqual(['stripe']);
    expect(scan(`curl -H "Authorization: Bearer ${stripeKey}" https://api.stripe.com/v1/charges`).map((f) => f.provider)).toEqual(['stripe']);
  });

  it('give it up across passes too (a base64 value and an escape island)', () => {
    const text = `${secret(stripeKey)}---\n{"pattern": "a\\u002Bb"}\n`;
    expect(scan(text).map((f) => f.provider)).toEqual(['stripe']);
  });
});

describe("Ansible's module documentation strings", () => {
  const token = fake(ALNUM, 32, 9310);
  const task = `- name: Post a widget\n  acme.widgets.post:\n    widgetly_token: ${token}\n    shelf: front\n`;
  const module = (opener: string, quote: string) =>
    `#!/usr/bin/python\nDOCUMENTATION = r'''\nmodule: post\noptions:\n  widgetly_token:\n    type: str\n'''\n\n${opener}${quote}\n${task}${quote}\n\nfrom ansible.module_utils.basic import AnsibleModule\n`;

  it('reports a token in DOCUMENTATION, EXAMPLES or RETURN as a documentation example', () => {
    for (const [opener, quote] of [["EXAMPLES = r", "'''"], ['EXAMPLES = ', '"""'], ['RETURN = ', "'''"], ['DOCUMENTATION = r', '"""']]) {
      const found = scan(module(opener as string, quote as string));
      expect(found, opener).toMatchObject([{ rule: 'generic-named-secret', example: true, notCounted: 'documentation-example', severity: 'info' }]);
    }
  });

  it('still alerts on the same task in a playbook, another string or after the closing quotes', () => {
    expect(scan(task).filter(isAlert)).toHaveLength(1);
    expect(scan(module('WIDGET_DEFAULTS = ', "'''")).filter(isAlert)).toHaveLength(1);
    expect(scan(`EXAMPLES = r'''\n- name: Nothing here\n'''\n\n${task}`).filter(isAlert)).toHaveLength(1);
  });
});
