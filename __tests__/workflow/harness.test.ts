// The reusable workflow, run end to end by scripts/workflow-harness.mjs: every run: step for real
// (bash / python, with the env the workflow declares), our built actions (npm run package) as a
// runner runs them, real pytest through the plugin in each matrix job, and real Vitest through its
// filter for the documented JS caller. Checkout, cache and artifacts are emulated by copying files
// (no workflow engine or docker here).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJunit } from '../../src/junit/parse.js';
import { PYTHON } from '../helpers/pytest.js';
import { REPO } from '../helpers/run-action.js';
import { makeTree } from '../helpers/tree.js';

interface Step {
  label: string;
  id: string | null;
  outcome: string;
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
  summary: string;
  commands: { kind: string; props: string; message: string }[];
  leg: string;
}
interface Leg {
  label: string;
  result: string;
  steps: Omit<Step, 'leg'>[];
}
interface JobResult {
  result: string;
  outputs: Record<string, string>;
  legs: Leg[];
}
interface State {
  root: string;
  artifacts: Map<string, string>;
  cache: { key: string; file: string }[];
}
interface RunResult {
  attempt: number;
  result: string;
  jobs: Record<string, JobResult>;
  state: State;
}
interface Harness {
  runWorkflow(options: {
    suite: string;
    actionsRoot?: string;
    inputs?: Record<string, string | number>;
    runnerEnv?: Record<string, string>;
    state?: State;
    previous?: RunResult | null;
    ref?: string;
    hooks?: { afterJob?: (jobId: string, state: State, results: Record<string, JobResult>) => void };
  }): RunResult;
  stepsOf(result: RunResult, jobId: string): Step[];
  callerFromDoc(markdown: string, heading: string): { uses: string; with: Record<string, string> };
  createState(): State;
  snapshotActions(): string;
  evaluate(text: string, ctx: Record<string, unknown>): unknown;
  interpolate(value: string, ctx: Record<string, unknown>): unknown;
}

const harness = (await import(
  new URL('../../scripts/workflow-harness.mjs', import.meta.url).href
)) as Harness;

const SUITE = path.join(REPO, '__tests__', 'fixtures', 'report', 'suite');
/** The documented pytest command, with the plugin loaded from the checkout instead of pip. */
const TEST_COMMAND =
  '"$HARNESS_PYTHON" -m pytest -p pytest_group_matrix.plugin -p no:cacheprovider --junitxml="$GROUP_MATRIX_JUNIT"';
const RUNNER_ENV = {
  PYTHONPATH: path.join(REPO, 'python'),
  PYTHONDONTWRITEBYTECODE: '1',
  HARNESS_PYTHON: PYTHON,
};
const INPUTS = { plugin: '', 'test-command': TEST_COMMAND };

/** The built actions (npm run package), copied once: other builds may rewrite dist/ meanwhile. */
const ACTIONS = harness.snapshotActions();

function run(options: Partial<Parameters<Harness['runWorkflow']>[0]> = {}): RunResult {
  return harness.runWorkflow({
    suite: SUITE,
    actionsRoot: ACTIONS,
    runnerEnv: RUNNER_ENV,
    ...options,
    inputs: { ...INPUTS, ...options.inputs },
  });
}

