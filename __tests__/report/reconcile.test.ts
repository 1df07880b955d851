// The report's pure core: mapping JUnit cases back to the plan, the exactly-once check, outcomes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJunitSuites, type JunitCase } from '../../src/junit/parse.js';
import { readPlan, type ReportPlan } from '../../src/report/plan-read.js';
import { failureOf, reconcile, type JobReport } from '../../src/report/reconcile.js';
import { originOf } from '../../src/report/sources.js';
import { reportMarkdown } from '../../src/report/summary.js';
import { timingsJson } from '../../src/report/timings.js';
import { REPO, runCli } from '../helpers/run-action.js';
import { PYTEST_SOURCE_IDS } from '../helpers/junit-sources.js';
import { runPytest } from '../helpers/pytest.js';
import { makeTree } from '../helpers/tree.js';

const JUNIT = path.join(REPO, '__tests__', 'fixtures', 'junit');

/** A plan of jobs, each `[id, test ids]`; files from the ids. */
function plan(jobs: [string, string[]][], seconds: (number | null)[] = []): ReportPlan {
  return {
    jobs: jobs.map(([id, ids], index) => ({
      id,
      name: `job ${id}`,
      index,
      seconds: seconds[index] ?? null,
      tests: ids.map((tid) => ({
        id: tid,
        function: tid.replace(/\[.*\]$/, ''),
        file: tid.slice(0, tid.indexOf('::')),
        line: 3,
      })),
    })),
  };
}

/** A pytest-style case for `tests/test_x.py::name`. */
function pc(name: string, outcome: JunitCase['outcome'] = 'passed', seconds = 1): JunitCase {
  return { suite: 'pytest', classname: 'tests.test_x', name, file: null, seconds, outcome, source: 'r.xml' };
}

function report(jobId: string | null, cases: JunitCase[], attempt = 1): JobReport {
  return { source: `group-matrix-junit-${jobId}-${attempt}/junit.xml`, jobId, attempt, cases, suites: [] };
}

const X = (name: string) => `tests/test_x.py::${name}`;

describe('reconcile: each planned test ran in exactly one job', () => {
  const twoJobs = plan([
    ['a', [X('test_1'), X('test_2')]],
    ['b', [X('test_3'), X('test_p[1]'), X('test_p[2]')]],
  ]);

  it('all reported once: every count adds up and there is no failure', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1'), pc('test_2', 'skipped', 0)]),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts).toEqual({
      planned: 5,
      passed: 4,
      failed: 0,
      skipped: 1,
      missing: 0,
      duplicates: 0,
      flaky: 0,
      unplanned: 0,
    });
    expect(failureOf(r)).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it('a job with no report: its tests never ran, one error naming the job and listing them', () => {
    const r = reconcile(twoJobs, [report('a', [pc('test_1'), pc('test_2')])]);
    expect(r.counts.missing).toBe(3);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("Job 'job b' (b) produced no JUnit report");
    expect(errors[0]!.message).toContain('tests/test_x.py::test_p[2]');
    expect(failureOf(r)).toContain('3 planned tests never ran (no JUnit report from: job b)');
  });

  it("a test absent from its job's report: never ran, annotated at its line", () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1')]),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts.missing).toBe(1);
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        title: 'Planned test never ran',
        file: 'tests/test_x.py',
        line: 3,
      }),
    ]);
  });

  it('a test reported by two jobs is a duplicate and fails the run', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1'), pc('test_2'), pc('test_3')]),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts.duplicates).toBe(1);
    expect(r.tests.find((t) => t.test.id === X('test_3'))!.ranIn).toEqual(['a', 'b']);
    expect(failureOf(r)).toContain('1 tests ran in more than one job');
  });

  it('a test that ran but was not planned is a warning, not a failure', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1'), pc('test_2'), pc('test_new')]),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts.unplanned).toBe(1);
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', title: 'Test not in the plan' }),
    ]);
    expect(failureOf(r)).toBeNull();
  });

  it('failed tests fail the run and are listed', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1', 'failed'), pc('test_2', 'error')]),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts.failed).toBe(2);
    expect(failureOf(r)).toMatch(/^group-matrix report: 2 tests failed/);
  });

  it('failed in attempt 1, passed in attempt 2 (re-run of the job): flaky, not failed', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1', 'failed'), pc('test_2')], 1),
      report('a', [pc('test_1'), pc('test_2')], 2),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts).toMatchObject({ failed: 0, flaky: 1, passed: 5, duplicates: 0 });
    expect(r.jobs[0]!.attempts).toEqual([1, 2]);
    expect(failureOf(r)).toBeNull();
  });

  it('a retry plugin writing the same case twice (failed, then passed): flaky', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1', 'failed'), pc('test_1'), pc('test_2')]),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts).toMatchObject({ failed: 0, flaky: 1 });
  });

  it('passed in attempt 1 but failed in attempt 2: failed (the latest attempt counts)', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1'), pc('test_2')], 1),
      report('a', [pc('test_1', 'failed'), pc('test_2')], 2),
      report('b', [pc('test_3'), pc('test_p[1]'), pc('test_p[2]')]),
    ]);
    expect(r.counts).toMatchObject({ failed: 1, flaky: 0 });
  });

  it('an entry standing for every parametrization fails when one of them fails (not flaky)', () => {
    const dynamic = plan([['a', [X('test_dyn')]]]);
    const r = reconcile(dynamic, [report('a', [pc('test_dyn[x]', 'failed'), pc('test_dyn[y]')])]);
    expect(r.tests[0]).toMatchObject({ status: 'failed', flaky: false, seconds: 2 });
  });

  it('a report that names no job, or an unknown one, is a warning and still counts', () => {
    const r = reconcile(twoJobs, [
      report('a', [pc('test_1'), pc('test_2')]),
      report('zzz', [pc('test_3')]),
      { ...report(null, [pc('test_p[1]'), pc('test_p[2]')]), source: 'stray.xml' },
    ]);
    const titles = r.problems.map((p) => p.title);
    expect(titles).toContain('JUnit report of an unknown job');
    expect(titles).toContain('JUnit report of no job');
    expect(titles.filter((t) => t === 'Test ran in another job')).toHaveLength(3);
    expect(r.counts.missing).toBe(0);
  });
});

