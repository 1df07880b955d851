// `group-matrix plan`'s options: one per input of action.yml, of the same name, read and validated
// by the same code (src/inputs.ts), so the CLI previews exactly what the action plans.
// __tests__/cli-parity.test.ts keeps this table, --help and action.yml in step.
import type { ParseArgsConfig } from 'node:util';
import { Inputs } from '../constants.js';

export type InputName = (typeof Inputs)[keyof typeof Inputs];

interface Flag {
  /** What the value looks like in --help. */
  value: string;
  /** One line of help; `(default: …)` as action.yml's default. */
  help: string;
  short?: string;
  /** Given more than once, the values are joined by newlines (the input's list separator). */
  multiple?: boolean;
}

/** Every input's flag; a `Record` over the input names, so a new input without a flag does not compile. */
export const PLAN_FLAGS: Record<InputName, Flag> = {
  [Inputs.Paths]: {
    value: 'GLOB',
    help: "test file globs, also as arguments; none: pytest's own discovery",
    multiple: true,
  },
  [Inputs.WorkingDirectory]: {
    value: 'DIR',
    short: 'C',
    help: 'root that paths and every path in the outputs are relative to; none: the current directory',
  },
  [Inputs.Marker]: { value: 'NAME', help: 'marker name, or a pattern such as group_* (default: group)' },
  [Inputs.Scope]: {
    value: 'file|global',
    help: 'groups numbered inside each file, or across files (default: file)',
  },
  [Inputs.Ungrouped]: {
    value: 'job|error|skip|balance',
    help: 'what tests with no group become (default: job)',
  },
  [Inputs.Runners]: { value: 'YAML', help: 'group id patterns to runs-on labels, e.g. "db: big-runner"' },
  [Inputs.IfNoTests]: { value: 'success|error', help: 'when no test is found (default: success)' },
  [Inputs.MaxJobs]: { value: 'N', help: 'most jobs, 1 to 256 (default: 256)' },
  [Inputs.Timings]: {
    value: 'GLOB',
    help: 'JUnit XML reports or timings files of earlier runs, to balance by',
    multiple: true,
  },
  [Inputs.Jobs]: { value: 'N', help: 'pack into exactly this many jobs, 1 to 256' },
  [Inputs.TargetMinutes]: {
    value: 'MIN',
    help: 'the fewest jobs whose predicted wall time is at most this many minutes',
  },
  [Inputs.JobOverheadSeconds]: {
    value: 'S',
    help: "each job's seconds before its first test (default: 60)",
  },
  [Inputs.PlanFile]: {
    value: 'PATH',
    help: 'also write the plan file there, relative to the working directory',
  },
  [Inputs.JsRunner]: {
    value: 'auto|jest|vitest|playwright',
    help: 'runner of JS/TS test files (default: auto)',
  },
  [Inputs.JsTagPrefix]: {
    value: 'PREFIX',
    help: 'a JS/TS tag starting with this names a group (default: @group:)',
  },
  [Inputs.JsGroupTags]: {
    value: 'TAG',
    help: 'JS/TS tags that are groups as a whole, e.g. @slow',
    multiple: true,
  },
};

/** Options of `plan` that are not inputs. */
const OWN_FLAGS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The `parseArgs` options of `plan`. */
export function planParseOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = { ...OWN_FLAGS };
  for (const [name, flag] of Object.entries(PLAN_FLAGS))
    options[name] = {
      type: 'string',
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.multiple ? { multiple: true } : {}),
    };
  return options;
}

/** The inputs as the action would get them: every flag's value, '' when not given. */
export function inputsFromFlags(
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  positionals: string[],
): (name: string) => string {
  const given = new Map<string, string>();
  for (const name of Object.keys(PLAN_FLAGS)) {
    const value = values[name];
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    given.set(name, list.map(String).join('\n'));
  }
  if (positionals.length > 0)
    given.set(Inputs.Paths, [given.get(Inputs.Paths), ...positionals].filter(Boolean).join('\n'));
  return (name) => given.get(name) ?? '';
}

/** The options section of `plan --help`, one line per flag, aligned. */
export function planOptionsHelp(): string {
  const rows: [string, string][] = Object.entries(PLAN_FLAGS).map(([name, flag]) => [
    `${flag.short ? `-${flag.short}, ` : '    '}--${name} ${flag.value}`,
    flag.help + (flag.multiple ? '; may be given more than once' : ''),
  ]);
  rows.push(['    --json', "print the groups JSON (the action's `groups` output) instead of the table"]);
  rows.push(['-h, --help', '']);
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => wrap(`  ${left.padEnd(width)}  `, right)).join('\n') + '\n';
}

/** `lead` then `text`, wrapped at 100 columns, continuation lines indented under the text. */
function wrap(lead: string, text: string): string {
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(' ').filter(Boolean)) {
    if (line.length + word.length > 100 && line.trim() !== '' && line.length > lead.length) {
      lines.push(line.trimEnd());
      line = ' '.repeat(lead.length);
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}
