// Locating what the worker confirmed: each part of a window gets the surface of the block it was
// read from (code block, inline script, shadow root…), and the window goes to be recorded with
// those marks. Only windows that hold a finding get this far.
import type { Where } from '../../shared/surfaces';
import { candidateWindow } from '../collect';
import { whereOfBlock } from '../dom';
import type { Emitter, Origin } from './emitter';
import type { JobOf } from './jobs';

export function whereOf(origin: Origin): Where {
  return typeof origin === 'string' ? origin : whereOfBlock(origin.block, origin.inShadow);
}

export function locateWindows(job: JobOf<'locate'>, ctx: { readonly emitter: Emitter }): boolean {
  ctx.emitter.deliver(job.windows.map((w) => candidateWindow(w.text, w.segments.map((s) => ({ start: s.start, origin: whereOf(s.origin) })))));
  return true;
}
