// Default JS discovery (no `paths`) reads each runner's config statically: the settings that say
// which files are tests, never running the config. Each fixture under js-config is a tiny project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverJsDefaults } from '../../../src/discover/js/discover-js.js';
import type { Problem } from '../../../src/model.js';
import { REPO } from '../../helpers/run-action.js';
import { makeTree } from '../../helpers/tree.js';

const CASES = path.join(REPO, '__tests__', 'fixtures', 'js-config');

async function discovered(dir: string): Promise<{ files: string[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files = (await discoverJsDefaults(dir, problems)).sort();
  return { files, problems };
}

/**
 * A copy outside this repository: Jest matches its default testMatch (`**\/__tests__/**`)
 * against absolute paths, so inside `__tests__/fixtures` every file would be a Jest test.
 */
async function found(fixture: string) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-js-config-'));
  fs.cpSync(path.join(CASES, fixture), copy, { recursive: true });
  const r = await discovered(copy);
  return { ...r, notices: r.problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.title}`) };
}

describe('Jest settings read statically', () => {
  it('package.json "jest": testMatch with <rootDir>', async () => {
    const r = await found('jest-package-json');
    expect(r.files).toEqual(['checks/a.check.js']);
    expect(r.problems).toEqual([]);
  });
  it('jest.config.json: testRegex (a string) and testPathIgnorePatterns with <rootDir>', async () => {
    const r = await found('jest-config-json');
    expect(r.files).toEqual(['specs/a.js']);
    expect(r.problems).toEqual([]);
  });
  it('jest.config.cjs: module.exports with roots and a negated testMatch', async () => {
    const r = await found('jest-cjs');
    expect(r.files).toEqual(['src/a.it.js', 'src/deep/b.it.js']);
    expect(r.problems).toEqual([]);
  });
  it('jest.config.ts: a typed const exported by name, its testRegex a constant of the file', async () => {
    const r = await found('jest-ts-const');
    expect(r.files).toEqual(['x.e2e.ts']);
    expect(r.problems).toEqual([]);
  });
  it('jest.config.mjs: export default defineConfig({...}), testMatch as one string', async () => {
    const r = await found('jest-mjs-define');
    expect(r.files).toEqual(['a.check.mjs']);
    expect(r.problems).toEqual([]);
  });
  it('a value only running the config could tell: the defaults, and a notice at its line', async () => {
    const r = await found('jest-dynamic');
    expect(r.files).toEqual(['__tests__/c.js', 'b.test.js']);
    expect(r.notices).toEqual(['notice jest.config.js:3 Test discovery config not read']);
    expect(r.problems[0]!.message).toContain('testMatch is a computed expression');
    expect(r.problems[0]!.message).toContain('Set `paths`');
  });
  it('projects naming other configs cannot be read: the defaults, and a notice at its line', async () => {
    const root = makeTree({
      'package.json': JSON.stringify({ devDependencies: { jest: '30.5.2' } }),
      'jest.config.js': "module.exports = {\n  projects: ['<rootDir>/packages/*'],\n};\n",
      'packages/a/a.test.js': '',
      'packages/a/a.int.js': '',
    });
    const r = await discovered(root);
    expect(r.files).toEqual(['packages/a/a.test.js']);
    expect(r.problems.map((p) => `${p.file}:${p.line} ${p.title}`)).toEqual([
      'jest.config.js:2 Test discovery config not read',
    ]);
    expect(r.problems[0]!.message).toContain('projects is a list naming other configs or directories');
  });
});

describe('Vitest settings read statically', () => {
  it('vitest.config.mts: defineConfig({ test: { include, exclude } })', async () => {
    const r = await found('vitest-config');
    expect(r.files).toEqual(['src/a.check.ts', 'src/b.test.ts']);
    expect(r.problems).toEqual([]);
  });
  it('vite.config.js: export default { test: { include } }', async () => {
    const r = await found('vite-config');
    expect(r.files).toEqual(['a.spec.js']);
    expect(r.problems).toEqual([]);
  });
  it('a config function: the defaults, and a notice', async () => {
    const r = await found('vitest-dynamic');
    expect(r.files).toEqual(['b.test.ts']);
    expect(r.notices).toEqual(['notice vitest.config.ts:3 Test discovery config not read']);
    expect(r.problems[0]!.message).toContain('the exported config is a function');
  });
  it('a spread that may set a setting not written: the defaults, and a notice at the spread', async () => {
    const r = await found('vitest-spread');
    expect(r.files).toEqual(['b.test.ts']);
    expect(r.notices).toEqual(['notice vitest.config.ts:6 Test discovery config not read']);
    expect(r.problems[0]!.message).toContain('dir is a spread');
  });
});

describe('Playwright settings read statically', () => {
  it('testDir, a testMatch mixing a regex literal and a glob, testIgnore', async () => {
    const r = await found('playwright-config');
    expect(r.files).toEqual(['e2e/login.flow.ts', 'e2e/old.spec.ts']);
    expect(r.problems).toEqual([]);
  });
  it('projects: each its own testDir/testMatch, inheriting the config’s', async () => {
    const r = await found('playwright-projects');
    expect(r.files).toEqual(['api/a.api.js', 'tests/c.spec.js']);
    expect(r.problems).toEqual([]);
  });
  it("path.join/resolve of __dirname or import.meta.dirname: a path from the config's directory", async () => {
    const root = makeTree({
      'package.json': JSON.stringify({ devDependencies: { jest: '30.5.2', '@playwright/test': '1.65.1' } }),
      'playwright.config.ts': [
        "import * as path from 'node:path';",
        "const e2e = path.join(import.meta.dirname, 'e2e');",
        "export default { projects: [{ testDir: e2e }, { testDir: path.resolve(__dirname, 'smoke') }] };",
      ].join('\n'),
      'jest.config.js': [
        "const path = require('path');",
        "module.exports = { roots: [path.join(__dirname, 'src')] };",
      ].join('\n'),
      'e2e/a.spec.ts': '',
      'smoke/b.spec.ts': '',
      'src/c.test.js': '',
      'other/d.spec.ts': '',
    });
    expect(await discovered(root)).toEqual({
      files: ['e2e/a.spec.ts', 'smoke/b.spec.ts', 'src/c.test.js'],
      problems: [],
    });
  });
  it("CommonJS destructuring: const { join } = require('path'), and ESM's fileURLToPath(import.meta.url)", async () => {
    const root = makeTree({
      'package.json': JSON.stringify({ devDependencies: { jest: '30.5.2', '@playwright/test': '1.65.1' } }),
      'jest.config.js': [
        "const { join, resolve: res } = require('node:path');",
        "module.exports = { roots: [join(__dirname, 'src'), res(__dirname, 'lib')] };",
      ].join('\n'),
      'playwright.config.mjs': [
        "import path from 'node:path';",
        "import { fileURLToPath } from 'node:url';",
        'const here = path.dirname(fileURLToPath(import.meta.url));',
        "export default { testDir: path.join(here, 'e2e') };",
      ].join('\n'),
      'src/a.test.js': '',
      'lib/b.test.js': '',
      'other/c.test.js': '',
      'e2e/d.spec.ts': '',
      'other/e.spec.ts': '',
    });
    expect(await discovered(root)).toEqual({
      files: ['e2e/d.spec.ts', 'lib/b.test.js', 'src/a.test.js'],
      problems: [],
    });
  });
  it('a testDir computed by a call: the defaults, and a notice', async () => {
    const r = await found('playwright-dynamic');
    expect(r.files).toEqual(['b.spec.ts', 'e2e/a.spec.ts']);
    expect(r.notices).toEqual(['notice playwright.config.ts:5 Test discovery config not read']);
    expect(r.problems[0]!.message).toContain('testDir is a call to join()');
  });
});

describe('runners side by side, and no runner', () => {
  it('the union of each runner’s own discovery', async () => {
    const root = makeTree({
      'package.json': JSON.stringify({ devDependencies: { jest: '30.5.2', '@playwright/test': '1.65.1' } }),
      'jest.config.js': "module.exports = { testPathIgnorePatterns: ['/node_modules/', '/e2e/'] };\n",
      'playwright.config.js': "module.exports = { testDir: 'e2e' };\n",
      'src/a.test.js': '',
      'e2e/b.spec.js': '',
      'e2e/helper.js': '',
      'dist/c.test.js': '',
      'node_modules/x/d.test.js': '',
      'types.test.d.ts': '',
    });
    expect((await discovered(root)).files).toEqual(['e2e/b.spec.js', 'src/a.test.js']);
  });
  it('a package.json naming no runner: nothing', async () => {
    const root = makeTree({ 'package.json': '{}', 'a.test.js': '' });
    expect(await discovered(root)).toEqual({ files: [], problems: [] });
  });
  it('a config that is not JSON: a notice, the defaults', async () => {
    const root = makeTree({
      'package.json': JSON.stringify({ devDependencies: { jest: '30.5.2' } }),
      'jest.config.json': '{ broken',
      'a.test.js': '',
    });
    const r = await discovered(root);
    expect(r.files).toEqual(['a.test.js']);
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^jest\.config\.json:1: the config is not valid JSON/),
    ]);
  });
  it('a config file that cannot be read: a notice naming why, the defaults, no crash', async () => {
    // A directory by a config's name: reading it fails (EISDIR) even as root, as a permission
    // would for another user.
    const root = makeTree({
      'package.json': JSON.stringify({ devDependencies: { jest: '30.5.2', '@playwright/test': '1.65.1' } }),
      'jest.config.json/keep': '',
      'playwright.config.ts/keep': '',
      'a.test.js': '',
      'e2e/b.spec.ts': '',
    });
    const r = await discovered(root);
    expect(r.files).toEqual(['a.test.js', 'e2e/b.spec.ts']);
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^jest\.config\.json:1: the file could not be read \(EISDIR\), so jest's default/,
      ),
      expect.stringMatching(
        /^playwright\.config\.ts:1: the file could not be read \(EISDIR\), so playwright's default/,
      ),
    ]);
  });
});
