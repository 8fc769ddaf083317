import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { scanWindow } from '../content/paste-guard/window';
import { WALLET_PROVIDER as ENGINE_WALLET_PROVIDER } from '../engine/wallet/found';
import { WALLET_PROVIDER } from '../shared/protocol';
import { fakeWallet, LANGUAGE_CODES } from '../../test/corpus/wallet/fake-wallet';
import { findAlerts, guardKeys, phraseInputKeys, warningWords, type GuardSite } from './guard-scan';

const OPTIONS = { context: 'example.org', salt: 's' };
const KRAKEN_DOC_EXAMPLE =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';
const STRIPE = `sk_live_${'Zq8Tn3Kv5Wx2Lb7Rc4Jm9PdH'}`;
const filler = (n: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n);
const BOT: GuardSite = { host: 'bot.example', https: true };

describe('findAlerts', () => {
  it('finds a live key near an edit deep inside a 1 MB text, with spans into the whole text', () => {
    const before = filler(600_000);
    const text = `${before} token ${STRIPE} ${filler(400_000)}`;
    const at = text.indexOf(STRIPE);
    const alerts = findAlerts(text, scanWindow(text, at, at + STRIPE.length), OPTIONS);
    expect(alerts).toHaveLength(1);
    expect(text.slice(alerts[0]!.start, alerts[0]!.end)).toBe(STRIPE);
    expect(alerts[0]!.provider).toBe('stripe');
  });

  it('does not look outside the window', () => {
    const text = `${STRIPE} ${filler(200_000)}`;
    expect(findAlerts(text, scanWindow(text, 150_000, 150_001), OPTIONS)).toEqual([]);
  });

  it('ignores documentation examples and public-by-design keys', () => {
    for (const text of [
      `Kraken API secret: ${KRAKEN_DOC_EXAMPLE}`,
      'aws_access_key_id=AKIAIOSFODNN7EXAMPLE',
      `pk_live_${'Zq4Rt7Yu9Io2Pa5Sd8Fg1Hj3'}`,
    ]) {
      expect(findAlerts(text, { start: 0, end: text.length }, OPTIONS), text).toEqual([]);
    }
  });

  it('warns on a bare 64-byte secret as the whole field, provider unknown; not on a 42-byte one or inside prose', () => {
    const privateKey = randomBytes(64).toString('base64');
    const whole = (text: string, context = OPTIONS.context) => findAlerts(text, { start: 0, end: text.length }, { ...OPTIONS, context });
    expect(whole(privateKey).map((a) => [a.provider, a.rule])).toEqual([['generic', 'generic-64-byte-secret']]);
    expect(whole(` ${privateKey}\n`)).toHaveLength(1);
    expect(whole(privateKey, 'www.kraken.com Kraken API').map((a) => a.provider)).toEqual(['kraken']);
    expect(whole(randomBytes(42).toString('base64'))).toEqual([]);
    expect(whole(`the digest is ${privateKey} as expected`)).toEqual([]);
    // A window of a longer text is not the field's whole value.
    const long = `${filler(50_000)} ${privateKey} ${filler(50_000)}`;
    const at = long.indexOf(privateKey);
    expect(findAlerts(long, scanWindow(long, at, at + privateKey.length), OPTIONS)).toEqual([]);
  });

  it('takes the field’s label as context for a Kraken key without a prefix', () => {
    const privateKey = randomBytes(64).toString('base64');
    const alerts = findAlerts(privateKey, { start: 0, end: privateKey.length }, { ...OPTIONS, context: 'bot.example Kraken API private key' });
    expect(alerts.map((a) => a.provider)).toContain('kraken');
  });
});

