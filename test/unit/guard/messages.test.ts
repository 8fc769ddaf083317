import { describe, expect, it } from 'vitest';
import { isGuardKeptOutMessage } from '../../../src/messages';

describe('isGuardKeptOutMessage', () => {
  it('accepts only the guard message', () => {
    expect(isGuardKeptOutMessage({ type: 'guard:kept-out' })).toBe(true);
    for (const m of [null, undefined, 'guard:kept-out', {}, { type: 'guard:kept' }, { kind: 'guard:kept-out' }, ['guard:kept-out']]) {
      expect(isGuardKeptOutMessage(m)).toBe(false);
    }
  });
});
