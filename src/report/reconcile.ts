import { matchCases } from '../junit/match.js';
import type { JunitCase, JunitSuite } from '../junit/parse.js';
import type { Problem } from '../model.js';
import type { PlannedJob, PlannedTestAt, ReportPlan } from './plan-read.js';

/** One JUnit report file, already parsed, with the job it came from. */
export interface JobReport {
  /** Path of the report, as shown to the user. */
  source: string;
  /** The job the path names; null when it names none (a warning, its cases still count). */
  jobId: string | null;
  attempt: number;
  cases: JunitCase[];
  /** The report's suites with their wall time, when known (per-file setup time). */
  suites: JunitSuite[];
}

export type TestStatus = 'passed' | 'failed' | 'skipped' | 'missing';

/** What happened to one planned test. */
export interface TestResult {
  test: PlannedTestAt;
  /** The job the plan gave it. */
  plannedJob: string;
  status: TestStatus;
  /** Failed in one attempt (or one retry) and passed in a later one. */
  flaky: boolean;
  /** Every job that reported it. */
  ranIn: string[];
  /**
   * One of its cases was reported by more than one job. Not the same as `ranIn` holding several
   * jobs: an entry that stands for every parametrization of a function can have its cases run
   * in different jobs, each once (the pytest plugin runs a case whose group at run time differs
   * from the plan in the job of that group).
   */
  duplicate: boolean;
  /** Call time: the final run of each of its cases, summed (several for a parametrized entry). */
  seconds: number;
}

export interface JobResult {
  job: PlannedJob;
  /** Attempts that produced a report, ascending. */
  attempts: number[];
  /** Sum of the case times of the job's latest attempt (null when it produced no report). */
  seconds: number | null;
}

export interface Reconciliation {
  tests: TestResult[];
  jobs: JobResult[];
  /** Cases that match no planned test. */
  unplanned: { jobId: string | null; source: string; name: string; outcome: JunitCase['outcome'] }[];
  /** Per-file setup seconds, where a suite's wall time covers one file. */
  fileSetup: Map<string, number>;
  counts: Counts;
  problems: Problem[];
}

export interface Counts {
  planned: number;
  passed: number;
  failed: number;
  skipped: number;
  missing: number;
  duplicates: number;
  flaky: number;
  unplanned: number;
}

interface Occurrence {
  job: string;
  attempt: number;
  /** Order within its report, so a retry written later wins. */
  order: number;
  c: JunitCase;
}

const FAILED = new Set<JunitCase['outcome']>(['failed', 'error']);

/**
 * Maps every reported case back to the plan and checks the promise: each planned test ran in
 * exactly one job. Pure: the caller reads the files and writes the results.
 */
