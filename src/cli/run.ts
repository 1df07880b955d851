// `group-matrix run jest|vitest|playwright [--test-dir DIR] [-- runner args]` and
// `group-matrix filter <runner> <subcommand>`: the JS filters through the one command on PATH.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { JsRunner } from '../model.js';
import { jestCommand } from '../filters/jest/command.js';
import { playwrightCommand } from '../filters/playwright/command.js';
import { FilterError } from '../filters/selection.js';
import { vitestCommand } from '../filters/vitest/command.js';
import { runJob } from '../run/run-job.js';

const RUNNERS: readonly JsRunner[] = ['jest', 'vitest', 'playwright'];

export const RUN_USAGE = `Usage: group-matrix run jest|vitest|playwright [--test-dir DIR] [-- runner args...]

Runs one matrix job's tests with the project's own runner (node_modules/.bin), the job read from
env GROUP_MATRIX_PLAN (the plan file) and GROUP_MATRIX_ID (matrix.group.id), and GROUP_MATRIX_ROOT
(the action's working-directory; default: the current directory). Where the job selects tests by
name, the runner's own view of those files is checked against the plan: before the run for Vitest
and Playwright (their listing runs no test), after it for Jest (it lists nothing without running).
A test the plan does not hold would run in no job, so it fails the step, by name.

Exit status: the runner's; 1 when the check finds a difference (and the runner passed); 2 on an
error of use (no plan, a job of another runner, an argument that would change the selection).

  runner args   after --, for the real run: reporters, --config/-c, --project, workers, ...
                (not test names, files or shards: the plan selects); what follows \`vitest run\`,
                \`playwright test\`, \`jest\`
  --test-dir    Playwright's rootDir (the config's top-level testDir), when the collect job could
                not read the config statically
`;

export const FILTER_USAGE = `Usage: group-matrix filter jest args [--nul] | check <results.json>
       group-matrix filter vitest args [--nul] | list-args <results.json> [--nul] | check <results.json>
       group-matrix filter playwright args|list-args [--test-dir DIR | --config FILE] [--nul] | check <list.json>

The steps \`run\` takes, one at a time (docs/js-runners.md): the same as node dist/filters/<runner>/index.js.
`;

/** dist/filters/jest/index.js, next to this bundle's directory (dist/cli/). */
function jestBundle(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [here, '..', 'filters', 'jest', 'index.js'].reduce((a, b) => path.join(a, b));
}

function runner(value: string | undefined, usage: string): JsRunner {
  if (value && (RUNNERS as readonly string[]).includes(value)) return value as JsRunner;
  throw new FilterError(
    `${value ? `Unknown runner '${value}'` : 'No runner given'}: expected one of ${RUNNERS.join(', ')}.\n\n${usage}`,
  );
}

/** `run`: returns the exit status. */
export function runCommand(argv: string[]): number {
  const dash = argv.indexOf('--');
  const own = dash === -1 ? argv : argv.slice(0, dash);
  const runnerArgs = dash === -1 ? [] : argv.slice(dash + 1);
  return guarded(() => {
    let parsed;
    try {
      parsed = parseArgs({
        args: own,
        allowPositionals: true,
        options: { 'test-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (err) {
      throw new FilterError(
        `group-matrix run: ${(err as Error).message} (the runner's own arguments go after --).\n\n${RUN_USAGE}`,
      );
    }
    if (parsed.values.help) {
      process.stdout.write(RUN_USAGE);
      return 0;
    }
    const [name, ...extra] = parsed.positionals;
    if (extra.length > 0)
      throw new FilterError(
        `group-matrix run: unexpected '${extra[0]}' (the runner's own arguments go after --).\n\n${RUN_USAGE}`,
      );
    return runJob({
      runner: runner(name, RUN_USAGE),
      runnerArgs,
      testDir: parsed.values['test-dir'],
      jestBundle: jestBundle(),
    });
  });
}

/** `filter <runner> <subcommand>`: the filter bundles' subcommands; returns the exit status. */
export function filterCommand(argv: string[]): number {
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(FILTER_USAGE);
    return 0;
  }
  return guarded(() => {
    const name = runner(argv[0], FILTER_USAGE);
    const rest = argv.slice(1);
    const usage = `group-matrix filter ${name}`;
    process.exitCode = 0;
    if (name === 'jest') jestCommand(rest, jestBundle(), usage);
    else if (name === 'vitest') vitestCommand(rest, usage);
    else playwrightCommand(rest, usage);
    // The subcommands set process.exitCode as the bundles do (check: 1 on a difference).
    return Number(process.exitCode ?? 0);
  });
}

/** An error of use is one message and exit 2, never a stack trace. */
function guarded(body: () => number): number {
  try {
    return body();
  } catch (err) {
    if (!(err instanceof FilterError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
}
