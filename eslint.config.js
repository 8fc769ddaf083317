import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** An import of one of these top-level folders of src/, whatever the relative path to it. */
const into = (...dirs) => `(^|/)(${dirs.join('|')})(/|$)`;
const NODE = { regex: '^node:', message: 'No Node API here: this code runs in a browser.' };

/**
 * Layering (docs/ARCHITECTURE.md): which folder may import which. Type-only imports of the engine's
 * vocabulary are allowed where noted; test files may cross (they wire things together).
 */
const zone = (files, ...patterns) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Page-derived strings must never become markup.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build DOM with createElement/textContent.' },
        { property: 'outerHTML', message: 'Build DOM with createElement/textContent.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with createElement/textContent.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  zone(['src/engine/**'],
    { regex: into('shared', 'content', 'background', 'ui', 'popup', 'options', 'platform', 'qr', 'cli'), message: 'The engine imports nothing outside src/engine.' },
    { regex: '^webextension-polyfill$', message: 'The engine imports nothing outside src/engine.' },
    NODE),
  zone(['src/shared/**'],
    { regex: into('content', 'background', 'ui', 'popup', 'options', 'platform', 'qr', 'cli'), message: 'src/shared imports nothing outside itself but the engine\'s types.' },
    { regex: '(^|/)engine(/(?!types$).*)?$', allowTypeImports: true, message: 'src/shared may import engine types only (and engine/types.ts, the vocabulary).' },
    { regex: '^webextension-polyfill$', message: 'Browser APIs go through src/platform.' },
    NODE),
  zone(['src/gate/**'],
    // The page's gate, run in the page and in the worker alike: the same two pieces of the engine as the content script.
    { regex: '(^|/)engine(/(?!gate-summary$|wallet/gate$).*)?$', allowTypeImports: true, message: 'The gate runs in the page: engine data and the phrase walk only (type-only imports are fine).' },
    { regex: into('content', 'background', 'ui', 'popup', 'options', 'platform', 'qr', 'cli'), message: 'src/gate imports the engine\'s gate data and src/shared only.' },
    NODE),
  zone(['src/content/**'],
    // engine/gate-summary is data: the build puts its value, not the engine, into content.js (scripts/build.ts).
    // engine/wallet/gate is the word-run walk of recovery phrases, its table and nothing else.
    { regex: '(^|/)engine(/(?!gate-summary$|wallet/gate$).*)?$', allowTypeImports: true, message: 'No engine in the page: content.js sends candidates to the worker (type-only imports are fine).' },
    { regex: into('ui', 'background', 'popup', 'options', 'qr', 'cli'), message: 'The content script may not import extension pages, the worker, QR decoding or the CLI.' },
    { regex: '(^|/)shared/findings$', message: 'shared/findings.ts carries engine/types.ts: count in the worker.' },
    NODE),
  zone(['src/ui/**', 'src/popup/**', 'src/options/**'],
    { regex: into('content', 'background', 'cli'), message: 'Extension pages read storage; they import neither the content script nor the worker.' },
    NODE),
  zone(['src/background/**'],
    { regex: into('content', 'ui', 'popup', 'options', 'cli'), message: 'The worker talks to pages and extension pages through messages and storage, not imports.' }),
  {
    files: ['scripts/**', 'test/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
