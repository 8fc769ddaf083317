// The content script's gate stands in for the engine's own first pass: it must never hide a key the
// engine reports. Every rule example passes it, as written and escaped; on every corpus document the
// engine finds the same alerts in its windows as in the whole text; text of neighbouring blocks run
// together (one read of a subtree) never hides a hit. And it lets through far less than runs of key
// characters do: the identifiers of real documentation stay out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasPhraseRun, hasRun, KeyGate, MIN_RUN, WINDOW_RADIUS } from '../../../src/gate';
import { isAlert, RULES, scan, WINDOW_RADIUS as ENGINE_RADIUS } from '../../../src/engine';
import { buildCorpus, type Split } from '../../corpus/generate';
import { fakeKeys } from '../../support/keys';
import { fakeWallet, LANGUAGE_CODES } from '../../corpus/wallet/fake-wallet';

const gate = new KeyGate();

const escapes: Array<[string, (s: string) => string]> = [
  ['JSON \\/', (s) => s.replaceAll('/', '\\/')],
  ['\\u escapes', (s) => s.replace(/[+/=_-]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)],
  ['HTML entities', (s) => s.replace(/[+/=_-]/g, (c) => `&#${c.charCodeAt(0)};`)],
  ['percent', (s) => s.replace(/[+/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)],
];

/** Alert fingerprints the engine finds in the windows of `text`, and in the whole of it. */
function alertsBothWays(text: string): { windows: string[]; whole: string[] } {
  const prints = (t: string) => scan(t, { salt: 's' }).filter(isAlert).map((f) => f.fingerprint);
  const windows = new Set(gate.windowSpans(text).flatMap((w) => prints(text.slice(w.start, w.end))));
  return { windows: [...windows].sort(), whole: [...new Set(prints(text))].sort() };
}

/** Rule examples the engine finds something in (the «» marks removed). */
const examples = RULES.flatMap((rule) => rule.examples.positive.map((e) => ({ rule: rule.id, text: e.replace(/[«»]/g, '') })))
  .filter((e) => scan(e.text).length > 0);

describe('the gate', () => {
  it('passes every text in which the engine finds something, as written and escaped', () => {
    for (const { rule, text } of examples) {
      expect(gate.holds(text), `${rule}: ${text}`).toBe(true);
      for (const [name, escape] of escapes) {
        const escaped = escape(text);
        if (scan(escaped).length > 0) expect(gate.holds(escaped), `${rule} ${name}`).toBe(true);
      }
    }
    expect(examples.length).toBeGreaterThan(80);
  });

  it('passes a base64 value that decodes to a key (a Secret manifest), and not one that decodes to prose', () => {
    const key = fakeKeys(5).github();
    const text = `data:\n  token: ${Buffer.from(key).toString('base64')}\n`;
    expect(scan(text).length).toBeGreaterThan(0);
    expect(gate.holds(text)).toBe(true);
    expect(gate.holds(`note: ${Buffer.from('just some words, nothing else here').toString('base64')}`)).toBe(false);
  });

  it('leaves out the identifiers of real documentation, prose and plain URLs', () => {
    for (const text of [
      'alpha beta gamma delta epsilon, const value1499 = "omicron pi";',
      'see /doc/12 and https://docs.python.org/3/library/os.path.html#os.path.join',
      '_mm256_add_epi32 _mm512_mask_cvtusepi32_storeu_epi16 _mm256_maskz_permutex2var_epi16',
      'wrapping_add_assign overflowing_sub saturating_pow checked_next_power_of_two',
      'PyUnicode_AsUTF8AndSize Py_TPFLAGS_HAVE_VERSION_TAG PyErr_SetFromWindowsErrWithFilename',
      'DoubleEndedIterator ExactSizeIterator impl<T, A: Allocator> IntoIterator for Vec<T, A>',
      'std::collections::hash_map::RawEntryBuilderMut core::arch::x86_64::__m256i',
      'ImplementationsAnyBorrowBorrowMutCloneToOwnedTryFromTryIntoDebugDisplayHashOrdPartialOrd', // a sidebar read in one go
      `<div>${'\n        '.repeat(40)}</div>`, // indentation: the characters of a keypair array, none of its numbers
    ]) expect(gate.holds(text), text).toBe(false);
    expect(hasRun('wrapping_add_assign overflowing_sub')).toBe(true);
  });

  it('needs a provider word near a key that has only a shape, or in the page’s host and title', () => {
    // GitHub OAuth app secrets: 40 hex characters, reported only with the word. (A name ending
    // in secret, key or token lets any long run through: a service's own name may come with it.)
    const secret = fakeKeys(7).hex(40);
    expect(gate.holds(`client: ${secret}`)).toBe(false);
    expect(gate.holds(`github client: ${secret}`)).toBe(true);
    const onGithub = new KeyGate({ page: () => 'github.com developer settings', generic: () => false });
    expect(onGithub.holds(`client: ${secret}`)).toBe(true);
  });

  it('passes a key that needs a word near the edges of a partial read, where the word may lie outside it', () => {
    const secret = fakeKeys(7).hex(40);
    expect(gate.holds(secret)).toBe(false);
    expect(gate.holds(secret, true)).toBe(true);
    const inside = `${'See the docs. '.repeat(90)}${secret}${' See the docs.'.repeat(90)}`;
    expect(gate.holds(inside, true)).toBe(false);
  });

  it('looks for a literal every match of a prefix-less rule holds, not for its characters alone', () => {
    // Telegram bot tokens: digits, ':AA', 33 more; path-like identifiers with colons are not one.
    expect(gate.holds('std::collections::hash_map::RawEntryBuilderMut core::arch::x86_64::__m256i')).toBe(false);
    expect(gate.holds(`bot ${fakeKeys(8).chars('0123456789', 10)}:AA${fakeKeys(9).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)}`)).toBe(true);
  });

  it('reads through the tildes of an Azure client secret, in the gate and in runs', () => {
    // Tildes every eight characters: no run of 16 without them.
    const keys = fakeKeys(10);
    const body = Array.from({ length: 4 }, () => keys.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 7)).join('~');
    const secret = `${keys.chars('abcdefghijk', 3)}7Q~${body}~${keys.chars('ABCDEFGH', 2)}`;
    expect(scan(`AZURE_CLIENT_SECRET=${secret}`).length).toBeGreaterThan(0);
    expect(gate.holds(`AZURE_CLIENT_SECRET=${secret}`)).toBe(true);
    expect(hasRun(secret)).toBe(true);
  });

  it('passes a recovery phrase however its words are separated, and the letters of per-word elements read together', () => {
    const wallet = fakeWallet(12);
    for (const n of [12, 24]) {
      const words = wallet.phrase('en', n).split(' ');
      for (const text of [
        `my seed is ${words.join(' ')} please help`,
        words.map((w, i) => `${i + 1}. ${w}`).join('\n'),
        JSON.stringify(words),
        words.join('\n'), // one word per element, read with its blocks
      ]) {
        expect(scan(text).some((f) => f.kind === 'recovery-phrase'), text).toBe(true);
        expect(gate.holds(text), text).toBe(true);
      }
      // One textContent of a list with one word per <li>: the words run together.
      expect(gate.holds(`Your phrase${words.join('')}Continue`)).toBe(true);
      expect(gate.holds(words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''))).toBe(true);
    }
    expect(gate.holds('Read the tutorial, then open the file and save it before you close the window.')).toBe(false);
  });

  it('lets every run of key characters through while the generic rule is on', () => {
    const generic = new KeyGate({ page: () => '', generic: () => true });
    const text = 'db_password = "Winter_2024_harbour"';
    expect(gate.holds(text)).toBe(false);
    expect(generic.holds(text)).toBe(true);
  });

  it('is not hidden by text run together with it: whatever holds a hit, holds it with any text before or after', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...examples.map((e) => e.text)),
      fc.stringMatching(/^[A-Za-z0-9_./:=+-]{0,40}$/),
    );
    fc.assert(fc.property(pieces, fc.stringMatching(/^[A-Za-z0-9_./:=+-]{0,40}$/), fc.stringMatching(/^[A-Za-z0-9_./:=+-]{0,40}$/),
      (text, before, after) => {
        if (!gate.holds(text)) return;
        expect(gate.holds(before + text + after), `${before}|${text}|${after}`).toBe(true);
      }), { numRuns: 3000 });
  });

  it('keeps at least the engine’s own context radius around each hit', () => {
    expect(WINDOW_RADIUS).toBeGreaterThanOrEqual(ENGINE_RADIUS);
  });
});

