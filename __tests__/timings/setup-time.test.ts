// Per-file setup derived from real JUnit reports (fixtures/junit/README.md, "Per-file setup"):
// one file (`heavy`) sleeps 400 ms in `beforeAll` and has 4 fast tests, the other (`light`) has
// 4 tests of 100 ms and no setup. The setup must come out of the report, be charged once per job
// that runs the file, and keep the heavy file's tests together when that lowers the wall time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlannedTest } from '../../src/junit/match.js';
import { parseJunitSuites } from '../../src/junit/parse.js';
import type { FileResult, GroupValue, Runner, TestCase } from '../../src/model.js';
import { jobSeconds } from '../../src/plan/balance.js';
import { planJobs, type PlanSettings } from '../../src/plan/plan.js';
import { loadTimings } from '../../src/timings/load.js';
import { REPO } from '../helpers/run-action.js';
import { PYTEST_SOURCE_IDS } from '../helpers/junit-sources.js';

const FIXTURES = path.join(REPO, '__tests__', 'fixtures', 'junit');
const SLEEP = 0.4;

interface Dialect {
  report: string;
  runner: Runner;
  heavy: string;
  light: string;
}

const JEST: Dialect = {
  report: 'jest-junit-setup.xml',
  runner: 'jest',
  heavy: 'src/heavy.test.js',
  light: 'src/light.test.js',
};
const VITEST: Dialect = { ...JEST, report: 'vitest-setup.xml', runner: 'vitest' };
const PLAYWRIGHT: Dialect = {
  report: 'playwright-setup.xml',
  runner: 'playwright',
  heavy: 'e2e/heavy.spec.mjs',
  light: 'e2e/light.spec.mjs',
};

/** The two files' tests as the JS extractors name them; `groups[i]` is test i+1's group. */
function files(d: Dialect, heavyGroups: (GroupValue | null)[] = [null, null, null, null]): FileResult[] {
  const make = (file: string, prefix: string, groups: (GroupValue | null)[]): FileResult => ({
    file,
    runner: d.runner,
    problems: [],
    tests: groups.map((group, i): TestCase => {
      const id = `${file}::${prefix}${i + 1}`;
      return { id, function: id, file, line: i + 2, group };
    }),
  });
  return [
    make(d.heavy, 'heavy setup > fast ', heavyGroups),
    make(d.light, 'light > slow ', [null, null, null, null]),
  ];
}

function planned(results: FileResult[]): PlannedTest[] {
  return results.flatMap((r) => r.tests.map((t) => ({ id: t.id, function: t.function, file: t.file })));
}

async function timingsOf(d: Dialect, results = files(d)) {
  const { table, problems } = await loadTimings(FIXTURES, [d.report], planned(results));
  expect(problems).toEqual([]);
  expect(table.tests.size).toBe(8);
  return table;
}

/** Suite time minus its tests' sum, straight from the XML, to compare with what loadTimings derived. */
function suiteGaps(report: string): number[] {
  const { cases, suites } = parseJunitSuites(fs.readFileSync(path.join(FIXTURES, report), 'utf8'), report);
  return suites
    .filter((s) => s.caseIndexes.length > 0)
    .map((s) => s.seconds! - s.caseIndexes.reduce((n, i) => n + cases[i]!.seconds, 0));
}

const BASE: PlanSettings = {
  scope: 'file',
  ungrouped: 'balance',
  marker: 'group',
  runners: null,
  maxJobs: 256,
  jobOverheadSeconds: 0,
};