export function reconcile(plan: ReportPlan, reports: JobReport[]): Reconciliation {
  const planned: { test: PlannedTestAt; job: string }[] = plan.jobs.flatMap((j) =>
    j.tests.map((test) => ({ test, job: j.id })),
  );
  const plannedTests = planned.map((p) => p.test);
  const plannedBy = new Map(planned.map((p) => [p.test.id, p]));
  const jobIds = new Set(plan.jobs.map((j) => j.id));
  const problems: Problem[] = [];
  const byTest = new Map<string, Occurrence[]>();
  const unplanned: Reconciliation['unplanned'] = [];
  const fileSetup = new Map<string, number>();
  const sortedReports = [...reports].sort(
    (a, b) =>
      (a.jobId ?? '').localeCompare(b.jobId ?? '') ||
      a.attempt - b.attempt ||
      a.source.localeCompare(b.source),
  );

  for (const report of sortedReports) {
    const job = report.jobId ?? report.source;
    if (report.jobId === null) {
      problems.push({
        severity: 'warning',
        title: 'JUnit report of no job',
        message: `${report.source} does not name a job (expected a directory group-matrix-junit-<job id>-<attempt>/ or a file junit-<job id>.xml); its tests are counted but cannot be checked against a job.`,
      });
    } else if (!jobIds.has(report.jobId)) {
      problems.push({
        severity: 'warning',
        title: 'JUnit report of an unknown job',
        message: `${report.source} names job '${report.jobId}', which is not in the plan; its tests are counted but the plan and the reports may come from different runs.`,
      });
    }
    const ids = matchCases(report.cases, plannedTests);
    report.cases.forEach((c, order) => {
      const id = ids[order] ?? null;
      if (id === null) {
        unplanned.push({ jobId: report.jobId, source: report.source, name: caseName(c), outcome: c.outcome });
        return;
      }
      if (filteredOut(c, plannedBy.get(id), job)) return;
      const list = byTest.get(id) ?? [];
      list.push({ job, attempt: report.attempt, order, c });
      byTest.set(id, list);
    });
    addFileSetup(report, ids, planned, fileSetup);
  }

  const tests = planned.map(({ test, job }) => resultOf(test, job, byTest.get(test.id) ?? []));
  const jobs = plan.jobs.map((job) => jobResult(job, sortedReports));
  problems.push(...problemsOf(tests, jobs, unplanned));
  const counts: Counts = {
    planned: tests.length,
    passed: tests.filter((t) => t.status === 'passed').length,
    failed: tests.filter((t) => t.status === 'failed').length,
    skipped: tests.filter((t) => t.status === 'skipped').length,
    missing: tests.filter((t) => t.status === 'missing').length,
    duplicates: tests.filter((t) => t.duplicate).length,
    flaky: tests.filter((t) => t.flaky).length,
    unplanned: unplanned.length,
  };
  return { tests, jobs, unplanned, fileSetup, counts, problems };
}

/**
 * Jest and Vitest select part of a file by test name, and still write the file's other tests to
 * JUnit as skipped. Such an entry from a job the test was not planned for means "not selected
 * here", not "ran twice". pytest deselects without reporting, so there a skipped entry from
 * another job is a real second selection (skipped by a marker) and still counts.
 */
function filteredOut(
  c: JunitCase,
  planned: { test: PlannedTestAt; job: string } | undefined,
  job: string,
): boolean {
  if (!planned || c.outcome !== 'skipped' || planned.job === job) return false;
  const runner = planned.test.runner;
  return runner !== undefined && runner !== 'pytest';
}

export function caseName(c: JunitCase): string {
  return c.classname && c.classname !== c.name ? `${c.classname}::${c.name}` : c.name;
}

/**
 * A test's outcome from every time it was reported. The same case (same class and name) reported
 * again, by a later attempt of the job or by a retry plugin writing it twice, replaces the
 * earlier one; an earlier failure followed by a pass is flaky. Different cases under one planned
 * entry are its parametrizations: any failure fails it.
 */
function resultOf(test: PlannedTestAt, plannedJob: string, occurrences: Occurrence[]): TestResult {
  const ranIn = [...new Set(occurrences.map((o) => o.job))].sort();
  if (occurrences.length === 0) {
    return { test, plannedJob, status: 'missing', flaky: false, ranIn, duplicate: false, seconds: 0 };
  }
  const byCase = new Map<string, Occurrence[]>();
  const jobsOfCase = new Map<string, Set<string>>();
  for (const o of occurrences) {
    const name = `${o.c.classname}\u0000${o.c.name}`;
    const key = `${o.job}\u0000${name}`;
    byCase.set(key, [...(byCase.get(key) ?? []), o]);
    jobsOfCase.set(name, (jobsOfCase.get(name) ?? new Set<string>()).add(o.job));
  }
  const duplicate = [...jobsOfCase.values()].some((jobs) => jobs.size > 1);
  let failed = false;
  let passed = false;
  let flaky = false;
  let seconds = 0;
  for (const runs of byCase.values()) {
    runs.sort((a, b) => a.attempt - b.attempt || a.order - b.order);
    const last = runs[runs.length - 1]!;
    seconds += last.c.seconds;
    if (FAILED.has(last.c.outcome)) failed = true;
    else if (last.c.outcome === 'passed') {
      passed = true;
      if (runs.some((r) => FAILED.has(r.c.outcome))) flaky = true;
    }
  }
  const status: TestStatus = failed ? 'failed' : passed ? 'passed' : 'skipped';
  return { test, plannedJob, status, flaky: flaky && !failed, ranIn, duplicate, seconds };
}

