// The paste guard's messages: the keys in the text around an edit, the words of a warning about
// them, and a key kept out of a field.
import { message } from '../platform';
import { hostOf } from '../shared/hosts';
import type { GuardPhraseInputsMessage, GuardScanMessage, GuardScanReply, GuardWordsMessage, WarningWords } from '../shared/protocol';
import { countPasteKeptOut, salt, settings, testProviderHosts } from './store';
import { guardKeys, phraseInputKeys, warningWords, type GuardSite } from './guard-scan';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';

/** The site of the frame the user types into: where the key would go. */
async function siteOf(sender: ContentSender): Promise<GuardSite> {
  const url = frameUrlOf(sender);
  return { host: hostOf(url), https: url.startsWith('https:'), testProviderHosts: await testProviderHosts() };
}

export async function handleGuardScan(msg: GuardScanMessage, sender: ContentSender): Promise<GuardScanReply> {
  const s = await settings();
  if (pausedFor(s, sender)) return { keys: [] };
  const options = { context: msg.context, salt: await salt(), includeGeneric: s.includeGeneric };
  return { keys: guardKeys(msg.text, options, await siteOf(sender)) };
}

export async function handleGuardPhraseInputs(msg: GuardPhraseInputsMessage, sender: ContentSender): Promise<GuardScanReply> {
  const s = await settings();
  if (pausedFor(s, sender)) return { keys: [] };
  return { keys: phraseInputKeys(msg.words, { context: msg.context, salt: await salt() }) };
}

export async function handleGuardWords(msg: GuardWordsMessage, sender: ContentSender): Promise<WarningWords> {
  return warningWords(msg.keys, await siteOf(sender), message);
}

export const handleKeptOut = (): Promise<void> => countPasteKeptOut();
