// What both browsers' tabs share: reading the page and finding elements, done by one function run
// in the page, and a click that is a real mouse click at the element's centre.
import type { BrowserName, Rect, Tab, Target } from './types';

type SerialTarget = string | { css: string; hasText?: { source: string; flags: string } | string; inner?: string };

type Op = 'count' | 'texts' | 'contents' | 'attribute' | 'visible' | 'checked' | 'disabled' | 'value' | 'rect' | 'focus' | 'focused' | 'fill' | 'select';

interface Query {
  target: SerialTarget;
  op: Op;
  name?: string;
  value?: string;
}

const serial = (t: Target): SerialTarget => {
  if (typeof t === 'string') return t;
  const hasText = t.hasText instanceof RegExp ? { source: t.hasText.source, flags: t.hasText.flags } : t.hasText;
  return { css: t.css, ...(hasText === undefined ? {} : { hasText }), ...(t.inner ? { inner: t.inner } : {}) };
};

const describeTarget = (t: Target): string => (typeof t === 'string' ? t : JSON.stringify(serial(t)));

/** Runs in the page: every element the target names, then one operation on them. */
async function inPage(q: Query): Promise<unknown> {
  const t = q.target;
  let els: Element[];
  if (typeof t === 'string') {
    els = [...document.querySelectorAll(t)];
  } else {
    els = [...document.querySelectorAll(t.css)];
    const want = t.hasText;
    if (want !== undefined) {
      const re = typeof want === 'string' ? null : new RegExp(want.source, want.flags);
      els = els.filter((e) => {
        const text = (e as HTMLElement).innerText ?? e.textContent ?? '';
        return re ? re.test(text) : text.includes(want as string);
      });
    }
    const inner = t.inner;
    if (inner) els = els.flatMap((e) => [...e.querySelectorAll(inner)]);
  }
  const first = els[0] as HTMLElement | undefined;
  const box = first?.getBoundingClientRect();
  // Rendered with a size, as Playwright's isVisible: checkVisibility() also sees folded <details>
  // content, which keeps its boxes. (No named inner functions: tsx's keepNames would wrap them in
  // a helper that does not exist in the page.)
  const shown = !!first && !!box && (box.width > 0 || box.height > 0) && first.checkVisibility({ visibilityProperty: true });
  switch (q.op) {
    case 'count': return els.length;
    case 'texts': return els.map((e) => (e as HTMLElement).innerText ?? e.textContent ?? '');
    case 'attribute': return first ? first.getAttribute(q.name ?? '') : undefined;
    case 'visible': return shown;
    case 'checked': return first ? (first as HTMLInputElement).checked : undefined;
    case 'disabled': return first ? first.matches(':disabled') : undefined;
    case 'value': return first ? (first as HTMLInputElement).value : undefined;
    case 'focus':
      first?.focus();
      return first !== undefined;
    case 'focused': return first !== undefined && first === document.activeElement;
    case 'fill':
      if (!first) return false;
      (first as HTMLInputElement).value = q.value ?? '';
      first.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    case 'select': {
      // As Playwright's selectOption and Puppeteer's select do: the option chosen, then input and change.
      const select = first as HTMLSelectElement | undefined;
      if (!select || ![...select.options].some((o) => o.value === q.value)) return false;
      select.value = q.value ?? '';
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }
    case 'contents': return els.map((e) => e.textContent ?? '');
    case 'rect': {
      if (!first || !shown) return null;
      first.scrollIntoView({ block: 'center', inline: 'center' });
      // The first line's box: the middle of an inline element that wraps may hit its parent.
      const r = first.getClientRects()[0] ?? first.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // As Playwright does: click only where the element is stable (same box two frames later)
      // and on top (a re-render or an overlay would take the click); otherwise the caller retries.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const again = first.getClientRects()[0] ?? first.getBoundingClientRect();
      const hit = document.elementFromPoint(x, y);
      const onTop = !!hit && (hit === first || first.contains(hit));
      if (!first.isConnected || again.left !== r.left || again.top !== r.top || !onTop) return null;
      // The page may still move between now and the click: a guard in the capture phase lets the
      // click through only if it lands on the element, and says so (see BaseTab.click).
      const w = window as unknown as { kwClick?: { el: Element; missed: boolean; done: boolean }; kwClickGuard?: boolean };
      w.kwClick = { el: first, missed: false, done: false };
      if (!w.kwClickGuard) {
        w.kwClickGuard = true;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          window.addEventListener(type, (e) => {
            const armed = w.kwClick;
            if (!armed || armed.done) return;
            if (!(e.target instanceof Node && (armed.el === e.target || armed.el.contains(e.target)))) {
              e.preventDefault();
              e.stopImmediatePropagation();
              armed.missed = true;
            }
            // Done at the first click: a label's forwarded click to its control goes through.
            if (type === 'click') armed.done = true;
          }, true);
        }
      }
      return { x, y };
    }
  }
}

/** What Playwright's and Puppeteer's pages have in common, as far as a tab uses it. */
export interface AutomatedPage {
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  frames(): Array<{ evaluate(fn: unknown, arg?: unknown): Promise<unknown> }>;
  mainFrame(): unknown;
  close(): Promise<void>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void> };
  on(event: 'dialog', listener: (dialog: { type(): string; message(): string; dismiss(): Promise<void> }) => void): unknown;
}

