// Every message the UI asks for exists in every locale, with the same substitutions; names are
// valid for the i18n API. Catches a key typo or a translation that drops a "$1".
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKLIST, CHECKLIST_GROUPS } from '../popup/checklist';
import { SEVERITIES } from '../engine/types';
import { WHERE_VALUES } from '../shared/surfaces';
import { kindKey, notCountedKey, severityKey, whereKey } from '../shared/labels';

type Messages = Record<string, { message: string }>;
const root = join(__dirname, '../..');
const locales = readdirSync(join(root, '_locales'));
const load = (lang: string): Messages => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');

/** Keys named literally in the UI sources: t('x'), tOptional('x'), data-i18n*="x". */
function keysInSources(): Set<string> {
  const files = ['src/popup/index.ts', 'src/popup/popup.html', 'src/options/index.ts', 'src/options/options.html', 'src/ui/i18n.ts'];
  const keys = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/\bt\(\s*(?:\w+\s*\?\s*)?'([A-Za-z0-9_]+)'\s*:\s*'([A-Za-z0-9_]+)'/g)) {
      keys.add(m[1]!);
      keys.add(m[2]!);
    }
    for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) keys.add(m[1]!);
  }
  return keys;
}

function generatedKeys(): string[] {
  const keys: string[] = [];
  for (const item of CHECKLIST) keys.push(`chk_${item.id}`, `chk_${item.id}_why`);
  for (const group of CHECKLIST_GROUPS) keys.push(`chkGroup_${group}`);
  for (const s of SEVERITIES) keys.push(severityKey(s));
  for (const w of WHERE_VALUES) keys.push(whereKey(w));
  for (const k of ['secret', 'token', 'private-key', 'webhook', 'public', 'identifier'] as const) keys.push(kindKey(k));
  for (const r of ['documentation-example', 'placeholder', 'public-by-design', 'test-mode'] as const) keys.push(notCountedKey(r, false));
  keys.push(notCountedKey(undefined, true), notCountedKey(undefined, false));
  for (const id of ['kraken_revoke', 'exchange_revoke', 'github_revoke', 'private_key_replace', 'webhook_replace', 'revoke', 'store_now']) keys.push(`tip_${id}`);
  for (const c of ['exchange', 'cloud', 'code', 'ai', 'payments', 'messaging', 'other']) keys.push(`canDoCategory_${c}`);
  for (const base of ['countLabel', 'totalFlagged', 'pastesKeptOut']) keys.push(`${base}_one`, `${base}_other`);
  return keys;
}

const substitutions = (m: string): string[] => [...m.matchAll(/\$(\d)/g)].map((x) => x[1]!).sort();

describe('locales', () => {
  it('has English and Italian', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'it']));
  });

  it('English has every key the UI uses', () => {
    const used = [...keysInSources(), ...generatedKeys()].filter((k) => !k.startsWith('@@'));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s translates every English key with the same substitutions', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(substitutions(other[key]!.message), key).toEqual(substitutions(message));
    }
  });

  it('message names are valid and unique ignoring case (the API is case-insensitive)', () => {
    const names = Object.keys(en);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it.each(locales)('%s names no $PLACEHOLDER$ it does not define (Chrome then refuses to load the extension)', (lang) => {
    const messages = load(lang) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      const named = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const defined = Object.keys(placeholders ?? {}).map((p) => p.toLowerCase());
      expect(named.filter((n) => !defined.includes(n)), `${lang}/${key}`).toEqual([]);
    }
  });

  it('Italian is actually translated', () => {
    const it = load('it');
    expect(it.emptyCleanTitle?.message).toBe('Nessuna chiave in questa pagina');
    const same = Object.keys(en).filter((k) => en[k]!.message === it[k]!.message && en[k]!.message.length > 12);
    // Only names and GitHub's own English menu path may stay the same.
    expect(same.filter((k) => k !== 'keysPath_github')).toEqual([]);
  });
});
