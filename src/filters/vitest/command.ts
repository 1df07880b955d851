// The Vitest filter's subcommands: `args [--nul]` prints what to append to `vitest run` for the
// job named by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN; `list-args <results.json>`
// prints the arguments of a `vitest run` that only lists the job's name-selected files into that
// JSON file, and `check <results.json>` compares it with the plan.
import { readRunnerJson, runCheck } from '../check.js';
import { testsOfJestJson } from '../jest-format.js';
import { FilterError, printArgs } from '../selection.js';
import { vitestArgs, vitestListArgs } from './args.js';

const USAGE = 'args [--nul] | list-args <results.json> [--nul] | check <results.json>';

/** Runs one subcommand; `usage` names how it was called (the bundle, or the `group-matrix` CLI). */
export function vitestCommand(argv: string[], usage = 'node dist/filters/vitest/index.js'): void {
  const nul = argv.includes('--nul');
  const file = argv[1];
  if (argv[0] === 'args') return printArgs(vitestArgs(), nul);
  if (argv[0] === 'list-args') {
    if (!file || file.startsWith('-')) throw new FilterError(`usage: ${usage} ${USAGE}`);
    return printArgs(vitestListArgs(file), nul);
  }
  if (argv[0] === 'check')
    return runCheck('vitest', argv, (f) =>
      testsOfJestJson(
        'vitest',
        f,
        readRunnerJson('vitest', f, `run vitest with the arguments of 'list-args ${f}'`),
      ),
    );
  throw new FilterError(`usage: ${usage} ${USAGE}`);
}