function jobResult(job: PlannedJob, reports: JobReport[]): JobResult {
  const own = reports.filter((r) => r.jobId === job.id);
  const attempts = [...new Set(own.map((r) => r.attempt))].sort((a, b) => a - b);
  const latest = attempts[attempts.length - 1];
  const seconds =
    latest === undefined
      ? null
      : own
          .filter((r) => r.attempt === latest)
          .reduce((s, r) => s + r.cases.reduce((t, c) => t + c.seconds, 0), 0);
  return { job, attempts, seconds };
}

/**
 * Setup time paid once per file: a suite that holds exactly one file's cases (Vitest, Playwright
 * and jest-junit write one per file) took its wall time minus its cases' times. pytest writes one
 * suite for the whole session and includes setup in each case's time, so it gives none.
 */
function addFileSetup(
  report: JobReport,
  ids: (string | null)[],
  planned: { test: PlannedTestAt }[],
  fileSetup: Map<string, number>,
): void {
  const fileOf = new Map(planned.map((p) => [p.test.id, p.test.file]));
  for (const suite of report.suites) {
    if (suite.seconds === null || suite.caseIndexes.length === 0) continue;
    const files = new Set(suite.caseIndexes.map((i) => fileOf.get(ids[i] ?? '') ?? null));
    if (files.size !== 1) continue;
    const [file] = files;
    if (!file) continue;
    const sum = suite.caseIndexes.reduce((s, i) => s + (report.cases[i]?.seconds ?? 0), 0);
    fileSetup.set(file, Math.max(fileSetup.get(file) ?? 0, Math.max(0, suite.seconds - sum)));
  }
}

function problemsOf(
  tests: TestResult[],
  jobs: JobResult[],
  unplanned: Reconciliation['unplanned'],
): Problem[] {
  const problems: Problem[] = [];
  const at = (t: PlannedTestAt): Pick<Problem, 'file' | 'line'> =>
    t.line === null ? { file: t.file } : { file: t.file, line: t.line };
  const noReport = new Set(jobs.filter((j) => j.attempts.length === 0).map((j) => j.job.id));
  for (const j of jobs) {
    if (j.attempts.length > 0) continue;
    const list = tests.filter((t) => t.plannedJob === j.job.id && t.status === 'missing');
    if (list.length === 0) continue;
    problems.push({
      severity: 'error',
      title: 'Job produced no JUnit report',
      message: `Job '${j.job.name}' (${j.job.id}) produced no JUnit report, so its ${list.length} tests never ran: ${list.map((t) => t.test.id).join(', ')}. Check that the job ran and that its test command writes JUnit XML to $GROUP_MATRIX_JUNIT.`,
    });
  }
  for (const t of tests) {
    if (t.status === 'missing' && !noReport.has(t.plannedJob)) {
      problems.push({
        severity: 'error',
        ...at(t.test),
        title: 'Planned test never ran',
        message: `${t.test.id} was planned for job ${t.plannedJob}, whose JUnit report does not have it. Was it deselected, renamed, or not collected?`,
      });
    } else if (t.duplicate) {
      problems.push({
        severity: 'error',
        ...at(t.test),
        title: 'Test ran in several jobs',
        message: `${t.test.id} ran in ${t.ranIn.length} jobs (${t.ranIn.join(', ')}); it is planned for ${t.plannedJob} only. Is the group filter installed in every job (the plugin, with GROUP_MATRIX_PLAN and GROUP_MATRIX_ID)?`,
      });
    } else if (t.ranIn.some((job) => job !== t.plannedJob)) {
      problems.push({
        severity: 'warning',
        ...at(t.test),
        title: 'Test ran in another job',
        message: ranOutsidePlan(t),
      });
    }
    if (t.status === 'failed') {
      problems.push({
        severity: 'error',
        ...at(t.test),
        title: 'Test failed',
        message: `${t.test.id} failed.`,
      });
    }
    if (t.flaky) {
      problems.push({
        severity: 'warning',
        ...at(t.test),
        title: 'Flaky test',
        message: `${t.test.id} failed, then passed when it ran again.`,
      });
    }
  }
  for (const name of neverRanUnplanned(unplanned)) {
    problems.push({
      severity: 'error',
      title: 'Test in no job',
      message: `${name} is in no job of the plan and was only ever reported as skipped: the runners' filters left it out everywhere, so it never ran. It was added after planning, or its title is computed at run time. Re-run the collect job on this commit, or make the title static.`,
    });
  }
  for (const u of unplanned) {
    if (u.outcome === 'skipped') continue;
    problems.push({
      severity: 'warning',
      title: 'Test not in the plan',
      message: `${u.name} (${u.source}) ran but is in no job of the plan: added after planning, or generated at run time where the static plan cannot see it.`,
    });
  }
  return problems;
}

