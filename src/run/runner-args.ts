// The runner arguments a user gives `group-matrix run <runner> -- …`: which ones would change the
// job's selection (refused: the plan selects), and which choose the config, so the listing run
// that the check reads sees the same tests as the real run.
import type { JsRunner } from '../model.js';
import { FilterError } from '../filters/selection.js';

/** Options that select tests or shards: the job's selection is the plan's, and these would change it. */
const SELECTING: Record<JsRunner, string[]> = {
  jest: ['-t', '--testNamePattern', '--filter', '--shard', '--listTests'],
  vitest: ['-t', '--testNamePattern', '--shard'],
  playwright: ['-g', '--grep', '--grep-invert', '--test-list', '--test-list-invert', '--shard', '--list'],
};

/** Options (each taking a value) that decide which config and projects a run loads. */
const CONFIGURING: Record<Exclude<JsRunner, 'jest'>, string[]> = {
  vitest: ['-c', '--config', '-r', '--root', '--dir', '--project', '--mode'],
  playwright: ['-c', '--config', '--project'],
};

/** The option's name of `--name=value` or `--name`. */
function nameOf(arg: string): string {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
}

/** Refuses an argument that would change which tests the job runs, naming it. */
export function refuseSelecting(runner: JsRunner, args: string[]): void {
  const bad = args.find((a) => SELECTING[runner].includes(nameOf(a)));
  if (bad !== undefined)
    throw new FilterError(
      `group-matrix run ${runner}: '${bad}' changes which tests run, and the job's tests come from the plan (GROUP_MATRIX_ID). Leave it out; to run other tests, plan them in another job.`,
    );
}

/**
 * The arguments that choose the config and projects, to pass to the listing run too, and the
 * config file given (`-c`/`--config`), which the Playwright filter needs to find the test list's
 * directory in the plan.
 */
export function configArgs(
  runner: Exclude<JsRunner, 'jest'>,
  args: string[],
): { args: string[]; config: string | undefined } {
  const out: string[] = [];
  let config: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = nameOf(arg);
    if (!CONFIGURING[runner].includes(name)) continue;
    let value: string | undefined;
    if (name !== arg) {
      value = arg.slice(name.length + 1);
      out.push(arg);
    } else {
      value = args[i + 1];
      if (value === undefined) throw new FilterError(`group-matrix run ${runner}: '${arg}' needs a value.`);
      out.push(arg, value);
      i++;
    }
    if (name === '-c' || name === '--config') config = value;
  }
  return { args: out, config };
}
