// First reads on their way to the worker: the page gates none of the text it reads. Each chunk is
// queued with what locating its windows needs later (a closure over its text and segments, kept
// until the worker answers); chunks go out together in one page:chunks message once
// LIMITS.chunkMessageChars are queued or the scanner's work runs out (each hand-over has a fixed
// cost), and the worker's answer (the windows that hold a finding, per chunk) comes back as steps
// of their own. Answers about a previous page (reset: SPA navigation) are dropped.
import { isChunksReply, LIMITS, type Span } from '../../shared/protocol';

/** What the page does with the worker's answer for one chunk: a step. */
export type OnAnswer = (windows: readonly Span[]) => void;

export interface Answer {
  onAnswer: OnAnswer;
  spans: Span[];
}

export interface ChunkPorts {
  /** Sends chunk texts to the worker (page:chunks); resolves to its reply, unchecked (undefined: none). */
  ask(chunks: string[]): Promise<unknown>;
  /** Answers with something found, to be run in later steps. */
  answered(answers: Answer[]): void;
  /** False once the extension is gone from under the page (reloaded, removed): no one will answer. */
  connected(): boolean;
  /** How long an unanswered question waits before it is asked again (ANSWER_TIMEOUT_MS). */
  answerTimeoutMs?: number;
}

/**
 * A message without an answer is sent again after each of these delays: the worker was stopped
 * while it read, and under load it may take seconds to come back (the load e2e stops it with
 * three tabs of 5,000 keys in flight). Bounded, so a chunk that made the worker fail is not
 * handed to it forever.
 */
const RETRY_MS = [100, 1000, 3000, 8000, 15_000, 30_000];
/**
 * A question still unanswered after this long counts as lost and is asked again, so that a message
 * the worker never answers cannot hold a page's first reads forever. A late answer to the first
 * asking is then ignored; windows go once anyway.
 */
const ANSWER_TIMEOUT_MS = 10_000;

/** `promise`, or undefined once `ms` have passed without it settling. */
function within(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class ChunkQueue {
  private texts: string[] = [];
  private handlers: OnAnswer[] = [];
  private chars = 0;
  /** Messages sent and not answered yet. */
  private open = 0;
  /** Bumped on reset: answers about the previous page are dropped. */
  private generation = 0;

  constructor(private readonly ports: ChunkPorts) {}

  /** True while a message waits for its answer. */
  get waiting(): boolean {
    return this.open > 0;
  }

  /** Queues one read's text (at most LIMITS.chunkChars: readers.ts); `onAnswer` runs in a later step if the worker finds something in it. */
  queue(text: string, onAnswer: OnAnswer): void {
    if (!text) return;
    if (this.chars + text.length > LIMITS.chunkMessageChars || this.texts.length >= LIMITS.chunksPerMessage) this.flush();
    this.texts.push(text);
    this.handlers.push(onAnswer);
    this.chars += text.length;
  }

  /** Sends what is queued, in one message. */
  flush(): void {
    if (this.texts.length === 0) return;
    const texts = this.texts;
    const handlers = this.handlers;
    this.texts = [];
    this.handlers = [];
    this.chars = 0;
    const generation = this.generation;
    this.open++;
    let tries = 0;
    const ask = () => within(this.ports.ask(texts), this.ports.answerTimeoutMs ?? ANSWER_TIMEOUT_MS).then(settle, () => settle(undefined));
    const settle = (reply: unknown) => {
      if (generation !== this.generation) return;
      // No answer: the worker was stopped while it read (asked again), or the extension was
      // reloaded under the page (no one will answer).
      if (!isChunksReply(reply, texts) && tries < RETRY_MS.length && this.ports.connected()) {
        setTimeout(() => void ask(), RETRY_MS[tries++]);
        return;
      }
      this.open--;
      if (!isChunksReply(reply, texts)) return;
      const answers = handlers.map((onAnswer, i) => ({ onAnswer, spans: reply.windows[i]! })).filter((a) => a.spans.length > 0);
      if (answers.length > 0) this.ports.answered(answers);
    };
    void ask();
  }

  reset(): void {
    this.generation++;
    this.texts = [];
    this.handlers = [];
    this.chars = 0;
    this.open = 0;
  }
}
