// Every message any context shows exists in every locale, with the same substitutions, and no
// locale keeps strings nothing shows. The keys are read from the code: each call of t(),
// tOptional() or message() in src (pages, worker, content script alike), parsed with TypeScript;
// a key built at run time must come from a label function whose keys are derived from the
// exhaustive tables over the engine's types. Catches a typo, a string never added, a translation
// that drops a "$1", and a key made up in a way this test cannot follow.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { CHECKLIST, CHECKLIST_GROUPS, checklistGroupKey, checklistKeys } from '../popup/checklist';
import { TIP_IDS, tipKey } from '../popup/tips';
import { CAN_DO_LABELS, KIND_LABELS, NOT_COUNTED_LABELS, PLURAL_BASES, SEVERITY_LABELS, whereKey } from '../shared/labels';
import { WHERE_VALUES } from '../shared/surfaces';
import { PROVIDER_TEXTS } from './providers';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const root = join(__dirname, '../..');
const locales = readdirSync(join(root, '_locales'));
const load = (lang: string): Messages => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
/** Provider texts: English in the provider files, translations only in the other locales (providers.test.ts). */
const PROVIDER_TEXT = new RegExp(`^(?:${PROVIDER_TEXTS.join('|')})_`);

/** Functions that build a key at run time, and every key each can build. */
const GENERATED: Record<string, () => string[]> = {
  kindKey: () => Object.values(KIND_LABELS),
  severityKey: () => Object.values(SEVERITY_LABELS),
  whereKey: () => WHERE_VALUES.map(whereKey),
  notCountedKey: () => Object.values(NOT_COUNTED_LABELS),
  pluralKey: () => PLURAL_BASES.flatMap((base) => [`${base}_one`, `${base}_other`]),
  tipKey: () => TIP_IDS.map(tipKey),
  checklistKeys: () => CHECKLIST.flatMap((item) => Object.values(checklistKeys(item))),
  checklistGroupKey: () => CHECKLIST_GROUPS.map(checklistGroupKey),
  CAN_DO_LABELS: () => Object.values(CAN_DO_LABELS),
};
/** Calls that translate: their first argument is a message key. */
const TRANSLATE = new Set(['t', 'tOptional', 'message']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

interface Uses {
  keys: Set<string>;
  /** Generators whose keys are used. */
  generated: Set<string>;
  /** Optional keys (tOptional with a built key): may be missing, by design. */
  optional: number;
  /** Calls whose key this test cannot follow: file:line and the argument. */
  unknown: string[];
}

/** The keys the code of `file` asks for. */
function collect(file: string, uses: Uses): void {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  /** String values of a top-level `const NAME = { … }` in this file (a lookup table of keys). */
  const tableValues = (name: string): string[] | undefined => {
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer && ts.isObjectLiteralExpression(d.initializer)) {
          return d.initializer.properties.flatMap((p) => (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer) ? [p.initializer.text] : []));
        }
      }
    }
    return undefined;
  };
  /** True when every key `arg` can evaluate to is known (literals, tables, generators). */
  const keysOf = (arg: ts.Expression): boolean => {
    if (ts.isStringLiteralLike(arg)) return uses.keys.add(arg.text), true;
    // localize(): keys from the pages' data-i18n* attributes, read from the HTML below.
    if (/\.dataset\b/.test(arg.getText())) return true;
    if (ts.isParenthesizedExpression(arg)) return keysOf(arg.expression);
    if (ts.isConditionalExpression(arg)) return keysOf(arg.whenTrue) && keysOf(arg.whenFalse);
    const callee = ts.isCallExpression(arg) ? arg.expression : ts.isElementAccessExpression(arg) || ts.isPropertyAccessExpression(arg) ? arg.expression : undefined;
    const name = callee && ts.isCallExpression(callee) ? callee.expression : callee;
    if (name && ts.isIdentifier(name) && Object.hasOwn(GENERATED, name.text)) return uses.generated.add(name.text), true;
    if (ts.isElementAccessExpression(arg) && ts.isIdentifier(arg.expression)) {
      const values = tableValues(arg.expression.text);
      if (values) return values.forEach((v) => uses.keys.add(v)), true;
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TRANSLATE.has(node.expression.text) && node.arguments[0]) {
      const arg = node.arguments[0];
      if (!keysOf(arg)) {
        if (node.expression.text === 'tOptional') uses.optional++;
        else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          uses.unknown.push(`${relative(root, file)}:${line + 1} ${arg.getText()}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Every key the extension can show: code, pages' data-i18n* attributes, and the manifest. */
function usedKeys(): Uses {
  const uses: Uses = { keys: new Set(), generated: new Set(), optional: 0, unknown: [] };
  for (const file of sourceFiles(join(root, 'src'))) collect(file, uses);
  for (const page of ['src/popup/popup.html', 'src/options/options.html']) {
    for (const m of readFileSync(join(root, page), 'utf8').matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) uses.keys.add(m[1]!);
  }
  for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) uses.keys.add(m[1]!);
  for (const name of uses.generated) for (const key of GENERATED[name]!()) uses.keys.add(key);
  return uses;
}

const substitutions = (m: string): string[] => [...m.matchAll(/\$(\d)/g)].map((x) => x[1]!).sort();

describe('locales', () => {
  const uses = usedKeys();
  const used = [...uses.keys].filter((k) => !k.startsWith('@@'));

  it('has English and Italian', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'it']));
  });

  it('reads every translated call in src, content script and worker included', () => {
    expect(uses.unknown).toEqual([]);
    // The callers are really read: the worker's notice, the warning's words, the popup's labels.
    for (const key of ['noticeMany', 'notifyBody', 'guardHeadingOne', 'guardTipNoWithdrawals', 'emptyCleanTitle', 'kind_private_key']) {
      expect(used, key).toContain(key);
    }
    expect(Object.keys(GENERATED).filter((g) => !uses.generated.has(g))).toEqual([]);
  });

  it('English has every key the code uses', () => {
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });

  it('English has no key nothing uses (optional per-provider texts aside)', () => {
    const optional = /^(canDo|keysPath)_/;
    expect(Object.keys(en).filter((k) => !uses.keys.has(k) && !optional.test(k))).toEqual([]);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s translates every English key with the same substitutions', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).filter((k) => !PROVIDER_TEXT.test(k)).sort()).toEqual(Object.keys(en).sort());
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
    for (const [key, { message, placeholders }] of Object.entries(load(lang))) {
      const named = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const defined = Object.keys(placeholders ?? {}).map((p) => p.toLowerCase());
      expect(named.filter((n) => !defined.includes(n)), `${lang}/${key}`).toEqual([]);
    }
  });

  it('Italian is actually translated', () => {
    const it = load('it');
    expect(it.emptyCleanTitle?.message).toBe('Nessuna chiave in questa pagina');
    const same = Object.keys(en).filter((k) => en[k]!.message === it[k]!.message && en[k]!.message.length > 12);
    expect(same).toEqual([]);
  });
});