describe('guardKeys', () => {
  it('answers with spans, provider and kind, and no raw value', () => {
    const privateKey = randomBytes(64).toString('base64');
    const text = `note\n${privateKey}\nand ${STRIPE}`;
    const keys = guardKeys(text, { ...OPTIONS, context: 'bot.example Kraken API private key' }, BOT);
    const kraken = keys.find((k) => k.provider === 'kraken');
    const stripe = keys.find((k) => k.provider === 'stripe');
    expect(text.slice(kraken!.start, kraken!.end)).toBe(privateKey);
    expect(kraken!.kind).toBe('secret');
    expect(text.slice(stripe!.start, stripe!.end)).toBe(STRIPE);
    expect(JSON.stringify(keys)).not.toContain(privateKey.slice(8, 24));
    expect(JSON.stringify(keys)).not.toContain(STRIPE.slice(8, 24));
  });

  it('stays quiet for a bare private key on Kraken’s own site, warns elsewhere', () => {
    const privateKey = randomBytes(64).toString('base64');
    expect(guardKeys(privateKey, { ...OPTIONS, context: 'www.kraken.com Kraken' }, { host: 'www.kraken.com', https: true })).toEqual([]);
    expect(guardKeys(privateKey, { ...OPTIONS, context: 'kraken-support.example Verify your account' }, { host: 'kraken-support.example', https: true })
      .map((k) => k.provider)).toEqual(['kraken']);
    expect(guardKeys(privateKey, OPTIONS, BOT).map((k) => [k.provider, k.kind])).toEqual([['generic', 'secret']]);
  });

  it('leaves out keys pasted on their provider’s own site, also a test host mapped to it', () => {
    const text = `key ${STRIPE}`;
    expect(guardKeys(text, OPTIONS, { host: 'dashboard.stripe.com', https: true })).toEqual([]);
    expect(guardKeys(text, OPTIONS, { host: '127.0.0.1', https: false, testProviderHosts: { stripe: ['127.0.0.1'] } })).toEqual([]);
    expect(guardKeys(text, OPTIONS, { host: '127.0.0.1', https: false, testProviderHosts: { github: ['127.0.0.1'] } })).toHaveLength(1);
  });
});

