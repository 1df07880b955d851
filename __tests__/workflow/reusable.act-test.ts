// The reusable workflow (.github/workflows/group-matrix.yml) run by act, called as the docs show:
// real pytest through the plugin in every matrix job, our built actions, artifacts and the cache
// through act's servers. The cases that break the promise (a lost report, duplicates, a flaky
// test, no tests, bad inputs, hostile names) run the same way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ActResult,
  commandsOf,
  explain,
  job,
  jobsOf,
  makeRepository,
  newState,
  outputsOf,
  printed,
  runAct,
  stepLines,
  stepResult,
  summaryOf,
} from './act.js';
import { REPORT_SUITE, callerWorkflow, filesOf, yamlBlock } from './suites.js';

const WORKFLOW = '.github/workflows/tests.yml';
/** The caller docs/workflow.md opens with, exactly as written. */
const DOCS_CALLER = callerWorkflow(yamlBlock('docs/workflow.md', '# .github/workflows/tests.yml'));
const PREFIX = 'tests/group-matrix/';

const artifactsOf = (r: ActResult): string[] =>
  fs.readdirSync(path.join(r.state.root, 'artifacts', r.state.runId)).sort();
const legs = (r: ActResult) => jobsOf(r, 'test').map((j) => [j.name.replace(PREFIX, ''), j.result]);
const reportOutputs = (r: ActResult) => outputsOf(job(r, 'report'), 'report');
const reportErrors = (r: ActResult) => commandsOf(stepLines(job(r, 'report'), 'report'), 'error').join('\n');

/** A caller of the reusable workflow with these `with:` lines (YAML, indented 6). */
function caller(withLines: string): string {
  return `name: Tests
on: push
permissions:
  contents: read
jobs:
  tests:
    uses: group-matrix/group-matrix/.github/workflows/group-matrix.yml@v1
    permissions:
      contents: read
      actions: read
    with:
${withLines}`;
}

describe('the caller in docs/workflow.md, on a pytest suite', () => {
  // The documented caller installs requirements.txt and plans tests/integration/**/test_*.py.
  const repository = makeRepository({
    ...filesOf(REPORT_SUITE, ''),
    'pytest.ini': '[pytest]\ntestpaths = tests/integration\n',
    ...Object.fromEntries(
      Object.entries(filesOf(path.join(REPORT_SUITE, 'tests'))).map(([k, v]) => [
        `tests/integration/${k}`,
        v,
      ]),
    ),
    'requirements.txt': 'pytest>=7\n',
    [WORKFLOW]: DOCS_CALLER,
  });
  for (const stale of ['tests/test_misc.py', 'tests/test_orders.py', 'tests/test_users.py'])
    fs.rmSync(path.join(repository, stale), { force: true });
  const state = newState();
  const first = runAct({ repository, workflow: WORKFLOW, state });

  it('collect → one job per group, each running real pytest through the plugin → report → gate', async () => {
    const r = await first;
    expect(job(r, 'gate').result, explain(r)).toBe('success');
    expect(r.status).toBe(0);
    expect(outputsOf(job(r, 'collect'), 'plan')['count']).toBe('4');
    expect(legs(r).sort()).toEqual([
      ['test_misc.py | ungrouped', 'success'],
      ['test_orders.py | group 1', 'success'],
      ['test_orders.py | group 2', 'success'],
      ['test_users.py | group db', 'success'],
    ]);
    // Each job ran only its own tests: the plugin deselected the others.
    const ordersOne = jobsOf(r, 'test').find((j) => j.name === `${PREFIX}test_orders.py | group 1`)!;
    expect(printed(ordersOne, "Run this job's tests")).toMatch(/3 passed, 5 deselected/);
    expect(reportOutputs(r)).toMatchObject({
      planned: '8',
      passed: '7',
      failed: '0',
      skipped: '1',
      missing: '0',
      duplicates: '0',
      flaky: '0',
    });
    expect(summaryOf(job(r, 'report'), 'report')).toContain('**Every planned test ran exactly once.**');
  });

  it('uploads the plan, one uniquely named JUnit artifact per job with the run attempt, and the timings', async () => {
    const r = await first;
    expect(artifactsOf(r)).toEqual([
      'group-matrix-junit-tests_integration_test_misc_py_ungrouped-1',
      'group-matrix-junit-tests_integration_test_orders_py_group_1-1',
      'group-matrix-junit-tests_integration_test_orders_py_group_2-1',
      'group-matrix-junit-tests_integration_test_users_py_group_db-1',
      'group-matrix-plan',
      'group-matrix-timings',
    ]);
  });

  it('the first run has no timings: the API fallback degrades to a notice and the run succeeds', async () => {
    const r = await first;
    const collect = job(r, 'collect');
    expect(stepResult(collect, 'fetch')).toBe('success');
    expect(commandsOf(stepLines(collect, 'fetch'), 'notice').join('\n')).toContain(
      'This run balances by test counts',
    );
  });

  it('the next run restores the timings saved on the default branch by prefix, skips the API fallback and plans with them', async () => {
    const r = await first;
    const next = await runAct({ repository, workflow: WORKFLOW, state: { ...state, runId: r.state.runId } });
    const collect = job(next, 'collect');
    expect(job(next, 'gate').result, explain(next)).toBe('success');
    expect(outputsOf(collect, 'cache')['cache-matched-key']).toBe(`group-matrix-timings-${state.runId}-1`);
    expect(stepResult(collect, 'fetch')).toBe('skipped');
    expect(summaryOf(collect, 'plan')).not.toContain('No timings');
  });
});

