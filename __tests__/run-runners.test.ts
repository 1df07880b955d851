// `group-matrix run jest|vitest|playwright` against the real runners on copies of the fixture
// suites: the built action plans the copy, then the built CLI runs one job of the plan, as a
// workflow step does (env GROUP_MATRIX_PLAN and GROUP_MATRIX_ID). A test of the job writes a mark
// file when its body runs, which tells whether the job's tests ran at all.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsRunner } from '../src/model.js';
import { CLI, REPO, runAction } from './helpers/run-action.js';

const SUITES = path.join(REPO, '__tests__', 'fixtures', 'js-suites');

interface Case {
  runner: JsRunner;
  file: string;
  /** The job of group 1 of `file`, which selects its tests by name (the file is split). */
  job: string;
  /** Source text that imports what `mark` needs (appended: imports are hoisted). */
  header: string;
  /** A test body statement that appends a line to the file named by env GM_MARK. */
  mark: string;
  /** How the runner names a found test the plan does not hold, in the check's message. */
  hidden: string;
  /** When the check runs: before the run stops the job before any test; after, the tests ran. */
  check: 'before' | 'after';
}

const CASES: Case[] = [
  {
    runner: 'jest',
    file: 'split.test.js',
    job: 'split_test_js_group_1',
    header: "const { appendFileSync } = require('node:fs');\n",
    mark: "appendFileSync(process.env.GM_MARK, 'ran\\n')",
    hidden: 'split.test.js › hidden @group:1: found by Jest but planned in no job, so no job runs it.',
    check: 'after',
  },
  {
    runner: 'vitest',
    file: 'tags.test.ts',
    job: 'tags_test_ts_group_1',
    header: "import { appendFileSync } from 'node:fs';\n",
    mark: "appendFileSync(process.env.GM_MARK!, 'ran\\n')",
    hidden: 'tags.test.ts › hidden @group:1: found by Vitest but planned in no job, so no job runs it.',
    check: 'before',
  },
  {
    runner: 'playwright',
    file: 'tests/checkout.spec.ts',
    job: 'tests_checkout_spec_ts_group_1',
    header: "import { appendFileSync } from 'node:fs';\n",
    mark: "appendFileSync(process.env.GM_MARK!, 'ran\\n')",
    hidden:
      'tests/checkout.spec.ts › hidden @group:1: found by Playwright but planned in no job, so no job runs it.',
    check: 'before',
  },
];

