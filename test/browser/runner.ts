// The in-page half of the in-browser tier: test modules register tests here, run() runs them one
// after another on a fresh <body> and leaves the results on window.__results for the driver
// (run.test.ts). Assertions throw; a test passes when it returns without throwing.

export interface Result {
  name: string;
  error?: string;
}

type Body = () => void | Promise<void>;

const tests: Array<{ name: string; body: Body }> = [];

export function test(name: string, body: Body): void {
  tests.push({ name, body });
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Deep equality through JSON (plain data only). */
export function equal<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/** Appends `html` (markup written by the test itself) to the body and returns the first element it made. */
export function fixture(html: string, parent: ParentNode = document.body): Element {
  const fragment = document.createRange().createContextualFragment(html);
  const first = fragment.firstElementChild;
  parent.append(fragment);
  if (!first) throw new Error('fixture made no element');
  return first;
}

/** Resolves once `done()` holds, polling each animation frame; throws after `timeout` ms. */
export async function until(done: () => boolean, message: string, timeout = 10_000): Promise<void> {
  const end = performance.now() + timeout;
  while (!done()) {
    if (performance.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function run(): Promise<void> {
  const results: Result[] = [];
  for (const { name, body } of tests) {
    document.body.replaceChildren();
    try {
      await body();
      results.push({ name });
    } catch (err) {
      results.push({ name, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
    }
  }
  (window as unknown as { __results: Result[] }).__results = results;
}
