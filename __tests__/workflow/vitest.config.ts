// `npm run test:workflows`: the workflows run in act (__tests__/workflow/*.act-test.ts). One file
// at a time: each act run already keeps both cores busy with its parallel jobs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['__tests__/workflow/**/*.act-test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
