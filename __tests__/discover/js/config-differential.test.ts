// The files default discovery finds from a config that sets non-default patterns equal the real
// runner's own listing of that fixture (no test run, no browser).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverJsDefaults } from '../../../src/discover/js/discover-js.js';
import type { Problem } from '../../../src/model.js';
import { REPO } from '../../helpers/run-action.js';

const CASES = path.join(REPO, '__tests__', 'fixtures', 'js-config');
const BIN = path.join(REPO, 'node_modules', '.bin');

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(path.join(BIN, cmd), args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

async function ours(dir: string): Promise<string[]> {
  const problems: Problem[] = [];
  const files = await discoverJsDefaults(dir, problems);
  expect(problems).toEqual([]);
  return files.sort();
}

describe('discovery equals the runner’s own listing', () => {
  it('jest --listTests', async () => {
    const dir = path.join(CASES, 'jest-cjs');
    const listed = run('jest', ['--listTests', '--rootDir', dir], dir)
      .split('\n')
      .filter(Boolean)
      .map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(listed.length).toBeGreaterThan(0);
    expect(await ours(dir)).toEqual(listed.sort());
  });

  it('jest --listTests with inline projects, each with its own patterns and extensions', async () => {
    // A copy outside `__tests__` (Jest's default testMatch would take every file there), run as
    // users run it: `--rootDir` on the command line makes Jest drop the config's projects.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-jest-projects-'));
    fs.cpSync(path.join(CASES, 'jest-projects'), dir, { recursive: true });
    const listed = run('jest', ['--listTests'], dir)
      .split('\n')
      .filter(Boolean)
      .map((f) => path.relative(fs.realpathSync(dir), f).split(path.sep).join('/'));
    expect(listed.sort()).toEqual([
      'e2e/__tests__/signup.js',
      'e2e/login.test.js',
      'src/cart/cart.test.js',
      'test/integration/db.int.js',
    ]);
    expect(await ours(dir)).toEqual(listed);
  });

  it('vitest list --filesOnly --json', async () => {
    const dir = path.join(CASES, 'vitest-config');
    const out = run('vitest', ['list', '--filesOnly', '--json'], dir);
    const listed = (JSON.parse(out.slice(out.indexOf('['))) as { file: string }[]).map((t) =>
      path.relative(dir, t.file).split(path.sep).join('/'),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(await ours(dir)).toEqual([...new Set(listed)].sort());
  });

  it('playwright test --list --reporter=json', async () => {
    const dir = path.join(CASES, 'playwright-config');
    const report = JSON.parse(run('playwright', ['test', '--list', '--reporter=json'], dir)) as {
      config: { rootDir: string };
      suites: { file: string }[];
    };
    const listed = report.suites.map((s) =>
      path.relative(dir, path.join(report.config.rootDir, s.file)).split(path.sep).join('/'),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(await ours(dir)).toEqual(listed.sort());
  });
});
