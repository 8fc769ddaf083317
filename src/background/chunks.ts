// The page:chunks handler: the worker's answer about the page's first reads (chunk-gate.ts), with
// the settings and rules in force for the sending frame.
import type { ChunksMessage, ChunksReply } from '../shared/protocol';
import { hostOf, pageKey } from '../shared/hosts';
import { answerChunks } from './chunk-gate';
import { customRules } from './custom-rules';
import { bytesOf } from './handed-over';
import { settings } from './store';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';

export async function handleChunks(msg: ChunksMessage, sender: ContentSender): Promise<ChunksReply> {
  const s = await settings();
  const bytes = await bytesOf(msg.body, msg.bytes);
  const text = bytes ? new TextDecoder().decode(bytes) : '';
  const chunks: string[] = [];
  let at = 0;
  for (const n of msg.lengths) chunks.push(text.slice(at, (at += n)));
  // Gone (revoked: the page went away) or not what the page said it sent: no answer (asked again).
  if (at !== text.length) return { windows: [] };
  // Paused there: an answer with nothing found, so the page does not ask again.
  if (pausedFor(s, sender)) return { windows: chunks.map(() => []) };
  return {
    windows: answerChunks(chunks, {
      includeGeneric: s.includeGeneric,
      host: hostOf(frameUrlOf(sender)),
      title: msg.title,
      custom: await customRules(),
      url: pageKey(frameUrlOf(sender)) ?? '',
    }),
  };
}
