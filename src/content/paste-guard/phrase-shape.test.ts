// The page-side phrase shape test: it must let through every phrase the worker's engine finds (all
// ten lists, every layout of the wallet corpus), while plain prose and code mostly stay out.
import { describe, expect, it } from 'vitest';
import { phraseFindings } from '../../engine/wallet';
import { LANGUAGES } from '../../engine/wallet/words';
import { buildWalletCorpus } from '../../../test/corpus/wallet/generate';
import { fakeWallet, LANGUAGE_CODES } from '../../../test/corpus/wallet/fake-wallet';
import { isPhraseWord, mayBePhrase } from './phrase-shape';

const wallet = fakeWallet(31);

describe('isPhraseWord', () => {
  it('takes every word of the ten lists, as written, decomposed, upper case, and a Latin word’s first four letters', () => {
    const missed: string[] = [];
    for (const { code, words } of LANGUAGES) {
      for (const w of words) {
        const forms = [w, w.normalize('NFC'), w.normalize('NFD'), w.normalize('NFKD'), w.toUpperCase(), ` ${w}\n`];
        if (/^\p{Script=Latin}/u.test(w) && w.length > 4) forms.push(w.slice(0, 4));
        for (const f of forms) if (!isPhraseWord(f)) missed.push(`${code}:${f}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('refuses what no list holds: short or long Latin tokens, digits, several words, other scripts', () => {
    for (const v of ['', 'ab', 'abandonment', 'word1', 'two words', 'e-mail', 'user@example.org', 'слово', 'λέξη', '0x1f']) {
      expect(isPhraseWord(v), v).toBe(false);
    }
  });
});

describe('mayBePhrase', () => {
  it('passes phrases of every language and length, in the layouts people write them', () => {
    for (const code of LANGUAGE_CODES) {
      for (const n of [12, 24]) {
        const words = wallet.phrase(code, n).split(code === 'ja' ? '\u3000' : ' ');
        const layouts = [
          words.join(code === 'ja' ? '\u3000' : ' '),
          words.join('\n'),
          words.map((w, i) => `${i + 1}. ${w}`).join('\n'),
          words.map((w, i) => `${i + 1}) ${w}`).join('  '),
          words.join(', '),
          JSON.stringify(words),
          words.map((w) => w.toUpperCase()).join(' '),
          `my seed phrase is\n${words.join(' ')}\nplease help`,
        ];
        for (const text of layouts) expect(mayBePhrase(text), `${code} ${n}: ${text}`).toBe(true);
      }
    }
  });

  it('passes every text of the wallet corpus in which the engine finds a phrase', () => {
    for (const split of ['dev', 'holdout'] as const) {
      const docs = buildWalletCorpus(split).filter((d) => phraseFindings(d.text).length > 0);
      expect(docs.length, split).toBeGreaterThan(40);
      expect(docs.filter((d) => !mayBePhrase(d.text)).map((d) => d.name), split).toEqual([]);
    }
  });

  it('stops at 11 words, and at what breaks a run: a full stop, a long number, short or long words', () => {
    const words = wallet.phrase('en', 12).split(' ');
    expect(mayBePhrase(words.slice(0, 11).join(' '))).toBe(false);
    expect(mayBePhrase(`${words.slice(0, 6).join(' ')}. ${words.slice(6).join(' ')}`)).toBe(false);
    expect(mayBePhrase(`${words.slice(0, 6).join(' ')} 2024 ${words.slice(6).join(' ')}`)).toBe(false);
    expect(mayBePhrase(`${words.slice(0, 6).join(' ')} of ${words.slice(6).join(' ')}`)).toBe(false);
    expect(mayBePhrase(`${words.slice(0, 6).join(' ')} understanding ${words.slice(6).join(' ')}`)).toBe(false);
  });

  it('lets ordinary prose and code through rarely', () => {
    const quiet = [
      'The meeting moved to Thursday at 3 pm. Bring the slides, and the budget numbers for the second quarter if you have them.',
      'const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);\nif (total > limit) throw new Error("over");',
      'Thanks for the quick reply! I tried restarting the router twice but the connection still drops every few minutes.',
      'https://example.org/docs/getting-started/installation?lang=en&version=latest#requirements',
    ];
    for (const text of quiet) expect(mayBePhrase(text), text).toBe(false);
  });
});
