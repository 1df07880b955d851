// `node dist/filters/playwright/index.js args [--test-dir DIR | --config FILE]` writes a Playwright
// test list (`file › describe › title` lines, relative to the config's rootDir, from the plan) for
// the job named by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN, and prints
// `--test-list=<that file>`. A test list selects by exact title path, so tags need no --grep and
// ungrouped tests stay selectable. `list-args [--test-dir DIR | --config FILE]` prints the
// arguments of a `playwright test --list` of the job's name-selected files with the json
// reporter, and `check <list.json>` compares it with the plan.
import os from 'node:os';
import { readRunnerJson, runCheck } from '../check.js';
import { cli, FilterError, printArgs } from '../selection.js';
import { testsOfPlaywrightJson } from './listing.js';
import { type PlaywrightOptions, playwrightArgs, playwrightListArgs } from './test-list.js';

/** The value of `--name VALUE` or `--name=VALUE`; an error when the value is missing. */
function option(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
    if (a !== name) continue;
    const value = argv[i + 1];
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new FilterError(`group-matrix playwright filter: ${name} needs a value. ${USAGE}`);
    return value;
  }
  return undefined;
}

const USAGE =
  'usage: node dist/filters/playwright/index.js args [--test-dir DIR | --config FILE] [--nul] | list-args [--test-dir DIR | --config FILE] [--nul] | check <list.json>';

cli((argv) => {
  const nul = argv.includes('--nul');
  const options = (): PlaywrightOptions => ({
    listDir: process.env['RUNNER_TEMP'] || os.tmpdir(),
    testDir: option(argv, '--test-dir'),
    config: option(argv, '--config'),
  });
  if (argv[0] === 'args') return printArgs(playwrightArgs(options()), nul);
  if (argv[0] === 'list-args') return printArgs(playwrightListArgs(options()), nul);
  if (argv[0] === 'check')
    return runCheck('playwright', argv, (file) =>
      testsOfPlaywrightJson(
        file,
        readRunnerJson(
          'playwright',
          file,
          `run PLAYWRIGHT_JSON_OUTPUT_FILE=${file} playwright test with the arguments of list-args`,
        ),
      ),
    );
  throw new FilterError(USAGE);
});
