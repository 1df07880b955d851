// `group-matrix plan`: what the action plans, as a table (or the `groups` JSON), from the same
// inputs read by the same code, so a balanced plan can be previewed before a workflow runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Inputs } from '../constants.js';
import { InputError, readSettings } from '../inputs.js';
import { runPipeline, type Outcome } from '../pipeline.js';
import { planFileJson } from '../plan-file/write.js';
import { inputsFromFlags, planOptionsHelp, planParseOptions } from './plan-options.js';

export const PLAN_USAGE = `Usage: group-matrix plan [paths...] [options]

Previews what the action plans: the jobs as a table, or with --json the same \`groups\` output.
Every input of the action is an option of the same name, value and check (action.yml, README).

Options:
${planOptionsHelp()}`;

/** Runs `plan` with the arguments after the command; returns the exit code. */
export async function planCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: planParseOptions() });
  } catch (err) {
    process.stderr.write(`group-matrix plan: ${(err as Error).message}\n\n${PLAN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values['help']) {
    process.stdout.write(PLAN_USAGE);
    return 0;
  }
  const get = inputsFromFlags(values, positionals);
  let outcome: Outcome;
  let planFile: string;
  try {
    const settings = readSettings(get, { workspace: process.cwd(), tempDir: os.tmpdir() });
    planFile = settings.planFile;
    outcome = await runPipeline(settings);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`group-matrix: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  // Only when asked: the action always writes one, to the runner's temp directory.
  if (get(Inputs.PlanFile).trim()) {
    fs.mkdirSync(path.dirname(planFile), { recursive: true });
    fs.writeFileSync(planFile, planFileJson(outcome.plan));
  }
  for (const p of outcome.problems) {
    const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
    process.stderr.write(`${where}${p.severity}: ${p.title}: ${p.message}\n`);
  }
  process.stdout.write(values['json'] ? `${outcome.groupsJson}\n` : table(outcome));
  if (outcome.failure) {
    process.stderr.write(`group-matrix: ${outcome.failure}\n`);
    return 1;
  }
  return 0;
}

function table(outcome: Outcome): string {
  const { plan } = outcome;
  if (plan.jobs.length === 0) return `No jobs (${plan.totalTests} tests found): groups=[] count=0\n`;
  const timed = plan.jobs.some((j) => j.seconds !== undefined);
  const rows = [['#', 'job', 'id', 'group', 'tests', 'files', ...(timed ? ['seconds'] : [])]];
  for (const j of plan.jobs) {
    rows.push([
      String(j.index),
      j.name,
      j.id,
      j.groupId,
      String(j.tests.length),
      String(j.files.length),
      ...(timed ? [String(Math.round(j.seconds ?? 0))] : []),
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const numeric = new Set([0, 4, 5, 6]);
  const line = (r: string[]): string =>
    r
      .map((v, c) => (numeric.has(c) ? v.padStart(widths[c]!) : v.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const skipped = plan.skipped.length ? `, ${plan.skipped.length} skipped` : '';
  out.push('', `${plan.jobs.length} jobs, ${plan.totalTests} tests${skipped}`);
  const b = plan.balance;
  if (b)
    out.push(
      `predicted wall time ${minutes(b.wallSeconds)}, machine time ${minutes(b.machineSeconds)}, serial ${minutes(b.serialSeconds)} (${b.overheadSeconds} s overhead per job${b.estimated ? `; ${b.estimated} tests estimated` : ''})`,
    );
  return out.join('\n') + '\n';
}

function minutes(seconds: number): string {
  return `${(seconds / 60).toFixed(1)} min`;
}
