// `check` against the real runners: each job of a suite whose tests are selected by name runs the
// documented steps (Jest: the job's run with --json, then check; Vitest and Playwright: list-args,
// the runner's listing, then check). A test the runner finds but the plan does not hold would run
// in no job, and a planned test the runner no longer finds means a stale plan: both fail, by name.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsRunner } from '../../src/model.js';
import { REPO, runAction } from '../helpers/run-action.js';

const SUITES = path.join(REPO, '__tests__', 'fixtures', 'js-suites');
const BIN = path.join(REPO, 'node_modules', '.bin');
const FILTERS = path.join(REPO, 'dist', 'filters');

interface Planned {
  root: string;
  planFile: string;
  ids: string[];
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });
}

function plan(root: string): Planned {
  const r = runAction({}, root);
  if (r.status !== 0) throw new Error(`action failed:\n${r.stdout}`);
  const groups = JSON.parse(r.outputs['groups']!) as { id: string }[];
  return { root, planFile: r.outputs['plan-file']!, ids: groups.map((g) => g.id) };
}

/** A copy of a fixture suite to edit, resolving the runners from this repository's node_modules. */
function copySuite(runner: JsRunner, edit: (root: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `gm-check-${runner}-`));
  // Not the runner's cache (Vitest keeps one in the fixture's node_modules/.vite).
  fs.cpSync(path.join(SUITES, runner), root, {
    recursive: true,
    filter: (src) => path.basename(src) !== 'node_modules',
  });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  edit(root);
  return root;
}

