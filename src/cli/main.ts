// The `group-matrix` command: `plan` previews the action's plan, `run` runs one matrix job's JS
// tests, `filter` gives the JS filters' single steps, `--version` the one version of the project.
import { VERSION } from '../version.js';
import { PLAN_USAGE, planCommand } from './plan.js';
import { FILTER_USAGE, RUN_USAGE, filterCommand, runCommand } from './run.js';

const USAGE = `group-matrix ${VERSION}: plan a test suite's parallel jobs, and run one job's tests.

  group-matrix plan [paths...] [options]       what the action plans (every input is an option)
  group-matrix run jest|vitest|playwright [-- runner args]
                                               one job's tests, checked against the plan
  group-matrix filter <runner> <subcommand>    the steps of run, one at a time
  group-matrix --version

${PLAN_USAGE}
${RUN_USAGE}
${FILTER_USAGE}`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    (command === undefined ? process.stderr : process.stdout).write(
      command === undefined ? `No command given.\n\n${USAGE}` : USAGE,
    );
    return command === undefined ? 2 : 0;
  }
  if (command === 'plan') return planCommand(rest);
  if (command === 'run') return runCommand(rest);
  if (command === 'filter') return filterCommand(rest);
  process.stderr.write(`Unknown command '${command}'.\n\n${USAGE}`);
  return 2;
}
