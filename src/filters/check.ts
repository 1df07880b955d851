// `check`: compares the runner's own view of the job's name-selected files with the plan. A job that
// selects tests by name (a split file) runs only the tests the plan names: a test the runner finds
// but the plan does not hold (a call form the static reader does not know, a test added after
// planning) matches no job's selection and would run nowhere, silently. The check makes that loud.
import fs from 'node:fs';
import path from 'node:path';
import { namePatternSource, nameRegex, titlesOfId } from '../extract/js/names.js';
import type { Runner } from '../model.js';
import { FilterError, readSelection, type PlanTest, type Selection } from './selection.js';

/** One test as the runner reports it. */
export interface ListedTest {
  /** Absolute path of its file. */
  file: string;
  /** Describe titles from the outermost in, then the test's own title. */
  titles: string[];
  /** Where the runner says the test is, when its output has locations. */
  line?: number;
}

/** One test the plan and the runner disagree on: a line of the report, and where it is. */
export interface Difference {
  /** Absolute path of the test's file. */
  file: string;
  line?: number;
  text: string;
}

/** What differs for one job; empty `differences` means the plan and the runner agree. */
export interface CheckOutcome {
  /** The job's files whose tests are selected by name (plan paths). */
  files: string[];
  /** Tests the runner reports in those files. */
  tests: number;
  differences: Difference[];
}

const RUNNER_NAMES: Record<Runner, string> = {
  pytest: 'pytest',
  jest: 'Jest',
  vitest: 'Vitest',
  playwright: 'Playwright',
};

/** Most differences worth printing: past that, the cause is a stale plan or a whole-file pattern. */
const MAX_LINES = 50;

/**
 * The job's files whose tests are chosen by name. The name pattern (Jest, Vitest) or the test
 * list (Playwright) applies to every file of such a job, not only to the files shared with
 * another job: an unplanned test in any of them is left out.
 */
export function nameSelectedFiles(selection: Selection): string[] {
  return selection.byName ? selection.files : [];
}

/** Whether a planned test (its titles) selects a test the runner found, as the job's selection does. */
function selector(runner: Runner, planned: string[][]): (titles: string[]) => boolean {
  if (planned.length === 0) return () => false;
  // A Playwright test list line selects every test whose title path starts with it, compared
  // exactly (Playwright's loadTestList); anonymous describes have no title on either side.
  if (runner === 'playwright')
    return (titles) => planned.some((p) => p.length <= titles.length && p.every((t, i) => t === titles[i]));
  // Jest and Vitest: the same -t pattern the jobs run with, against the full name.
  const re = nameRegex(runner, namePatternSource(planned));
  return (titles) => re.test(titles.join(' '));
}

