// Wallet secrets through the engine's scan(): phrases in every list and layout, keys in their
// contexts, decoys that must stay quiet, and what a finding reveals. Inputs are made here from a
// seeded stream (test/corpus/wallet/fake-wallet.ts); none held funds.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { validateMnemonic } from '@scure/bip39';
import { isAlert, scan, type Finding } from '../index';
import { ELECTRUM_PREFIXES, electrumVersion, fakeWallet, LANGUAGE_CODES } from '../../../test/corpus/wallet/fake-wallet';
import { checksumValid, electrumSeedType } from './phrase';
import { mayBePhraseWord, mayHoldPhrase, phrasesInWords } from './index';
import { LANGUAGES, wordEntries } from './words';

const w = fakeWallet(0x5eed);
const alerts = (text: string): Finding[] => scan(text, { salt: 's' }).filter(isAlert);
const one = (text: string): Finding => {
  const found = alerts(text);
  expect(found, text).toHaveLength(1);
  return found[0] as Finding;
};

describe('recovery phrases', () => {
  it('are found in all ten wordlists, at every length, as the library writes them', () => {
    for (const code of LANGUAGE_CODES) {
      for (const n of [12, 15, 18, 21, 24]) {
        const phrase = w.phrase(code, n);
        const text = `backup: ${phrase}\n`;
        const f = one(text);
        expect(f).toMatchObject({ rule: 'bip39-phrase', provider: 'wallet', kind: 'recovery-phrase', severity: 'critical' });
        expect(text.slice(f.start, f.end)).toBe(phrase);
        expect(mayHoldPhrase(text), code).toBe(true);
      }
    }
  });

  it('are found in the layouts people use, once, with one fingerprint', () => {
    const phrase = w.phrase('en', 24);
    const words = phrase.split(' ');
    const layouts = [
      phrase,
      phrase.toUpperCase(),
      words.map((x, i) => (i === 0 ? x[0]?.toUpperCase() + x.slice(1) : x)).join(' '),
      words.join('\n'),
      words.join(', '),
      words.map((x, i) => `${i + 1}. ${x}`).join('\n'),
      words.map((x, i) => `${i + 1}) ${x}`).join('\n'),
      words.map((x, i) => `(${i + 1}) ${x}`).join(' '),
      words.map((x, i) => `[${i + 1}] ${x}`).join('\n'),
      words.map((x, i) => `#${i + 1} ${x}`).join('\n'),
      words.map((x, i) => `${i + 1} \u2013 ${x}`).join('\n'),
      words.map((x) => `- ${x}`).join('\n'),
      JSON.stringify(words),
      JSON.stringify(words, null, 2),
      `<ol>${words.map((x) => `<li class="word">${x}</li>`).join('')}</ol>`,
      words.map((x) => `<span>${x}</span>`).join('&nbsp;'),
      `"mnemonic": "${words.join('\\n')}"`,
      `| # | word |\n${words.map((x, i) => `| ${i + 1} | ${x} |`).join('\n')}`,
    ];
    const prints = new Set<string>();
    for (const text of layouts) {
      const f = one(`Here it is:\n${text}\nthanks`);
      expect(f.redacted).toBe('24-word phrase (English, checksum valid)');
      prints.add(f.fingerprint);
      expect(mayHoldPhrase(text), text).toBe(true);
    }
    expect(prints.size).toBe(1);
  });

  it('are found in grids numbered down their columns, read row by row: the numbers give the order', () => {
    /** `words` in `cols` columns numbered downwards, as a page's rows read: one line per row. */
    const grid = (words: readonly string[], cols: number, cell: (i: number, x: string) => string, sep: string): string => {
      const rows = words.length / cols;
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(c * rows + r, words[c * rows + r] as string)).join(sep)).join('\n');
    };
    const cells = [(i: number, x: string) => `${i + 1}. ${x}`, (i: number, x: string) => `${i + 1}\n${x}`, (i: number, x: string) => `${i + 1}${x}`];
    for (const code of ['en', 'fr', 'ja'] as const) {
      for (const [n, cols] of [[12, 2], [12, 3], [24, 2], [24, 3], [24, 4]] as const) {
        const phrase = w.phrase(code, n);
        const words = phrase.split(code === 'ja' ? '\u3000' : ' ');
        const inOrder = one(`seed: ${phrase}`).fingerprint;
        for (const [k, cell] of cells.entries()) {
          if (code === 'ja' && k === 2) continue; // kana fused to a number: not how a grid reads
          const text = `Write these down:\n${grid(words, cols, cell, '\t')}\nNext`;
          const f = one(text);
          expect(f.redacted, text).toBe(`${n}-word phrase (${f.redacted.split('(')[1]?.split(',')[0]}, checksum valid)`);
          expect(f.redacted.startsWith(`${n}-word`), text).toBe(true);
          expect(f.fingerprint, text).toBe(inOrder);
          expect(mayHoldPhrase(text), text).toBe(true);
          // The bad-checksum twin in the same grid stays quiet.
          const twin = w.badTwin(phrase, code).split(code === 'ja' ? '\u3000' : ' ');
          expect(alerts(grid(twin, cols, cell, '\t')), text).toEqual([]);
        }
      }
    }
  });

  it('take numbers for order only when they are 1…n each once: otherwise the words read as written', () => {
    const english = LANGUAGES[0]?.words as string[];
    for (let i = 0; i < 200; i++) {
      const words = Array.from({ length: 12 }, () => w.pick(english));
      // A table of quantities beside words (one number repeated, one missing): no order to take.
      const numbers = Array.from({ length: 12 }, (_, k) => (k === 5 ? 5 : k + 1)).sort(() => w.pick([-1, 1]));
      const table = words.map((x, k) => `${numbers[k]} ${x}`).join('\n');
      const plain = words.join('\n');
      expect(alerts(table).length, table).toBeLessThanOrEqual(alerts(plain).length);
    }
  });

  it('count a numbered list’s words 13 to 24, or a heading’s word with its first 11, as no phrase of their own', () => {
    // Phrases whose checksum fails, numbered: windows of some of their words are not phrases, nor
    // windows taking the heading's last word ("phrase" is a BIP-39 word) with the list's first ones.
    let found = 0;
    for (let i = 0; i < 100; i++) {
      const twin = w.badTwin(w.phrase('en', i % 2 ? 12 : 24)).split(' ');
      found += alerts(`Your recovery phrase\n${twin.map((x, k) => `${k + 1}. ${x}`).join('\n')}`).length;
    }
    expect(found).toBe(0);
    const phrase = w.phrase('en', 12);
    expect(one(`Your recovery phrase\n${phrase.split(' ').map((x, k) => `${k + 1}\n${x}`).join('\n')}`).fingerprint).toBe(one(phrase).fingerprint);
  });

  it('are found between lines of code, Chinese ones with single spaces too', () => {
    for (const code of ['zh-Hans', 'zh-Hant', 'ko', 'ja', 'en'] as const) {
      for (let i = 0; i < 20; i++) {
        const phrase = w.phrase(code, 12);
        const pad = 'x=a(1);y={b:[2]};'.repeat(w.int(0, 5));
        const text = `${pad}\n${phrase}\n${pad}z=(c);`;
        expect(alerts(text), `${code}: ${text}`).toHaveLength(1);
      }
    }
  });

  it('are found wherever they sit in code, prose and markup (the walk skips text, never a phrase)', () => {
    const filler = fc.array(fc.constantFrom('x=a(1);', 'return this.value;', ' the ', 'and so on. ', '<b>', '</i>', '&amp;',
      '\n', '  ', '{"k":[1,2]}', 'ocean ', 'table, ', '1. ', '\\n', '的', 'é', '= "', 'Lorem ipsum dolor sit amet, '), { maxLength: 40 })
      .map((parts) => parts.join(''));
    const layout = fc.constantFrom<(ws: string[]) => string>(
      (ws) => ws.join(' '), (ws) => ws.join('\n'), (ws) => ws.join(', '), (ws) => JSON.stringify(ws),
      (ws) => ws.map((x, i) => `${i + 1}. ${x}`).join('\n'), (ws) => ws.map((x) => `<li>${x}</li>`).join(''),
    );
    fc.assert(fc.property(filler, filler, layout, fc.constantFrom('en', 'zh-Hans', 'ko', 'es') , fc.integer({ min: 0, max: 2 ** 31 }),
      (before, after, lay, code, seed) => {
        const phrase = fakeWallet(seed).phrase(code, 12).split(' ');
        const written = lay(phrase);
        const text = `${before}\n${written}\n${after}`;
        const at = before.length + 1;
        const found = alerts(text).filter((f) => f.kind === 'recovery-phrase');
        return found.some((f) => f.start < at + written.length && at < f.end);
      }), { numRuns: 300 });
  });

  it('report a 24-word phrase once, not the shorter windows that pass by chance', () => {
    for (let i = 0; i < 40; i++) {
      const phrase = w.phrase('en', 24);
      const f = one(`seed: ${phrase}`);
      expect(f.redacted.startsWith('24-word')).toBe(true);
    }
  });

  it('report two phrases on two lines as two', () => {
    const a = w.phrase('en', 12);
    const b = w.phrase('en', 12);
    expect(alerts(`wallet 1: ${a}\nwallet 2: ${b}`)).toHaveLength(2);
  });

  it('stay quiet on failed checksums, word lists, prose and public test phrases', () => {
    for (const code of ['en', 'ja', 'fr'] as const) {
      for (const n of [12, 24]) expect(alerts(`seed: ${w.badTwin(w.phrase(code, n), code)}`), code).toEqual([]);
    }
    // The first 60 English words in order, and a shuffled word list far longer than a phrase.
    expect(alerts(LANGUAGES[0]?.words.slice(0, 60).join('\n') ?? '')).toEqual([]);
    expect(alerts(Array.from({ length: 400 }, () => w.pick(LANGUAGES[0]?.words ?? [])).join(' '))).toEqual([]);
    const prose = 'You can find any other word that they use in a small world, but only after you have tried again to build a picture of the earth and its people.';
    expect(alerts(prose)).toEqual([]);
    const hardhat = scan('mnemonic: "test test test test test test test test test test test junk"');
    expect(hardhat).toMatchObject([{ rule: 'bip39-phrase', example: true, notCounted: 'documentation-example', severity: 'info' }]);
  });

  it('use the same checksum as @scure/bip39', () => {
    const english = LANGUAGES[0]?.words as string[];
    for (let i = 0; i < 300; i++) {
      const n = w.pick([12, 15, 18, 21, 24]);
      const words = Array.from({ length: n }, () => w.pick(english));
      const idx = words.map((x) => (wordEntries(x)?.[0] as number) & 0x7ff);
      expect(checksumValid(idx, 0, n)).toBe(validateMnemonic(words.join(' '), english));
    }
  });

  it('reveal no word: length, language and the checksum only', () => {
    const phrase = w.phrase('es', 12);
    const f = one(phrase);
    expect(f.redacted).toBe('12-word phrase (Spanish, checksum valid)');
    for (const word of phrase.split(' ')) expect(f.redacted.includes(word)).toBe(false);
  });
});

