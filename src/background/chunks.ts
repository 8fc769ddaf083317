// The page:chunks handler: the worker's answer about the page's first reads (chunk-gate.ts), with
// the settings and rules in force for the sending frame.
import type { ChunksMessage, ChunksReply } from '../shared/protocol';
import { hostOf, pageKey } from '../shared/hosts';
import { answerChunks } from './chunk-gate';
import { customRules } from './custom-rules';
import { chunkTexts } from './handed-over';
import { settings } from './store';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';

export async function handleChunks(msg: ChunksMessage, sender: ContentSender): Promise<ChunksReply> {
  const s = await settings();
  const chunks = await chunkTexts(msg.body, msg.lengths);
  // Not what the page said it sent: no answer (asked again).
  if (!chunks) return { windows: [] };
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
