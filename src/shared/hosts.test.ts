import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../engine/providers';
import { covers, coverLength, hostOf, isPaused, normalizeHost, pageKey, providerFor } from './hosts';

describe('normalizeHost', () => {
  it('lower-cases and drops spaces, a trailing dot and a port', () => {
    expect(normalizeHost(' Example.COM.:8080 ')).toBe('example.com');
    expect(normalizeHost('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('covers', () => {
  it('covers the domain and its subdomains, never look-alikes', () => {
    expect(covers('kraken.com', 'kraken.com')).toBe(true);
    expect(covers('kraken.com', 'Pro.Kraken.com.')).toBe(true);
    expect(covers('KRAKEN.com', 'www.kraken.com')).toBe(true);
    expect(covers('kraken.com', 'notkraken.com')).toBe(false);
    expect(covers('kraken.com', 'kraken.com.evil.net')).toBe(false);
    expect(covers('', 'kraken.com')).toBe(false);
  });

  it('coverLength is the most specific covering entry', () => {
    expect(coverLength('gist.github.com', ['github.com', 'gist.github.com'])).toBe('gist.github.com'.length);
    expect(coverLength('example.org', ['github.com'])).toBe(0);
  });
});

describe('pages and hosts of URLs', () => {
  it('keeps origin and path, drops query and fragment (they may carry tokens)', () => {
    expect(pageKey('https://a.example/p/q?token=abc#frag')).toBe('https://a.example/p/q');
    expect(hostOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(hostOf('https://WWW.Example.com./a')).toBe('www.example.com');
  });

  it('agree on what is not a web page: no page, no host', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'about:srcdoc', 'file:///tmp/x.html', 'not a url', '', undefined]) {
      expect(pageKey(url), String(url)).toBeUndefined();
      expect(hostOf(url), String(url)).toBe('');
    }
  });
});

describe('the pause rule', () => {
  it('a paused site covers its subdomains, whatever the case or a trailing dot', () => {
    expect(isPaused(['example.com'], 'docs.example.com')).toBe(true);
    expect(isPaused(['Example.com.'], 'EXAMPLE.COM')).toBe(true);
    expect(isPaused(['example.com'], 'badexample.com')).toBe(false);
    expect(isPaused(['docs.example.com'], 'example.com')).toBe(false);
  });

  it('an empty host is never paused', () => {
    expect(isPaused([''], '')).toBe(false);
    expect(isPaused(['example.com'], '')).toBe(false);
  });

  it('is judged on the tab: a frame from another site inside a paused page is paused too', () => {
    // What the worker does for every frame of a tab: the tab's host, not the frame's.
    const tabUrl = 'http://127.0.0.1:8080/page';
    const frameUrl = 'http://localhost:9090/frame';
    expect(isPaused(['127.0.0.1'], hostOf(tabUrl))).toBe(true);
    expect(isPaused(['127.0.0.1'], hostOf(frameUrl))).toBe(false);
  });
});

describe('providerFor', () => {
  const providers = [
    { slug: 'google', domains: ['google.com'] },
    { slug: 'firebase', domains: ['firebase.google.com', 'firebaseapp.com'] },
    { slug: 'kraken', domains: ['kraken.com'] },
  ];

  it('picks the provider with the most specific covering domain', () => {
    expect(providerFor('console.firebase.google.com', providers)?.slug).toBe('firebase');
    expect(providerFor('mail.google.com', providers)?.slug).toBe('google');
    expect(providerFor('support.kraken.com.', providers)?.slug).toBe('kraken');
    expect(providerFor('kraken.com.evil.net', providers)).toBeUndefined();
    expect(providerFor('', providers)).toBeUndefined();
  });
});

describe('providerFor over the engine\'s table', () => {
  const all = Object.values(PROVIDERS);

  it('maps hosts to providers by domain or subdomain only', () => {
    expect(providerFor('kraken.com', all)?.slug).toBe('kraken');
    expect(providerFor('www.kraken.com', all)?.slug).toBe('kraken');
    expect(providerFor('notkraken.com', all)).toBeUndefined();
    expect(providerFor('hooks.slack.com', all)?.slug).toBe('slack');
    expect(providerFor('console.firebase.google.com', all)?.slug).toBe('firebase');
    expect(providerFor('example.org', all)).toBeUndefined();
  });
});
