#!/usr/bin/env node
import './shim.js';
import { isExtractionWorker, serveExtraction } from './extract/parallel.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from './pipeline.js';
import { planFileJson } from './plan-file/write.js';
import { Inputs } from './constants.js';
import { InputError, readSettings } from './inputs.js';
import type { Outcome } from './pipeline.js';

const USAGE = `Usage: group-matrix plan [paths...] [options]

Previews what the action plans: the jobs as a table, or with --json the same \`groups\` output.

Options (same names and meaning as the action's inputs):
  -C, --working-directory DIR   root that paths and outputs are relative to (default: .)
      --marker NAME             marker name, or a pattern such as group_* (default: group)
      --scope file|global       (default: file)
      --ungrouped job|error|skip
      --runners YAML            group id patterns to runs-on labels
      --max-jobs N              1 to 256 (default: 256)
      --if-no-tests success|error
      --plan-file PATH          also write the plan file there
      --json                    print the groups JSON instead of the table
  -h, --help
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'working-directory': { type: 'string', short: 'C' },
        marker: { type: 'string' },
        scope: { type: 'string' },
        ungrouped: { type: 'string' },
        runners: { type: 'string' },
        'max-jobs': { type: 'string' },
        'if-no-tests': { type: 'string' },
        'plan-file': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'plan') {
    process.stderr.write(`${command ? `Unknown command '${command}'.` : 'No command given.'}\n\n${USAGE}`);
    return 2;
  }
  const given: Record<string, string | undefined> = {
    [Inputs.Paths]: paths.join('\n'),
    [Inputs.WorkingDirectory]: values['working-directory'],
    [Inputs.Marker]: values.marker,
    [Inputs.Scope]: values.scope,
    [Inputs.Ungrouped]: values.ungrouped,
    [Inputs.Runners]: values.runners,
    [Inputs.MaxJobs]: values['max-jobs'],
    [Inputs.IfNoTests]: values['if-no-tests'],
  };
  let outcome: Outcome;
  try {
    const settings = readSettings((name) => given[name] ?? '', {
      workspace: process.cwd(),
      tempDir: os.tmpdir(),
    });
    outcome = await runPipeline(settings);
    if (values['plan-file']) fs.writeFileSync(path.resolve(values['plan-file']), planFileJson(outcome.plan));
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`group-matrix: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  for (const p of outcome.problems) {
    const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
    process.stderr.write(`${where}${p.severity}: ${p.title}: ${p.message}\n`);
  }
  process.stdout.write(values.json ? `${outcome.groupsJson}\n` : table(outcome));
  if (outcome.failure) {
    process.stderr.write(`group-matrix: ${outcome.failure}\n`);
    return 1;
  }
  return 0;
}

function table(outcome: Outcome): string {
  const { plan } = outcome;
  if (plan.jobs.length === 0) return `No jobs (${plan.totalTests} tests found): groups=[] count=0\n`;
  const rows = [['#', 'job', 'id', 'group', 'tests', 'files']];
  for (const j of plan.jobs) {
    rows.push([String(j.index), j.name, j.id, j.groupId, String(j.tests.length), String(j.files.length)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const numeric = new Set([0, 4, 5]);
  const line = (r: string[]): string =>
    r
      .map((v, c) => (numeric.has(c) ? v.padStart(widths[c]!) : v.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const skipped = plan.skipped.length ? `, ${plan.skipped.length} skipped` : '';
  out.push('', `${plan.jobs.length} jobs, ${plan.totalTests} tests${skipped}`);
  return out.join('\n') + '\n';
}

if (isExtractionWorker()) await serveExtraction();
else process.exitCode = await main(process.argv.slice(2));
