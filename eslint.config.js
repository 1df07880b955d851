// Flat config. typescript-eslint's non-type-checked `recommended` keeps `npm run lint` fast and needs no
// tsconfig project; `tsc` (npm run build) already does the type checking.
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// eslint:recommended without adding @eslint/js: every core rule that declares itself recommended.
const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

// Node's globals for plain .js/.mjs files (TypeScript files get them from @types/node, and
// typescript-eslint turns `no-undef` off for them).
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextEncoder',
    'TextDecoder',
    'AbortController',
    'structuredClone',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'fetch',
    'globalThis',
  ].map((name) => [name, 'readonly']),
);

// The pipeline runs one way: inputs → discover → extract → plan → emit. A stage never imports a
// later one, and nothing imports an entry point (the action's, the CLI's, the report's, the
// filters'): each zone says which files (`target`) may not import which (`from`).
const EDGES = ['./src/main.ts', './src/pipeline.ts', './src/core-edge.ts', './src/report', './src/filters'];
const layer = (target, later, why) => ({ target, from: later, message: why });
const LAYERS = [
  layer(
    './src/discover',
    ['./src/extract', './src/plan', './src/emit', './src/plan-file', ...EDGES],
    'discover runs before extract, plan and emit.',
  ),
  layer(
    './src/extract',
    ['./src/plan', './src/emit', './src/plan-file', ...EDGES],
    'extract runs before plan and emit.',
  ),
  layer('./src/plan', ['./src/emit', './src/plan-file', ...EDGES], 'plan runs before emit.'),
  layer('./src/emit', EDGES, 'emit renders the plan; the edges call it, not the other way.'),
  layer(
    './src/plan-file',
    ['./src/discover', './src/extract', './src/plan', './src/emit', ...EDGES],
    'the plan file format depends on the model only.',
  ),
  layer('./src/!(index).ts', './src/main.ts', 'only src/index.ts runs the action (src/main.ts).'),
  layer('./src/*/**', './src/main.ts', 'only src/index.ts runs the action (src/main.ts).'),
  layer(
    './src/**',
    ['./src/index.ts', './src/cli.ts', './src/report/index.ts'],
    'nothing imports an entry point.',
  ),
  layer('./src/**', './src/filters/*/index.ts', 'nothing imports an entry point.'),
  layer(
    './src/!(report)/**',
    './src/report/main.ts',
    'only src/report/index.ts runs the report (src/report/main.ts).',
  ),
];

export default defineConfig([
  globalIgnores([
    'dist/',
    '.dist-build/',
    'build/',
    'coverage/',
    'node_modules/',
    'python/',
    'examples/',
    '.bench/',
    // Made by the tests and the scripts: the plugin's test virtualenvs, the fetched Node 24.
    '.venvs/',
    '.cache/',
    '__tests__/fixtures/**',
  ]),
  {
    name: 'group-matrix/eslint-recommended',
    rules: eslintRecommended,
  },
  tseslint.configs.recommended,
  {
    name: 'group-matrix/all',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'object-shorthand': 'error',
      'no-throw-literal': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    name: 'group-matrix/typescript',
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    rules: {
      // verbatimModuleSyntax: type-only imports must say so, or the emitted import survives.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    name: 'group-matrix/layers',
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      // Small files with one job each: split a module that grows past this along its seams.
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    name: 'group-matrix/pure-core',
    files: [
      'src/discover/**',
      'src/extract/**',
      'src/plan/**',
      'src/emit/**',
      'src/plan-file/**',
      'src/pipeline.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'The core is pure: @actions/* only at the edges (src/core-edge.ts, entry points).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'group-matrix/node-scripts',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
]);
