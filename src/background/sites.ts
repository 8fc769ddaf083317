// Where is the user about to put a key? Pure: a hostname in, a class out.
//   provider – the key's own provider (a Kraken key on kraken.com): stay quiet.
//   public   – text there is published or shared with others (issues, gists, paste sites, forums,
//              Q&A, chat apps, AI assistants): warn strongly.
//   other    – any other site, e.g. a third-party trading bot asking for a key: remind what to check.

import { coverLength, normalizeHost } from '../shared/hosts';

export type SiteClass = 'provider' | 'public' | 'other';

/**
 * Hosts (and their subdomains) where typed text is published or shared. A host listed here that is
 * more specific than a provider's domain wins over it: an OpenAI key pasted into chat.openai.com,
 * or a GitHub token into gist.github.com, is still a leak.
 */
export const PUBLIC_HOSTS: readonly string[] = [
  // Code hosts (issues, pull requests, comments) and snippet sites
  'github.com', 'gist.github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sr.ht',
  'codepen.io', 'jsfiddle.net', 'codesandbox.io', 'stackblitz.com', 'replit.com', 'glitch.com',
  // Paste sites
  'pastebin.com', 'paste.ee', 'hastebin.com', 'hastebin.skyra.pw', 'dpaste.org', 'dpaste.com',
  'ghostbin.site', 'ghostbin.co', 'rentry.co', 'rentry.org', 'justpaste.it', 'controlc.com',
  'pastes.dev', 'paste.mozilla.org', 'privatebin.net', 'paste.debian.net', 'bpa.st',
  // Forums, Q&A, blogs, social
  'reddit.com', 'stackoverflow.com', 'stackexchange.com', 'superuser.com', 'serverfault.com',
  'askubuntu.com', 'mathoverflow.net', 'news.ycombinator.com', 'dev.to', 'medium.com',
  'hashnode.dev', 'quora.com', 'x.com', 'twitter.com', 'facebook.com', 'linkedin.com',
  'bitcointalk.org',
  // Chat
  'discord.com', 'discordapp.com', 'app.slack.com', 'web.telegram.org', 'web.whatsapp.com',
  'teams.microsoft.com', 'teams.live.com', 'messenger.com', 'chat.google.com', 'app.element.io',
  // AI assistants
  'chatgpt.com', 'chat.openai.com', 'claude.ai', 'gemini.google.com', 'aistudio.google.com',
  'copilot.microsoft.com', 'perplexity.ai', 'poe.com', 'chat.deepseek.com', 'grok.com',
  'chat.mistral.ai', 'meta.ai', 'you.com', 'character.ai', 'pi.ai', 'chat.qwen.ai', 'kimi.com',
];

/** First labels that mark a self-hosted forum (Discourse and friends): forum.example.org. */
const FORUM_LABELS: ReadonlySet<string> = new Set(['forum', 'forums', 'community', 'discuss', 'discourse']);

export function isPublicHost(rawHost: string): boolean {
  const host = normalizeHost(rawHost);
  return coverLength(host, PUBLIC_HOSTS) > 0 || isForum(host);
}

function isForum(host: string): boolean {
  const labels = host.split('.');
  return labels.length > 2 && FORUM_LABELS.has(labels[0] ?? '');
}

/**
 * Classifies `rawHost` for a key whose provider lives on `providerDomains`.
 * A public host more specific than the provider's own domain is public; otherwise the provider wins.
 */
export function classifySite(rawHost: string, providerDomains: readonly string[]): SiteClass {
  const host = normalizeHost(rawHost);
  if (host === '') return 'other';
  const provider = coverLength(host, providerDomains);
  // A forum subdomain is as specific as a match gets: forum.kraken.com is still a forum.
  const publicMatch = isForum(host) ? host.length : coverLength(host, PUBLIC_HOSTS);
  if (provider > 0 && provider >= publicMatch) return 'provider';
  return publicMatch > 0 ? 'public' : 'other';
}

/** The loudest class over several keys in one field: public > other > provider. */
export function loudest(classes: readonly SiteClass[]): SiteClass {
  if (classes.includes('public')) return 'public';
  if (classes.includes('other')) return 'other';
  return 'provider';
}
