// V8 settings for a scanning process, set before the engine loads (main.ts imports this first;
// worker threads share the process's flags). A CLI run is short and mostly cold: in a fresh
// process the first pass over the 18 MB of third-party assets cost ~650 ms of CPU against ~220
// warm, most of it TurboFan compiling the engine's hot functions on a background thread (several
// of them two to eight times, as new paths show up) and the interpreter running them meanwhile.
// Optimising a little later (a larger interrupt budget: only functions that stay hot get
// compiled, with fuller type feedback) and inlining less (smaller graphs to compile) cut that first
// pass to ~490 ms with the warm pass unchanged (docs/engine.md "Cold start").
import { setFlagsFromString } from 'node:v8';

/** V8's defaults are 132 KiB of bytecode budget and 920 bytes of inlined bytecode per function. */
const SCAN_V8_FLAGS = ['--interrupt-budget=400000', '--max-inlined-bytecode-size-cumulative=300'];

for (const flag of SCAN_V8_FLAGS) setFlagsFromString(flag);
