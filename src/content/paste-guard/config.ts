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

const trustedRead: Promise<void> = readKey('local', STORAGE_KEYS.guardTrustedSites)
  .then((raw) => {
    trustedSites = parseStrings(raw);
  })
  .catch(() => undefined);
let ready: Promise<unknown> = trustedRead;

onStorageChanged('local', (changes) => {
  if (STORAGE_KEYS.guardTrustedSites in changes) trustedSites = parseStrings(changes[STORAGE_KEYS.guardTrustedSites]?.newValue);
});

/**
 * Follows the worker's answer to page:hello, asked at start and again after every settings change;
 * the latest question wins. No answer (the worker is gone) means no guard.
 */
export function followHello(reply: Promise<HelloReply | undefined>): void {
  const asked = ++answers;
  ready = Promise.all([trustedRead, reply.then((r) => {
    if (asked !== answers) return;
    answered = r !== undefined;
    paused = r?.paused ?? true;
  })]);
}

/** Resolves once the guard knows whether to act; a check awaits it before deciding. */
export function guardReady(): Promise<unknown> {
  return ready;
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