describe('originOf: the job and attempt a report path names', () => {
  it.each([
    ['group-matrix-junit-tests_a_py_group_1-2/junit.xml', { jobId: 'tests_a_py_group_1', attempt: 2 }],
    ['group-matrix-junit-tests_a_py_group_1/junit.xml', { jobId: 'tests_a_py_group_1', attempt: 1 }],
    ['suite-b-junit-g_12-3/out/report.xml', { jobId: 'g_12', attempt: 3 }],
    ['junit-g_1.xml', { jobId: 'g_1', attempt: 1 }],
    ['nested/junit-g_1-4.xml', { jobId: 'g_1', attempt: 4 }],
  ])('%s', (p, expected) => {
    expect(originOf(p)).toEqual(expected);
  });

  it('null for a path that names no job', () => {
    expect(originOf('reports/results.xml')).toBeNull();
  });
});

describe('the report on each JUnit dialect the planner reads (committed reports of the real tools)', () => {
  /** The committed report as job `all`'s, against a plan of the given ids. */
  function onDialect(file: string, ids: string[], p = plan([['all', ids]])) {
    const { cases, suites, problems } = parseJunitSuites(
      fs.readFileSync(path.join(JUNIT, file), 'utf8'),
      file,
    );
    expect(problems).toEqual([]);
    return reconcile(p, [
      { source: `group-matrix-junit-all-1/${file}`, jobId: 'all', attempt: 1, cases, suites },
    ]);
  }
  const PY = [...PYTEST_SOURCE_IDS];
  const JS = (root: string, ext = 'test.js') => [
    `${root}math.${ext}::math > adds`,
    `${root}math.${ext}::math > nested > square 1`,
    `${root}math.${ext}::math > nested > square 2`,
    `${root}math.${ext}::math > fails`,
    `${root}math.${ext}::math > skipped`,
    `${root}math.${ext}::top level`,
    `${root}api/client.${ext}::client > gets`,
  ];
  const expectedPy = {
    planned: 10,
    passed: 7,
    failed: 1,
    skipped: 2,
    missing: 0,
    duplicates: 0,
    flaky: 0,
    unplanned: 0,
  };
  const expectedJs = {
    planned: 7,
    passed: 5,
    failed: 1,
    skipped: 1,
    missing: 0,
    duplicates: 0,
    flaky: 0,
    unplanned: 0,
  };

  it.each([
    ['pytest.xml', 'pytest.xml', PY, expectedPy],
    ['pytest-xunit1-call.xml', 'pytest-xunit1-call.xml', PY, expectedPy],
    ['pytest-other-root.xml (extra leading package)', 'pytest-other-root.xml', PY, expectedPy],
    ['jest-junit-default.xml', 'jest-junit-default.xml', JS('src/'), expectedJs],
    ['jest-junit-file.xml', 'jest-junit-file.xml', JS('src/'), expectedJs],
    ['vitest.xml', 'vitest.xml', JS('src/'), expectedJs],
    ['vitest.xml, plan rooted one level up', 'vitest.xml', JS('web/src/'), expectedJs],
    ['playwright.xml', 'playwright.xml', JS('e2e/', 'spec.mjs'), expectedJs],
  ])('%s: every case maps to its planned test', (_label, file, ids, expected) => {
    const r = onDialect(file, ids);
    expect(r.counts).toEqual(expected);
    expect(r.tests.filter((t) => t.status === 'failed').map((t) => t.test.id)[0]).toMatch(/fails$/);
    // Timings: every test that ran and was not skipped, under its plan id.
    const timings = JSON.parse(timingsJson(r)) as { tests: Record<string, number> };
    expect(Object.keys(timings.tests).sort()).toEqual(
      r.tests
        .filter((t) => t.status === 'passed' || t.status === 'failed')
        .map((t) => t.test.id)
        .sort(),
    );
  });

  it('pytest: the module fixture setup stays in the first test (junit_duration_report=total)', () => {
    const timings = JSON.parse(timingsJson(onDialect('pytest.xml', PY))) as {
      tests: Record<string, number>;
      files: Record<string, number>;
    };
    expect(timings.tests['tests/test_db.py::test_p[1]']).toBeGreaterThan(0.2);
    // One session suite covers several files, so no per-file setup can be told apart.
    expect(timings.files).toEqual({});
  });

  it("jest-junit: a suite per file gives that file's setup (wall time minus its tests)", () => {
    const timings = JSON.parse(timingsJson(onDialect('jest-junit-file.xml', JS('src/')))) as {
      files: Record<string, number>;
    };
    expect(Object.keys(timings.files)).toContain('src/api/client.test.js');
  });

  it('a report of the wrong suite maps nothing: every test never ran, every case unplanned', () => {
    const r = onDialect('vitest.xml', PY);
    expect(r.counts).toMatchObject({ missing: 10, unplanned: 7 });
  });
});