export abstract class BaseTab implements Tab {
  abstract readonly browser: BrowserName;
  abstract goto(url: string, options?: { timeout?: number }): Promise<void>;
  abstract reload(): Promise<void>;
  abstract url(): Promise<string>;
  abstract inClosedRoots<R, A = undefined>(hostSelector: string, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R[]>;
  abstract press(keys: string): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;
  abstract colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  abstract screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  abstract capture(clip?: Rect): Promise<Buffer>;
  abstract answer(origin: string, html: string): Promise<void>;
  abstract setInputFiles(selector: string, paths: readonly string[]): Promise<void>;
  abstract download(target: Target): Promise<{ name: string; text: string }>;

  /** `page`: the library's own page, seen through what both libraries share. */
  constructor(private readonly driven: AutomatedPage) {}

  async close(): Promise<void> {
    await this.driven.close();
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.driven.evaluate(fn, arg) as Promise<R>;
  }

  evaluateSource(source: string): Promise<unknown> {
    return this.driven.evaluate(source);
  }

  evaluateInFrames<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R[]> {
    const frames = this.driven.frames().filter((f) => f !== this.driven.mainFrame());
    return Promise.all(frames.map((f) => f.evaluate(fn, arg) as Promise<R>));
  }

  async frameCount(): Promise<number> {
    return this.driven.frames().length;
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.driven.mouse.click(x, y);
  }

  async type(text: string): Promise<void> {
    await this.driven.keyboard.type(text);
  }

  onDialog(listener: (message: string) => void): void {
    this.driven.on('dialog', (d) => {
      listener(`${d.type()} ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
  }

  private query(target: Target, op: Op, extra: { name?: string; value?: string } = {}): Promise<unknown> {
    return this.evaluate(inPage, { target: serial(target), op, ...extra });
  }

  /** Polls until `op` gives something other than undefined/null/false (5 s unless told). */
  private async until<T>(target: Target, op: Op, what: string, timeout = 5_000, extra: { name?: string; value?: string } = {}): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.query(target, op, extra);
      // A count of 0 is 'not there yet', like undefined, null and false.
      if (v !== undefined && v !== null && v !== false && v !== 0) return v as T;
      if (Date.now() > deadline) throw new Error(`${this.browser}: ${what} ${describeTarget(target)} not found within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async waitFor(target: Target, { visible = false, timeout = 10_000 } = {}): Promise<void> {
    await this.until(target, visible ? 'visible' : 'count', visible ? 'visible element' : 'element', timeout);
  }

  /** A real click at the element's centre; retried when the page moved and the click landed elsewhere. */
  async click(target: Target): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const at = await this.until<{ x: number; y: number }>(target, 'rect', 'visible element to click');
      await this.clickAt(at.x, at.y);
      const missed = await this.evaluate(() => {
        const w = window as unknown as { kwClick?: { missed: boolean } };
        const armed = w.kwClick;
        w.kwClick = undefined;
        return armed?.missed === true;
      });
      if (!missed) return;
      if (Date.now() > deadline) throw new Error(`${this.browser}: clicks on ${describeTarget(target)} kept landing elsewhere`);
    }
  }

  async focus(target: Target): Promise<void> {
    await this.until(target, 'focus', 'element to focus');
  }

  async text(target: Target): Promise<string> {
    await this.waitFor(target);
    return (await this.texts(target))[0] ?? '';
  }

  async texts(target: Target): Promise<string[]> {
    return this.query(target, 'texts') as Promise<string[]>;
  }

  async textContents(target: Target): Promise<string[]> {
    return this.query(target, 'contents') as Promise<string[]>;
  }

  async attribute(target: Target, name: string): Promise<string | null> {
    await this.waitFor(target);
    return this.query(target, 'attribute', { name }) as Promise<string | null>;
  }

  async count(target: Target): Promise<number> {
    return this.query(target, 'count') as Promise<number>;
  }

  async isVisible(target: Target): Promise<boolean> {
    return this.query(target, 'visible') as Promise<boolean>;
  }

  async isChecked(target: Target): Promise<boolean> {
    await this.waitFor(target);
    return this.query(target, 'checked') as Promise<boolean>;
  }

  async isFocused(target: Target): Promise<boolean> {
    await this.waitFor(target);
    return this.query(target, 'focused') as Promise<boolean>;
  }

  async isDisabled(target: Target): Promise<boolean> {
    await this.waitFor(target);
    return this.query(target, 'disabled') as Promise<boolean>;
  }

  async value(target: Target): Promise<string> {
    await this.waitFor(target);
    return this.query(target, 'value') as Promise<string>;
  }

  async fill(target: Target, value: string): Promise<void> {
    await this.until(target, 'fill', 'field to fill', 5_000, { value });
  }

  async select(target: Target, value: string): Promise<void> {
    await this.until(target, 'select', `option "${value}" of`, 5_000, { value });
  }

  async content(): Promise<string> {
    return this.evaluate(() => new XMLSerializer().serializeToString(document));
  }
}

/** 'Control+V' → ['Control', 'V']: modifiers held down in order, the last key pressed. */
export const chord = (keys: string): string[] => keys.split('+');
