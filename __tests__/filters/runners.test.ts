// The central promise for JS suites, with the real runners: the built action plans each fixture
// suite, each job's filter (dist/filters/<runner>) picks its tests, and the union of the jobs'
// selections equals the runner's own full listing, with no test twice.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runAction } from '../helpers/run-action.js';

const SUITES = path.join(REPO, '__tests__', 'fixtures', 'js-suites');
const BIN = path.join(REPO, 'node_modules', '.bin');

interface Group {
  id: string;
  runner: string;
  tests: number;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });
  return r;
}

/** The filter's arguments for one job, read the documented way (one per line). */
function filterArgs(
  runner: string,
  cwd: string,
  plan: string,
  id: string,
  options: string[] = [],
  env: Record<string, string> = {},
): string[] {
  const r = run(
    process.execPath,
    [path.join(REPO, 'dist', 'filters', runner, 'index.js'), 'args', ...options],
    cwd,
    { GROUP_MATRIX_PLAN: plan, GROUP_MATRIX_ID: id, RUNNER_TEMP: os.tmpdir(), ...env },
  );
  if (r.status !== 0) throw new Error(`${runner} filter failed for ${id}: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/** Tests Jest runs (not skipped by -t), as `file › full name`. */
function jestRun(cwd: string, args: string[], env: Record<string, string> = {}): string[] {
  const r = run(path.join(BIN, 'jest'), [...args, '--json'], cwd, env);
  if (!r.stdout.startsWith('{')) throw new Error(`jest failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as {
    testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  return out.testResults.flatMap((f) =>
    f.assertionResults
      .filter((a) => a.status !== 'pending')
      .map((a) => `${path.relative(cwd, f.name)} › ${a.fullName}`),
  );
}

function vitestList(cwd: string, args: string[]): string[] {
  // --json last: followed by a word it would take that word as a file to write.
  const r = run(path.join(BIN, 'vitest'), ['list', ...args, '--json'], cwd);
  const start = r.stdout.indexOf('[');
  if (start === -1) throw new Error(`vitest list failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.slice(start)) as { name: string; file: string }[];
  return out.map((t) => `${path.relative(cwd, t.file)} › ${t.name}`);
}

function playwrightList(cwd: string, args: string[]): string[] {
  const r = run(path.join(BIN, 'playwright'), ['test', '--list', '--reporter=list', ...args], cwd);
  if (r.status !== 0) throw new Error(`playwright --list failed: ${r.stdout}${r.stderr}`);
  // `  [project] › file:line:col › titles`, the project only when the config has projects.
  return r.stdout
    .split('\n')
    .filter((l) => /^\s+(?:\[[^\]]*\] › )?\S+:\d+:\d+ › /.test(l))
    .map((l) =>
      l
        .trim()
        .replace(/^\[[^\]]*\] › /, '')
        .replace(/:\d+:\d+ › /, ' › '),
    );
}

function expectExactCover(full: string[], perJob: string[][], groups: Group[]) {
  const seen = new Map<string, number>();
  for (const t of perJob.flat()) seen.set(t, (seen.get(t) ?? 0) + 1);
  expect(
    [...seen].filter(([, n]) => n > 1).map(([t]) => t),
    'tests selected by more than one job',
  ).toEqual([]);
  expect([...seen.keys()].sort()).toEqual([...full].sort());
  perJob.forEach((sel, i) => expect(sel.length, `job ${groups[i]!.id} selects nothing`).toBeGreaterThan(0));
}

function plan(suite: string) {
  const r = runAction({}, suite);
  if (r.status !== 0) throw new Error(`action failed:\n${r.stdout}`);
  return { groups: JSON.parse(r.outputs['groups']!) as Group[], planFile: r.outputs['plan-file']!, run: r };
}

describe('jest 30 through --filter and exact -t names', () => {
  const suite = path.join(SUITES, 'jest');
  it('every test runs in exactly one job', () => {
    const { groups, planFile } = plan(suite);
    expect(new Set(groups.map((g) => g.runner))).toEqual(new Set(['jest']));
    const full = jestRun(suite, []);
    const perJob = groups.map((g) =>
      jestRun(suite, filterArgs('jest', suite, planFile, g.id), {
        GROUP_MATRIX_PLAN: planFile,
        GROUP_MATRIX_ID: g.id,
      }),
    );
    expectExactCover(full, perJob, groups);
    // A split file whose names cannot be told apart runs whole, and the summary says so.
    expect(groups.filter((g) => g.id.startsWith('clash_')).map((g) => g.id)).toEqual([
      'clash_test_js_group_1',
    ]);
  });

  it('fails loudly when Jest finds a test file the plan does not hold', () => {
    const { groups, planFile } = plan(suite);
    const extra = path.join(suite, 'added-later.test.js');
    fs.writeFileSync(extra, "test('new', () => {});\n");
    try {
      const id = groups[0]!.id;
      const r = run(path.join(BIN, 'jest'), filterArgs('jest', suite, planFile, id), suite, {
        GROUP_MATRIX_PLAN: planFile,
        GROUP_MATRIX_ID: id,
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("the plan does not hold, which no job would run: 'added-later.test.js'");
    } finally {
      fs.rmSync(extra);
    }
  });
});

describe('vitest 4.1 through files, --exclude and exact -t names', () => {
  const suite = path.join(SUITES, 'vitest');
  it('every test runs in exactly one job', () => {
    const { groups, planFile } = plan(suite);
    expect(new Set(groups.map((g) => g.runner))).toEqual(new Set(['vitest']));
    const full = vitestList(suite, []);
    const perJob = groups.map((g) => vitestList(suite, filterArgs('vitest', suite, planFile, g.id)));
    expectExactCover(full, perJob, groups);
  });
});

describe('playwright through a test list', () => {
  const suite = path.join(SUITES, 'playwright');
  it('every test runs in exactly one job', () => {
    const { groups, planFile } = plan(suite);
    expect(new Set(groups.map((g) => g.runner))).toEqual(new Set(['playwright']));
    const full = playwrightList(suite, []);
    expect(full.length).toBe(9);
    const perJob = groups.map((g) => playwrightList(suite, filterArgs('playwright', suite, planFile, g.id)));
    expectExactCover(full, perJob, groups);
  });
});

describe('playwright with projects-only testDirs: lines relative to the config directory', () => {
  // Playwright's rootDir is the config's top-level testDir, else its directory. Test list lines
  // relative to the first project's testDir (what a regex over the config took) select nothing,
  // and Playwright exits 0: the plan carries the rootDir the collect job read.
  const suite = path.join(SUITES, 'playwright-projects');
  it('every test runs in exactly one job', () => {
    const { groups, planFile, run: action } = plan(suite);
    expect(JSON.parse(action.plan!).playwright_configs).toEqual([
      { config: 'playwright.config.ts', root_dir: '.' },
    ]);
    const full = playwrightList(suite, []);
    expect(full.length).toBe(8);
    const perJob = groups.map((g) => playwrightList(suite, filterArgs('playwright', suite, planFile, g.id)));
    expectExactCover(full, perJob, groups);
  });

  it('run from another directory: --config, as Playwright is given it with -c', () => {
    const { groups, planFile } = plan(suite);
    const config = ['-c', 'playwright-projects/playwright.config.ts'];
    const full = playwrightList(SUITES, config);
    expect(full.length).toBe(8);
    const perJob = groups.map((g) =>
      playwrightList(SUITES, [
        ...config,
        ...filterArgs(
          'playwright',
          SUITES,
          planFile,
          g.id,
          ['--config', 'playwright-projects/playwright.config.ts'],
          {
            GROUP_MATRIX_ROOT: suite,
          },
        ),
      ]),
    );
    expectExactCover(full, perJob, groups);
  });

  it('a config not readable statically: one line naming it and --test-dir, then --test-dir selects', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-pw-dyn-'));
    fs.cpSync(suite, root, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    fs.writeFileSync(
      path.join(root, 'playwright.config.ts'),
      [
        "import { defineConfig } from '@playwright/test';",
        "const projects = ['api', 'ui'].map((name) => ({ name, testDir: name }));",
        'export default defineConfig({ reporter: "list", testDir: process.env.E2E_ROOT, projects });',
      ].join('\n'),
    );
    const { groups, planFile, run: action } = plan(root);
    expect(JSON.parse(action.plan!).playwright_configs).toEqual([
      { config: 'playwright.config.ts', root_dir: null },
    ]);
    expect(() => filterArgs('playwright', root, planFile, groups[0]!.id)).toThrow(
      /could not read the Playwright config 'playwright\.config\.ts' statically.*pass --test-dir/,
    );
    const full = playwrightList(root, []);
    expect(full.length).toBe(8);
    const perJob = groups.map((g) =>
      playwrightList(root, filterArgs('playwright', root, planFile, g.id, ['--test-dir', '.'])),
    );
    expectExactCover(full, perJob, groups);
  });
});

describe('the filters refuse a wrong job loudly', () => {
  it('names a job planned for another runner', () => {
    const suite = path.join(SUITES, 'vitest');
    const { groups, planFile } = plan(suite);
    expect(() => filterArgs('jest', suite, planFile, groups[0]!.id)).toThrow(/planned for vitest, not jest/);
  });
  it('names a planned file that no longer exists', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-js-'));
    fs.cpSync(path.join(SUITES, 'vitest'), root, { recursive: true });
    const { groups, planFile } = plan(root);
    fs.rmSync(path.join(root, 'a.test.ts'));
    const job = groups.find((g) => g.id === 'a_test_ts_ungrouped')!;
    expect(() => filterArgs('vitest', root, planFile, job.id)).toThrow(/'a\.test\.ts', which do not exist/);
  });
});
