// The Jest filter's subcommands: `args [--nul]` prints `--filter=<filter.cjs>` and, for a split
// file, `--testNamePattern=<exact names>`; `check <results.json>`, after `jest ... --json
// --outputFile=<it>` (Jest lists no test names without running), compares the tests Jest found in
// the name-selected files with the plan: -t leaves the others in the results as pending.
import { readRunnerJson, runCheck } from '../check.js';
import { testsOfJestJson } from '../jest-format.js';
import { FilterError, printArgs } from '../selection.js';
import { jestArgs } from './select.js';

/** The tests of Jest's JSON results, for the check. */
export function readJestResults(file: string): ReturnType<typeof testsOfJestJson> {
  return testsOfJestJson(
    'jest',
    file,
    readRunnerJson(
      'jest',
      file,
      // After a run: no file most often means Jest stopped before it reported (a config error).
      `when the jest run above stopped before reporting, its own error says why and nothing could be checked; otherwise run jest with the job's arguments and --json --outputFile=${file}`,
    ),
  );
}

/**
 * Runs one subcommand. `bundle` is dist/filters/jest/index.js (filter.cjs is next to it); `usage`
 * names how it was called (the bundle, or the `group-matrix` CLI).
 */
export function jestCommand(argv: string[], bundle: string, usage = 'node dist/filters/jest/index.js'): void {
  if (argv[0] === 'check') return runCheck('jest', argv, readJestResults);
  if (argv[0] !== 'args') throw new FilterError(`usage: ${usage} args [--nul] | check <results.json>`);
  printArgs(jestArgs(bundle), argv.includes('--nul'));
}
