// Hosts and pages: one normalisation and one "covers" rule for paused sites, trusted sites, the
// providers' own domains and the paste guard's public hosts, so no two contexts judge a host apart.

/** Lower case, no surrounding space, no trailing dot, no port. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** True when `host` is `domain` itself or any subdomain of it. */
export function covers(domain: string, host: string): boolean {
  const d = normalizeHost(domain);
  const h = normalizeHost(host);
  return d !== '' && (h === d || h.endsWith(`.${d}`));
}

/** Length of the most specific entry of `domains` that covers `host`; 0 when none does. */
export function coverLength(host: string, domains: Iterable<string>): number {
  let best = 0;
  for (const d of domains) {
    const length = normalizeHost(d).length;
    if (length > best && covers(d, host)) best = length;
  }
  return best;
}

function webUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Origin + path of an http(s) URL, never its query or fragment (they often carry tokens): what a
 * tab's findings belong to, and what an SPA navigation changes. Undefined for any other URL.
 */
export function pageKey(url: string | undefined): string | undefined {
  const u = webUrl(url);
  return u ? u.origin + u.pathname : undefined;
}

/** Normalised host of an http(s) URL; '' for any other URL. */
export function hostOf(url: string | undefined): string {
  const u = webUrl(url);
  return u ? normalizeHost(u.hostname) : '';
}

/**
 * The pause rule: a paused site covers its subdomains, and it is judged on the host of the page the
 * user sees in the tab (never a frame's), so the scanner and the paste guard of every frame of a
 * paused tab stop together.
 */
export function isPaused(pausedSites: readonly string[], tabHost: string): boolean {
  return normalizeHost(tabHost) !== '' && pausedSites.some((site) => covers(site, tabHost));
}

/** The provider whose own site `host` is: the one with the most specific domain covering it. */
export function providerFor<P extends { domains: readonly string[] }>(host: string, providers: Iterable<P>): P | undefined {
  let best: P | undefined;
  let bestLength = 0;
  for (const p of providers) {
    const length = coverLength(host, p.domains);
    if (length > bestLength) {
      best = p;
      bestLength = length;
    }
  }
  return best;
}
