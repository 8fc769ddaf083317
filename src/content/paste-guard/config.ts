// What the guard warns about in this frame. Wallet secrets (recovery phrases, wallet private keys)
// on every site, paused ones included: no legitimate website asks for one. API keys unless the
// worker says the tab's site is paused (the one pause rule, judged on the page the tab shows, so
// every frame of a paused tab is quiet) or the user trusts this host with keys (that exact host:
// trusting github.com does not silence gist.github.com). Hostnames only are stored, never keys.
import { onStorageChanged, readKey, writeKeys } from '../../platform';
import { normalizeHost } from '../../shared/hosts';
import type { HelloReply } from '../../shared/protocol';
import { parseStrings, STORAGE_KEYS } from '../../shared/storage';

/** Until the worker answers it counts as paused (and as gone when it never does). */
let paused = true;
/** Whether the worker answered the latest page:hello: without it nothing can be checked. */
let answered = false;
let trustedSites: string[] = [];
let answers = 0;
let helloAnswered: Promise<unknown> = Promise.resolve();
let trustedRead: Promise<void> | undefined;

/**
 * The hosts the user trusts with keys, read when the guard first checks a field and followed from
 * then on: most frames never check one, and a storage read per frame at start-up is a message to
 * the browser each.
 */
function readTrusted(): Promise<void> {
  if (trustedRead) return trustedRead;
  let changed = false;
  onStorageChanged('local', (changes) => {
    if (!(STORAGE_KEYS.guardTrustedSites in changes)) return;
    changed = true;
    trustedSites = parseStrings(changes[STORAGE_KEYS.guardTrustedSites]?.newValue);
  });
  trustedRead = readKey('local', STORAGE_KEYS.guardTrustedSites)
    .then((raw) => {
      // A change that arrived meanwhile is newer than what the read saw.
      if (!changed) trustedSites = parseStrings(raw);
    })
    .catch(() => undefined);
  return trustedRead;
}

/**
 * Follows the worker's answer to page:hello, asked at start and again after every settings change;
 * the latest question wins. No answer (the worker is gone) means no guard.
 */
export function followHello(reply: Promise<HelloReply | undefined>): void {
  const asked = ++answers;
  helloAnswered = reply.then((r) => {
    if (asked !== answers) return;
    answered = r !== undefined;
    paused = r?.paused ?? true;
  });
}

/** Resolves once the guard knows whether to act; a check awaits it before deciding. */
export function guardReady(): Promise<unknown> {
  return Promise.all([readTrusted(), helloAnswered]);
}

/** The guard runs wherever the worker answers: on a paused site it warns about wallet secrets only. */
export function guardRunning(): boolean {
  return answered;
}

/** The guard warns about API keys too in a frame on `host` unless the tab is paused or the user trusts that host. */
export function guardActive(host: string): boolean {
  return !paused && !trustedSites.includes(normalizeHost(host));
}

/** Remembers the user's "keep it (I trust this site)": hostnames only, never keys. */
export async function trustSite(host: string): Promise<void> {
  const h = normalizeHost(host);
  const list = parseStrings(await readKey('local', STORAGE_KEYS.guardTrustedSites));
  if (!list.includes(h)) list.push(h);
  trustedSites = list;
  await writeKeys('local', { [STORAGE_KEYS.guardTrustedSites]: list });
}
