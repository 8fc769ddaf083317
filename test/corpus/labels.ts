// Labelled text for the corpus: a tagged template that builds a document and records where each
// marked value landed, so labels can never drift from the text they describe.

/** Why a decoy is not a key (what an accurate scanner must not alert on). */
export type DecoyCategory =
  | 'documentation-example'
  | 'placeholder'
  | 'public-by-design'
  | 'test-mode'
  | 'hash'
  | 'uuid'
  | 'signature'
  | 'identifier'
  | 'encoded-data'
  /** A key's or phrase's shape whose checksum fails (a mistyped or made-up value). */
  | 'checksum-failed';

export type Label =
  | { start: number; end: number; type: 'key'; provider: string }
  | { start: number; end: number; type: 'decoy'; category: DecoyCategory }
  /** Credentials we do not expect a scanner to know (passphrases): neither counted nor penalised. */
  | { start: number; end: number; type: 'ignore' };

type Unplaced<L> = L extends Label ? Omit<L, 'start' | 'end'> : never;

export class Mark {
  constructor(readonly value: string, readonly label: Unplaced<Label>) {}
}

export interface Fragment {
  text: string;
  labels: Label[];
}

export interface CorpusDoc extends Fragment {
  /** File name, with an extension that says what kind of paste it is. */
  name: string;
}

export const key = (provider: string, value: string): Mark => new Mark(value, { type: 'key', provider });
export const decoy = (category: DecoyCategory, value: string): Mark => new Mark(value, { type: 'decoy', category });
export const ignore = (value: string): Mark => new Mark(value, { type: 'ignore' });

type Part = string | number | Mark | Fragment;

function isFragment(p: Part): p is Fragment {
  return typeof p === 'object' && !(p instanceof Mark);
}

/** Concatenates parts, placing the labels of marks and nested fragments. */
export function join(parts: readonly Part[], separator = ''): Fragment {
  let text = '';
  const labels: Label[] = [];
  parts.forEach((p, i) => {
    if (i > 0) text += separator;
    if (p instanceof Mark) {
      labels.push({ ...p.label, start: text.length, end: text.length + p.value.length } as Label);
      text += p.value;
    } else if (isFragment(p)) {
      for (const l of p.labels) labels.push({ ...l, start: l.start + text.length, end: l.end + text.length });
      text += p.text;
    } else {
      text += String(p);
    }
  });
  return { text, labels };
}

/** Tagged template: doc`API_KEY=${key('kraken', k)}` */
export function doc(strings: TemplateStringsArray, ...values: Part[]): Fragment {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    parts.push(s);
    if (i < values.length) parts.push(values[i] as Part);
  });
  return join(parts);
}

/** A fragment's text with every label shown inline, for reading the corpus by eye. */
export function annotate(f: Fragment): string {
  const marks = [...f.labels].sort((a, b) => b.start - a.start);
  let text = f.text;
  for (const l of marks) {
    const tag = l.type === 'key' ? `key:${l.provider}` : l.type === 'decoy' ? `decoy:${l.category}` : 'ignore';
    text = `${text.slice(0, l.end)}⟧{${tag}}${text.slice(l.end)}`;
    text = `${text.slice(0, l.start)}⟦${text.slice(l.start)}`;
  }
  return text;
}