/**
 * A test that ran once, but not (only) in its planned job: the pytest plugin runs a test whose
 * group at run time differs from the plan in the job of that group, and that job's log names it.
 */
function ranOutsidePlan(t: TestResult): string {
  const elsewhere = t.ranIn.filter((job) => job !== t.plannedJob);
  const why =
    'it ran once, outside the plan (the pytest plugin runs a test whose group at run time differs from the plan in the job of that group, and that job names it in its log)';
  if (t.ranIn.length === 1) {
    return `${t.test.id} ran in job ${t.ranIn[0]} but was planned for ${t.plannedJob}: ${why}.`;
  }
  return `${t.test.id} is planned for ${t.plannedJob} as one entry for all its parametrizations; some of them ran in ${elsewhere.join(', ')}, each once: ${why}.`;
}

/**
 * Unplanned tests reported only as skipped. Jest and Vitest write the tests their name filter
 * left out as skipped, so a test that is in no job shows up like this in every job that ran its
 * file: it is lost, not merely unplanned.
 */
function neverRanUnplanned(unplanned: Reconciliation['unplanned']): string[] {
  const ran = new Set(unplanned.filter((u) => u.outcome !== 'skipped').map((u) => u.name));
  return [...new Set(unplanned.filter((u) => u.outcome === 'skipped').map((u) => u.name))]
    .filter((name) => !ran.has(name))
    .sort();
}

/** The step's failure message, or null when the run kept its promise. */
export function failureOf(r: Reconciliation): string | null {
  const parts: string[] = [];
  const { counts } = r;
  if (counts.failed > 0) parts.push(`${counts.failed} tests failed`);
  if (counts.missing > 0) {
    const jobs = r.jobs
      .filter((j) => j.attempts.length === 0 && j.job.tests.length > 0)
      .map((j) => j.job.name);
    parts.push(
      `${counts.missing} planned tests never ran` +
        (jobs.length > 0 ? ` (no JUnit report from: ${jobs.join(', ')})` : ''),
    );
  }
  if (counts.duplicates > 0) parts.push(`${counts.duplicates} tests ran in more than one job`);
  const lost = neverRanUnplanned(r.unplanned).length;
  if (lost > 0) parts.push(`${lost} tests are in no job of the plan and never ran`);
  return parts.length === 0 ? null : `group-matrix report: ${parts.join('; ')}. The job summary lists them.`;
}
