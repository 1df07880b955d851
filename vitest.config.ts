import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Several tests run the built bundle and real pytest in subprocesses.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
