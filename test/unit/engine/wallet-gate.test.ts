// The page side's phrase gate (src/engine/wallet/gate.ts) is meant for the content script, which
// must not carry the engine: bundled alone it holds no wordlist and stays small. And it never
// misses a phrase the engine finds, in the wallet corpus's documents.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { isAlert, scan } from '../../../src/engine/index';
import { mayHoldPhrase } from '../../../src/engine/wallet/gate';
import { buildWalletCorpus } from '../../corpus/wallet/generate';

describe('the phrase gate for the page side', () => {
  it('bundles without the wordlists or the engine (its table and a base64 decoder only)', async () => {
    const out = await build({
      entryPoints: ['src/engine/wallet/gate.ts'], bundle: true, write: false, format: 'esm', platform: 'browser',
      metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((p) => /wordlists|src\/engine\/(?!wallet\/gate|base64\.ts)/.test(p))).toEqual([]);
    expect(out.outputFiles[0]?.contents.length).toBeLessThan(40_000);
  });

  it('says yes wherever the engine finds a phrase', () => {
    for (const split of ['dev', 'holdout'] as const) {
      for (const doc of buildWalletCorpus(split)) {
        const phrases = scan(doc.text).filter((f) => isAlert(f) && f.kind === 'recovery-phrase');
        if (phrases.length > 0) expect(mayHoldPhrase(doc.text), doc.name).toBe(true);
      }
    }
  });
});
