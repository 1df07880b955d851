import { SUMMARY_BUDGET } from '../constants.js';
import { cell, fitToBudget } from './markdown.js';
import type { Plan, Problem } from '../model.js';

/** Markdown cell text: no pipes or newlines to break the table. */

function where(p: Problem): string {
  if (!p.file) return '';
  return p.line ? `${p.file}:${p.line}` : p.file;
}

/**
 * The job summary: a table of jobs, then every problem. GitHub refuses a step summary over 1 MiB
 * (and does not fail the step), so rows past the budget are replaced by a note saying how many.
 */
export function summaryMarkdown(plan: Plan, problems: Problem[], budget = SUMMARY_BUDGET): string {
  const head: string[] = ['## group-matrix plan', ''];
  if (plan.jobs.length === 0) {
    head.push(
      plan.totalTests === 0
        ? "**No tests found**: `groups` is `[]` and `count` is `0`. Guard the matrix job with `if: needs.<collect>.outputs.count != '0'`."
        : `**No jobs**: all ${plan.totalTests} tests were skipped.`,
      '',
    );
  } else {
    const files = new Set(plan.jobs.flatMap((j) => j.files)).size;
    const planned = plan.jobs.reduce((n, j) => n + j.tests.length, 0);
    head.push(
      `${plan.jobs.length} jobs, ${planned} tests in ${files} files (scope \`${plan.scope}\`, marker \`${plan.marker}\`).`,
      '',
      ...balanceLines(plan),
    );
  }
  const sections: string[][] = [];
  if (plan.jobs.length > 0) {
    sections.push([
      `| # | job | id | group | tests | files |${plan.balance ? ' seconds |' : ''}`,
      `|--:|---|---|---|--:|--:|${plan.balance ? '--:|' : ''}`,
      ...plan.jobs.map(
        (j) =>
          `| ${j.index} | ${cell(j.name)} | \`${j.id}\` | ${cell(j.groupId)} | ${j.tests.length} | ${j.files.length} |${plan.balance ? ` ${Math.round(j.seconds ?? 0)} |` : ''}`,
      ),
    ]);
  }
  if (plan.skipped.length > 0) {
    sections.push([
      '',
      `### ${plan.skipped.length} ungrouped tests skipped (ungrouped: skip)`,
      '',
      ...plan.skipped.map((t) => `- \`${cell(t.id)}\` (${t.file}:${t.line})`),
    ]);
  }
  if (problems.length > 0) {
    sections.push([
      '',
      `### Problems (${problems.length})`,
      '',
      '| severity | where | problem |',
      '|---|---|---|',
      ...problems.map(
        (p) => `| ${p.severity} | ${cell(where(p))} | **${cell(p.title)}**: ${cell(p.message)} |`,
      ),
    ]);
  }
  return fitToBudget(head, sections, budget, 'The plan file (output plan-file) has every job and test.');
}

/** Predicted times, from timings of earlier runs (or test counts when there were none). */
function balanceLines(plan: Plan): string[] {
  const b = plan.balance;
  if (!b) return [];
  const lines = [
    `Predicted wall time **${duration(b.wallSeconds)}** (heaviest job plus ${b.overheadSeconds} s overhead); total machine time ${duration(b.machineSeconds)}; serial time ${duration(b.serialSeconds)}.`,
    b.timed
      ? `${b.estimated} of ${plan.totalTests - plan.skipped.length} tests had no timing and were estimated (median of their file, else of the suite).`
      : 'No usable timings: every test counts as 1 second (the plan balances test counts).',
  ];
  if (b.boundingUnit) {
    lines.push(
      `The wall time is bound by one unit, \`${cell(b.boundingUnit)}\`, larger than a balanced share: more jobs will not make the run shorter; split that group to go faster.`,
    );
  }
  return [...lines.flatMap((l) => [l, '']), ''].slice(0, -1);
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}