const step = (r: RunResult, job: string, id: string): Step => {
  const found = harness.stepsOf(r, job).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in ${job}`);
  return found;
};
const reportStep = (r: RunResult) => step(r, 'report', 'report');
const errorsOf = (s: Step) => s.commands.filter((c) => c.kind === 'error').map((c) => c.message);
const explain = (r: RunResult) =>
  Object.entries(r.jobs)
    .map(
      ([id, j]) =>
        `${id}: ${j.result}\n` +
        harness
          .stepsOf(r, id)
          .filter((s) => s.outcome === 'failure')
          .map((s) => `  ${s.leg} / ${s.label}\n${s.stdout}\n${s.stderr}`)
          .join('\n'),
    )
    .join('\n');

/** Files named PWNED* anywhere under `dir` (a hostile name that was executed leaves one). */
function pwned(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
    path.basename(f).startsWith('PWNED'),
  );
}

describe('the reusable workflow on a pytest suite', () => {
  const first = run();

  it('collect → one job per group, each running real pytest through the plugin → report → gate', () => {
    expect(first.result, explain(first)).toBe('success');
    expect(first.jobs['collect']!.outputs['count']).toBe('4');
    const legs = first.jobs['test']!.legs;
    expect(legs.map((l) => l.label)).toEqual([
      'test_misc.py | ungrouped',
      'test_orders.py | group 1',
      'test_orders.py | group 2',
      'test_users.py | group db',
    ]);
    // Each job ran only its own tests: the plugin deselected the others.
    const ordersOne = harness
      .stepsOf(first, 'test')
      .find((s) => s.leg === 'test_orders.py | group 1' && s.label === "Run this job's tests")!;
    expect(ordersOne.stdout).toMatch(/3 passed, 5 deselected/);
    expect(reportStep(first).outputs).toMatchObject({
      planned: '8',
      passed: '7',
      failed: '0',
      skipped: '1',
      missing: '0',
      duplicates: '0',
      flaky: '0',
    });
    expect(reportStep(first).summary).toContain('**Every planned test ran exactly once.**');
    expect(first.jobs['gate']!.result).toBe('success');
  });

  it('uploads one uniquely named JUnit artifact per job, with the run attempt', () => {
    const names = [...first.state.artifacts.keys()].filter((n) => n.includes('-junit-')).sort();
    expect(names).toEqual([
      'group-matrix-junit-tests_test_misc_py_ungrouped-1',
      'group-matrix-junit-tests_test_orders_py_group_1-1',
      'group-matrix-junit-tests_test_orders_py_group_2-1',
      'group-matrix-junit-tests_test_users_py_group_db-1',
    ]);
  });

  it('writes the timings file (call time per plan id), saves it to the cache on the default branch and as an artifact', () => {
    const timings = JSON.parse(fs.readFileSync(reportStep(first).outputs['timings-file']!, 'utf8')) as {
      tool: string;
      tests: Record<string, number>;
    };
    expect(timings.tool).toBe('group-matrix-timings');
    expect(Object.keys(timings.tests)).toEqual([
      'tests/test_misc.py::test_ungrouped',
      'tests/test_orders.py::test_bulk[1]',
      'tests/test_orders.py::test_bulk[2]',
      'tests/test_orders.py::test_cancel',
      'tests/test_orders.py::test_create',
      'tests/test_users.py::TestUsers::test_read',
      'tests/test_users.py::test_write',
    ]);
    expect(first.state.cache.map((e) => e.key)).toEqual(['group-matrix-timings-4242-1']);
    expect(first.state.artifacts.has('group-matrix-timings')).toBe(true);
  });

  it('the first run has no cached timings: the API fallback degrades to a notice and the run succeeds', () => {
    const fetch = step(first, 'collect', 'fetch');
    expect(fetch.outcome).toBe('success');
    expect(fetch.commands).toEqual([
      expect.objectContaining({
        kind: 'notice',
        message: expect.stringContaining('This run balances by test counts'),
      }),
    ]);
  });

  it('the next run restores the timings by prefix, skips the API fallback and plans with them', () => {
    const next = run({ state: first.state });
    expect(next.result, explain(next)).toBe('success');
    expect(step(next, 'collect', 'cache').outputs['cache-matched-key']).toBe('group-matrix-timings-4242-1');
    expect(step(next, 'collect', 'fetch').outcome).toBe('skipped');
    expect(step(next, 'collect', 'plan').summary).not.toContain('No timings');
  });

  it('on another branch the timings are uploaded but not saved to the cache', () => {
    const branch = run({ ref: 'refs/heads/feature' });
    expect(branch.result, explain(branch)).toBe('success');
    expect(branch.state.cache).toEqual([]);
    expect(branch.state.artifacts.has('group-matrix-timings')).toBe(true);
  });
});

describe('the report fails when the promise is broken', () => {
  it("a job's report is lost: the report fails naming the job and its tests; the gate fails", () => {
    const r = run({
      hooks: {
        afterJob: (job, state) => {
          if (job === 'test') state.artifacts.delete('group-matrix-junit-tests_test_orders_py_group_1-1');
        },
      },
    });
    expect(reportStep(r).outcome).toBe('failure');
    expect(reportStep(r).outputs['missing']).toBe('3');
    const errors = errorsOf(reportStep(r)).join('\n');
    expect(errors).toContain(
      "Job 'test_orders.py | group 1' (tests_test_orders_py_group_1) produced no JUnit report",
    );
    expect(errors).toContain(
      'tests/test_orders.py::test_create, tests/test_orders.py::test_bulk[1], tests/test_orders.py::test_bulk[2]',
    );
    expect(r.jobs['gate']!.result).toBe('failure');
    const gate = harness.stepsOf(r, 'gate')[0]!;
    // The test jobs themselves passed: only the report knows a report is missing.
    expect(errorsOf(gate)).toEqual(["The report job ended 'failure': see its summary."]);
  });

  it('the filter is not installed, so every job runs every test: duplicates fail the report and the gate', () => {
    const r = run({ inputs: { 'test-command': TEST_COMMAND.replace('-p pytest_group_matrix.plugin ', '') } });
    expect(r.jobs['test']!.result).toBe('success');
    expect(reportStep(r).outcome).toBe('failure');
    expect(reportStep(r).outputs['duplicates']).toBe('8');
    expect(errorsOf(reportStep(r)).join('\n')).toContain('ran in 4 jobs');
    expect(reportStep(r).summary).toContain('### Ran in several jobs (8)');
    expect(r.jobs['gate']!.result).toBe('failure');
  });

  it('a test that fails on attempt 1 and passes on the re-run of failed jobs is listed as flaky', () => {
    const suite = makeTree({
      'pytest.ini': '[pytest]\ntestpaths = tests\n',
      'tests/test_orders.py': fs.readFileSync(path.join(SUITE, 'tests', 'test_orders.py'), 'utf8'),
      'tests/test_flaky.py':
        'import os\nimport pytest\n\n\n@pytest.mark.group("flaky")\ndef test_sometimes():\n    assert os.environ["GITHUB_RUN_ATTEMPT"] != "1", "fails on the first attempt only"\n',
    });
    const attempt1 = run({ suite });
    expect(attempt1.jobs['test']!.legs.map((l) => [l.label, l.result])).toEqual([
      ['test_flaky.py | group flaky', 'failure'],
      ['test_orders.py | group 1', 'success'],
      ['test_orders.py | group 2', 'success'],
    ]);
    expect(reportStep(attempt1).outputs['failed']).toBe('1');
    expect(attempt1.jobs['gate']!.result).toBe('failure');

    const attempt2 = run({ suite, state: attempt1.state, previous: attempt1 });
    expect(attempt2.attempt).toBe(2);
    // Only the failed leg ran again, and its report did not overwrite the first attempt's.
    expect([...attempt2.state.artifacts.keys()].filter((n) => n.includes('flaky')).sort()).toEqual([
      'group-matrix-junit-tests_test_flaky_py_group_flaky-1',
      'group-matrix-junit-tests_test_flaky_py_group_flaky-2',
    ]);
    expect(reportStep(attempt2).outputs).toMatchObject({
      failed: '0',
      flaky: '1',
      passed: '5',
      duplicates: '0',
    });
    expect(reportStep(attempt2).summary).toContain(
      '### Flaky: failed, then passed (1)\n\n- `tests/test_flaky.py::test_sometimes`',
    );
    expect(attempt2.result, explain(attempt2)).toBe('success');
  });
});

describe('edge cases', () => {
  it('no tests: collect emits count 0, the test job is skipped, report and gate succeed', () => {
    const empty = makeTree({ 'README.md': 'no tests here\n' });
    const r = run({ suite: empty });
    expect(r.jobs['collect']!.outputs).toMatchObject({ count: '0', groups: '[]' });
    expect(r.jobs['test']!.result).toBe('skipped');
    expect(reportStep(r).outputs['planned']).toBe('0');
    expect(r.jobs['report']!.result).toBe('success');
    expect(r.jobs['gate']!.result, explain(r)).toBe('success');
  });

  it("paths as a JSON array of globs; the test command passes the job's files (GROUP_MATRIX_FILES)", () => {
    // With `paths` narrower than what pytest collects, pytest must be given the job's files: the
    // plugin fails on a collected test that is in no job of the plan. A bash array keeps hostile
    // file names intact.
    const command = [
      'mapfile -t files < <("$HARNESS_PYTHON" -c \'import json, os; print("\\n".join(json.loads(os.environ["GROUP_MATRIX_FILES"])))\')',
      TEST_COMMAND + ' "${files[@]}"',
    ].join('\n');
    const r = run({ inputs: { paths: '["tests/test_orders.py"]', 'test-command': command } });
    expect(r.jobs['collect']!.outputs['count']).toBe('2');
    expect(r.result, explain(r)).toBe('success');
  });

  it.each([
    ['paths', '["tests/*.py"', /Input 'paths' starts with '\[' but is not valid JSON/],
    ['paths', '[1, 2]', /Input 'paths' is \[1, 2\]: expected a JSON array of non-empty strings/],
    ['runs-on', '[ubuntu-latest]', /Input 'runs-on' starts with '\[' but is not valid JSON/],
    ['name', 'a/b', /Input 'name' is "a\/b": it prefixes artifact names/],
  ])('a bad %s (%s) fails the collect job with a clear error, and the gate', (input, value, message) => {
    const r = run({ inputs: { [input]: value } });
    const validate = step(r, 'collect', 'inputs');
    expect(validate.outcome).toBe('failure');
    expect(errorsOf(validate).join('\n')).toMatch(message);
    expect(r.jobs['test']!.result).toBe('skipped');
    expect(r.jobs['report']!.result).toBe('skipped');
    expect(r.jobs['gate']!.result).toBe('failure');
  });
});

describe('the documented Vitest caller (docs/workflow.md, "A JS runner")', () => {
  const caller = harness.callerFromDoc(
    fs.readFileSync(path.join(REPO, 'docs', 'workflow.md'), 'utf8'),
    'A JS runner',
  );
  const JS_SUITE = path.join(REPO, '__tests__', 'fixtures', 'workflow-js');
  // The documented setup installs the suite's packages (npm ci); `npm install` is not available
  // here, so the stand-in links this repository's vitest into the job's workspace. Every other
  // input, the test command above all, is the documented one verbatim; `group-matrix` is on PATH
  // through the workflow's setup action (setup/, run as a composite action).
  const SETUP = [
    'mkdir -p node_modules/.bin',
    'ln -s "$HARNESS_NODE_MODULES/vitest" node_modules/vitest',
    'ln -s ../vitest/vitest.mjs node_modules/.bin/vitest',
  ].join('\n');
  const runJs = (options: Partial<Parameters<Harness['runWorkflow']>[0]> = {}): RunResult =>
    harness.runWorkflow({
      suite: JS_SUITE,
      actionsRoot: ACTIONS,
      runnerEnv: { HARNESS_NODE_MODULES: path.join(REPO, 'node_modules'), HARNESS_ACTIONS: ACTIONS },
      ...options,
      inputs: { ...caller.with, 'setup-command': SETUP },
    });
  const PLANNED = [
    'src/misc.test.ts',
    'src/orders.test.ts::orders::bulk @group:1',
    'src/orders.test.ts::orders::cancel @group:2',
    'src/orders.test.ts::orders::create @group:1',
    'src/orders.test.ts::orders::list',
    'src/users.test.ts',
  ];
  const r = runJs();

  it('is a caller of this reusable workflow for Vitest, with no python and no pip plugin', () => {
    expect(caller.uses).toBe('group-matrix/group-matrix/.github/workflows/group-matrix.yml@v1');
    expect(caller.with).toMatchObject({ 'python-version': '', plugin: '', paths: '["src/**/*.test.ts"]' });
    expect(caller.with['test-command']).toMatch(/^group-matrix run vitest -- /);
    expect(caller.with['setup-command']).toBe('npm ci');
    expect(
      harness.stepsOf(r, 'test').filter((s) => s.outcome !== 'skipped' && /python|pip|plugin/i.test(s.label)),
    ).toEqual([]);
  });

  it("checks Vitest's own view of the split file against the plan before each of its jobs runs", () => {
    const runs = harness.stepsOf(r, 'test').filter((s) => s.label === "Run this job's tests");
    const said = (leg: string): string => runs.find((s) => s.leg === leg)!.stdout;
    for (const leg of ['orders.test.ts | group 1', 'orders.test.ts | group 2', 'orders.test.ts | ungrouped'])
      expect(said(leg), leg).toMatch(/the 4 tests Vitest finds in 1 name-selected file agree with the plan/);
    expect(said('users.test.ts | group db')).toMatch(/runs its files whole .*nothing to check/);
  });

  it('plans two groups, a split file and ungrouped tests, one Vitest job each', () => {
    expect(r.jobs['collect']!.outputs['count'], explain(r)).toBe('5');
    expect(r.jobs['test']!.legs.map((l) => [l.label, l.result])).toEqual([
      ['misc.test.ts | ungrouped', 'success'],
      ['orders.test.ts | group 1', 'success'],
      ['orders.test.ts | group 2', 'success'],
      ['orders.test.ts | ungrouped', 'success'],
      ['users.test.ts | group db', 'success'],
    ]);
    const groups = JSON.parse(r.jobs['collect']!.outputs['groups']!) as { runner: string }[];
    expect(new Set(groups.map((g) => g.runner))).toEqual(new Set(['vitest']));
  });

  it("each job's JUnit report (real npx vitest through the filter) holds only its own tests: every test ran exactly once", () => {
    const ran = new Map<string, string[]>();
    for (const [name, dir] of r.state.artifacts) {
      if (!name.startsWith('unit-junit-')) continue;
      const { cases } = parseJunit(fs.readFileSync(path.join(dir, 'junit.xml'), 'utf8'), name);
      for (const c of cases.filter((k) => k.outcome === 'passed'))
        ran.set(`${c.classname} › ${c.name}`, [...(ran.get(`${c.classname} › ${c.name}`) ?? []), name]);
    }
    expect(Object.fromEntries(ran)).toEqual({
      'src/misc.test.ts › ungrouped': ['unit-junit-src_misc_test_ts_ungrouped-1'],
      'src/orders.test.ts › orders > create @group:1': ['unit-junit-src_orders_test_ts_group_1-1'],
      'src/orders.test.ts › orders > bulk @group:1': ['unit-junit-src_orders_test_ts_group_1-1'],
      'src/orders.test.ts › orders > cancel @group:2': ['unit-junit-src_orders_test_ts_group_2-1'],
      'src/orders.test.ts › orders > list': ['unit-junit-src_orders_test_ts_ungrouped-1'],
      'src/users.test.ts › read': ['unit-junit-src_users_test_ts_group_db-1'],
      'src/users.test.ts › write': ['unit-junit-src_users_test_ts_group_db-1'],
    });
  });

  it('the report finds every planned test exactly once, writes timings for each, and the gate passes', () => {
    expect(reportStep(r).outputs, reportStep(r).stdout).toMatchObject({
      planned: '6',
      passed: '6',
      failed: '0',
      skipped: '0',
      missing: '0',
      duplicates: '0',
      flaky: '0',
    });
    const timings = JSON.parse(fs.readFileSync(reportStep(r).outputs['timings-file']!, 'utf8')) as {
      tests: Record<string, number>;
    };
    expect(Object.keys(timings.tests).sort()).toEqual(PLANNED);
    expect(r.state.cache.map((e) => e.key)).toEqual(['unit-timings-4242-1']);
    expect(r.result, explain(r)).toBe('success');
  });

  it("a job's JUnit report is lost: the report fails naming the job and its tests; the gate fails", () => {
    const lost = runJs({
      hooks: {
        afterJob: (job, state) => {
          if (job === 'test') state.artifacts.delete('unit-junit-src_orders_test_ts_group_1-1');
        },
      },
    });
    expect(reportStep(lost).outcome).toBe('failure');
    expect(reportStep(lost).outputs['missing']).toBe('2');
    const errors = errorsOf(reportStep(lost)).join('\n');
    expect(errors).toContain(
      "Job 'orders.test.ts | group 1' (src_orders_test_ts_group_1) produced no JUnit report",
    );
    expect(errors).toContain('no JUnit report from: orders.test.ts | group 1');
    expect(errors).toContain('src/orders.test.ts::orders::create @group:1');
    expect(lost.jobs['gate']!.result).toBe('failure');
  });
});

describe('hostile file and group names', () => {
  // Generated, not committed: `"` and backticks are not valid in file names on Windows checkouts.
  const suite = makeTree({
    'pytest.ini': '[pytest]\ntestpaths = tests\n',
    'tests/test_$(touch PWNED_file).py': [
      'import pytest',
      '',
      '@pytest.mark.group("$(touch PWNED_group)")',
      'def test_dollar():',
      '    pass',
      '',
      '@pytest.mark.group("`touch PWNED_tick`")',
      'def test_tick():',
      '    pass',
      '',
      '@pytest.mark.group("\'; touch PWNED_quote; echo \\" |&<> \\\\")',
      'def test_quote():',
      '    pass',
      '',
      '@pytest.mark.group("${{ github.token }}")',
      'def test_expression():',
      '    pass',
      '',
    ].join('\n'),
    // No dot inside the name: pytest's dotted JUnit class name could not tell it from a package.
    'tests/test_`touch PWNED_name` ${{ github }} q\'s "d".py':
      'import pytest\n\n@pytest.mark.group(1)\ndef test_one():\n    pass\n',
  });
  const cwdBefore = pwned(process.cwd());
  const r = run({
    suite,
    inputs: {
      'test-command': TEST_COMMAND.replace(
        '-p no:cacheprovider',
        '-p no:cacheprovider --import-mode=importlib',
      ),
    },
  });

  it('go through collect, test and report without being executed', () => {
    expect(r.result, explain(r)).toBe('success');
    expect(reportStep(r).outputs).toMatchObject({ planned: '5', passed: '5', missing: '0', duplicates: '0' });
    expect(pwned(r.state.root)).toEqual([]);
    expect(pwned(suite)).toEqual([]);
    expect(pwned(process.cwd())).toEqual(cwdBefore);
  });

  it('keep their text: job names show it verbatim, ${{ }} in a value is never evaluated', () => {
    const names = r.jobs['test']!.legs.map((l) => l.label);
    expect(names).toContain('test_$(touch PWNED_file).py | group ${{ github.token }}');
    expect(names).toContain('test_$(touch PWNED_file).py | group `touch PWNED_tick`');
    expect(names.join('\n')).not.toContain('harness-token');
    const files = harness.stepsOf(r, 'test').filter((s) => s.id === 'prepare');
    expect(files).toHaveLength(5);
  });

  it('artifact names hold only safe characters', () => {
    for (const name of r.state.artifacts.keys()) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('a job id with forbidden characters (a hand-edited or future groups output) is sanitized in the artifact name', () => {
    const hostile = 'a"; touch PWNED_id; echo `x` $(y) /..\\:*?<>|';
    const tampered = run({
      hooks: {
        afterJob: (job, _state, results) => {
          if (job !== 'collect') return;
          const outputs = results['collect']!.outputs;
          const groups = JSON.parse(outputs['groups']!) as Record<string, unknown>[];
          outputs['groups'] = JSON.stringify([{ ...groups[0], id: hostile }]);
          outputs['count'] = '1';
        },
      },
    });
    const prepare = step(tampered, 'test', 'prepare');
    expect(prepare.outcome).toBe('success');
    expect(prepare.outputs['artifact']).toMatch(/^group-matrix-junit-[A-Za-z0-9_.]+-1$/);
    expect(pwned(tampered.state.root)).toEqual([]);
    // The plugin refuses the id (not in the plan) and the report says the planned job never ran.
    expect(tampered.jobs['test']!.result).toBe('failure');
    expect(tampered.jobs['gate']!.result).toBe('failure');
  });
});

describe('the harness expression evaluator', () => {
  const ctx = {
    inputs: { 'runs-on': 'ubuntu-latest', x: '${{ inputs.y }}' },
    matrix: { group: { id: 'a' } },
    __status: { failed: false },
  };

  it('short-circuits && and || (fromJSON of a label is never evaluated)', () => {
    expect(
      harness.evaluate(
        "(startsWith(inputs.runs-on, '[') && fromJSON(inputs.runs-on)) || inputs.runs-on",
        ctx,
      ),
    ).toBe('ubuntu-latest');
  });

  it('evaluates once: a value holding ${{ }} text stays text', () => {
    expect(harness.interpolate('v=${{ inputs.x }}', ctx)).toBe('v=${{ inputs.y }}');
    expect(harness.interpolate("${{ matrix.group['id'] }}", ctx)).toBe('a');
  });

  it('refuses an unknown context instead of guessing', () => {
    expect(() => harness.evaluate('secrets.TOKEN', ctx)).toThrow(/unknown context 'secrets'/);
  });
});