function editFile(file: string, change: (text: string) => string): void {
  const text = fs.readFileSync(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${file}`);
  fs.writeFileSync(file, changed);
}

/** The check's result for one job, after the steps docs/js-runners.md gives for its runner. */
function checkJob(runner: JsRunner, p: Planned, id: string) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-check-out-'));
  const env = { GROUP_MATRIX_PLAN: p.planFile, GROUP_MATRIX_ID: id, RUNNER_TEMP: temp };
  const filter = (args: string[]) => {
    const r = run(process.execPath, [path.join(FILTERS, runner, 'index.js'), ...args], p.root, env);
    if (r.status !== 0) throw new Error(`${runner} filter ${args[0]} failed for ${id}: ${r.stderr}`);
    return r.stdout.split('\n').filter(Boolean);
  };
  const results = path.join(temp, `${runner}.json`);
  if (runner === 'jest') {
    const args = filter(['args']);
    // A job that runs its files whole has nothing to check: its run is left out to save time,
    // and check must not need the results file then.
    if (args.some((a) => a.startsWith('--testNamePattern='))) {
      const r = run(
        path.join(BIN, 'jest'),
        [...args, '--json', `--outputFile=${results}`, '--testLocationInResults'],
        p.root,
        env,
      );
      if (!fs.existsSync(results)) throw new Error(`jest wrote no results: ${r.stderr}`);
    }
  } else {
    const listArgs = filter(runner === 'vitest' ? ['list-args', results] : ['list-args']);
    if (listArgs.length > 0) {
      const r =
        runner === 'vitest'
          ? run(path.join(BIN, 'vitest'), ['run', ...listArgs], p.root)
          : run(path.join(BIN, 'playwright'), ['test', ...listArgs], p.root, {
              PLAYWRIGHT_JSON_OUTPUT_FILE: results,
            });
      if (r.status !== 0) throw new Error(`${runner} listing failed: ${r.stdout}${r.stderr}`);
    }
  }
  // As in a workflow: differences are also annotations at the test's file and line.
  return run(process.execPath, [path.join(FILTERS, runner, 'index.js'), 'check', results], p.root, {
    ...env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: p.root,
  });
}

/** The `::error` annotations a check printed: file, line and message. */
function annotations(stdout: string): { file: string; line: string | undefined; message: string }[] {
  return [...stdout.matchAll(/^::error file=([^,]*)(?:,line=(\d+))?,title=[^:]*::(.*)$/gm)].map((m) => ({
    file: m[1]!,
    line: m[2],
    message: m[3]!.replace(/%0A/g, '\n').replace(/%25/g, '%'),
  }));
}

/** The 1-based line of the first line of `file` that starts with `start` (after indentation). */
function lineOf(file: string, start: string): string {
  const i = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.trim().startsWith(start.trim()));
  expect(i, `${start} in ${file}`).toBeGreaterThanOrEqual(0);
  return String(i + 1);
}

/** The difference lines of a failed check (indented under its header). */
function differences(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim());
}

function expectAllAgree(runner: JsRunner, p: Planned) {
  let checked = 0;
  for (const id of p.ids) {
    const r = checkJob(runner, p, id);
    expect({ id, status: r.status, stderr: r.stderr }).toEqual({ id, status: 0, stderr: '' });
    if (/agree with the plan/.test(r.stdout)) checked++;
    else expect(r.stdout).toContain('nothing to check');
  }
  // The suite splits a file: some jobs select by name and were compared, not all skipped.
  expect(checked).toBeGreaterThanOrEqual(2);
}

/** The job of a split file's group, which selects by name. */
function jobOf(p: Planned, id: string): string {
  expect(p.ids).toContain(id);
  return id;
}

const CASES: {
  runner: JsRunner;
  file: string;
  /** Tests the static reader sees and plans, skipped at run time: present, never a difference. */
  skipped: string;
  hidden: string;
  hiddenLine: string;
  /** A planned test of group 2 (its line and how check names it), checked from group 1's job. */
  removed: string;
  removedLine: string;
  group1: string;
  group2: string;
}[] = [
  {
    runner: 'jest',
    file: 'split.test.js',
    skipped: "test.skip('skipped on purpose @group:1', () => {});\ntest.todo('later @group:2');\n",
    hidden: "const t = test;\nt('hidden @group:2', () => {});\n",
    hiddenLine: 'split.test.js › hidden @group:2: found by Jest but planned in no job, so no job runs it.',
    removed: "  test('closes @group:2', () => {});\n",
    removedLine: 'split.test.js › accounts › closes @group:2: planned but Jest did not find it.',
    group1: 'split_test_js_group_1',
    group2: 'split_test_js_group_2',
  },
  {
    runner: 'vitest',
    file: 'tags.test.ts',
    skipped: "test.skip('skipped on purpose @group:1', () => {});\ntest.todo('later @group:2');\n",
    hidden: "const t = test;\nt('hidden @group:2', () => {});\n",
    hiddenLine: 'tags.test.ts › hidden @group:2: found by Vitest but planned in no job, so no job runs it.',
    removed: "  test('own tag wins', { tags: ['group:2'] }, () => {});\n",
    removedLine: 'tags.test.ts › orders › own tag wins: planned but Vitest did not find it.',
    group1: 'tags_test_ts_group_1',
    group2: 'tags_test_ts_group_2',
  },
  {
    runner: 'playwright',
    file: 'tests/checkout.spec.ts',
    skipped:
      "test.skip('skipped on purpose @group:1', async () => {});\ntest.fixme('later @group:2', async () => {});\n",
    hidden: "const t = test;\nt('hidden @group:2', async () => {});\n",
    hiddenLine:
      'tests/checkout.spec.ts › hidden @group:2: found by Playwright but planned in no job, so no job runs it.',
    removed: "  test('refunds', { tag: ['@group:2', '@smoke'] }, async () => {});\n",
    removedLine: 'tests/checkout.spec.ts › checkout › refunds: planned but Playwright did not find it.',
    group1: 'tests_checkout_spec_ts_group_1',
    group2: 'tests_checkout_spec_ts_group_2',
  },
];

describe.each(CASES)('$runner check', (c) => {
  it('passes for every job of a suite whose plan matches the files', () => {
    expectAllAgree(c.runner, plan(path.join(SUITES, c.runner)));
  });

  it('fails naming a test the runner finds but no job selects', () => {
    const root = copySuite(c.runner, (r) => editFile(path.join(r, c.file), (text) => text + c.skipped));
    const p = plan(root);
    // A test added after planning (as one written in a form the static reader cannot see): the
    // plan still splits the file by name, and no job selects the new test.
    editFile(path.join(root, c.file), (text) => text + c.hidden);
    const planText = fs.readFileSync(p.planFile, 'utf8');
    expect(planText).not.toContain('hidden');
    expect(planText).toContain('skipped on purpose');
    for (const id of [c.group1, c.group2]) {
      const r = checkJob(c.runner, p, jobOf(p, id));
      expect(r.status, r.stderr).toBe(1);
      // Exactly the hidden test: skipped and todo tests are found and planned, not differences.
      expect(differences(r.stderr)).toEqual([c.hiddenLine]);
      expect(r.stderr).toContain('docs/js-runners.md');
      // And an annotation where the hidden test is written, line from the runner's own output.
      expect(annotations(r.stdout)).toEqual([
        { file: c.file, line: lineOf(path.join(root, c.file), "t('hidden"), message: c.hiddenLine },
      ]);
    }
  });

  it('fails naming a planned test that is no longer in the file', () => {
    const root = copySuite(c.runner, () => {});
    const p = plan(root);
    const removedAt = lineOf(path.join(root, c.file), c.removed);
    editFile(path.join(root, c.file), (text) => text.replace(c.removed, ''));
    // The test was planned in group 2: group 1's job compares against the whole plan.
    const r = checkJob(c.runner, p, jobOf(p, c.group1));
    expect(r.status, r.stderr).toBe(1);
    expect(differences(r.stderr)).toEqual([c.removedLine]);
    expect(r.stderr).toContain('re-run');
    // The annotation points where the plan saw the test.
    expect(annotations(r.stdout)).toEqual([{ file: c.file, line: removedAt, message: c.removedLine }]);
  });

  it('refuses a missing or malformed results file as an error of use (exit 2, one line)', () => {
    const p = plan(path.join(SUITES, c.runner));
    const env = { GROUP_MATRIX_PLAN: p.planFile, GROUP_MATRIX_ID: c.group1 };
    const check = (file: string) =>
      run(process.execPath, [path.join(FILTERS, c.runner, 'index.js'), 'check', file], p.root, env);
    const missing = check(path.join(os.tmpdir(), 'gm-check-none.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^group-matrix \w+ check: cannot read '.*gm-check-none\.json'.*\n$/);
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-check-bad-')), 'bad.json');
    fs.writeFileSync(bad, '{"unexpected": true}');
    const malformed = check(bad);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/^group-matrix \w+ check: '.*bad\.json' is not .*expected.*\n$/);
  });
});

describe('playwright check with projects-only testDirs', () => {
  // list-args names files relative to the config's rootDir from the plan (here the config's
  // directory): relative to the first project's testDir, Playwright would list nothing.
  it('passes for every job', () => {
    expectAllAgree('playwright', plan(path.join(SUITES, 'playwright-projects')));
  });
});
