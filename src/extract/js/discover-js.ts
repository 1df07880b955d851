import { glob } from 'tinyglobby';
import { playwrightTestDirs, rootUsesJsRunner } from './runner-detect.js';

const EXT = '{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

/**
 * The JS/TS test files found by default (no `paths`): only when the working directory's
 * package.json names Jest, Vitest or Playwright, so a Python-only repository is untouched.
 * The runners' own defaults: `*.test.*`, `*.spec.*`, anything under `__tests__/`, and every
 * script under a Playwright `testDir` stated in its config.
 */
export async function discoverJsDefaults(root: string): Promise<string[]> {
  if (!rootUsesJsRunner(root)) return [];
  const patterns = [`**/*.{test,spec}.${EXT}`, `**/__tests__/**/*.${EXT}`];
  for (const dir of playwrightTestDirs(root)) if (dir !== '.') patterns.push(`${dir}/**/*.${EXT}`);
  const files = await glob(patterns, {
    cwd: root,
    ignore: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/*.d.ts', '**/*.d.mts', '**/*.d.cts'],
    dot: false,
  });
  return files;
}
