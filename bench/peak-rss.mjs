// Preloaded (`node --import`) into the CLIs the speed bench times: at exit, the process's peak
// resident memory in KiB (worker threads included) goes to file descriptor 3, apart from the
// tool's own output.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // No descriptor 3 (run by hand): nothing to report to.
  }
});
