import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { dirname, relative, resolve, sep } from 'node:path';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'http',
  'https',
  'stream',
  'util',
  'zlib',
  'events',
  'buffer',
  'worker_threads',
];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

/** no-restricted-imports patterns shared by the renderer's layer rules (a later block replaces, not merges). */
const SANDBOXED = {
  group: ['electron', ...nodeBuiltinPatterns],
  message: 'The renderer is a sandboxed page: no Electron or Node modules.',
};
const FEATURES_THROUGH_INDEX = {
  regex: '^(\\.\\./\\.\\./|@renderer/features/)[a-z-]+/(?!index$).+',
  message: 'Features import each other only through their index.ts.',
};

const ROOT = import.meta.dirname;
/** The top-level folder a file is in; renderer/src counts as one. */
function topFolder(file) {
  const parts = relative(ROOT, file).split(sep);
  return parts[0] === 'renderer' && parts[1] === 'src' ? 'renderer/src' : parts[0];
}
const ALIAS_OF = {
  shared: '@shared/',
  'renderer/src': '@renderer/',
  electron: '@main/',
  scripts: '@scripts/',
  tests: '@tests/',
};

/** Relative imports stay inside their top-level folder; across folders, the aliases of tsconfig.base.json. */
const layoutPlugin = {
  rules: {
    'no-cross-folder-relative': {
      meta: {
        type: 'problem',
        messages: {
          cross: 'Import "{{spec}}" as {{alias}}…: relative imports stay inside their top-level folder.',
        },
        schema: [],
      },
      create(context) {
        function check(node) {
          const spec = node.source?.value;
          // Build resources (icons bundled with `?asset`) are files, not modules.
          if (typeof spec !== 'string' || !spec.startsWith('.') || spec.endsWith('?asset')) return;
          const target = topFolder(resolve(dirname(context.filename), spec));
          if (target === topFolder(context.filename)) return;
          context.report({
            node: node.source,
            messageId: 'cross',
            data: { spec, alias: ALIAS_OF[target] ?? `an alias for ${target}/` },
          });
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs', 'renderer/public/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      // Handlers and fakes implement Promise-returning interfaces; an async body without await is fine there.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['{electron,renderer,shared,tests,bench,scripts}/**/*.{ts,tsx,mts}'],
    plugins: { layout: layoutPlugin },
    rules: { 'layout/no-cross-folder-relative': 'error' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Plain scripts the page runs as they are, before its bundled modules (see renderer/index.html).
    files: ['renderer/public/*.js'],
    languageOptions: { globals: { self: 'readonly', indexedDB: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [SANDBOXED],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'dexie',
                'dexie-react-hooks',
                'zustand',
                ...nodeBuiltinPatterns,
              ],
              message: 'shared/ is pure: no Electron, React, Dexie, zustand or Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [SANDBOXED, FEATURES_THROUGH_INDEX],
        },
      ],
    },
  },
  {
    // Components show data and call callbacks: they read through their feature's hooks/ and write through
    // its model/, never the database itself (so what a screen reads stays in one place per feature).
    files: ['renderer/src/features/*/components/**/*.{ts,tsx}', 'renderer/src/{ui,navigation}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SANDBOXED,
            FEATURES_THROUGH_INDEX,
            {
              group: ['@renderer/db/*', '**/db/db', '**/db/tables', 'dexie', 'dexie-react-hooks'],
              message:
                "Components don't touch the database: read with a hook in the feature's hooks/, write with a function in its model/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