describe('the plan file', () => {
  it('reads jobs, tests and the optional predicted seconds', () => {
    const p = readPlan(
      JSON.stringify({
        version: 1,
        tool: 'group-matrix',
        marker: 'group',
        scope: 'file',
        ungrouped: 'job',
        total_tests: 1,
        jobs: [
          {
            id: 'a',
            name: 'A',
            index: 0,
            group_id: '1',
            group_value: 1,
            runner: 'pytest',
            files: ['t'],
            seconds: 12.5,
            tests: [{ id: 't::x', function: 't::x', file: 't', line: 2, group: 1 }],
          },
        ],
        skipped: [],
      }),
      'plan.json',
    );
    expect(p.jobs[0]).toEqual({
      id: 'a',
      name: 'A',
      index: 0,
      seconds: 12.5,
      tests: [{ id: 't::x', function: 't::x', file: 't', line: 2, runner: 'pytest' }],
    });
  });

  it.each([
    ['not json', /plan\.json is not valid JSON/],
    ['{"tool":"other","jobs":[]}', /is not a group-matrix plan/],
    ['{"tool":"group-matrix","version":2,"jobs":[]}', /has version 2; this report reads version 1/],
    ['{"tool":"group-matrix","version":1,"jobs":[{"tests":[]}]}', /jobs\[0\] lacks an "id"/],
  ])('refuses %s with a message naming the file', (text, message) => {
    expect(() => readPlan(text, 'plan.json')).toThrow(message);
  });
});

