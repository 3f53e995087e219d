// ESLint for the whole repository; `npm run lint` runs it with --max-warnings=0.
import js from '@eslint/js';
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
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
