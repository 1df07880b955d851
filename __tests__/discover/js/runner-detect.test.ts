// Which runner collects each JS/TS file under `js-runner: auto`, from the nearest package.json.
import { describe, expect, it } from 'vitest';
import { jsRunnerResolver, rootRunners } from '../../../src/discover/js/runner-detect.js';
import type { JsRunner } from '../../../src/model.js';
import type { Problem } from '../../../src/model.js';
import { makeTree } from '../../helpers/tree.js';

const pkg = (deps: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'x', devDependencies: deps, ...extra });

/** Each file's runner under `js-runner: auto`, and the problems found on the way. */
async function runnersOf(root: string, files: string[]) {
  const problems: Problem[] = [];
  const runnerOf = await jsRunnerResolver(root, 'auto', files, problems);
  const runners: Record<string, JsRunner> = Object.fromEntries(files.map((f) => [f, runnerOf(f)]));
  return { runners, notices: problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.title}`), problems };
}

describe('js-runner: auto', () => {
  it('reads a vite.config as Vitest only when no other runner is there (a Vite app tested with Jest)', async () => {
    const root = makeTree({
      'package.json': pkg(),
      'app/package.json': pkg({ jest: '30' }),
      'app/vite.config.ts': 'export default {}\n',
      'lib/package.json': pkg(),
      'lib/vite.config.ts': 'export default {}\n',
      'both/package.json': pkg({ vitest: '4', jest: '30' }),
      'both/vite.config.ts': 'export default {}\n',
    });
    expect((await runnersOf(root, ['app/src/a.test.ts', 'lib/a.test.ts', 'both/a.test.ts'])).runners).toEqual(
      {
        'app/src/a.test.ts': 'jest',
        'lib/a.test.ts': 'vitest',
        'both/a.test.ts': 'vitest',
      },
    );
    // Discovery in the working directory follows the same rule.
    expect(rootRunners(`${root}/app`)).toEqual(['jest']);
    expect(rootRunners(`${root}/lib`)).toEqual(['vitest']);
    expect(rootRunners(`${root}/both`)).toEqual(['jest', 'vitest']);
  });

  it("gives Playwright the files under its testDir and the package's runner the rest", async () => {
    const root = makeTree({
      'package.json': pkg({ jest: '30', '@playwright/test': '1' }),
      'playwright.config.ts': "export default { testDir: './e2e' };\n",
      'e2e-only/package.json': pkg({ '@playwright/test': '1' }),
      'e2e-only/playwright.config.ts': 'export default {};\n',
    });
    expect(
      (await runnersOf(root, ['e2e/login.spec.ts', 'src/cart.test.ts', 'e2e-only/tests/a.spec.ts'])).runners,
    ).toEqual({
      'e2e/login.spec.ts': 'playwright',
      'src/cart.test.ts': 'jest',
      'e2e-only/tests/a.spec.ts': 'playwright',
    });
    expect(rootRunners(root)).toEqual(['jest', 'playwright']);
  });

  it('falls back to Jest without any package.json, and obeys an explicit js-runner', async () => {
    const root = makeTree({ 'a.test.js': '' });
    expect((await jsRunnerResolver(root, 'auto', ['a.test.js']))('a.test.js')).toBe('jest');
    expect((await jsRunnerResolver(root, 'playwright', ['a.test.js']))('a.test.js')).toBe('playwright');
    expect(rootRunners(root)).toEqual([]);
  });
});

describe('js-runner: auto reads the Playwright config as discovery does', () => {
  const shared = pkg({ jest: '30', '@playwright/test': '1' });

  it('takes testDir from the exported config, not from a comment or a string before it', async () => {
    const root = makeTree({
      'commented/package.json': shared,
      'commented/playwright.config.ts': [
        "import { defineConfig } from '@playwright/test';",
        "// testDir: './old-e2e',",
        "export default defineConfig({ testDir: './e2e' });",
      ].join('\n'),
      'quoted/package.json': shared,
      'quoted/playwright.config.ts': [
        'const help = "set testDir: \'src\' to move the tests";',
        'export default { testDir: "e2e", metadata: { help } };',
      ].join('\n'),
    });
    const r = await runnersOf(root, [
      'commented/e2e/a.spec.ts',
      'commented/old-e2e/b.spec.ts',
      'quoted/e2e/a.spec.ts',
      'quoted/src/b.test.ts',
    ]);
    expect(r.runners).toEqual({
      'commented/e2e/a.spec.ts': 'playwright',
      'commented/old-e2e/b.spec.ts': 'jest',
      'quoted/e2e/a.spec.ts': 'playwright',
      'quoted/src/b.test.ts': 'jest',
    });
    expect(r.problems).toEqual([]);
  });

  it("reads path.join(__dirname, …) and path.resolve(import.meta.dirname, …) as the config's directory", async () => {
    const root = makeTree({
      'cjs/package.json': shared,
      'cjs/playwright.config.ts': [
        "import path from 'node:path';",
        "export default { testDir: path.join(__dirname, 'e2e') };",
      ].join('\n'),
      'esm/package.json': shared,
      'esm/playwright.config.mjs': [
        "import { resolve } from 'path';",
        "export default { testDir: resolve(import.meta.dirname, 'tests', '../e2e') };",
      ].join('\n'),
    });
    const r = await runnersOf(root, [
      'cjs/e2e/a.spec.ts',
      'cjs/src/b.test.ts',
      'esm/e2e/a.spec.ts',
      'esm/tests/b.test.ts',
    ]);
    expect(r.runners).toEqual({
      'cjs/e2e/a.spec.ts': 'playwright',
      'cjs/src/b.test.ts': 'jest',
      'esm/e2e/a.spec.ts': 'playwright',
      'esm/tests/b.test.ts': 'jest',
    });
    expect(r.problems).toEqual([]);
  });

  it("gives Playwright every project's testDir (a project without one inherits the config's)", async () => {
    const root = makeTree({
      'web/package.json': pkg({ vitest: '4', '@playwright/test': '1' }),
      'web/playwright.config.ts': [
        "import { defineConfig } from '@playwright/test';",
        'export default defineConfig({',
        "  testDir: './e2e',",
        '  projects: [',
        "    { name: 'chromium' },",
        "    { name: 'smoke', testDir: './smoke' },",
        '  ],',
        '});',
      ].join('\n'),
      // A config that states no testDir takes its directory: not claimed next to another runner.
      'app/package.json': shared,
      'app/playwright.config.ts': "export default { projects: [{ name: 'chromium' }] };\n",
    });
    const r = await runnersOf(root, [
      'web/e2e/a.spec.ts',
      'web/smoke/b.spec.ts',
      'web/src/c.test.ts',
      'app/e2e/a.spec.ts',
    ]);
    expect(r.runners).toEqual({
      'web/e2e/a.spec.ts': 'playwright',
      'web/smoke/b.spec.ts': 'playwright',
      'web/src/c.test.ts': 'vitest',
      'app/e2e/a.spec.ts': 'jest',
    });
  });

  it('keeps the fallback for a config only running could tell, with a notice when another runner takes its files', async () => {
    const config = [
      "// testDir: './e2e',",
      "export default { testDir: process.env['E2E_DIR'] ?? 'e2e' };",
    ].join('\n');
    const root = makeTree({
      'shared/package.json': shared,
      'shared/playwright.config.ts': config,
      'alone/package.json': pkg({ '@playwright/test': '1' }),
      'alone/playwright.config.ts': config,
    });
    const r = await runnersOf(root, ['shared/e2e/a.spec.ts', 'shared/src/b.test.ts', 'alone/e2e/a.spec.ts']);
    expect(r.runners).toEqual({
      'shared/e2e/a.spec.ts': 'jest',
      'shared/src/b.test.ts': 'jest',
      'alone/e2e/a.spec.ts': 'playwright',
    });
    expect(r.notices).toEqual(['notice shared/playwright.config.ts:2 Playwright testDir not read']);
    expect(r.problems[0]!.message).toContain('testDir is a computed expression');
    expect(r.problems[0]!.message).toContain('planned for jest');
  });

  it('answers only for files it was given whose package has a Playwright config (it read no config)', async () => {
    const root = makeTree({
      'package.json': shared,
      'playwright.config.ts': "export default { testDir: 'e2e' };\n",
    });
    const problems: Problem[] = [];
    const runnerOf = await jsRunnerResolver(root, 'auto', [], problems);
    expect(() => runnerOf('e2e/a.spec.ts')).toThrow(/its Playwright config was not read/);
    expect(problems).toEqual([]);
  });
});
