import { defineConfig } from 'vitest/config';

// Two projects. `unit` (npm run test:unit) runs in seconds: the modules in process, on small
// trees and committed fixtures; no runner, no pytest, no built bundle, no build. `e2e`
// (npm run test:e2e) is every other test file: the built bundle (dist/, rebuilt first when it is
// not built from src/: __tests__/setup/dist-current.ts), real pytest, Jest, Vitest and
// Playwright, the workflow engine, the lint over the whole tree. A file is listed under `unit`
// only when all its tests are of that kind; a new file is end-to-end until listed here.
const UNIT = [
  '__tests__/action-yml.test.ts',
  '__tests__/balance-inputs.test.ts',
  '__tests__/balance.test.ts',
  '__tests__/discover.test.ts',
  '__tests__/discover/addopts.test.ts',
  '__tests__/discover/js/config-discovery.test.ts',
  '__tests__/discover/js/runner-detect.test.ts',
  '__tests__/discover/walk-symlinks.test.ts',
  '__tests__/dist-sources.test.ts',
  '__tests__/docs.test.ts',
  '__tests__/emit.test.ts',
  '__tests__/extract/js/extract.test.ts',
  '__tests__/extract/python/collect-ignore.test.ts',
  '__tests__/extract/python/suite-listings.test.ts',
  '__tests__/extract/python/collection.test.ts',
  '__tests__/extract/python/extract.test.ts',
  '__tests__/extract/python/fixtures.test.ts',
  '__tests__/extract/python/mutations.test.ts',
  '__tests__/extract/python/tokenize.test.ts',
  '__tests__/extract/python/values-imports.test.ts',
  '__tests__/extract/transfer.test.ts',
  '__tests__/inputs.test.ts',
  '__tests__/junit/dialects.test.ts',
  '__tests__/plan-file.test.ts',
  '__tests__/plan.test.ts',
  // Makes its zip archives with the zip tool: a fixture maker, not a runner.
  '__tests__/report/fetch-timings.test.ts',
  '__tests__/timings/setup-time.test.ts',
  '__tests__/workflows.test.ts',
];

// Fixture suites hold tests of their own, for the real runners to collect, not for us.
const EXCLUDE = ['**/node_modules/**', '__tests__/fixtures/**'];

export default defineConfig({
  test: {
    // Several tests run the built bundle and real pytest in subprocesses.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        // Starting a program fails a unit test (__tests__/setup/unit-in-process.ts).
        test: {
          name: 'unit',
          include: UNIT,
          exclude: EXCLUDE,
          setupFiles: ['__tests__/setup/unit-in-process.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['__tests__/**/*.test.ts'],
          exclude: [...EXCLUDE, ...UNIT],
          globalSetup: ['__tests__/setup/dist-current.ts'],
        },
      },
    ],
  },
});
