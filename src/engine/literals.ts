// Which of a fixed set of ASCII literals occur in a text, in one pass whose cost does not grow
// with the number of literals (an Aho–Corasick automaton compiled to a transition table). The
// prefilter's gate words and the provider words of context rules number in the hundreds; a regex
// alternation of that many words is tried at every position and dominated the scan.

export class LiteralSet {
  /** The literals as given (lower-cased when case-insensitive), by index. */
  readonly literals: readonly string[];
  /** ASCII code → column while building; 0 for characters no literal uses. */
  private readonly column = new Uint8Array(128);
  /** (state << 7) | ASCII code → next state: one load per character when scanning, 16-bit to
   *  keep the table small. */
  private readonly next: Uint16Array;
  /** States are numbered so that those where some literal ends come last, from this one on. */
  private readonly firstAccepting: number;
  /** Literals ending at each state (its own and, through failure links, shorter ones): CSR lists. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(literals: Iterable<string>, caseInsensitive = false) {
    const words = [...new Set([...literals].map((w) => (caseInsensitive ? w.toLowerCase() : w)))].filter((w) => w.length > 0);
    this.literals = words;
    let columns = 1;
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (c >= 128 || c === 0) throw new Error(`LiteralSet: literal ${JSON.stringify(w)} is not ASCII (or holds a NUL)`);
        if (this.column[c] === 0) this.column[c] = columns++;
      }
    }
    if (columns > 255) throw new Error('LiteralSet: too many distinct characters');
    if (caseInsensitive) {
      for (let c = 65; c <= 90; c++) this.column[c] = this.column[c + 32] as number;
    }

    // Trie.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    words.forEach((w, index) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const col = this.column[w.charCodeAt(i)] as number;
        let t = children[s]?.get(col);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          ends.push([]);
          children[s]?.set(col, t);
        }
        s = t;
      }
      ends[s]?.push(index);
    });

    // Breadth-first: failure links become full transitions, outputs inherit the failure state's.
    const states = children.length;
    const next = new Int32Array(states * columns);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const [col, t] of children[0] ?? []) {
      next[col] = t;
      queue.push(t);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number;
      const f = fail[s] as number;
      ends[s]?.push(...(ends[f] ?? []));
      for (let col = 0; col < columns; col++) {
        const t = children[s]?.get(col);
        if (t === undefined) next[s * columns + col] = next[f * columns + col] as number;
        else {
          fail[t] = next[f * columns + col] as number;
          next[s * columns + col] = t;
          queue.push(t);
        }
      }
    }
    // Renumber: states where a literal ends last, so scanning tests them with one comparison.
    if (states > 0xffff) throw new Error('LiteralSet: too many literals');
    const order = [...Array(states).keys()].sort((a, b) => Number((ends[a]?.length ?? 0) > 0) - Number((ends[b]?.length ?? 0) > 0));
    const id = new Int32Array(states);
    order.forEach((old, i) => (id[old] = i));
    this.firstAccepting = order.findIndex((old) => (ends[old]?.length ?? 0) > 0);
    if (this.firstAccepting < 0) this.firstAccepting = states;
    // Expand columns to ASCII codes, so scanning needs no column lookup.
    this.next = new Uint16Array(states << 7);
    for (let st = 0; st < states; st++) {
      for (let c = 0; c < 128; c++) this.next[((id[st] as number) << 7) | c] = id[next[st * columns + (this.column[c] as number)] as number] as number;
    }
    this.outStart = new Int32Array(states + 1);
    for (let i = 0; i < states; i++) this.outStart[i + 1] = (this.outStart[i] as number) + (ends[order[i] as number]?.length ?? 0);
    this.outList = Int32Array.from(order.flatMap((old) => ends[old] ?? []));
  }

  /**
   * Indices (into `literals`) of the literals that occur in `text`, each once. With `runs`, the
   * same read also notes the maximal runs of its alphabet's characters that are at least
   * `runs.min` long, without a branch per character: ~8 ms over 18 MB of scripts, where a
   * separate walk over the runs cost ~50.
   */
  find(text: string, runs: Runs = NO_RUNS): number[] {
    const found: number[] = [];
    const { next, firstAccepting } = this;
    const codes = runs.codes;
    const min = runs.min;
    let seen: Uint8Array | null = null;
    let s = 0;
    let len = 0; // length of the run of alphabet characters ending here
    const n = text.length;
    // One step past the end (read as NUL) ends the last run inside the loop: code after a loop
    // that V8 compiled on the fly (OSR) lacked type feedback and deoptimised on every call.
    for (let i = 0; i <= n; i++) {
      const x = i < n ? (codes[text.charCodeAt(i)] as number) : 0;
      // Non-ASCII reads as NUL, which no literal holds: back to the root, as wanted.
      s = next[(s << 7) | (x & 127)] as number;
      if (s >= firstAccepting) {
        seen ??= new Uint8Array(this.literals.length);
        for (let k = this.outStart[s] as number, to = this.outStart[s + 1] as number; k < to; k++) {
          const index = this.outList[k] as number;
          if (seen[index] === 0) {
            seen[index] = 1;
            found.push(index);
          }
        }
      }
      const r = x >> 7;
      if (len >= min && r === 0) runs.push(i - len, i);
      len = (len + 1) & -r;
    }
    return found;
  }
}

/** Maximal runs of the (ASCII) characters of `alphabet`, `min` long or more. */
export class Runs {
  /** start, end of each run, in text order; `count` pairs of them are valid. */
  at = new Int32Array(256);
  count = 0;
  /** Per UTF-16 code unit: the ASCII code (0 for others) | 128 when it is a run character. */
  readonly codes = new Uint8Array(65536);
  constructor(
    alphabet: string,
    readonly min: number,
  ) {
    for (let c = 0; c < 128; c++) this.codes[c] = c;
    for (const ch of alphabet) {
      const c = ch.charCodeAt(0);
      if (c >= 128) throw new Error(`Runs: ${JSON.stringify(ch)} is not ASCII`);
      this.codes[c] = c | 128;
    }
  }

  push(start: number, end: number): void {
    if (this.count * 2 === this.at.length) {
      const bigger = new Int32Array(this.at.length * 2);
      bigger.set(this.at);
      this.at = bigger;
    }
    this.at[this.count * 2] = start;
    this.at[this.count * 2 + 1] = end;
    this.count++;
  }
}

const NO_RUNS = new Runs('', 0x7fffffff);
