/**
 * Layers, as in STYLE.md: unit (no database), data (checks of the seed files), integration
 * (*.int.test.ts, real Neo4j with the seed graph), e2e (*.e2e.test.ts, real Chromium against the
 * real server) and chaos (slow start-up and restart tests). The global setup starts one throwaway
 * Neo4j for the run and stops it at the end, also when tests fail.
 */
import { configDefaults, defineConfig } from 'vitest/config';

/** Slow tests that start their own Neo4j (`npm run test:chaos`); `npm test` runs them last. */
const chaosFiles = 'tests/integration/chaos/**/*.chaos.int.test.ts';

const withDatabase = {
  globalSetup: ['tests/support/global-setup.ts'],
  setupFiles: ['tests/support/require-database.ts'],
  // One database is shared by the run; files that write must not race the ones that count.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

/**
 * Server code under test must use the same `graphql` build as graphql-yoga, which Node loads as
 * CommonJS; Vite would otherwise hand it the ES build, making two GraphQLError classes, and Yoga
 * would mask every coded error as "Unexpected error.".
 */
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      // The timeout only catches hangs: property tests take about 1 s alone, many more on a busy
      // shared 2-core machine, and vitest's 5 s default then fails them for being slow.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      // Checks of the seed data itself (quotes against sources), kept apart from code tests.
      { test: { name: 'data', include: ['tests/data/**/*.test.ts'] } },
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          exclude: [...configDefaults.exclude, chaosFiles],
          ...withDatabase,
        },
      },
      {
        resolve: oneGraphql,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], ...withDatabase },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'chaos',
          include: [chaosFiles],
          // After every other layer, one file at a time: each starts a Neo4j of its own.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
