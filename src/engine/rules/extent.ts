// What a rule's pattern can match, read from the pattern's source: the fewest characters of a
// match, every character a match can contain, and a literal every match contains. The page's gate (gate-summary.ts) is built from
// this, so it follows new rules without a table kept by hand. The reading covers the regex syntax
// rules use (classes, escapes, groups, alternatives, bounded quantifiers, lookarounds, anchors);
// anything else makes it answer "any character", which is safe: the gate then lets more through.

export interface Extent {
  /** Fewest characters a match has. */
  min: number;
  /** Every character a match may contain, or null when that is any character. */
  chars: Set<string> | null;
  /** The longest string every match contains ('' when none is known): `da2-`, `:AA`, `NRAL`. */
  literal: string;
}

/** A read piece of pattern; `fixed`: exactly one character, always the same (it can join a literal). */
interface Part extends Extent {
  fixed?: string;
}

const longer = (a: string, b: string): string => (b.length > a.length ? b : a);

const DIGITS = '0123456789';
const WORD = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz${DIGITS}_`;

class Unknown extends Error {}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  for (const c of b) a.add(c);
  return a;
}

/** Reads one regex source; `i` adds both cases of every letter. */
class Reader {
  private at = 0;

  constructor(private readonly src: string) {}

  read(): Extent {
    const e = this.alternatives();
    if (this.at !== this.src.length) throw new Unknown();
    return e;
  }

  /** Alternatives share no literal known here: only a lone alternative keeps its own. */
  private alternatives(): Extent {
    let best = this.sequence();
    while (this.src[this.at] === '|') {
      this.at++;
      const next = this.sequence();
      best = { min: Math.min(best.min, next.min), chars: union(best.chars, next.chars), literal: '' };
    }
    return best;
  }

  /**
   * Fixed characters in a row make a literal; zero-width parts (anchors, lookarounds) do not break
   * one, since they consume nothing. The longest such run, or the longest literal of a part.
   */
  private sequence(): Extent {
    let min = 0;
    let chars: Set<string> | null = new Set();
    let literal = '';
    let run = '';
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const part = this.quantified();
      min += part.min;
      chars = union(chars, part.chars);
      if (part.fixed !== undefined) {
        run += part.fixed;
        literal = longer(literal, run);
      } else if (part.min > 0 || part.chars === null || part.chars.size > 0) {
        run = '';
        literal = longer(literal, part.literal);
      }
    }
    return { min, chars, literal };
  }

  /** A part with its quantifier: one that may repeat is no longer fixed, one that may be absent has no literal. */
  private quantified(): Part {
    const atom = this.atom();
    const q = this.src[this.at];
    let times = 1;
    if (q === '?' || q === '*') {
      this.at++;
      times = 0;
    } else if (q === '+') {
      this.at++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Unknown();
      this.at += m[0].length;
      times = Number(m[1]);
    }
    if (this.src[this.at] === '?' && q !== undefined && '?*+{'.includes(q)) this.at++; // lazy
    if (q === undefined || !'?*+{'.includes(q)) return atom;
    return { min: atom.min * times, chars: atom.chars, literal: times > 0 ? (atom.fixed ?? atom.literal) : '' };
  }

  private atom(): Part {
    const c = this.src[this.at++];
    switch (c) {
      case '(': {
        const head = this.src.slice(this.at, this.at + 3);
        const zeroWidth = /^\?<?[=!]/.test(head);
        if (head.startsWith('?:')) this.at += 2;
        else if (zeroWidth) this.at += head[1] === '<' ? 3 : 2;
        else if (head.startsWith('?<')) this.at = this.src.indexOf('>', this.at) + 1;
        else if (head.startsWith('?')) throw new Unknown();
        const inner = this.alternatives();
        if (this.src[this.at++] !== ')') throw new Unknown();
        return zeroWidth ? { min: 0, chars: new Set(), literal: '' } : inner;
      }
      case '[':
        return single(this.charClass());
      case '.':
        return { min: 1, chars: null, literal: '' };
      case '^':
      case '$':
        return { min: 0, chars: new Set(), literal: '' };
      case '\\':
        return this.escape();
      case undefined:
      case ')':
      case '|':
      case '?':
      case '*':
      case '+':
      case '{':
        throw new Unknown();
      default:
        return single(new Set([c]));
    }
  }

  /** After a backslash, outside a class. */
  private escape(): Part {
    const e = this.src[this.at++];
    if (e === 'b' || e === 'B') return { min: 0, chars: new Set(), literal: '' };
    return single(this.escapedChars(e));
  }

  private escapedChars(e: string | undefined): Set<string> | null {
    if (e === undefined) throw new Unknown();
    if (e === 'd') return new Set(DIGITS);
    if (e === 'w') return new Set(WORD);
    if ('DWsS'.includes(e)) return null;
    if (e === 'x' || e === 'u') {
      const hex = /^[0-9a-fA-F]+/.exec(this.src.slice(this.at, this.at + (e === 'x' ? 2 : 4)))?.[0] ?? '';
      if (hex.length !== (e === 'x' ? 2 : 4)) throw new Unknown();
      this.at += hex.length;
      return new Set([String.fromCharCode(parseInt(hex, 16))]);
    }
    if (e === 'n') return new Set(['\n']);
    if (e === 't') return new Set(['\t']);
    if (e === 'r') return new Set(['\r']);
    if (/[0-9A-Za-z]/.test(e)) throw new Unknown(); // back-references, \p{…}, \k<…>…
    return new Set([e]);
  }

  /** After '[': the class's characters, or null for a negated class. */
  private charClass(): Set<string> | null {
    let negated = false;
    if (this.src[this.at] === '^') {
      negated = true;
      this.at++;
    }
    let chars: Set<string> | null = new Set();
    let prev: string | null = null;
    while (this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new Unknown();
      let c = this.src[this.at++]!;
      if (c === '-' && prev !== null && this.src[this.at] !== ']') {
        let to = this.src[this.at++]!;
        if (to === '\\') to = this.src[this.at++]!;
        for (let code = prev.charCodeAt(0) + 1; code <= to.charCodeAt(0); code++) chars?.add(String.fromCharCode(code));
        prev = null;
        continue;
      }
      if (c === '\\') {
        const set = this.escapedChars(this.src[this.at++]);
        if (set === null || set.size !== 1) {
          chars = union(chars, set);
          prev = null;
          continue;
        }
        c = [...set][0]!;
      }
      chars?.add(c);
      prev = c;
    }
    this.at++;
    return negated ? null : chars;
  }
}

/** One character of `chars`: fixed when there is only one. */
function single(chars: Set<string> | null): Part {
  const only = chars?.size === 1 ? [...chars][0] : undefined;
  return { min: 1, chars, literal: only ?? '', ...(only !== undefined ? { fixed: only } : {}) };
}

export function extentOf(pattern: RegExp): Extent {
  let extent: Extent;
  try {
    const { min, chars, literal } = new Reader(pattern.source).read();
    extent = { min, chars, literal };
  } catch (err) {
    if (!(err instanceof Unknown)) throw err;
    return { min: 0, chars: null, literal: '' };
  }
  if (pattern.flags.includes('i')) {
    // A literal with letters may be written in any case: none is known.
    if (/[A-Za-z]/.test(extent.literal)) extent.literal = '';
    for (const c of [...(extent.chars ?? [])]) {
      extent.chars!.add(c.toLowerCase());
      extent.chars!.add(c.toUpperCase());
    }
  }
  return extent;
}