describe('Electrum seeds', () => {
  // Their own stream, so the phrases drawn for the other tests stay the same.
  const e = fakeWallet(0xe1ec);
  const types = Object.keys(ELECTRUM_PREFIXES) as Array<keyof typeof ELECTRUM_PREFIXES>;

  it('are found for every seed type, at 12 and 13 words, as recovery phrases', () => {
    for (const type of types) {
      for (const n of [12, 13]) {
        const seed = e.electrumSeed(type, n);
        const text = `Electrum wallet seed:\n${seed}\n`;
        const f = one(text);
        expect(f).toMatchObject({ rule: 'electrum-seed', provider: 'wallet', kind: 'recovery-phrase', severity: 'critical' });
        expect(f.redacted).toBe(`${n}-word Electrum seed (${type}, version valid)`);
        expect(text.slice(f.start, f.end)).toBe(seed);
      }
    }
    // Numbered in a list, as the wallet shows it to be written down.
    const seed = e.electrumSeed('segwit').split(' ');
    expect(one(seed.map((word, i) => `${i + 1}. ${word}`).join('\n'))).toMatchObject({ rule: 'electrum-seed' });
  });

  it('stay quiet when the version is not a registered one, and a BIP-39 phrase stays one', () => {
    for (let i = 0; i < 20; i++) expect(alerts(`seed: ${e.neitherSeed(12)}`)).toEqual([]);
    expect(one(`seed: ${e.phrase('en', 12)}`)).toMatchObject({ rule: 'bip39-phrase' });
  });

  it('use the version hash Electrum documents (HMAC-SHA512 keyed "Seed version")', () => {
    const english = LANGUAGES[0]?.words as string[];
    for (let i = 0; i < 2000; i++) {
      const idx = Array.from({ length: 12 }, () => e.pick(english)).map((x) => (wordEntries(x)?.[0] as number) & 0x7ff);
      const version = electrumVersion(idx.map((k) => english[k]).join(' '));
      const expected = types.find((t) => version.startsWith(ELECTRUM_PREFIXES[t]));
      expect(electrumSeedType(idx, 0, 12)).toBe(expected);
    }
  });
});

