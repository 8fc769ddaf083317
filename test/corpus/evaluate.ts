// Scores detections against corpus labels. A detection matches a label when their spans overlap;
// exact-span agreement is reported separately. Shared by the corpus test and the benchmark
// (which scores secretlint the same way).
import type { CorpusDoc, DecoyCategory } from './labels';

export interface Detection {
  start: number;
  end: number;
  /** Our provider slug; undefined for tools that do not name one we can map. */
  provider?: string;
  rule: string;
  /** For reports: never the raw value. */
  redacted?: string;
}

export interface Scores {
  keys: number;
  found: number;
  recall: number;
  alerts: number;
  truePositiveAlerts: number;
  precision: number;
  /** Of the keys found, how many were attributed to the labelled provider. */
  providerAccuracy: number;
  /** Of the keys found, how many had a detection with exactly the labelled span. */
  exactSpan: number;
  decoys: number;
  decoysAlerted: number;
  misses: { doc: string; provider: string; start: number }[];
  wrongProvider: { doc: string; expected: string; got: string }[];
  falsePositives: { doc: string; rule: string; redacted?: string; decoy?: DecoyCategory }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function score(docs: readonly CorpusDoc[], detect: (doc: CorpusDoc) => Detection[]): Scores {
  const s: Scores = {
    keys: 0, found: 0, recall: 0, alerts: 0, truePositiveAlerts: 0, precision: 0, providerAccuracy: 0,
    exactSpan: 0, decoys: 0, decoysAlerted: 0, misses: [], wrongProvider: [], falsePositives: [],
  };
  let rightProvider = 0;
  for (const doc of docs) {
    const detections = detect(doc);
    for (const label of doc.labels) {
      if (label.type === 'ignore') continue;
      const hits = detections.filter((d) => overlaps(d, label));
      if (label.type === 'decoy') {
        s.decoys++;
        if (hits.length > 0) s.decoysAlerted++;
        continue;
      }
      s.keys++;
      if (hits.length === 0) {
        s.misses.push({ doc: doc.name, provider: label.provider, start: label.start });
        continue;
      }
      s.found++;
      if (hits.some((d) => d.start === label.start && d.end === label.end)) s.exactSpan++;
      if (hits.some((d) => d.provider === label.provider)) rightProvider++;
      else s.wrongProvider.push({ doc: doc.name, expected: label.provider, got: hits.map((d) => d.provider ?? d.rule).join(',') });
    }
    for (const d of detections) {
      const labels = doc.labels.filter((l) => overlaps(d, l));
      if (labels.some((l) => l.type === 'key')) {
        s.alerts++;
        s.truePositiveAlerts++;
      } else if (!labels.some((l) => l.type === 'ignore')) {
        // An alert on a passphrase is neither credited nor penalised; anything else is a false positive.
        s.alerts++;
        const decoy = labels.find((l) => l.type === 'decoy');
        s.falsePositives.push({
          doc: doc.name, rule: d.rule, redacted: d.redacted,
          ...(decoy?.type === 'decoy' ? { decoy: decoy.category } : {}),
        });
      }
    }
  }
  s.recall = s.keys ? s.found / s.keys : 1;
  s.precision = s.alerts ? s.truePositiveAlerts / s.alerts : 1;
  s.providerAccuracy = s.found ? rightProvider / s.found : 1;
  s.exactSpan = s.found ? s.exactSpan / s.found : 1;
  return s;
}

export function formatScores(name: string, s: Scores): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${name.padEnd(10)} recall ${pct(s.recall)} (${s.found}/${s.keys})  precision ${pct(s.precision)} ` +
    `(${s.truePositiveAlerts}/${s.alerts})  provider ${pct(s.providerAccuracy)}  exact span ${pct(s.exactSpan)}  ` +
    `decoys alerted ${s.decoysAlerted}/${s.decoys}`;
}
