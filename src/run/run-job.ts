// `group-matrix run jest|vitest|playwright [-- runner args]`: one matrix job's tests in one step.
// The job comes from env GROUP_MATRIX_PLAN and GROUP_MATRIX_ID, as for the filters. Where the
// runner can list tests without running them (Vitest, Playwright), its own view of the job's
// name-selected files is checked against the plan first, and a difference stops the job before
// any test runs; Jest cannot, so its results are checked after the run. The exit status is the
// runner's, or 1 when the check finds a test that would run in no job (2: an error of use).
import fs from 'node:fs';
import os from 'node:os';
import type { JsRunner } from '../model.js';
import {
  checkJob,
  nameSelectedFiles,
  readRunnerJson,
  type CheckReport,
  type ListedTest,
} from '../filters/check.js';
import { readJestResults } from '../filters/jest/command.js';
import { jestArgs } from '../filters/jest/select.js';
import { testsOfJestJson } from '../filters/jest-format.js';
import { readPlaywrightListing } from '../filters/playwright/command.js';
import {
  playwrightArgs,
  playwrightListArgs,
  type PlaywrightOptions,
} from '../filters/playwright/test-list.js';
import { readSelection, type Selection } from '../filters/selection.js';
import { vitestArgs, vitestListArgs } from '../filters/vitest/args.js';
import { configArgs, refuseSelecting } from './runner-args.js';
import { findRunner, runToEnd, scratchFile } from './processes.js';

export interface RunOptions {
  runner: JsRunner;
  /** The arguments after `--`, for the runner's real run. */
  runnerArgs: string[];
  /** `--test-dir DIR`: Playwright's rootDir, when the collect job could not read it. */
  testDir?: string | undefined;
  /** dist/filters/jest/index.js: Jest's --filter module (filter.cjs) is next to it. */
  jestBundle: string;
}

export function runJob(options: RunOptions): number {
  refuseSelecting(options.runner, options.runnerArgs);
  const selection = readSelection(options.runner);
  const bin = findRunner(options.runner, process.cwd());
  const say = (text: string): void => {
    process.stderr.write(`group-matrix run ${options.runner}: job '${selection.job.id}': ${text}\n`);
  };
  switch (options.runner) {
    case 'jest':
      return runJest(options, selection, bin, say);
    case 'vitest':
      return runVitest(options, selection, bin, say);
    case 'playwright':
      return runPlaywright(options, selection, bin, say);
  }
}

type Say = (text: string) => void;

function runJest(options: RunOptions, selection: Selection, bin: string, say: Say): number {
  const checked = nameSelectedFiles(selection).length > 0;
  const results = checked ? scratchFile(`group-matrix-${selection.job.id}-jest.json`) : null;
  // Jest has no listing of test names without running them: its results of this run are checked.
  const args = [
    ...options.runnerArgs,
    ...jestArgs(options.jestBundle),
    ...(results ? ['--json', `--outputFile=${results}`, '--testLocationInResults'] : []),
  ];
  say(`${describe(selection)}: ${commandLine('jest', args)}`);
  const run = runToEnd(bin, args);
  if (!results) {
    // Whole files: no test can be lost by name, and the check says so.
    printed(checkJob('jest', selection, () => []));
    return run.status;
  }
  if (!fs.existsSync(results)) {
    say(
      `Jest wrote no results (exit ${run.status}): it stopped before reporting, and its own output above says why. The plan could not be checked.`,
    );
    return run.status || 1;
  }
  const report = printed(checkJob('jest', selection, () => readJestResults(results)));
  return run.status !== 0 ? run.status : report.status;
}

function runVitest(options: RunOptions, selection: Selection, bin: string, say: Say): number {
  const config = configArgs('vitest', options.runnerArgs);
  if (nameSelectedFiles(selection).length > 0) {
    const list = scratchFile(`group-matrix-${selection.job.id}-vitest-list.json`);
    const listed = listBeforeRun(
      say,
      'Vitest',
      bin,
      ['run', ...config.args, ...vitestListArgs(list)],
      {},
      list,
    );
    if (listed !== 0) return listed;
    const read = (): ListedTest[] =>
      testsOfJestJson('vitest', list, readRunnerJson('vitest', list, 'run the listing again'));
    const report = printed(checkJob('vitest', selection, read));
    if (report.status !== 0) return stopped(say, report.status);
  } else printed(checkJob('vitest', selection, () => []));
  const args = ['run', ...options.runnerArgs, ...vitestArgs()];
  say(`${describe(selection)}: ${commandLine('vitest', args)}`);
  return runToEnd(bin, args).status;
}

function runPlaywright(options: RunOptions, selection: Selection, bin: string, say: Say): number {
  const config = configArgs('playwright', options.runnerArgs);
  const filterOptions: PlaywrightOptions = {
    listDir: process.env['RUNNER_TEMP'] || os.tmpdir(),
    testDir: options.testDir,
    config: config.config,
  };
  const listArgs = playwrightListArgs(filterOptions);
  if (listArgs.length > 0) {
    const list = scratchFile(`group-matrix-${selection.job.id}-playwright-list.json`);
    // The json reporter writes to PLAYWRIGHT_JSON_OUTPUT_FILE: stdout may hold the files' own logs.
    const env = { PLAYWRIGHT_JSON_OUTPUT_FILE: list };
    const listed = listBeforeRun(say, 'Playwright', bin, ['test', ...config.args, ...listArgs], env, list);
    if (listed !== 0) return listed;
    const report = printed(checkJob('playwright', selection, () => readPlaywrightListing(list)));
    if (report.status !== 0) return stopped(say, report.status);
  } else printed(checkJob('playwright', selection, () => []));
  const args = ['test', ...options.runnerArgs, ...playwrightArgs(filterOptions)];
  say(`${describe(selection)}: ${commandLine('playwright', args)}`);
  return runToEnd(bin, args).status;
}

/**
 * The runner's listing of the job's name-selected files (it runs no test), into `output`. Its own
 * output is shown only when it fails: otherwise it reports every test as skipped, which would read
 * as if the job had skipped them.
 */
function listBeforeRun(
  say: Say,
  name: string,
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  output: string,
): number {
  say(`listing the files it selects by name, to check them against the plan (runs no test)`);
  const run = runToEnd(bin, args, { env, capture: true });
  if (run.status === 0 && fs.existsSync(output)) return 0;
  process.stderr.write(run.output);
  say(
    `${name}'s listing failed (exit ${run.status}${fs.existsSync(output) ? '' : ', no listing written'}): its output above says why. No test ran.`,
  );
  return run.status || 1;
}

function stopped(say: Say, status: number): number {
  say('stopped before running any test.');
  return status;
}

function printed(report: CheckReport): CheckReport {
  process.stdout.write(report.stdout);
  process.stderr.write(report.stderr);
  return report;
}

function describe(selection: Selection): string {
  const tests = selection.job.tests.length;
  const files = selection.files.length;
  return `${tests} test${tests === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

/** A command as one would type it: each argument quoted for a POSIX shell when it needs to be. */
function commandLine(command: string, args: string[]): string {
  const quote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return [command, ...args].map(quote).join(' ');
}
