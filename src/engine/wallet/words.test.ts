// The wordlists as the engine compares them, and the gate's generated table.
import { describe, expect, it } from 'vitest';
import { base64 } from '@scure/base';
import { gateTable, normalizeListWord, normalizeWord } from './gate';
import { buildGateTable, LANGUAGES, wordEntries } from './words';

describe('wordlists', () => {
  it('stay unique within each list once normalised (case, NFKD, Latin accents)', () => {
    LANGUAGES.forEach((lang, l) => {
      lang.words.forEach((word, i) => {
        const stripped = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
        for (const form of [word, word.normalize('NFC'), stripped, stripped.toUpperCase()]) {
          expect(wordEntries(form)?.filter((e) => e >> 11 === l), `${lang.code} ${form}`).toEqual([(l << 11) | i]);
        }
      });
    });
  });

  it('are NFKD and lower case, so the tables may skip normalize() (normalizeListWord)', () => {
    for (const lang of LANGUAGES) {
      for (const word of lang.words) expect(normalizeListWord(word), `${lang.code} ${word}`).toBe(normalizeWord(word));
    }
  });

  it('know English words by their first four letters only when asked', () => {
    expect(wordEntries('aban')).toBeUndefined();
    expect(wordEntries('aban', true)).toEqual([0]);
    expect(wordEntries('ABIL', true)).toEqual([1]);
  });

  it('match the gate table committed in gate-table.ts (npx tsx scripts/make-word-gate.ts)', () => {
    expect(base64.encode(gateTable().bits)).toBe(base64.encode(buildGateTable()));
  });
});