describe('the report fails when the promise is broken', () => {
  const suite: Record<string, string> = { ...filesOf(REPORT_SUITE), 'requirements.txt': 'pytest>=7\n' };

  it("a job's report is lost (its command wrote the XML elsewhere): the report fails naming the job and its tests; the gate fails", async () => {
    const r = await runAct({
      repository: makeRepository({
        ...suite,
        [WORKFLOW]: caller(`      setup-command: python -m pip install -r requirements.txt
      test-command: |
        if [ "$GROUP_MATRIX_ID" = tests_test_orders_py_group_1 ]; then
          python -m pytest --junitxml=elsewhere.xml
        else
          python -m pytest --junitxml="$GROUP_MATRIX_JUNIT"
        fi
`),
      }),
      workflow: WORKFLOW,
    });
    // The test jobs themselves passed: only the report knows a report is missing.
    expect(jobsOf(r, 'test').map((j) => j.result)).toEqual(['success', 'success', 'success', 'success']);
    expect(stepResult(job(r, 'report'), 'report'), explain(r)).toBe('failure');
    expect(reportOutputs(r)['missing']).toBe('3');
    expect(reportErrors(r)).toContain(
      "Job 'test_orders.py | group 1' (tests_test_orders_py_group_1) produced no JUnit report",
    );
    expect(reportErrors(r)).toContain(
      'tests/test_orders.py::test_create, tests/test_orders.py::test_bulk[1], tests/test_orders.py::test_bulk[2]',
    );
    expect(job(r, 'gate').result).toBe('failure');
    expect(commandsOf(job(r, 'gate').lines, 'error')).toEqual([
      "The report job ended 'failure': see its summary.",
    ]);
  });

  it('the filter is not installed, so every job runs every test: duplicates fail the report and the gate', async () => {
    const r = await runAct({
      repository: makeRepository({
        ...suite,
        [WORKFLOW]: caller(`      plugin: ''
      setup-command: python -m pip install -r requirements.txt
`),
      }),
      workflow: WORKFLOW,
    });
    expect(
      jobsOf(r, 'test').every((j) => j.result === 'success'),
      explain(r),
    ).toBe(true);
    expect(stepResult(job(r, 'report'), 'report')).toBe('failure');
    expect(reportOutputs(r)['duplicates']).toBe('8');
    expect(reportErrors(r)).toContain('ran in 4 jobs');
    expect(summaryOf(job(r, 'report'), 'report')).toContain('### Ran in several jobs (8)');
    expect(job(r, 'gate').result).toBe('failure');
  });

  it('a test that fails on attempt 1 and passes when the jobs run again (attempt 2) is listed as flaky', async () => {
    const repository = makeRepository({
      'pytest.ini': '[pytest]\ntestpaths = tests\n',
      'requirements.txt': 'pytest>=7\n',
      'tests/test_orders.py': suite['tests/test_orders.py']!,
      'tests/test_flaky.py':
        'import os\nimport pytest\n\n\n@pytest.mark.group("flaky")\ndef test_sometimes():\n    assert os.environ["GITHUB_RUN_ATTEMPT"] != "1", "fails on the first attempt only"\n',
      [WORKFLOW]: caller('      setup-command: python -m pip install -r requirements.txt\n'),
    });
    const state = newState();
    const attempt1 = await runAct({ repository, workflow: WORKFLOW, state });
    expect(legs(attempt1).sort(), explain(attempt1)).toEqual([
      ['test_flaky.py | group flaky', 'failure'],
      ['test_orders.py | group 1', 'success'],
      ['test_orders.py | group 2', 'success'],
    ]);
    expect(reportOutputs(attempt1)['failed']).toBe('1');
    expect(job(attempt1, 'gate').result).toBe('failure');

    // act re-runs every job of the run (GitHub's "Re-run all jobs"), with the same run id and the
    // first attempt's artifacts; each attempt's reports keep their own names.
    const attempt2 = await runAct({ repository, workflow: WORKFLOW, state, attempt: 2 });
    expect(artifactsOf(attempt2).filter((n) => n.includes('flaky'))).toEqual([
      'group-matrix-junit-tests_test_flaky_py_group_flaky-1',
      'group-matrix-junit-tests_test_flaky_py_group_flaky-2',
    ]);
    expect(reportOutputs(attempt2)).toMatchObject({ failed: '0', flaky: '1', passed: '5', duplicates: '0' });
    expect(summaryOf(job(attempt2, 'report'), 'report')).toContain(
      '### Flaky: failed, then passed (1)\n\n- `tests/test_flaky.py::test_sometimes`',
    );
    expect(job(attempt2, 'gate').result, explain(attempt2)).toBe('success');
  });
});

