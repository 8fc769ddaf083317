// The real-world paste set, built in memory (deterministic: fixed seeds). `npm run bench` and
// test/unit/real-world.test.ts score the engine on it; `tsx test/corpus/real-world/generate.ts
// <dir>` writes it out (with an annotated copy) for reading or for other scanners.
import { join } from 'node:path';
import { seededRandom } from '../../support/random';
import { renderTemplates, writeDocs, type Split } from '../generate';
import type { CorpusDoc } from '../labels';
import { RealWorldKeys } from './keys';
import { DEV_TEMPLATES } from './templates-dev';
import { HOLDOUT_TEMPLATES } from './templates-holdout';

const SPLITS = {
  dev: { seed: 0x7277_6431, templates: DEV_TEMPLATES },
  holdout: { seed: 0x7277_686f, templates: HOLDOUT_TEMPLATES },
} as const;

/** Each template rendered this many times, with fresh keys each time. */
const COPIES = 10;

export function buildRealWorld(split: Split): CorpusDoc[] {
  const { seed, templates } = SPLITS[split];
  return renderTemplates(new RealWorldKeys(seededRandom(seed)), templates, COPIES);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'artifacts/real-world';
  for (const split of ['dev', 'holdout'] as const) {
    const files = await writeDocs(join(dir, split), buildRealWorld(split));
    console.log(`${split}: ${files.length} files in ${join(dir, split)}`);
  }
}