describe('the summary', () => {
  it('lists failures, never-ran, duplicates, flaky and the slowest tests; predicted vs measured per job', () => {
    const p = plan(
      [
        ['a', [X('test_1'), X('test_2')]],
        ['b', [X('test_3')]],
        ['c', [X('test_4')]],
      ],
      [30, null, 5],
    );
    const r = reconcile(p, [
      report('a', [pc('test_1', 'failed', 2), pc('test_2', 'passed', 7), pc('test_3', 'passed', 1)], 1),
      report('b', [pc('test_3', 'failed', 1)], 1),
      report('b', [pc('test_3', 'passed', 1.5)], 2),
    ]);
    const md = reportMarkdown(r, 2);
    expect(md).toContain('**1 failed, 1 never ran, 1 ran in several jobs.**');
    expect(md).toContain('| 0 | job a | 2 | 30.0 s | 10.0 s | 1 | 1 failed |');
    expect(md).toContain('| 2 | job c | 1 | 5.00 s | – | – | **no JUnit report** |');
    expect(md).toContain('### Failed (1)\n\n- `tests/test_x.py::test_1`');
    expect(md).toContain('### Never ran (1)\n\n- `tests/test_x.py::test_4`');
    expect(md).toContain('### Ran in several jobs (1)\n\n- `tests/test_x.py::test_3`: a, b');
    expect(md).toContain('### Slowest 2 tests');
    expect(md).toContain('| `tests/test_x.py::test_2` | a | 7.00 s |');
  });

  it('stays under the budget with a truncation note', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => X(`test_${i}`));
    const r = reconcile(plan([['a', ids]]), []);
    const md = reportMarkdown(r, 20, 20_000);
    expect(Buffer.byteLength(md)).toBeLessThan(20_000);
    expect(md).toMatch(/_Summary truncated: \d+ more lines left out/);
  });

  it('a test id with a backtick or a pipe cannot break the Markdown', () => {
    const r = reconcile(plan([['a', [X('test_`x`|y')]]]), [report('a', [pc('test_`x`|y', 'failed')])]);
    expect(reportMarkdown(r, 5)).toContain('- `` tests/test_x.py::test_`x`|y ``');
  });
});

describe('reconcile: tests a runner filtered out by name', () => {
  /** Two jobs splitting one file; tests carry the runner as the plan file gives it. */
  function split(runner: string): ReportPlan {
    const p = plan([
      ['a', [X('test_1')]],
      ['b', [X('test_2')]],
    ]);
    for (const job of p.jobs) for (const t of job.tests) t.runner = runner;
    return p;
  }

  it("Vitest/Jest list the other job's tests as skipped: not a duplicate, and a lost report still shows", () => {
    const both = reconcile(split('vitest'), [
      report('a', [pc('test_1'), pc('test_2', 'skipped', 0)]),
      report('b', [pc('test_1', 'skipped', 0), pc('test_2')]),
    ]);
    expect(both.counts).toMatchObject({ passed: 2, skipped: 0, duplicates: 0, missing: 0 });
    const lost = reconcile(split('vitest'), [report('a', [pc('test_1'), pc('test_2', 'skipped', 0)])]);
    expect(lost.counts).toMatchObject({ passed: 1, missing: 1, duplicates: 0 });
  });

  it('pytest deselects without reporting, so a skipped entry from another job is a real duplicate', () => {
    const r = reconcile(split('pytest'), [
      report('a', [pc('test_1'), pc('test_2', 'skipped', 0)]),
      report('b', [pc('test_2')]),
    ]);
    expect(r.counts.duplicates).toBe(1);
  });
});

describe('reconcile: a test in no job', () => {
  it('reported only as skipped (filtered out by name everywhere) fails the report: it never ran', () => {
    const p = plan([['a', [X('test_1')]]]);
    const r = reconcile(p, [report('a', [pc('test_1'), pc('test_added_later', 'skipped', 0)])]);
    expect(r.problems.map((q) => [q.severity, q.title])).toContainEqual(['error', 'Test in no job']);
    expect(failureOf(r)).toContain('1 tests are in no job of the plan and never ran');
  });

  it('that ran somewhere is only a warning', () => {
    const p = plan([['a', [X('test_1')]]]);
    const r = reconcile(p, [report('a', [pc('test_1'), pc('test_generated')])]);
    expect(r.problems.map((q) => [q.severity, q.title])).toEqual([['warning', 'Test not in the plan']]);
    expect(failureOf(r)).toBeNull();
  });
});

