// Candidate windows → stored findings, with the engine. Pure apart from the engine itself.
import { PROVIDERS, scan } from '../engine';
import { runCustomRules, type CompiledRuleSet } from '../engine/custom';
import { providerFor } from '../shared/hosts';
import { whereInWindow, type CandidateWindow } from '../shared/protocol';
import type { StoredFinding } from '../shared/storage';
import type { Where } from '../shared/surfaces';
import { toStored } from './state';

export interface ClassifyContext {
  salt: string;
  includeGeneric: boolean;
  /** Host of the frame showing the text: a key on its provider's own site is flagged differently. */
  host: string;
  /** Frame title: provider context ("Kraken API keys") for keys that have no prefix. */
  title: string;
  /** The text comes from a sub-frame: shown as 'frame' in the popup. */
  inFrame: boolean;
  /** Custom rules in force (background/custom-rules.ts), run after the built-in scan. */
  custom?: CompiledRuleSet;
  /** The frame's URL, for custom rules' `path` and allowlists' `paths`. */
  url?: string;
}

/** Indexes of the windows in which the engine finds anything (page:chunks' answer): nothing is kept. */
export function holdingFindings(windows: readonly CandidateWindow[], ctx: Omit<ClassifyContext, 'salt' | 'inFrame'>): number[] {
  const context = `${ctx.host} ${ctx.title}`.trim();
  const found: number[] = [];
  windows.forEach((w, i) => {
    const builtIn = scan(w.text, { includeGeneric: ctx.includeGeneric, context });
    const all = ctx.custom ? runCustomRules(w.text, builtIn, ctx.custom, { path: ctx.url }) : builtIn;
    if (all.length > 0) found.push(i);
  });
  return found;
}

export function classify(windows: readonly CandidateWindow[], ctx: ClassifyContext): StoredFinding[] {
  const siteProvider = ctx.host ? providerFor(ctx.host, Object.values(PROVIDERS))?.slug : undefined;
  const context = `${ctx.host} ${ctx.title}`.trim();
  const out: StoredFinding[] = [];
  for (const w of windows) {
    const source = w.where === 'qr-image' ? 'qr' : 'text';
    const builtIn = scan(w.text, { salt: ctx.salt, includeGeneric: ctx.includeGeneric, context, source });
    const found = ctx.custom ? runCustomRules(w.text, builtIn, ctx.custom, { salt: ctx.salt, source, path: ctx.url }) : builtIn;
    for (const f of found) {
      const seen = whereInWindow(w, f.start);
      const where: Where = ctx.inFrame && seen !== 'qr-image' ? 'frame' : seen;
      out.push(toStored(f, where, siteProvider !== undefined && siteProvider === f.provider));
    }
  }
  return out;
}
