// keywarden CLI entry (bundled to dist/cli/keywarden.mjs). Wires the real process to `run`.
// The same file is the scanning threads' script (ScanPool starts it as a worker).
import './v8-tuning'; // first: before any engine code is compiled
import { availableParallelism } from 'node:os';
import { run } from './run';
import { isScanWorker, serveScans } from './worker';

if (isScanWorker()) {
  await serveScans();
} else {
  // `keywarden scan . | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  process.exitCode = await run(process.argv.slice(2), {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    stdin: () => process.stdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    cpus: availableParallelism(),
    workerScript: new URL(import.meta.url),
  });
}
