// ESLint flat config: @eslint/js and typescript-eslint recommended rules (no type-aware rules:
// they would double the run time on small machines) plus the runtime layering of src/ (see
// README "How it is built"). test/unit/layers.test.ts runs this config on the bad fixture in
// test/fixtures/layers-bad and expects every forbidden import to be reported.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const builtins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '').split('/')[0]))];
const BUILTIN = `^(node:.*|(${builtins.join('|')})(/.*)?)$`;
const NATIVE = '^(@node-rs/jieba([-/].*)?|nodejieba(/.*)?)$';
/** A relative path that climbs out of the importing folder into another top-level layer. */
const layerDir = (names) => `^(\\.\\./)+(${names})(/.*)?$`;

/** The files of one layer, and of the same layer in the bad fixture (linted only by its test). */
const at = (glob) => [`src/${glob}`, `test/fixtures/layers-bad/src/${glob}`];

const pattern = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });

/**
 * `no-restricted-imports` covers import/export declarations; `require('x')` and `import('x')`
 * are caught by these selectors for the same patterns. A type position (`typeof import('x')`)
 * is a TSImportType node, not an ImportExpression, so it is allowed.
 */
const loaders = (regex, message) => {
  const re = regex.replaceAll('/', '\\/'); // esquery ends a regex at an unescaped slash
  return [
    { selector: `CallExpression[callee.name='require'][arguments.0.value=/${re}/]`, message },
    { selector: `ImportExpression[source.value=/${re}/]`, message },
  ];
};

const layer = (files, patterns, syntax) => ({
  files,
  rules: {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...syntax],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/fixtures/**', '.vscode-test/**', 'test-results/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // TypeScript checks undefined names itself (and knows DOM, Node and mocha globals).
      'no-undef': 'off',
      // `_`-prefixed names are deliberately unused (callback positions, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // New in ESLint 10's recommended set; it flags the fallback-then-try idiom the loaders use
      // on purpose (`let x = fallback; try { x = read() } catch { … }`).
      'no-useless-assignment': 'off',
      // New in ESLint 10: the loaders replace a low-level error by one clear line for the user
      // (no stack, no chain) on purpose.
      'preserve-caught-error': 'off',
      // Terminal output and its tests strip or match control characters deliberately.
      'no-control-regex': 'off',
      // Expected-output patterns in tests keep literal runs of spaces, as the output has them.
      'no-regex-spaces': 'off',
    },
  },
  layer(at('core/**/*.ts'), [
    pattern('^vscode$', 'src/core must not import vscode'),
    pattern(BUILTIN, 'src/core must not import a Node built-in'),
    pattern(NATIVE, 'src/core must not import a native module'),
    pattern(layerDir('node|vscode|webview'), 'src/core must not import src/node, src/vscode or src/webview'),
  ], [
    ...loaders('^vscode$', 'src/core must not load vscode'),
    ...loaders(BUILTIN, 'src/core must not load a Node built-in'),
    ...loaders(NATIVE, 'src/core must not load a native module'),
    ...loaders(layerDir('node|vscode|webview'), 'src/core must not load src/node, src/vscode or src/webview'),
  ]),
  layer(at('node/**/*.ts'), [
    pattern('^vscode$', 'src/node must not import vscode'),
    pattern(layerDir('vscode|webview'), 'src/node must not import src/vscode or src/webview'),
  ], [
    ...loaders('^vscode$', 'src/node must not load vscode'),
    ...loaders(layerDir('vscode|webview'), 'src/node must not load src/vscode or src/webview'),
  ]),
  layer(at('webview/**/*.ts'), [
    pattern('^vscode$', 'src/webview must not import vscode'),
    pattern(BUILTIN, 'src/webview must not import a Node built-in'),
    pattern(NATIVE, 'src/webview must not import a native module'),
    pattern(layerDir('node|vscode'), 'src/webview must not import src/node or src/vscode'),
    pattern(layerDir('core'), 'src/webview may import only types from src/core (use `import type`)', true),
  ], [
    ...loaders('.', 'src/webview runs in the browser: no require() or dynamic import()'),
    // The webview's mutable state lives in its store (src/webview/app/store.ts) only.
    ...['Program > VariableDeclaration[kind="let"]', 'Program > ExportNamedDeclaration > VariableDeclaration[kind="let"]',
      'Program > VariableDeclaration > VariableDeclarator > NewExpression.init[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]']
      .map((selector) => ({ selector, message: 'no module-level mutable state in src/webview: keep it in the store (src/webview/app/store.ts)' })),
  ]),
  layer(at('protocol.ts'), [
    // Types from anywhere in core; values only from the modules of plain constants the
    // protocol's enums derive from (so an enum is written once, in core).
    pattern('^\\./core/(?!(model|search/types|qa/types)$)', 'src/protocol.ts may only `import type` from src/core (values only from its constants modules)', true),
    pattern('^\\./(node|vscode|webview)(/.*)?$', 'src/protocol.ts must not import src/node, src/vscode or src/webview'),
  ], [
    ...loaders('.', 'src/protocol.ts must not use require() or dynamic import()'),
  ]),
  layer(at('vscode/**/*.ts'), [
    pattern(layerDir('webview'), 'src/vscode must not load src/webview code (the webview bundle runs in the browser)', true),
  ], [
    ...loaders(layerDir('webview'), 'src/vscode must not load src/webview code'),
  ]),
  // Small functions and files where the issue asks for them (src/node is shared with others).
  {
    files: ['src/vscode/**/*.ts', 'src/webview/**/*.ts', 'src/protocol.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  { files: ['src/vscode/service.ts', 'src/webview/main.ts'], rules: { 'max-lines': ['error', { max: 250 }] } },
);
