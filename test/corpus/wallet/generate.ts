// The wallet corpus in memory (deterministic: seeded), split like the main corpus: dev templates
// are tuned against, held-out templates only evaluated.
import type { CorpusDoc } from '../labels';
import { renderTemplates, type Split } from '../generate';
import { fakeWallet } from './fake-wallet';
import { WALLET_DEV_TEMPLATES, type WalletTemplate } from './templates-dev';
import { WALLET_HOLDOUT_TEMPLATES } from './templates-holdout';

const SPLITS: Record<Split, { seed: number; templates: Record<string, WalletTemplate>; copies: number }> = {
  dev: { seed: 0x77616c31, templates: WALLET_DEV_TEMPLATES, copies: 8 },
  holdout: { seed: 0x77616c32, templates: WALLET_HOLDOUT_TEMPLATES, copies: 8 },
};

export function buildWalletCorpus(split: Split): CorpusDoc[] {
  const { seed, templates, copies } = SPLITS[split];
  return renderTemplates(fakeWallet(seed), templates, copies);
}