describe('edge cases', () => {
  it('no tests: collect emits count 0, the test job is skipped, report and gate succeed', async () => {
    const r = await runAct({
      repository: makeRepository({
        'README.md': 'no tests here\n',
        [WORKFLOW]: caller("      plugin: ''\n"),
      }),
      workflow: WORKFLOW,
    });
    expect(outputsOf(job(r, 'collect'), 'plan')).toMatchObject({ count: '0', groups: '[]' });
    expect(jobsOf(r, 'test').map((j) => j.result)).toEqual(['skipped']);
    expect(reportOutputs(r)['planned']).toBe('0');
    expect(job(r, 'report').result).toBe('success');
    expect(job(r, 'gate').result, explain(r)).toBe('success');
    expect(r.status).toBe(0);
  });

  it.each([
    ['paths', `'["tests/*.py"'`, /Input 'paths' starts with '\[' but is not valid JSON/],
    ['paths', `'[1, 2]'`, /Input 'paths' is \[1, 2\]: expected a JSON array of non-empty strings/],
    ['runs-on', `'[ubuntu-latest]'`, /Input 'runs-on' starts with '\[' but is not valid JSON/],
    ['name', 'a/b', /Input 'name' is "a\/b": it prefixes artifact names/],
  ])('a bad %s (%s) fails the collect job with a clear error', async (input, value, message) => {
    const r = await runAct({
      repository: makeRepository({
        ...filesOf(REPORT_SUITE),
        [WORKFLOW]: caller(`      ${input}: ${value}\n`),
      }),
      workflow: WORKFLOW,
    });
    const collect = job(r, 'collect');
    expect(stepResult(collect, 'inputs')).toBe('failure');
    expect(commandsOf(stepLines(collect, 'inputs'), 'error').join('\n')).toMatch(message);
    expect(stepResult(collect, 'plan')).toBe('skipped');
    // GitHub skips the test job for its failed need without reading its matrix, then runs the
    // gate. act reads the matrix first and stops the run on fromJSON('') (docs/workflow.md,
    // "How it is tested"); the gate's script after a failed collect runs in static.test.ts.
    expect(r.text).toContain('Error while evaluating matrix: Invalid JSON');
    expect(jobsOf(r, 'test')).toEqual([]);
    expect(r.status).not.toBe(0);
  });
});

describe('hostile file and group names', () => {
  // Generated, not committed: `"` and backticks are not valid in file names on Windows checkouts.
  const files = {
    'pytest.ini': '[pytest]\ntestpaths = tests\n',
    'requirements.txt': 'pytest>=7\n',
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
    [WORKFLOW]: caller(`      setup-command: python -m pip install -r requirements.txt
      test-command: python -m pytest -p no:cacheprovider --import-mode=importlib --junitxml="$GROUP_MATRIX_JUNIT"
`),
  };
  const repository = makeRepository(files);
  const result = runAct({ repository, workflow: WORKFLOW });

  /** Files named PWNED* anywhere under `dir` (a hostile name that was executed leaves one). */
  const pwned = (dir: string) =>
    (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
      path.basename(f).startsWith('PWNED'),
    );

  it('go through collect, test and report without being executed', async () => {
    const r = await result;
    expect(job(r, 'gate').result, explain(r)).toBe('success');
    expect(reportOutputs(r)).toMatchObject({ planned: '5', passed: '5', missing: '0', duplicates: '0' });
    // The job workspaces, temp directories, artifacts and cache all live under the state.
    expect(pwned(r.state.root)).toEqual([]);
    expect(pwned(repository)).toEqual([]);
  });

  it('keep their text: job names show it verbatim, ${{ }} in a value is never evaluated', async () => {
    const r = await result;
    const names = jobsOf(r, 'test').map((j) => j.name.replace(PREFIX, ''));
    expect(names).toContain('test_$(touch PWNED_file).py | group ${{ github.token }}');
    expect(names).toContain('test_$(touch PWNED_file).py | group `touch PWNED_tick`');
    expect(names.join('\n')).not.toContain('test-token-not-valid');
    expect(names).toHaveLength(5);
  });

  it('artifact names hold only safe characters', async () => {
    const r = await result;
    expect(artifactsOf(r).length).toBe(7);
    for (const name of artifactsOf(r)) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});
