/**
 * Three layers, as in STYLE.md: unit (no database), integration (*.int.test.ts, real Neo4j with
 * the seed graph) and e2e (*.e2e.test.ts, real Chromium against the real server). The global setup
 * starts one throwaway Neo4j for the run and stops it at the end, also when tests fail.
 */
import { defineConfig } from 'vitest/config';

const withDatabase = {
  globalSetup: ['tests/support/global-setup.ts'],
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
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          ...withDatabase,
        },
      },
      {
        resolve: oneGraphql,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], ...withDatabase },
      },
    ],
  },
});
