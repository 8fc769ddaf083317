// Builds the labelled corpus in memory (deterministic: fixed seeds), and with
// `tsx test/corpus/generate.ts <dir>` writes it out for reading or for other scanners.
// Generated files are not committed: they are full of key-shaped strings by design.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fakeKeys } from '../support/keys';
import { annotate, type CorpusDoc, type Fragment } from './labels';
import { DEV_TEMPLATES, type Template } from './templates-dev';
import { HOLDOUT_TEMPLATES } from './templates-holdout';

export type Split = 'dev' | 'holdout';

const SPLITS: Record<Split, { seed: number; templates: Record<string, Template>; copies: number }> = {
  dev: { seed: 0x6b657931, templates: DEV_TEMPLATES, copies: 6 },
  holdout: { seed: 0x686f6c64, templates: HOLDOUT_TEMPLATES, copies: 6 },
};

/** Each template `copies` times over, named `<template>-<copy>.<ext>`, values drawn from `keys`. */
export function renderTemplates<K>(keys: K, templates: Record<string, (k: K) => Fragment & { ext: string }>, copies: number): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const [name, template] of Object.entries(templates)) {
      const { ext, text, labels } = template(keys);
      docs.push({ name: `${name}-${copy}.${ext}`, text, labels });
    }
  }
  return docs;
}

export function buildCorpus(split: Split): CorpusDoc[] {
  const { seed, templates, copies } = SPLITS[split];
  return renderTemplates(fakeKeys(seed), templates, copies);
}

/** Writes `<dir>/<split>/<file>`, `<dir>/<split>/labels.json` and an annotated copy for reading. */
export function writeCorpus(dir: string, split: Split): Promise<string[]> {
  return writeDocs(join(dir, split), buildCorpus(split));
}

/** Writes each document to `<out>/<name>`, `<out>/labels.json` and an annotated copy under `<out>/annotated`. */
export async function writeDocs(out: string, docs: readonly CorpusDoc[]): Promise<string[]> {
  await mkdir(join(out, 'annotated'), { recursive: true });
  for (const d of docs) {
    await writeFile(join(out, d.name), d.text);
    await writeFile(join(out, 'annotated', d.name), annotate(d));
  }
  const labels = Object.fromEntries(docs.map((d) => [d.name, d.labels]));
  await writeFile(join(out, 'labels.json'), JSON.stringify(labels, null, 1));
  return docs.map((d) => join(out, d.name));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'artifacts/corpus';
  for (const split of ['dev', 'holdout'] as const) {
    const files = await writeCorpus(dir, split);
    console.log(`${split}: ${files.length} files in ${join(dir, split)}`);
  }
}
