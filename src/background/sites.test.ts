import { describe, expect, it } from 'vitest';
import { classifySite, isPublicHost, loudest } from './sites';

const KRAKEN = ['kraken.com'];
const OPENAI = ['openai.com'];
const GITHUB = ['github.com'];

describe('classifySite', () => {
  it('is quiet on the provider’s own domain and its subdomains', () => {
    expect(classifySite('kraken.com', KRAKEN)).toBe('provider');
    expect(classifySite('www.kraken.com', KRAKEN)).toBe('provider');
    expect(classifySite('WWW.Kraken.COM.', KRAKEN)).toBe('provider');
    expect(classifySite('pro.kraken.com:443', KRAKEN)).toBe('provider');
  });

  it('does not take look-alike hosts for the provider', () => {
    expect(classifySite('kraken.com.evil.example', KRAKEN)).toBe('other');
    expect(classifySite('notkraken.com', KRAKEN)).toBe('other');
    expect(classifySite('kraken-bot.io', KRAKEN)).toBe('other');
  });

  it('warns strongly on code hosts, paste sites, forums, chat and AI assistants', () => {
    for (const host of [
      'github.com', 'gist.github.com', 'gitlab.com', 'bitbucket.org', 'pastebin.com', 'paste.ee',
      'rentry.co', 'justpaste.it', 'www.reddit.com', 'old.reddit.com', 'stackoverflow.com',
      'security.stackexchange.com', 'news.ycombinator.com', 'dev.to', 'medium.com', 'discord.com',
      'app.slack.com', 'web.telegram.org', 'web.whatsapp.com', 'teams.microsoft.com', 'chatgpt.com',
      'chat.openai.com', 'claude.ai', 'gemini.google.com', 'copilot.microsoft.com', 'www.perplexity.ai',
      'poe.com', 'chat.deepseek.com', 'grok.com',
    ]) {
      expect(classifySite(host, KRAKEN), host).toBe('public');
    }
  });

  it('recognises self-hosted forums by their first label', () => {
    expect(classifySite('forum.example.org', KRAKEN)).toBe('public');
    expect(classifySite('community.openai.com', OPENAI)).toBe('public');
    expect(classifySite('discuss.python.org', [])).toBe('public');
    // A two-label domain named like a forum is just a site.
    expect(classifySite('community.com', [])).toBe('other');
  });

  it('lets a more specific public host win over the provider’s domain', () => {
    expect(classifySite('chat.openai.com', OPENAI)).toBe('public');
    expect(classifySite('platform.openai.com', OPENAI)).toBe('provider');
    expect(classifySite('gist.github.com', GITHUB)).toBe('public');
    expect(classifySite('web.telegram.org', ['telegram.org'])).toBe('public');
  });

  it('lets the provider win on an equally specific match (a GitHub token on github.com settings)', () => {
    expect(classifySite('github.com', GITHUB)).toBe('provider');
  });

  it('calls everything else other (a third-party bot asking for a key)', () => {
    expect(classifySite('tradingbot.example', KRAKEN)).toBe('other');
    expect(classifySite('127.0.0.1', KRAKEN)).toBe('other');
    expect(classifySite('', KRAKEN)).toBe('other');
  });

  it('maps a test host to a provider when the caller adds it to the domains', () => {
    expect(classifySite('127.0.0.1', [...KRAKEN, '127.0.0.1'])).toBe('provider');
  });
});

describe('helpers', () => {
  it('isPublicHost', () => {
    expect(isPublicHost('gist.github.com')).toBe(true);
    expect(isPublicHost('kraken.com')).toBe(false);
  });
  it('loudest picks public over other over provider', () => {
    expect(loudest(['provider', 'other', 'public'])).toBe('public');
    expect(loudest(['provider', 'other'])).toBe('other');
    expect(loudest(['provider'])).toBe('provider');
  });
});
