// The paste guard's messages: the keys in the text around an edit, the words of a warning about
// them, and a key kept out of a field.
import { message } from '../platform';
import { hostOf } from '../shared/hosts';
import type { GuardPhraseInputsMessage, GuardScanMessage, GuardScanReply, GuardWordsMessage, WarningWords } from '../shared/protocol';
import { countPasteKeptOut, salt, settings, testProviderHosts } from './store';
import { guardKeys, phraseInputKeys, warningWords, type GuardSite } from './guard-scan';
import { frameUrlOf, pausedFor, tabHost, type ContentSender } from './validate';
import type { Finding } from '../engine/types';
import { customRules } from './custom-rules';
import { managed } from './policy';
import { isSilenced, loadSilencing } from './silence';

/** The site of the frame the user types into: where the key would go. */
async function siteOf(sender: ContentSender): Promise<GuardSite> {
  const url = frameUrlOf(sender);
  return { host: hostOf(url), https: url.startsWith('https:'), testProviderHosts: await testProviderHosts() };
}

export async function handleGuardScan(msg: GuardScanMessage, sender: ContentSender): Promise<GuardScanReply> {
  const s = await settings();
  if (pausedFor(s, sender)) return { keys: [] };
  // Dismissals judge a key on the pages it was seen on; the paste guard honours only the keys
  // allowed everywhere and the site's minimum severity.
  const quiet = { ...(await loadSilencing(s, await managed())), dismissed: new Set<string>() };
  const host = tabHost(sender);
  const options = {
    context: msg.context,
    salt: await salt(),
    includeGeneric: s.includeGeneric,
    custom: await customRules(),
    silenced: (f: Finding) => isSilenced(f, host, quiet),
  };
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
