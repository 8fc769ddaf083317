// The hygiene checklist: API keys, built from Kraken's API-key security guidance, and wallets
// (pure data + progress).
// Labels and reasons live in _locales as chk_<id> and chk_<id>_why.

export type ChecklistGroup = 'everyKey' | 'kraken' | 'wallet' | 'never';

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'passwordManager', group: 'everyKey' },
  { id: 'apiTwoFactor', group: 'everyKey' },
  { id: 'thirdPartyStorage', group: 'everyKey' },
  { id: 'thirdPartyTwoFactor', group: 'everyKey' },
  { id: 'rotateMinimal', group: 'everyKey' },
  { id: 'deleteUnused', group: 'everyKey' },
  { id: 'krakenNoWithdraw', group: 'kraken' },
  { id: 'krakenIpAllowlist', group: 'kraken' },
  { id: 'krakenExpiry', group: 'kraken' },
  { id: 'krakenNonceWindow', group: 'kraken' },
  { id: 'krakenDormant', group: 'kraken' },
  { id: 'walletOffline', group: 'wallet' },
  { id: 'walletNoDigitalCopy', group: 'wallet' },
  { id: 'walletHardware', group: 'wallet' },
  { id: 'walletNeverType', group: 'wallet' },
  { id: 'neverShare', group: 'never' },
];

export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = ['everyKey', 'kraken', 'wallet', 'never'];

/** Message keys of an item's label and its reason, and of a group's heading. */
export const checklistKeys = (item: ChecklistItem) => ({ label: `chk_${item.id}`, why: `chk_${item.id}_why` });
export const checklistGroupKey = (group: ChecklistGroup): string => `chkGroup_${group}`;

export function checklistProgress(
  items: readonly ChecklistItem[],
  state: Readonly<Record<string, boolean>>,
): { done: number; total: number } {
  const done = items.filter((item) => state[item.id] === true).length;
  return { done, total: items.length };
}
