import { SUMMARY_BUDGET } from '../constants.js';
import { cell, fitToBudget } from '../emit/markdown.js';
import type { Reconciliation, TestResult } from './reconcile.js';

/** Markdown cell text: no pipes or newlines to break the table. */

/** Inline code that a backtick in a test id cannot close early. */
function code(text: string): string {
  const t = text.replace(/\r?\n/g, ' ');
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
}

function secs(s: number | null): string {
  if (s === null) return '–';
  if (s < 10) return `${s.toFixed(2)} s`;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

const where = (t: TestResult): string =>
  t.test.line === null ? t.test.file : `${t.test.file}:${t.test.line}`;

/**
 * The job summary: totals, per job predicted against measured time, then failures, never-ran,
 * duplicates, flaky, unplanned and the slowest tests. GitHub refuses a step summary over 1 MiB
 * (without failing the step), so lines past the budget give way to a note saying how many.
 */
export function reportMarkdown(r: Reconciliation, maxSlowest: number, budget = SUMMARY_BUDGET): string {
  const c = r.counts;
  const ok = c.failed === 0 && c.missing === 0 && c.duplicates === 0;
  const head = [
    '## group-matrix report',
    '',
    ok
      ? `**Every planned test ran exactly once.** ${c.planned} planned, ${c.passed} passed, ${c.skipped} skipped${c.flaky > 0 ? `, ${c.flaky} flaky` : ''}.`
      : `**${[
          c.failed > 0 ? `${c.failed} failed` : '',
          c.missing > 0 ? `${c.missing} never ran` : '',
          c.duplicates > 0 ? `${c.duplicates} ran in several jobs` : '',
        ]
          .filter(Boolean)
          .join(', ')}.**`,
    '',
    '| planned | passed | failed | skipped | never ran | in several jobs | flaky | not in the plan |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|',
    `| ${c.planned} | ${c.passed} | ${c.failed} | ${c.skipped} | ${c.missing} | ${c.duplicates} | ${c.flaky} | ${c.unplanned} |`,
    '',
  ];
  const sections: string[][] = [];
  if (r.jobs.length > 0) {
    sections.push([
      '### Jobs',
      '',
      '| # | job | tests | predicted | measured | attempts | result |',
      '|--:|---|--:|--:|--:|--:|---|',
      ...r.jobs.map((j) => {
        const own = r.tests.filter((t) => t.plannedJob === j.job.id);
        const failed = own.filter((t) => t.status === 'failed').length;
        const missing = own.filter((t) => t.status === 'missing').length;
        const result =
          j.attempts.length === 0 && own.length > 0
            ? '**no JUnit report**'
            : [failed > 0 ? `${failed} failed` : '', missing > 0 ? `${missing} never ran` : '']
                .filter(Boolean)
                .join(', ') || 'ok';
        return `| ${j.job.index} | ${cell(j.job.name)} | ${own.length} | ${secs(j.job.seconds)} | ${secs(j.seconds)} | ${j.attempts.join(', ') || '–'} | ${result} |`;
      }),
      '',
      "_Measured: the sum of the job's test times in its latest attempt (setup outside tests not included)._",
      '',
    ]);
  }
  const list = (title: string, tests: TestResult[], line: (t: TestResult) => string): void => {
    if (tests.length > 0) sections.push([`### ${title} (${tests.length})`, '', ...tests.map(line), '']);
  };
  list(
    'Failed',
    r.tests.filter((t) => t.status === 'failed'),
    (t) => `- ${code(t.test.id)} (${cell(where(t))}) in ${t.ranIn.join(', ')}`,
  );
  list(
    'Never ran',
    r.tests.filter((t) => t.status === 'missing'),
    (t) => `- ${code(t.test.id)} (${cell(where(t))}), planned for ${t.plannedJob}`,
  );
  list(
    'Ran in several jobs',
    r.tests.filter((t) => t.duplicate),
    (t) => `- ${code(t.test.id)}: ${t.ranIn.join(', ')} (planned for ${t.plannedJob})`,
  );
  list(
    'Flaky: failed, then passed',
    r.tests.filter((t) => t.flaky),
    (t) => `- ${code(t.test.id)} (${cell(where(t))})`,
  );
  if (r.unplanned.length > 0) {
    sections.push([
      `### Not in the plan (${r.unplanned.length})`,
      '',
      ...r.unplanned.map((u) => `- ${code(u.name)} (${u.outcome}) in ${cell(u.source)}`),
      '',
    ]);
  }
  const slowest = r.tests
    .filter((t) => t.status === 'passed' || t.status === 'failed')
    .sort((a, b) => b.seconds - a.seconds || (a.test.id < b.test.id ? -1 : 1))
    .slice(0, maxSlowest);
  if (slowest.length > 0) {
    sections.push([
      `### Slowest ${slowest.length} tests`,
      '',
      '| test | job | time |',
      '|---|---|--:|',
      ...slowest.map(
        (t) => `| ${code(cell(t.test.id))} | ${cell(t.ranIn.join(', '))} | ${secs(t.seconds)} |`,
      ),
      '',
    ]);
  }
  return fitToBudget(
    head,
    sections,
    budget,
    "The step's outputs have the counts and the timings file every measured test.",
  );
}