describe('words from separate inputs (the page side)', () => {
  it('finds the phrase among the words and says which inputs hold it', () => {
    const words = ['', 'Your name', ...w.phrase('en', 12).split(' '), 'Continue'];
    const [found, ...rest] = phrasesInWords(words, { salt: 's' });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ first: 2, count: 12 });
    expect(found?.finding.fingerprint).toBe(one(words.slice(2, 14).join(' ')).fingerprint);
  });

  it('gates every word of every list, and little else', () => {
    for (const lang of LANGUAGES) {
      for (const word of lang.words) {
        expect(mayBePhraseWord(word), word).toBe(true);
        expect(mayBePhraseWord(word.normalize('NFC').toUpperCase()), word).toBe(true);
      }
    }
    expect(mayBePhraseWord('x')).toBe(false);
    expect(mayBePhraseWord('with space')).toBe(false);
    expect(mayBePhraseWord('a1b2c3')).toBe(false);
  });

  it('answers the same before its table is decoded (one byte read per word) as after', async () => {
    vi.resetModules();
    const fresh = await import('./gate');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const probes = [...letters].flatMap((a) => [...letters].flatMap((b) => [...letters].map((c) => a + b + c)));
    probes.push('yes', 'default', 'Go', 'on', 'Continue', 'ABANDON', 'zoo1', 'a-b-c', 'naïve', 'ábaco', 'あいこくしん', '가격');
    for (const lang of LANGUAGES) probes.push(...lang.words.slice(0, 200));
    const before = probes.map((p) => fresh.mayBePhraseWord(p));
    fresh.gateTable();
    expect(probes.map((p) => fresh.mayBePhraseWord(p))).toEqual(before);
    expect(fresh.gateTable().bits.length * 8).toBe(fresh.GATE_BITS);
    expect(before.filter(Boolean).length, 'three-letter strings let through, and list words').toBeLessThan(probes.length / 2);
  });
});

