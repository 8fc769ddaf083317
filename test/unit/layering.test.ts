// The layering in eslint.config.js holds: imports planted where they do not belong fail `npm run
// lint`, and the ones the architecture allows pass. Linted as text at a path inside src/, with the
// project's own config, so a change to the zones is tested as it ships.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The import-rule messages for `code` as if it were the file at `path`. */
async function importProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['src/content/planted.ts', "import { scan } from '../engine';"],
    ['src/content/planted.ts', "import { gateSummary } from '../engine/gate-summary/rules';"],
    ['src/content/planted.ts', "import { phrasesInWords } from '../engine/wallet';"],
    ['src/content/paste-guard/planted.ts', "import { isAlert } from '../../engine/types';"],
    ['src/content/planted.ts', "import { t } from '../ui/i18n';"],
    ['src/content/planted.ts', "import { settings } from '../background/store';"],
    ['src/content/planted.ts', "import { exposedCredentials } from '../shared/findings';"],
    ['src/popup/planted.ts', "import { Notice } from '../content/notice';"],
    ['src/ui/planted.ts', "import { salt } from '../background/store';"],
    ['src/options/planted.ts', "import { classify } from '../background/classify';"],
    ['src/engine/planted.ts', "import { hostOf } from '../shared/hosts';"],
    ['src/engine/rules/planted.ts', "import browser from 'webextension-polyfill';"],
    ['src/engine/planted.ts', "import { readFileSync } from 'node:fs';"],
    ['src/shared/planted.ts', "import { scan } from '../engine/scan';"],
    ['src/shared/planted.ts', "import { message } from '../platform';"],
    ['src/background/planted.ts', "import { Scanner } from '../content/scanner';"],
    ['src/gate/planted.ts', "import { scan } from '../engine';"],
    ['src/gate/planted.ts', "import { isInline } from '../content/dom';"],
  ])('%s: %s fails', async (path, code) => {
    expect(await importProblems(path, code)).toHaveLength(1);
  });

  it.each([
    ['src/content/planted.ts', "import type { Kind } from '../engine/types';"],
    ['src/content/planted.ts', "import { type Finding } from '../engine';"],
    ['src/content/planted.ts', "import { LIMITS } from '../shared/protocol';"],
    ['src/content/planted.ts', "import { builtInGateSummary } from '../engine/gate-summary';"],
    ['src/content/planted.ts', "import { eachWordRun } from '../engine/wallet/gate';"],
    ['src/shared/planted.ts', "import type { Provider } from '../engine/providers';"],
    ['src/shared/planted.ts', "import { isAlert } from '../engine/types';"],
    ['src/engine/rules/planted.ts', "import type { Kind } from '../types';"],
    ['src/popup/planted.ts', "import { PROVIDERS } from '../engine/providers';"],
    ['src/background/planted.ts', "import { scan } from '../engine';"],
    ['src/content/planted.test.ts', "import { scan } from '../engine';"],
    ['src/gate/planted.ts', "import { builtInGateSummary } from '../engine/gate-summary';"],
    ['src/content/scanner/planted.ts', "import { KeyGate } from '../../gate';"],
    ['src/background/planted.ts', "import { KeyGate } from '../gate';"],
  ])('%s: %s passes', async (path, code) => {
    expect(await importProblems(path, code)).toEqual([]);
  });
});
