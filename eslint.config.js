// Flat config. typescript-eslint's non-type-checked `recommended` keeps `npm run lint` fast and needs no
// tsconfig project; `tsc` (npm run build) already does the type checking.
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
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
    name: 'group-matrix/node-scripts',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
]);
