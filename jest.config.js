// Jest runs every suite of the project: unit (no services), integration (*.int.test.ts, real Neo4j)
// and browser (*.e2e.test.ts, Debian's Chromium). The orchestrator in .ci/test.ts starts what they need.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
  },
];

// Local stores, scratch files and build caches (git worktrees among them) hold copies of the packages.
const modulePathIgnorePatterns = ['<rootDir>/.data/', '<rootDir>/bench/.cache/'];

/** @type {import('jest').Config} */
module.exports = {
  // Integration and browser suites talk to a real Neo4j and Chromium on a shared 2-core machine.
  testTimeout: 90_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/{vocabulary,seed,server,db}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'],
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': swc },
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/client/**/*.test.{ts,tsx}'],
      moduleNameMapper: { '\\.(css|woff2?)$': '<rootDir>/client/test/styleStub.js' },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/{server,seed,bench}/**/*.int.test.ts'],
      globalSetup: '<rootDir>/server/test/globalSetup.ts',
      globalTeardown: '<rootDir>/server/test/globalTeardown.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/e2e/src/globalSetup.ts',
      globalTeardown: '<rootDir>/e2e/src/globalTeardown.ts',
    },
  ],
};