describe('wallet private keys', () => {
  it('find WIF keys (compressed or not, main or test network) with no context', () => {
    for (const [compressed, testnet] of [[true, false], [false, false], [true, true], [false, true]] as const) {
      const wif = w.wif(compressed, testnet);
      const f = one(`${wif}`);
      expect(f).toMatchObject({ rule: 'wif-private-key', kind: 'private-key', severity: 'critical', start: 0, end: wif.length });
      expect(f.redacted).toBe(`WIF ${wif[0]}…${wif.slice(-4)}`);
    }
  });

  it('find extended private keys, never extended public keys', () => {
    for (const kind of ['xprv', 'yprv', 'zprv', 'tprv'] as const) {
      const { priv, pub } = w.extended(kind);
      expect(one(`key: ${priv}`)).toMatchObject({ rule: 'extended-private-key', redacted: `${kind}…${priv.slice(-4)}` });
      expect(alerts(`key: ${pub}`)).toEqual([]);
    }
  });

  it('drop base58 values whose checksum fails', () => {
    const wif = w.wif();
    const broken = wif.slice(0, 10) + (wif[10] === 'A' ? 'B' : 'A') + wif.slice(11);
    expect(alerts(broken)).toEqual([]);
  });

  it('find hex keys named or passed as private keys, not hashes and addresses', () => {
    const hex = w.privateKeyHex();
    for (const text of [`PRIVATE_KEY=0x${hex}`, `private key: ${hex}`, `new Wallet("0x${hex}")`, `accounts: ["0x${hex}"]`, `Account.from_key('0x${hex}')`, `my private key is 0x${hex}`]) {
      expect(one(text), text).toMatchObject({ rule: 'hex-private-key', redacted: expect.stringMatching(/^(0x|hex )…[0-9a-f]{4}$/) });
    }
    for (const text of [`txHash: 0x${hex}`, `"blockHash": "0x${hex}"`, `sha256: ${hex}`, `jwt_secret_key = "${hex}"`, `0x${hex}`, `checksum/secret: ${hex}`, `address: ${w.ethAddress()}`]) {
      expect(alerts(text), text).toEqual([]);
    }
    expect(scan(`PRIVATE_KEY=0x${'0'.repeat(63)}1`)[0]).toMatchObject({ notCounted: 'placeholder' });
  });

  it('give one fingerprint to one key written as WIF and as hex', () => {
    const hex = w.privateKeyHex();
    const wif = w.wif();
    expect(one(wif).fingerprint).not.toBe(one(`PRIVATE_KEY=${hex}`).fingerprint);
  });

  it('find Solana secret keys named as such, and keypair files', () => {
    const s = w.solana();
    expect(one(`SOLANA_PRIVATE_KEY=${s.base58}`)).toMatchObject({ rule: 'solana-secret-key', redacted: `Solana…${s.base58.slice(-4)}` });
    expect(one(`Keypair.fromSecretKey(bs58.decode("${s.base58}"))`).rule).toBe('solana-secret-key');
    expect(one(s.array)).toMatchObject({ rule: 'solana-secret-key', redacted: '[64 numbers]' });
    expect(one(`const secretKey = ${s.array};`).fingerprint).toBe(one(s.array).fingerprint);
    expect(alerts(`signature: ${s.base58}`)).toEqual([]);
    expect(alerts(`const table = [${Array.from({ length: 64 }, (_, i) => i * 3).join(',')}];`)).toEqual([]);
  });

  it('report encrypted keys (keystore v3, BIP-38) at medium', () => {
    const k = w.keystore();
    expect(one(k.json)).toMatchObject({ rule: 'ethereum-keystore', severity: 'medium', redacted: 'keystore v3 (encrypted)' });
    expect(one(`encrypted: ${w.bip38()}`)).toMatchObject({ rule: 'bip38-encrypted-key', severity: 'medium' });
  });
});