/** A copy of a fixture suite with `extra` tests appended to `c.file`; the runners from this repository. */
function suiteWith(c: Case, extra: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `gm-run-${c.runner}-`));
  fs.cpSync(path.join(SUITES, c.runner), root, {
    recursive: true,
    filter: (src) => path.basename(src) !== 'node_modules',
  });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const file = path.join(root, c.file);
  fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}${c.header}${extra.join('')}`);
  return root;
}

/** The lines of the check's report of differences (the runner's own output around it left out). */
function differences(stderr: string): string[] {
  const lines = stderr.split('\n');
  const start = lines.findIndex((l) => /^group-matrix \w+ check: job '[^']*': \d+ differences? /.test(l));
  if (start === -1) return [];
  const rest = lines.slice(start + 1);
  return rest
    .slice(
      0,
      rest.findIndex((l) => !l.startsWith('  ')),
    )
    .map((l) => l.trim());
}

const markTest = (c: Case): string => `test('writes a mark @group:1', async () => { ${c.mark}; });\n`;

/**
 * Plans `root` with the built action, then runs `group-matrix run` for one job of it
 * (`afterPlan` edits the suite in between).
 */
function runJob(c: Case, root: string, runnerArgs: string[] = [], id = c.job, afterPlan = () => {}) {
  const action = runAction({}, root);
  if (action.status !== 0) throw new Error(`action failed:\n${action.stdout}`);
  afterPlan();
  const ids = (JSON.parse(action.outputs['groups']!) as { id: string }[]).map((g) => g.id);
  expect(ids).toContain(id);
  const mark = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-run-mark-')), 'mark');
  const r = spawnSync(
    process.execPath,
    [CLI, 'run', c.runner, ...(runnerArgs.length ? ['--', ...runnerArgs] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        CI: '1',
        GROUP_MATRIX_PLAN: action.outputs['plan-file'],
        GROUP_MATRIX_ID: id,
        RUNNER_TEMP: fs.mkdtempSync(path.join(os.tmpdir(), 'gm-run-temp-')),
        GM_MARK: mark,
      },
    },
  );
  const marks = fs.existsSync(mark) ? fs.readFileSync(mark, 'utf8') : '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, marks, log: `${r.stdout}${r.stderr}` };
}

describe.each(CASES)('group-matrix run $runner', (c) => {
  it('a passing job: checked against the plan, its tests run, exit 0', () => {
    const r = runJob(c, suiteWith(c, [markTest(c)]));
    expect(r.status, r.log).toBe(0);
    expect(r.marks).toBe('ran\n');
    expect(r.stdout).toMatch(
      new RegExp(
        `^group-matrix ${c.runner} check: job '${c.job}': the \\d+ tests \\w+ finds in 1 name-selected file agree with the plan\\.$`,
        'm',
      ),
    );
    expect(r.stderr).toContain(`group-matrix run ${c.runner}: job '${c.job}': `);
  });

  it('a failing test: the runner fails, and so does the step', () => {
    const r = runJob(
      c,
      suiteWith(c, [
        markTest(c),
        "test('fails on purpose @group:1', () => { throw new Error('failing on purpose'); });\n",
      ]),
    );
    expect(r.status, r.log).not.toBe(0);
    expect(r.status, r.log).not.toBe(2);
    expect(r.log).toContain('failing on purpose');
    expect(r.marks).toBe('ran\n');
  });

  it(`a test the plan lacks fails the step by name, ${c.check} the run`, () => {
    // Added after planning (as a test written in a form the static reader cannot see).
    const hidden = "test('hidden @group:1', async () => {});\n";
    const root = suiteWith(c, [markTest(c)]);
    const file = path.join(root, c.file);
    const r = runJob(c, root, [], c.job, () => fs.appendFileSync(file, hidden));
    expect(r.status, r.log).toBe(1);
    expect(differences(r.stderr)).toEqual([c.hidden]);
    if (c.check === 'before') {
      expect(r.marks).toBe('');
      expect(r.stderr).toContain(
        `group-matrix run ${c.runner}: job '${c.job}': stopped before running any test.`,
      );
    } else {
      // Jest cannot list without running: the job's tests ran, then the check failed the step.
      expect(r.marks).toBe('ran\n');
    }
  });
});

describe('group-matrix run: errors of use', () => {
  const c = CASES[1]!;
  it('refuses an argument that would change the selection (exit 2, nothing run)', () => {
    const r = runJob(c, suiteWith(c, [markTest(c)]), ['-t', 'writes']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "group-matrix run vitest: '-t' changes which tests run, and the job's tests come from the plan (GROUP_MATRIX_ID). Leave it out; to run other tests, plan them in another job.\n",
    );
    expect(r.marks).toBe('');
  });

  it('names the missing environment and an unknown runner', () => {
    const bare = spawnSync(process.execPath, [CLI, 'run', 'vitest'], {
      cwd: SUITES,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] },
    });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain(
      'set GROUP_MATRIX_PLAN (the plan file from the collect job) and GROUP_MATRIX_ID',
    );
    const unknown = spawnSync(process.execPath, [CLI, 'run', 'mocha'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown runner 'mocha': expected one of jest, vitest, playwright\./);
  });

  it('runner arguments are passed to the run: a reporter of the runner writes its file', () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-run-junit-'));
    const junit = path.join(temp, 'junit.xml');
    const r = runJob(c, suiteWith(c, [markTest(c)]), ['--reporter=junit', `--outputFile.junit=${junit}`]);
    expect(r.status, r.log).toBe(0);
    const xml = fs.readFileSync(junit, 'utf8');
    expect(xml).toContain('name="orders &gt; inherits"');
    expect(xml).toContain('writes a mark @group:1');
  });
});