describe.each([
  ['jest-junit', JEST],
  ['Vitest', VITEST],
])('%s: a slow beforeAll', (_, d) => {
  it('is derived as the file suite wall time minus its tests, about the sleep', async () => {
    const table = await timingsOf(d);
    const heavy = table.files.get(d.heavy)!;
    const light = table.files.get(d.light)!;
    expect(suiteGaps(d.report)).toEqual([heavy, light].map((s) => expect.closeTo(s, 9)));
    expect(heavy).toBeGreaterThanOrEqual(SLEEP);
    // jest-junit's suite time also holds Jest's own start-up of the file (~0.1–0.3 s here), which
    // a job pays per file too; Vitest's is the collection only.
    expect(heavy).toBeLessThan(SLEEP + (d.runner === 'jest' ? 0.35 : 0.05));
    expect(heavy - light).toBeGreaterThan(SLEEP - 0.1);
    // The tests themselves stay fast: the sleep was not put into any of them.
    for (let i = 1; i <= 4; i++)
      expect(table.tests.get(`${d.heavy}::heavy setup > fast ${i}`)).toBeLessThan(0.01);
  });

  it('is charged once per job that runs the file: twice when its tests are split, once in one job', async () => {
    // Tests 1–2 in group 1, 3–4 in group 2: without packing, file × group are two jobs.
    const results = files(d, [1, 1, 2, 2]);
    const table = await timingsOf(d, results);
    const setup = table.files.get(d.heavy)!;
    const heavyTests = results[0]!.tests;
    const testSum = heavyTests.reduce((n, t) => n + table.tests.get(t.id)!, 0);

    const split = planJobs(results, { ...BASE, ungrouped: 'job', timings: table }).plan;
    const heavyJobs = split.jobs.filter((j) => j.files.includes(d.heavy));
    expect(heavyJobs.map((j) => j.tests.length)).toEqual([2, 2]);
    const heavyTotal = heavyJobs.reduce((n, j) => n + j.seconds!, 0);
    expect(heavyTotal).toBeCloseTo(testSum + 2 * setup, 9);

    const one = planJobs(results, { ...BASE, jobs: 1, timings: table }).plan;
    expect(one.jobs).toHaveLength(1);
    const lightSetup = table.files.get(d.light)!;
    const all = [...table.tests.values()].reduce((a, b) => a + b, 0);
    expect(one.jobs[0]!.seconds).toBeCloseTo(all + setup + lightSetup, 9);
    expect(one.balance!.serialSeconds).toBeCloseTo(all + setup + lightSetup, 9);
  });

  it('keeps the heavy file in one job when splitting it would cost more than it saves', async () => {
    const results = files(d);
    const table = await timingsOf(d);
    const { plan } = planJobs(results, { ...BASE, jobs: 2, timings: table });
    expect(plan.jobs.map((j) => j.files.join()).sort()).toEqual([d.heavy, d.light]);
    const seconds = new Map(table.tests);
    const predicted = plan.jobs.map((j) => jobSeconds(j.tests, seconds, table.files));
    expect(plan.jobs.map((j) => j.seconds)).toEqual(predicted.map((s) => expect.closeTo(s, 9)));
    // Each file whole in its own job; half of each file per job (what counting tests alone
    // would give) pays the heavy setup in both jobs and is slower.
    const heavyJob = table.files.get(d.heavy)! + sumOf(table.tests, d.heavy);
    const lightJob = table.files.get(d.light)! + sumOf(table.tests, d.light);
    expect(plan.balance!.wallSeconds).toBeCloseTo(Math.max(heavyJob, lightJob), 9);
    const [h, l] = [results[0]!.tests, results[1]!.tests];
    const halves = [
      [...h.slice(0, 2), ...l.slice(0, 2)],
      [...h.slice(2), ...l.slice(2)],
    ].map((tests) => jobSeconds(tests, seconds, table.files));
    expect(plan.balance!.wallSeconds).toBeLessThan(Math.max(...halves) - SLEEP / 2);
  });
});

function sumOf(tests: Map<string, number>, file: string): number {
  return [...tests].filter(([id]) => id.startsWith(`${file}::`)).reduce((n, [, s]) => n + s, 0);
}

describe('Playwright: a slow beforeAll', () => {
  it('is in no time of its JUnit report, so no setup is derived (README, Balancing)', async () => {
    const table = await timingsOf(PLAYWRIGHT);
    // The suite time is its tests' sum, and no test holds the 400 ms hook.
    expect(suiteGaps(PLAYWRIGHT.report).every((g) => Math.abs(g) < 0.005)).toBe(true);
    expect(table.files.get(PLAYWRIGHT.heavy) ?? 0).toBeLessThan(0.005);
    expect(Math.max(...table.tests.values())).toBeLessThan(0.2);
    const heavy = [...table.tests].filter(([id]) => id.startsWith(PLAYWRIGHT.heavy));
    expect(heavy.every(([, s]) => s < 0.05)).toBe(true);
  });
});

describe('pytest: a module fixture under junit_duration_report=total', () => {
  const PYTEST: PlannedTest[] = PYTEST_SOURCE_IDS.map((id) => ({
    id,
    function: id.replace(/\[.*\]$/, ''),
    file: id.slice(0, id.indexOf('::')),
  }));

  it('lands in the first test that uses it; no per-file setup is derived (README, Balancing)', async () => {
    // sources/pytest/test_db.py: `db` sleeps 0.2 s once per module; test_p sleeps 0.01 s.
    const { table, problems } = await loadTimings(FIXTURES, ['pytest.xml'], PYTEST);
    expect(problems).toEqual([]);
    expect(table.files.size).toBe(0);
    expect(table.tests.get('tests/test_db.py::test_p[1]')).toBeGreaterThan(0.2);
    expect(table.tests.get('tests/test_db.py::test_p[2]')).toBeLessThan(0.1);
    expect(table.tests.get('tests/test_db.py::TestW::test_write')).toBeLessThan(0.1);
  });
});
