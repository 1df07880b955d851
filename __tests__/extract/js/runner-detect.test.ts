// Which runner collects each JS/TS file under `js-runner: auto`, from the nearest package.json.
import { describe, expect, it } from 'vitest';
import { jsRunnerResolver, rootRunners } from '../../../src/extract/js/runner-detect.js';
import { makeTree } from '../../helpers/tree.js';

const pkg = (deps: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'x', devDependencies: deps, ...extra });

describe('js-runner: auto', () => {
  it('reads a vite.config as Vitest only when no other runner is there (a Vite app tested with Jest)', () => {
    const root = makeTree({
      'package.json': pkg(),
      'app/package.json': pkg({ jest: '30' }),
      'app/vite.config.ts': 'export default {}\n',
      'lib/package.json': pkg(),
      'lib/vite.config.ts': 'export default {}\n',
      'both/package.json': pkg({ vitest: '4', jest: '30' }),
      'both/vite.config.ts': 'export default {}\n',
    });
    const runnerOf = jsRunnerResolver(root, 'auto');
    expect(runnerOf('app/src/a.test.ts')).toBe('jest');
    expect(runnerOf('lib/a.test.ts')).toBe('vitest');
    expect(runnerOf('both/a.test.ts')).toBe('vitest');
    // Discovery in the working directory follows the same rule.
    expect(rootRunners(`${root}/app`)).toEqual(['jest']);
    expect(rootRunners(`${root}/lib`)).toEqual(['vitest']);
    expect(rootRunners(`${root}/both`)).toEqual(['jest', 'vitest']);
  });

  it("gives Playwright the files under its testDir and the package's runner the rest", () => {
    const root = makeTree({
      'package.json': pkg({ jest: '30', '@playwright/test': '1' }),
      'playwright.config.ts': "export default { testDir: './e2e' };\n",
      'e2e-only/package.json': pkg({ '@playwright/test': '1' }),
      'e2e-only/playwright.config.ts': 'export default {};\n',
    });
    const runnerOf = jsRunnerResolver(root, 'auto');
    expect(runnerOf('e2e/login.spec.ts')).toBe('playwright');
    expect(runnerOf('src/cart.test.ts')).toBe('jest');
    expect(runnerOf('e2e-only/tests/a.spec.ts')).toBe('playwright');
    expect(rootRunners(root)).toEqual(['jest', 'playwright']);
  });

  it('falls back to Jest without any package.json, and obeys an explicit js-runner', () => {
    const root = makeTree({ 'a.test.js': '' });
    expect(jsRunnerResolver(root, 'auto')('a.test.js')).toBe('jest');
    expect(jsRunnerResolver(root, 'playwright')('a.test.js')).toBe('playwright');
    expect(rootRunners(root)).toEqual([]);
  });
});
