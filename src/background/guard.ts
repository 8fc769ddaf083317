// The paste guard's messages: the keys in the text around an edit, the words of a warning about
// them, and a key kept out of a field.
import { message } from '../platform';
import { hostOf } from '../shared/hosts';
import { isWalletKey, type GuardPhraseInputsMessage, type GuardScanMessage, type GuardScanReply, type GuardWordsMessage, type WarningWords } from '../shared/protocol';
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

/**
 * The keys in an edited field's text. On a paused site only wallet secrets come back: pausing
 * silences API keys, but no legitimate website asks for a recovery phrase or a wallet key.
 */
export async function handleGuardScan(msg: GuardScanMessage, sender: ContentSender): Promise<GuardScanReply> {
  const s = await settings();
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
  const keys = guardKeys(msg.text, options, await siteOf(sender));
  return { keys: pausedFor(s, sender) ? keys.filter(isWalletKey) : keys };
}

/** A phrase typed word by word: checked on every site, paused ones included (it is a wallet secret). */
export async function handleGuardPhraseInputs(msg: GuardPhraseInputsMessage): Promise<GuardScanReply> {
  return { keys: phraseInputKeys(msg.words, { context: msg.context, salt: await salt() }) };
}

export async function handleGuardWords(msg: GuardWordsMessage, sender: ContentSender): Promise<WarningWords> {
  return warningWords(msg.keys, await siteOf(sender), message);
}

export const handleKeptOut = (): Promise<void> => countPasteKeptOut();
