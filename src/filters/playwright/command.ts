// The Playwright filter's subcommands: `args [--test-dir DIR | --config FILE]` writes a Playwright
// test list (`file › describe › title` lines, relative to the config's rootDir, from the plan) for
// the job named by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN, and prints
// `--test-list=<that file>`. A test list selects by exact title path, so tags need no --grep and
// ungrouped tests stay selectable. `list-args [--test-dir DIR | --config FILE]` prints the
// arguments of a `playwright test --list` of the job's name-selected files with the json
// reporter, and `check <list.json>` compares it with the plan.
import os from 'node:os';
import { readRunnerJson, runCheck } from '../check.js';
import { FilterError, printArgs } from '../selection.js';
import { testsOfPlaywrightJson } from './listing.js';
import { type PlaywrightOptions, playwrightArgs, playwrightListArgs } from './test-list.js';

const USAGE =
  'args [--test-dir DIR | --config FILE] [--nul] | list-args [--test-dir DIR | --config FILE] [--nul] | check <list.json>';

/** The value of `--name VALUE` or `--name=VALUE`; an error when the value is missing. */
function option(argv: string[], name: string, usage: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
    if (a !== name) continue;
    const value = argv[i + 1];
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new FilterError(
        `group-matrix playwright filter: ${name} needs a value. usage: ${usage} ${USAGE}`,
      );
    return value;
  }
  return undefined;
}

/** The tests of the json reporter's output of `playwright test --list`, for the check. */
export function readPlaywrightListing(file: string): ReturnType<typeof testsOfPlaywrightJson> {
  return testsOfPlaywrightJson(
    file,
    readRunnerJson(
      'playwright',
      file,
      `run PLAYWRIGHT_JSON_OUTPUT_FILE=${file} playwright test with the arguments of list-args`,
    ),
  );
}

/** Runs one subcommand; `usage` names how it was called (the bundle, or the `group-matrix` CLI). */
export function playwrightCommand(argv: string[], usage = 'node dist/filters/playwright/index.js'): void {
  const nul = argv.includes('--nul');
  const options = (): PlaywrightOptions => ({
    listDir: process.env['RUNNER_TEMP'] || os.tmpdir(),
    testDir: option(argv, '--test-dir', usage),
    config: option(argv, '--config', usage),
  });
  if (argv[0] === 'args') return printArgs(playwrightArgs(options()), nul);
  if (argv[0] === 'list-args') return printArgs(playwrightListArgs(options()), nul);
  if (argv[0] === 'check') return runCheck('playwright', argv, readPlaywrightListing);
  throw new FilterError(`usage: ${usage} ${USAGE}`);
}
