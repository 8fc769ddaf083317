// Scanning files on every core: the main thread and (jobs - 1) worker threads, each running the
// same FileScanner. The main thread scans too, so a small job never waits for a worker to start.
// By default workers start only once a scan has met WORKER_THRESHOLD_BYTES: each costs ~40 ms to
// start and ~150–200 ms of CPU to warm the engine up (measured), which a small folder never
// repays; an explicit --jobs starts them at once. Callers get one promise per file and report
// in their own order, so output stays deterministic.
import { Worker } from 'node:worker_threads';
import { createFileScanner, type FileOutcome, type FileScanner, type ScanSetup } from './scan-file';

/** Bytes met before workers start by default (18 MB of assets scan faster on one thread here). */
export const WORKER_THRESHOLD_BYTES = 24 * 1024 * 1024;
/** Files queued per worker: enough to keep it busy while the main thread is scanning. */
const WORKER_DEPTH = 4;

export interface WorkerRequest {
  id: number;
  path: string;
  size: number;
}
export type WorkerReply = { ready: true } | { id: number; outcome: FileOutcome };

interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  pending: Map<number, (outcome: FileOutcome) => void>;
}

export class ScanPool {
  private localBusy = false;
  private readonly slots: WorkerSlot[] = [];
  private waiting: (() => void)[] = [];
  private bytesSeen = 0;
  private nextId = 0;

  /** `script`: the module a worker runs (the CLI bundle); none means the main thread only. */
  private constructor(
    private readonly setup: ScanSetup,
    private readonly jobs: number,
    private readonly script: URL | undefined,
    /** Start workers with the first file instead of after WORKER_THRESHOLD_BYTES. */
    private readonly eager: boolean,
    /** The main thread's own scanner (also used for standard input). */
    readonly scanner: FileScanner,
  ) {}

  static async create(setup: ScanSetup, jobs: number, script: URL | undefined, eager = false): Promise<ScanPool> {
    return new ScanPool(setup, jobs, script, eager, await createFileScanner(setup));
  }

  async scanFile(path: string, size: number): Promise<FileOutcome> {
    this.bytesSeen += size;
    if (this.slots.length === 0 && this.script && this.jobs > 1 && (this.eager || this.bytesSeen > WORKER_THRESHOLD_BYTES)) this.start();
    for (;;) {
      const slot = this.slots.find((s) => s.ready && s.pending.size < WORKER_DEPTH);
      if (slot) return this.send(slot, path, size);
      if (!this.localBusy) {
        this.localBusy = true;
        try {
          return await this.scanner.scanFile(path, size);
        } finally {
          this.localBusy = false;
          this.wake();
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Ends the workers; call once every scanFile promise has settled. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private start(): void {
    for (let i = 1; i < this.jobs; i++) {
      const worker = new Worker(this.script as URL, { workerData: { keywardenScanSetup: this.setup } });
      const slot: WorkerSlot = { worker, ready: false, pending: new Map() };
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) slot.ready = true;
        else {
          slot.pending.get(reply.id)?.(reply.outcome);
          slot.pending.delete(reply.id);
        }
        this.wake();
      });
      // A worker that dies fails its files with the reason; the others and the main thread go on.
      const fail = (why: string) => {
        slot.ready = false;
        this.slots.splice(this.slots.indexOf(slot), 1);
        for (const settle of slot.pending.values()) settle({ scanned: false, findings: [], error: `scan thread failed: ${why}` });
        slot.pending.clear();
        this.wake();
      };
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => code !== 0 && this.slots.includes(slot) && fail(`exit code ${code}`));
      this.slots.push(slot);
    }
  }

  private send(slot: WorkerSlot, path: string, size: number): Promise<FileOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.postMessage({ id, path, size } satisfies WorkerRequest);
    });
  }
}
