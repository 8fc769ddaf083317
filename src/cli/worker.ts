// A scanning thread: the CLI bundle run by ScanPool as a worker. It scans the files it is sent
// and answers with plain FileOutcomes; the main thread orders and reports them.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './pool';
import type { ScanSetup } from './scan-file';

/** True when this thread was started by ScanPool. */
export function isScanWorker(): boolean {
  return parentPort !== null && (workerData as { keywardenScanSetup?: unknown } | null)?.keywardenScanSetup !== undefined;
}

export async function serveScans(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const { createFileScanner } = await import('./scan-file'); // main.ts loads this file for every command
  const scanner = await createFileScanner((workerData as { keywardenScanSetup: ScanSetup }).keywardenScanSetup);
  port.on('message', async ({ id, path, size }: WorkerRequest) => {
    port.postMessage({ id, outcome: await scanner.scanFile(path, size) } satisfies WorkerReply);
  });
}