describe('phrase runs (the paste guard’s test for recovery phrases)', () => {
  it('hold for a pasted phrase, not for a sentence of the same length', () => {
    const phrase = fakeWallet(13).phrase('en', 12);
    expect(hasRun(phrase)).toBe(false);
    expect(hasPhraseRun(phrase)).toBe(true);
    expect(hasPhraseRun('We will meet at the station on Monday and take the early train to the coast together.')).toBe(false);
  });

  it('hold for a phrase of every language and length in the layouts people paste, and stop at 11 words', () => {
    const wallet = fakeWallet(31);
    for (const code of LANGUAGE_CODES) {
      for (const n of [12, 24]) {
        const space = code === 'ja' ? '\u3000' : ' ';
        const words = wallet.phrase(code, n).split(space);
        for (const text of [
          words.join(space),
          words.map((w, i) => `${i + 1}) ${w}`).join('  '),
          words.join(', '),
          words.map((w) => w.toUpperCase()).join(' '),
          `my seed phrase is\n${words.join(' ')}\nplease help`,
        ]) expect(hasPhraseRun(text), `${code} ${n}: ${text}`).toBe(true);
      }
    }
    expect(hasPhraseRun(wallet.phrase('en', 12).split(' ').slice(0, 11).join(' '))).toBe(false);
  });
});

describe('runs of key characters (the paste guard’s test)', () => {
  it('hold exactly when there is a run of at least MIN_RUN key characters', () => {
    const alphabet = fc.constantFrom(...'aZ09+/_=~-\\%&#; .,:"\n');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join('')), (text) => {
      expect(hasRun(text)).toBe(/[A-Za-z0-9+/_=~\\%&#;-]{16,}/.test(text));
    }), { numRuns: 2000 });
    expect(MIN_RUN).toBe(16);
  });
});

describe.each<Split>(['dev', 'holdout'])('windows on the %s corpus', (split) => {
  it('give the engine the same alerts as the whole document', () => {
    const docs = buildCorpus(split);
    const differ = docs.filter((d) => {
      const { windows, whole } = alertsBothWays(d.text);
      return windows.join() !== whole.join();
    }).map((d) => d.name);
    expect(docs.length).toBeGreaterThan(50);
    expect(differ).toEqual([]);
  });
});
