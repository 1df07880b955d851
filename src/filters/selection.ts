import fs from 'node:fs';
import path from 'node:path';
import { namePatternSource, titlesOfId } from '../extract/js/names.js';
import type { Runner } from '../model.js';
import type { PlanFile, PlanFileJob, PlanFilePlaywrightConfig, PlanFileTest } from '../plan-file/format.js';
import { PlanFileError, readPlanFile } from '../plan-file/read.js';

/** A planned test as the JS filters read it. */
export type PlanTest = Pick<PlanFileTest, 'id' | 'file' | 'line'>;

/** A filter's refusal: printed as one line, exit code 2, never a stack trace. */
export class FilterError extends Error {
  override name = 'FilterError';
}

/** What one matrix job runs, for one runner. */
export interface Selection {
  job: PlanFileJob;
  /** Absolute paths of the job's files. */
  files: string[];
  /** Absolute paths of every file the plan gives this runner (all jobs, skipped tests too). */
  runnerFiles: Set<string>;
  /** Every test the plan gives this runner (all jobs, skipped tests too), for `check`. */
  runnerTests: PlanTest[];
  /** Every test of the job by its titles, and whole-file units by file, when names must select. */
  byName: { pattern: string; titles: string[][] } | null;
  root: string;
  /** The plan's Playwright configs and their rootDirs; null when the plan has no such list. */
  playwrightConfigs: PlanFilePlaywrightConfig[] | null;
}

/**
 * Reads env GROUP_MATRIX_PLAN (the plan file) and GROUP_MATRIX_ID (the job's id) and works out
 * what the job runs. Paths in the plan are relative to the action's working directory: env
 * GROUP_MATRIX_ROOT, else the current directory.
 */
export function readSelection(
  runner: Runner,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Selection {
  const planPath = env['GROUP_MATRIX_PLAN'];
  const id = env['GROUP_MATRIX_ID'];
  if (!planPath || !id)
    throw new FilterError(
      `group-matrix ${runner} filter: set GROUP_MATRIX_PLAN (the plan file from the collect job) and GROUP_MATRIX_ID (the job's id, matrix.group.id) in the step's env.`,
    );
  let text: string;
  try {
    text = fs.readFileSync(planPath, 'utf8');
  } catch (err) {
    throw new FilterError(
      `group-matrix ${runner} filter: cannot read the plan file '${planPath}' (${(err as Error).message}).`,
    );
  }
  let plan: PlanFile;
  try {
    plan = readPlanFile(text, `'${planPath}'`, `${runner} filter`);
  } catch (err) {
    if (err instanceof PlanFileError) throw new FilterError(`group-matrix ${runner} filter: ${err.message}`);
    throw err;
  }
  const job = plan.jobs.find((j) => j.id === id);
  if (!job)
    throw new FilterError(
      `group-matrix ${runner} filter: the plan '${planPath}' has no job '${id}' (it has ${plan.jobs.map((j) => `'${j.id}'`).join(', ') || 'none'}). Pass matrix.group.id from the same run's plan.`,
    );
  if (job.runner !== runner)
    throw new FilterError(
      `group-matrix ${runner} filter: job '${id}' is planned for ${job.runner}, not ${runner}. Use the ${job.runner} filter for it.`,
    );
  const root = path.resolve(cwd, env['GROUP_MATRIX_ROOT'] || '.');
  const abs = (f: string): string => path.resolve(root, f);
  const missing = job.files.filter((f) => !fs.existsSync(abs(f)));
  if (missing.length > 0)
    throw new FilterError(
      `group-matrix ${runner} filter: job '${id}' plans ${missing.map((f) => `'${f}'`).join(', ')}, which do not exist under ${root}. The plan no longer matches the checkout (or GROUP_MATRIX_ROOT is not the action's working-directory): re-run the collect job.`,
    );

  const runnerFiles = new Set<string>();
  const runnerTests: PlanTest[] = [];
  const elsewhere = new Set<string>();
  for (const other of plan.jobs) {
    if (other.runner !== runner) continue;
    for (const f of other.files) runnerFiles.add(abs(f));
    runnerTests.push(...other.tests);
    if (other !== job) for (const t of other.tests) elsewhere.add(t.file);
  }
  for (const t of plan.skipped) {
    runnerFiles.add(abs(t.file));
    runnerTests.push(t);
    elsewhere.add(t.file);
  }
  // Names must select when one of the job's files also has tests in another job.
  const split = job.files.filter((f) => elsewhere.has(f));
  let byName: Selection['byName'] = null;
  if (split.length > 0) {
    const whole = job.tests.filter((t) => t.id === t.file);
    if (whole.length > 0)
      throw new FilterError(
        `group-matrix ${runner} filter: job '${id}' holds the whole of ${whole.map((t) => `'${t.file}'`).join(', ')} (tests not readable one by one) and part of ${split.map((f) => `'${f}'`).join(', ')}; one ${runner} run cannot select both exactly. Use scope: file, or give the whole file a docblock group of its own.`,
      );
    const titles = job.tests.map((t) => titlesOfId(t.file, t.id));
    byName = { pattern: namePatternSource(titles), titles };
  }
  const playwrightConfigs = plan.playwright_configs ?? null;
  return { job, files: job.files.map(abs), runnerFiles, runnerTests, byName, root, playwrightConfigs };
}

/**
 * Prints arguments one per line (or NUL-separated with `--nul`), for `mapfile -t args < <(...)`:
 * file names may hold spaces, so the output is never meant for word splitting.
 */
export function printArgs(args: string[], nul: boolean): void {
  for (const a of args) {
    if (!nul && a.includes('\n'))
      throw new FilterError(
        `group-matrix filter: the argument '${a}' holds a newline; use --nul with mapfile -d ''.`,
      );
  }
  process.stdout.write(args.map((a) => a + (nul ? '\0' : '\n')).join(''));
}

/** Runs a filter's CLI: `args [--nul]`, errors as one line on stderr and exit code 2. */
export function cli(main: (argv: string[]) => void): void {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(
      `${err instanceof FilterError ? err.message : `group-matrix filter failed unexpectedly: ${String(err)}`}\n`,
    );
    process.exitCode = 2;
  }
}

/** Whether this module is the process's entry (CLI use) rather than imported (Jest's --filter). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return fs.realpathSync(entry) === fs.realpathSync(new URL(metaUrl));
  } catch {
    return false;
  }
}