describe('reconcile: tests the pytest plugin ran outside the plan (mode run, its default)', () => {
  const plan2 = plan([
    ['u', [X('test_loose'), X('test_dyn')]],
    ['g', [X('test_g')]],
  ]);

  it('a test planned in one job and run once by another: a warning, not missing, not a duplicate', () => {
    const r = reconcile(plan2, [
      report('u', [pc('test_dyn[a]')]),
      report('g', [pc('test_g'), pc('test_loose')]),
    ]);
    expect(r.counts).toMatchObject({ planned: 3, passed: 3, missing: 0, duplicates: 0 });
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        title: 'Test ran in another job',
        message: expect.stringContaining(
          'tests/test_x.py::test_loose ran in job g but was planned for u: it ran once, outside the plan',
        ),
      }),
    ]);
    expect(failureOf(r)).toBeNull();
  });

  it('an entry for all parametrizations whose cases ran in two jobs, each once: not a duplicate', () => {
    const r = reconcile(plan2, [
      report('u', [pc('test_loose'), pc('test_dyn[a]')]),
      report('g', [pc('test_g'), pc('test_dyn[b]')]),
    ]);
    expect(r.counts).toMatchObject({ passed: 3, missing: 0, duplicates: 0 });
    expect(r.tests.find((t) => t.test.id === X('test_dyn'))).toMatchObject({
      ranIn: ['g', 'u'],
      duplicate: false,
    });
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(
        'tests/test_x.py::test_dyn is planned for u as one entry for all its parametrizations; some of them ran in g, each once',
      ),
    ]);
    expect(reportMarkdown(r, 0)).not.toContain('Ran in several jobs');
    expect(failureOf(r)).toBeNull();
  });

  it('the same case of such an entry run by two jobs is still a duplicate', () => {
    const r = reconcile(plan2, [
      report('u', [pc('test_loose'), pc('test_dyn[a]')]),
      report('g', [pc('test_g'), pc('test_dyn[a]')]),
    ]);
    expect(r.counts.duplicates).toBe(1);
    expect(failureOf(r)).toContain('1 tests ran in more than one job');
  });

  it('real jobs of a plan from the built CLI, run by real pytest: every drifted test listed once', () => {
    // The suite as planned, then as run: a parametrization added, a group added at run time to a
    // test planned ungrouped, one function planned whole whose items carry different groups.
    const planned = [
      'import pytest',
      'def clouds():',
      '    return [pytest.param("vm", marks=pytest.mark.group(2)), pytest.param("bare")]',
      '@pytest.mark.group(1)',
      '@pytest.mark.parametrize("x", [0, 1])',
      'def test_p(x): pass',
      '@pytest.mark.group(2)',
      'def test_write(): pass',
      'def test_tagged(): pass',
      '@pytest.mark.parametrize("cloud", clouds())',
      'def test_deploy(cloud): pass',
      '',
    ].join('\n');
    const root = makeTree({ 'tests/test_d.py': planned });
    const planFile = path.join(root, 'plan.json');
    const cli = runCli(['plan', '-C', root, '--plan-file', planFile]);
    expect(cli.status, cli.stderr).toBe(0);
    fs.writeFileSync(path.join(root, 'tests/test_d.py'), planned.replace('[0, 1]', '[0, 1, 2]'));
    fs.writeFileSync(
      path.join(root, 'conftest.py'),
      'import pytest\ndef pytest_collection_modifyitems(items):\n' +
        '    for item in items:\n        if item.name == "test_tagged":\n            item.add_marker(pytest.mark.group(1))\n',
    );
    const reportPlan = readPlan(fs.readFileSync(planFile, 'utf8'), planFile);
    const reports: JobReport[] = reportPlan.jobs.map((job) => {
      const xml = path.join(root, `junit-${job.id}.xml`);
      runPytest(root, [`--group-plan=${planFile}`, '--group', job.id, `--junitxml=${xml}`]);
      const { cases, suites } = parseJunitSuites(fs.readFileSync(xml, 'utf8'), xml);
      return { source: xml, jobId: job.id, attempt: 1, cases, suites };
    });
    const r = reconcile(reportPlan, reports);
    expect(r.counts).toMatchObject({
      planned: 5,
      passed: 5,
      failed: 0,
      missing: 0,
      duplicates: 0,
      unplanned: 1,
    });
    expect(r.unplanned.map((u) => u.name)).toEqual(['tests.test_d::test_p[2]']);
    const moved = r.problems.filter((p) => p.title === 'Test ran in another job').map((p) => p.message);
    expect(moved).toHaveLength(2);
    expect(moved.join('\n')).toContain('tests/test_d.py::test_tagged ran in job tests_test_d_py_group_1');
    expect(moved.join('\n')).toContain(
      'tests/test_d.py::test_deploy is planned for tests_test_d_py_ungrouped',
    );
    expect(failureOf(r)).toBeNull();
  });
});