describe('warningWords', () => {
  // Key names instead of translations: what the warning is made of, whatever the locale.
  const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${([] as string[]).concat(subs).join('|')})`);

  it('on another site: the provider and kind, what to check, exchange advice and the connection', () => {
    const words = warningWords([{ provider: 'kraken', kind: 'secret' }], { host: 'bot.example', https: false }, t);
    expect(words.tone).toBe('other');
    expect(words.heading).toBe('guardHeadingOne(Kraken (kind_secret))');
    expect(words.lines.map((l) => l.text)).toEqual(['guardWhy', 'guardOtherIntro(bot.example)']);
    expect(words.tips).toEqual([
      { text: 'guardTipMinimal' }, { text: 'guardTipNoWithdrawals' }, { text: 'guardTipAllowlist' }, { text: 'guardTipTrust' },
      { text: 'guardHttpWarn', alarm: true },
    ]);
    expect(words.more).toEqual(['guardMore', 'guardKeysAt(https://www.kraken.com/u/security/api)']);
  });

  it('on a public site: one loud line, no tips; several keys in one heading', () => {
    const words = warningWords([{ provider: 'github', kind: 'token' }, { provider: 'acme-cloud', kind: 'secret' }], { host: 'gist.github.com', https: true }, t);
    expect(words.tone).toBe('public');
    expect(words.heading).toBe('guardHeadingMany(GitHub (kind_token), Acme cloud (kind_secret))');
    expect(words.lines).toEqual([{ text: 'guardWhy' }, { text: 'guardPublic', alarm: true }]);
    expect(words.tips).toEqual([]);
    expect(words.announce).toBe('guardHeadingMany(GitHub (kind_token), Acme cloud (kind_secret)). guardPublic');
  });
});

describe('wallet secrets', () => {
  const wallet = fakeWallet(13);
  const SITES: GuardSite[] = [BOT, { host: 'gist.github.com', https: true }, { host: 'www.kraken.com', https: true }, { host: '127.0.0.1', https: false }];
  const kinds = (keys: ReturnType<typeof guardKeys>) => keys.map((k) => `${k.provider}/${k.kind}`);

  it('the page knows the engine’s wallet provider by name', () => {
    expect(WALLET_PROVIDER).toBe(ENGINE_WALLET_PROVIDER);
  });

  it('a pasted phrase, in any language and layout, is one recovery phrase on every site, and says only its length and language', () => {
    for (const code of LANGUAGE_CODES) {
      const phrase = wallet.phrase(code, code === 'en' ? 24 : 12);
      const words = phrase.split(code === 'ja' ? '\u3000' : ' ');
      for (const text of [phrase, words.map((w, i) => `${i + 1}. ${w}`).join('\n'), `please help, my wallet is empty. my words:\n${phrase}`]) {
        for (const site of SITES) {
          const keys = guardKeys(text, OPTIONS, site);
          expect(kinds(keys), `${code} on ${site.host}: ${text}`).toEqual(['wallet/recovery-phrase']);
          expect(keys[0]!.detail).toMatch(new RegExp(`^${words.length}-word phrase \\(.+, checksum valid\\)$`));
          expect(JSON.stringify(keys)).not.toContain(words[3]);
        }
      }
    }
  });

  it('the same phrase with a bad checksum is quiet', () => {
    for (const code of ['en', 'ja', 'es'] as const) {
      const twin = wallet.badTwin(wallet.phrase(code, 12), code);
      expect(guardKeys(twin, OPTIONS, BOT), twin).toEqual([]);
    }
  });

  it('WIF, extended and labelled hex private keys are wallet keys on every site; a bare 64-hex value is not', () => {
    const hex = wallet.privateKeyHex();
    const pastes = [wallet.wif(), wallet.wif(false), wallet.extended('xprv').priv, wallet.extended('zprv').priv, `PRIVATE_KEY=0x${hex}`];
    for (const text of pastes) {
      for (const site of SITES) expect(kinds(guardKeys(text, OPTIONS, site)), text).toEqual(['wallet/private-key']);
    }
    // A field that asks for a private key names what is pasted into it.
    const field = { ...OPTIONS, context: 'wallet.example Import account Private key' };
    expect(guardKeys(`0x${hex}`, field, BOT).map((k) => [k.kind, k.start, k.end])).toEqual([['private-key', 0, 66]]);
    expect(guardKeys(`0x${hex}`, OPTIONS, BOT)).toEqual([]);
    expect(guardKeys(wallet.extended('xprv').pub, OPTIONS, BOT)).toEqual([]);
  });

  it('finds a phrase typed word by word across a group of inputs, with spans into the joined words', () => {
    const words = wallet.phrase('en', 12).split(' ');
    const entries = ['', 'Main wallet', ...words, ''];
    const keys = phraseInputKeys(entries, OPTIONS);
    expect(kinds(keys)).toEqual(['wallet/recovery-phrase']);
    const joined = entries.join('\n');
    expect(joined.slice(keys[0]!.start, keys[0]!.end)).toBe(words.join('\n'));
    expect(keys[0]!.detail).toBe('12-word phrase (English, checksum valid)');
    // An empty input among the words (a skipped box, an unrelated field) does not hide it.
    expect(kinds(phraseInputKeys([...words.slice(0, 6), '', ...words.slice(6)], OPTIONS))).toEqual(['wallet/recovery-phrase']);
    // Eleven words or a bad checksum: nothing.
    expect(phraseInputKeys(words.slice(0, 11), OPTIONS)).toEqual([]);
    expect(phraseInputKeys(wallet.badTwin(words.join(' ')).split(' '), OPTIONS)).toEqual([]);
  });

  it('gets the loudest warning: what it is, that no website needs it, no site tips, and a keep that trusts nothing', () => {
    const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${([] as string[]).concat(subs).join('|')})`);
    const phrase = { provider: 'wallet', kind: 'recovery-phrase' as const, detail: '12-word phrase (English, checksum valid)' };
    for (const site of SITES) {
      const words = warningWords([phrase], site, t);
      expect(words.tone).toBe('wallet');
      expect(words.heading).toBe('guardWalletHeadingPhrase(12-word phrase (English, checksum valid))');
      expect(words.lines).toEqual([{ text: 'guardWalletWhatPhrase', alarm: true }, { text: 'guardWalletNoSite', alarm: true }]);
      expect(words.tips).toEqual([]);
      expect(words.keep).toBe('guardWalletKeep');
      expect(words.more).toEqual(['guardWalletMore', 'guardWalletChecked']);
    }
    const key = warningWords([{ provider: 'github', kind: 'token' }, { provider: 'wallet', kind: 'private-key' }], BOT, t);
    expect(key.heading).toBe('guardWalletHeadingKey');
    expect(key.lines.map((l) => l.text)).toEqual(['guardWalletWhatKey', 'guardWalletNoSite', 'guardWalletAlso(GitHub (kind_token))']);
  });
});