/** A path as the file system names it, so a symlinked checkout compares equal to the runner's. */
function canonical(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

export function compareWithPlan(runner: Runner, selection: Selection, listed: ListedTest[]): CheckOutcome {
  const name = RUNNER_NAMES[runner];
  const files = nameSelectedFiles(selection);
  const outcome: CheckOutcome = { files: [], tests: 0, differences: [] };
  const byFile = new Map<string, Map<string, ListedTest>>();
  for (const t of listed) {
    const file = canonical(t.file);
    if (!byFile.has(file)) byFile.set(file, new Map());
    // Once per title path: Playwright reports a test once per project.
    byFile.get(file)!.set(t.titles.join('\0'), t);
  }
  for (const file of files) {
    const rel = path.relative(selection.root, file).split(path.sep).join('/');
    outcome.files.push(rel);
    const planned: PlanTest[] = selection.runnerTests.filter(
      (t) => path.resolve(selection.root, t.file) === file,
    );
    const found = [...(byFile.get(canonical(file))?.values() ?? [])];
    outcome.tests += found.length;
    if (found.length === 0) {
      outcome.differences.push({
        file,
        text: `${rel}: ${name} found no test in it (it failed to load, or the listing did not include it); its ${planned.length} planned test(s) are unchecked.`,
      });
      continue;
    }
    // A file planned whole somewhere runs whole there: every test in it runs.
    if (planned.some((t) => t.id === t.file)) continue;
    const plannedTitles = planned.map((t) => titlesOfId(t.file, t.id));
    const inPlan = selector(runner, plannedTitles);
    for (const t of found)
      if (!inPlan(t.titles))
        outcome.differences.push({
          file,
          ...(t.line !== undefined ? { line: t.line } : {}),
          text: `${[rel, ...t.titles].join(' › ')}: found by ${name} but planned in no job, so no job runs it.`,
        });
    plannedTitles.forEach((titles, i) => {
      const selects = selector(runner, [titles]);
      if (!found.some((t) => selects(t.titles)))
        outcome.differences.push({
          file,
          ...(planned[i]!.line !== undefined ? { line: planned[i]!.line } : {}),
          text: `${[rel, ...titles].join(' › ')}: planned but ${name} did not find it.`,
        });
    });
  }
  return outcome;
}

/** Reads a runner's JSON output; a missing or unreadable file is an error of use. */
export function readRunnerJson(runner: Runner, file: string, produce: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new FilterError(
      `group-matrix ${runner} check: cannot read '${file}' (${(err as Error).message}); ${produce} first.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new FilterError(`group-matrix ${runner} check: '${file}' is not JSON (${(err as Error).message}).`);
  }
}

/** A JSON value's field when the value is an object. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** What a check prints and exits with: 0 when the runner's view agrees with the plan, else 1. */
export interface CheckReport {
  status: 0 | 1;
  /** The one line of agreement, or (in a workflow) the `::error` annotations of the differences. */
  stdout: string;
  /** One line per difference and what to do; empty on agreement. */
  stderr: string;
}

/**
 * The check of one job: agreement when the runner's view matches the plan (or the job selects no
 * file by name), else one line per difference and what to do. `read` turns the runner's JSON file
 * into tests; it is called only when there is something to check.
 */
export function checkJob(runner: Runner, selection: Selection, read: () => ListedTest[]): CheckReport {
  const prefix = `group-matrix ${runner} check: job '${selection.job.id}'`;
  if (nameSelectedFiles(selection).length === 0)
    return {
      status: 0,
      stdout: `${prefix} runs its files whole (no test selected by name): nothing to check.\n`,
      stderr: '',
    };
  const outcome = compareWithPlan(runner, selection, read());
  const name = RUNNER_NAMES[runner];
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (outcome.differences.length === 0)
    return {
      status: 0,
      stdout: `${prefix}: the ${plural(outcome.tests, 'test')} ${name} finds in ${plural(outcome.files.length, 'name-selected file')} agree with the plan.\n`,
      stderr: '',
    };
  const shown = outcome.differences.slice(0, MAX_LINES);
  const more = outcome.differences.length - shown.length;
  return {
    status: 1,
    // In a workflow, each difference is also an annotation at the test's file and line (GitHub
    // shows 10 errors per step; the full list is in the log).
    stdout:
      process.env['GITHUB_ACTIONS'] === 'true'
        ? annotations(outcome.differences.slice(0, 10), name).join('')
        : '',
    stderr:
      [
        `${prefix}: ${plural(outcome.differences.length, 'difference')} between the plan and what ${name} finds in ${outcome.files.map((f) => `'${f}'`).join(', ')} (tests selected by name):`,
        ...shown.map((d) => `  ${d.text}`),
        ...(more > 0 ? [`  … and ${more} more.`] : []),
        `A test the plan does not hold runs in no job. Write it in a form group-matrix reads (plain string titles in test/it/describe calls: docs/js-runners.md, "What is read"), or keep its file in one group (a docblock /** @group name */). If the files changed after the collect job planned them, re-run it.`,
      ].join('\n') + '\n',
  };
}

/** `check <file>`: the check of the job named by the environment, printed, with its exit code. */
export function runCheck(runner: Runner, argv: string[], read: (file: string) => ListedTest[]): void {
  const file = argv[1];
  if (!file || file.startsWith('-'))
    throw new FilterError(`usage: node dist/filters/${runner}/index.js check <${runner} JSON file>`);
  const report = checkJob(runner, readSelection(runner), () => read(file));
  process.stdout.write(report.stdout);
  process.stderr.write(report.stderr);
  if (report.status !== 0) process.exitCode = report.status;
}

/** `::error file=…,line=…,title=…::message` lines; paths relative to the workspace, as GitHub wants. */
function annotations(differences: Difference[], runnerName: string): string[] {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  return differences.map((d) => {
    const file = path.relative(workspace, d.file).split(path.sep).join('/');
    const props = [
      `file=${file}`,
      ...(d.line !== undefined ? [`line=${d.line}`] : []),
      `title=Plan and ${runnerName} disagree`,
    ];
    return `::error ${props.map(escapeProperty).join(',')}::${escapeData(d.text)}\n`;
  });
}

// GitHub's workflow command escaping (what @actions/core does, without bundling it here).
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(prop: string): string {
  const eq = prop.indexOf('=');
  const value = prop.slice(eq + 1);
  return `${prop.slice(0, eq)}=${escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')}`;
}
