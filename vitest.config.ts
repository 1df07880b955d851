import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Fixture suites hold tests of their own, for the real runners to collect, not for us.
    exclude: ['**/node_modules/**', '__tests__/fixtures/**'],
    // Several tests run the built bundle and real pytest in subprocesses.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
