// The guard over the labelled paste corpus (dev and held-out splits), through the same detection
// call the content script makes: every paste holding a key warns; the same paste with its keys cut
// out (only hashes, UUIDs, examples, publishable keys… left) never does.
import { describe, expect, it } from 'vitest';
import { buildCorpus, type Split } from '../../corpus/generate';
import { findAlerts } from '../../../src/background/guard-scan';

const OPTIONS = { context: 'example.org Settings', salt: 'test' };

function withoutKeys(text: string, labels: ReturnType<typeof buildCorpus>[number]['labels']): string {
  let out = text;
  for (const l of labels.filter((x) => x.type !== 'decoy').sort((a, b) => b.start - a.start)) {
    out = out.slice(0, l.start) + out.slice(l.end);
  }
  return out;
}

describe.each<Split>(['dev', 'holdout'])('paste corpus, %s split', (split) => {
  const docs = buildCorpus(split);

  it('warns on every paste that holds a key', () => {
    const missed = docs
      .filter((d) => d.labels.some((l) => l.type === 'key'))
      .filter((d) => findAlerts(d.text, { start: 0, end: d.text.length }, OPTIONS).length === 0)
      .map((d) => d.name);
    expect(missed).toEqual([]);
  });

  it('stays silent on the same pastes with their keys cut out', () => {
    const noisy = docs
      .map((d) => ({ name: d.name, text: withoutKeys(d.text, d.labels) }))
      .filter((d) => findAlerts(d.text, { start: 0, end: d.text.length }, OPTIONS).length > 0)
      .map((d) => d.name);
    expect(noisy).toEqual([]);
  });
});
