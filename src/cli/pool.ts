// Scanning files on every core: the main thread and (jobs - 1) worker threads, each running the
// same FileScanner. A file goes straight to a worker holding less than WORKER_AHEAD_BYTES, else
// waits in one queue. Before the main thread scans the next queued file (it cannot answer a
// worker while it scans), each worker is given queued files until it holds at least as many
// bytes, so no thread sits idle behind a big file; a worker that answers is topped up again.
// Workers start once the files seen reach WORKER_THRESHOLD_BYTES (an explicit --jobs starts them
// with the first file, while the main thread is still loading its own engine): each costs its
// start and a cold engine of its own (docs/engine.md "Cold start"), which a small folder never
// repays. Callers get one promise per file and report in their own order, so output stays
// deterministic.
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileScanner, ScanSetup } from './scan-file';

/**
 * Bytes seen before workers start by default. Measured on this 2-core machine (`--jobs 1` vs
 * `--jobs 2`): 18.3 MB of third-party assets 558 vs 640 ms wall, 730 vs 1,070 ms of CPU; twice
 * those files (36.6 MB) 840 vs 850 ms wall, 1,030 vs 1,390 ms of CPU; 122 MB of Rust docs 3.55 vs
 * 2.55 s wall. The second isolate's start and cold first pass (~350–450 ms of CPU) is repaid
 * only on larger folders.
 */
export const WORKER_THRESHOLD_BYTES = 32 * 1024 * 1024;

/**
 * Bytes each worker is kept ahead with: a worker finishes a small file in a few milliseconds and
 * then waits for the main thread to finish its own file before it is sent another (on the Rust
 * std docs, 2,622 files of ~47 KB, a worker fed one file at a time sat idle 40% of the time).
 */
const WORKER_AHEAD_BYTES = 1024 * 1024;

export interface WorkerRequest {
  id: number;
  path: string;
  size: number;
}
export interface WorkerReply {
  id: number;
  outcome: FileOutcome;
}

interface Job {
  path: string;
  size: number;
  settle: (outcome: FileOutcome) => void;
}

interface WorkerSlot {
  worker: Worker;
  /** Files sent and not yet answered, by request id. */
  pending: Map<number, Job>;
  /** Their bytes. */
  bytes: number;
}

export class ScanPool {
  private readonly queue: Job[] = [];
  private readonly slots: WorkerSlot[] = [];
  private localRunning = false;
  private started = false;
  private bytesSeen = 0;
  private nextId = 0;
  private local: Promise<FileScanner> | undefined;

  /** `script`: the module a worker runs (the CLI bundle); none means the main thread only. */
  constructor(
    private readonly setup: ScanSetup,
    private readonly jobs: number,
    private readonly script: URL | undefined,
    /** Start workers with the first file instead of after WORKER_THRESHOLD_BYTES. */
    private readonly eager = false,
  ) {}

  /** The main thread's own scanner (also used for standard input); loads the engine once. */
  scanner(): Promise<FileScanner> {
    this.local ??= import('./scan-file').then(({ createFileScanner }) => createFileScanner(this.setup));
    return this.local;
  }

  scanFile(path: string, size: number): Promise<FileOutcome> {
    this.bytesSeen += size;
    if (!this.started && this.script && this.jobs > 1 && (this.eager || this.bytesSeen >= WORKER_THRESHOLD_BYTES)) this.start();
    return new Promise((settle) => {
      const hungry = this.slots.find((slot) => slot.bytes < WORKER_AHEAD_BYTES);
      if (hungry) return this.send(hungry, { path, size, settle });
      this.queue.push({ path, size, settle });
      if (!this.localRunning) {
        this.localRunning = true;
        void this.runLocal();
      }
    });
  }

  /** Ends the workers; call once every scanFile promise has settled. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** The main thread's loop: feed the workers, scan one file, let replies and the walk in, again. */
  private async runLocal(): Promise<void> {
    const scanner = await this.scanner();
    for (let job = this.next(); job !== undefined; job = this.next()) {
      job.settle(await scanner.scanFile(job.path, job.size));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.localRunning = false;
  }

  /** The main thread's next file, after each worker got queued files up to at least its size. */
  private next(): Job | undefined {
    const mine = this.queue.shift();
    if (mine === undefined) return undefined;
    for (const slot of this.slots) this.topUp(slot, Math.max(mine.size, WORKER_AHEAD_BYTES));
    return mine;
  }

  /** Sends queued files to `slot` until it holds `bytes` (or the queue is empty). */
  private topUp(slot: WorkerSlot, bytes: number): void {
    while (slot.bytes < bytes && this.queue.length > 0) this.send(slot, this.queue.shift() as Job);
  }

  private start(): void {
    this.started = true;
    for (let i = 1; i < this.jobs; i++) {
      const worker = new Worker(this.script as URL, { workerData: { keywardenScanSetup: this.setup } });
      const slot: WorkerSlot = { worker, pending: new Map(), bytes: 0 };
      worker.on('message', (reply: WorkerReply) => {
        const job = slot.pending.get(reply.id);
        if (job === undefined) return;
        slot.pending.delete(reply.id);
        slot.bytes -= job.size;
        job.settle(reply.outcome);
        this.topUp(slot, WORKER_AHEAD_BYTES);
      });
      // A worker that dies fails its files with the reason; the others and the main thread go on.
      const fail = (why: string) => {
        this.slots.splice(this.slots.indexOf(slot), 1);
        for (const job of slot.pending.values()) job.settle({ scanned: false, findings: [], error: `scan thread failed: ${why}` });
        slot.pending.clear();
      };
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => code !== 0 && this.slots.includes(slot) && fail(`exit code ${code}`));
      this.slots.push(slot);
    }
  }

  /** Messages posted before the worker is up wait in its port: it starts on them at once. */
  private send(slot: WorkerSlot, job: Job): void {
    const id = this.nextId++;
    slot.pending.set(id, job);
    slot.bytes += job.size;
    slot.worker.postMessage({ id, path: job.path, size: job.size } satisfies WorkerRequest);
  }
}
