import { describe, expect, it } from 'vitest';
import { CHECKLIST, CHECKLIST_GROUPS, checklistProgress } from './checklist';

describe('checklist', () => {
  it('counts only ticked items that exist', () => {
    expect(checklistProgress(CHECKLIST, {})).toEqual({ done: 0, total: CHECKLIST.length });
    expect(checklistProgress(CHECKLIST, { passwordManager: true, krakenExpiry: true, gone: true, deleteUnused: false })).toEqual({
      done: 2,
      total: CHECKLIST.length,
    });
  });

  it('covers Kraken’s practices, its key options and what it never asks for', () => {
    const ids = CHECKLIST.map((i) => i.id);
    for (const id of ['passwordManager', 'apiTwoFactor', 'thirdPartyStorage', 'thirdPartyTwoFactor', 'rotateMinimal', 'deleteUnused',
      'krakenNoWithdraw', 'krakenIpAllowlist', 'krakenExpiry', 'krakenNonceWindow', 'krakenDormant', 'neverShare']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of CHECKLIST) expect(CHECKLIST_GROUPS).toContain(item.group);
  });
});
