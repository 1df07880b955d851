// `group-matrix filter <runner> ...` (the filters' single steps through the one command on PATH)
// prints what the filter bundles print, and `group-matrix --version` the one version.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, runAction } from './helpers/run-action.js';

const SUITES = path.join(REPO, '__tests__', 'fixtures', 'js-suites');

function both(runner: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const run = (argv: string[]) =>
    spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return {
    cli: run([CLI, 'filter', runner, ...args]),
    bundle: run([path.join(REPO, 'dist', 'filters', runner, 'index.js'), ...args]),
  };
}

describe('group-matrix filter', () => {
  it.each([
    ['jest', 'split_test_js_group_1'],
    ['vitest', 'tags_test_ts_group_1'],
    ['playwright', 'tests_checkout_spec_ts_group_1'],
  ])('%s args: the same arguments as the filter bundle', (runner, id) => {
    const suite = path.join(SUITES, runner);
    const action = runAction({}, suite);
    const env = {
      GROUP_MATRIX_PLAN: action.outputs['plan-file'],
      GROUP_MATRIX_ID: id,
      RUNNER_TEMP: fs.mkdtempSync(path.join(os.tmpdir(), 'gm-filter-')),
    };
    const { cli, bundle } = both(runner, ['args'], suite, env);
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toBe(bundle.stdout);
    expect(cli.stdout).toMatch(runner === 'playwright' ? /^--test-list=/ : /--testNamePattern=/);
    if (runner === 'jest') {
      const filter = /^--filter=(.*)$/m.exec(cli.stdout)![1]!;
      expect(filter).toBe(path.join(REPO, 'dist', 'filters', 'jest', 'filter.cjs'));
      expect(fs.existsSync(filter)).toBe(true);
    }
  });

  it('errors of use: exit 2 and one line naming the CLI', () => {
    const { cli } = both('vitest', ['list-args'], REPO, {});
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe(
      'usage: group-matrix filter vitest args [--nul] | list-args <results.json> [--nul] | check <results.json>\n',
    );
  });

  it('--version prints the version of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});
