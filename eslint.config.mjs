// ESLint for the whole repository; `npm run lint` runs it with --max-warnings=0.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'db/target/**',
      '.data/**',
      'e2e/artifacts/**',
      'client/test/styleStub.js',
      // Written by `npm run codegen` (npm test checks they are current); tsc checks them like any source.
      '**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Dependencies point one way and never in a circle; imports in three groups (Node, packages, this workspace).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // How import-x reads the modules it follows (its TypeScript preset), and resolves them (every workspace's tsconfig).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['vocabulary', 'db', 'seed', 'server', 'client', 'e2e', 'bench', 'bench/page', '.ci'].map(
            (w) => `${w}/tsconfig.json`,
          ),
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['internal', 'parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // The server's layers: http → graphql → domain (with import, export, maintenance) → db. `errors` and `config`
    // are leaves every layer may use.
    files: ['server/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server/src/db',
              from: [
                './server/src/domain',
                './server/src/graphql',
                './server/src/http',
                './server/src/import',
                './server/src/export',
                './server/src/maintenance',
                './server/src/cli',
              ],
              message: 'db is the bottom layer.',
            },
            {
              target: ['./server/src/domain', './server/src/import', './server/src/export', './server/src/maintenance'],
              from: ['./server/src/graphql', './server/src/http', './server/src/cli'],
              message: 'The domain does not know how it is called (GraphQL, HTTP, CLI).',
            },
            {
              target: './server/src/graphql',
              from: ['./server/src/http', './server/src/cli'],
              message: 'GraphQL does not know about HTTP or the CLI.',
            },
            {
              target: ['./server/src/errors.ts', './server/src/config.ts'],
              from: './server/src',
              except: ['./errors.ts', './config.ts'],
              message: 'errors and config are leaves.',
            },
          ],
        },
      ],
    },
  },
  {
    // The page's core is pure state: no React components, no Cytoscape, no views.
    files: ['client/src/core/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './client/src/core',
              from: ['./client/src/graph', './client/src/components', './client/src/views'],
              message: 'core is pure state.',
            },
          ],
        },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The database driver is used in one place only: the server's db layer.
    files: ['server/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    ignores: ['server/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Use server/src/db (read/write helpers) instead.' }] },
      ],
    },
  },
  {
    // Only the graph module touches Cytoscape; views and components stay React-only.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'The client talks to the GraphQL API only.' },
            { name: 'cytoscape', message: 'Only client/src/graph/ may import cytoscape.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
