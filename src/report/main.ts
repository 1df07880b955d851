import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { pickAnnotations } from '../emit/annotations.js';
import { parseJunitSuites } from '../junit/parse.js';
import type { Edge } from '../edge.js';
import type { Problem } from '../model.js';
import { InputError } from '../inputs.js';
import { PlanFileError } from '../plan-file/read.js';
import { readPlan } from './plan-read.js';
import { reconcile, failureOf, type JobReport } from './reconcile.js';
import { ReportOutputs, type ReportSettings } from './inputs.js';
import { originOf } from './sources.js';
import { reportMarkdown } from './summary.js';
import { timingsJson } from './timings.js';

type ReportMode = Extract<ReportSettings, { mode: 'report' }>;

/** One run of the report: read the plan and every JUnit report, check, write timings and outputs. */
export async function runReport(settings: ReportMode, edge: Edge): Promise<void> {
  let planText: string;
  try {
    planText = fs.readFileSync(settings.planFile, 'utf8');
  } catch (err) {
    throw new InputError(
      `Cannot read plan-file ${settings.planFile} (${(err as NodeJS.ErrnoException).code ?? String(err)}). Download the plan artifact the collect job uploaded and pass its path.`,
    );
  }
  let plan;
  try {
    plan = readPlan(planText, settings.planFile);
  } catch (err) {
    if (err instanceof PlanFileError) throw new InputError(err.message);
    throw err;
  }

  const { reports, problems } = await readReports(settings.junit);
  const result = reconcile(plan, reports);
  const allProblems = [...problems, ...result.problems];

  fs.mkdirSync(path.dirname(settings.timingsFile), { recursive: true });
  fs.writeFileSync(settings.timingsFile, timingsJson(result));

  const c = result.counts;
  edge.setOutput(ReportOutputs.Planned, String(c.planned));
  edge.setOutput(ReportOutputs.Passed, String(c.passed));
  edge.setOutput(ReportOutputs.Failed, String(c.failed));
  edge.setOutput(ReportOutputs.Skipped, String(c.skipped));
  edge.setOutput(ReportOutputs.Missing, String(c.missing));
  edge.setOutput(ReportOutputs.Duplicates, String(c.duplicates));
  edge.setOutput(ReportOutputs.Flaky, String(c.flaky));
  edge.setOutput(ReportOutputs.TimingsFile, settings.timingsFile);

  const { shown, hidden } = pickAnnotations(allProblems);
  for (const problem of shown) edge.annotate(problem);
  if (hidden > 0) {
    edge.info(
      `${hidden} more problems are listed in the job summary (GitHub shows 10 annotations of each kind per step).`,
    );
  }
  await edge.writeSummary(reportMarkdown(result, settings.maxSlowest));
  edge.info(
    `group-matrix report: ${c.planned} planned, ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped, ${c.missing} never ran, ${c.duplicates} in several jobs, ${c.flaky} flaky; timings written to ${settings.timingsFile}`,
  );
  const failure = failureOf(result);
  if (failure) edge.setFailed(failure);
}

/** Every `*.xml` under the directory (or matching the glob), parsed, with the job its path names. */
async function readReports(junit: string): Promise<{ reports: JobReport[]; problems: Problem[] }> {
  let root: string;
  let files: string[];
  if (fs.existsSync(junit) && fs.statSync(junit).isDirectory()) {
    root = junit;
    files = await glob('**/*.xml', { cwd: root, dot: true });
  } else {
    // A glob: paths are shown relative to the part before the first wildcard.
    const base = junit.split('/').findIndex((part) => /[*?[{]/.test(part));
    root = base <= 0 ? path.dirname(junit) : junit.split('/').slice(0, base).join('/') || '/';
    files = (await glob(junit, { absolute: true, dot: true })).map((f) => path.relative(root, f));
  }
  const problems: Problem[] = [];
  const reports: JobReport[] = [];
  for (const rel of files.map((f) => f.split(path.sep).join('/')).sort()) {
    const parsed = parseJunitSuites(fs.readFileSync(path.join(root, rel), 'utf8'), rel);
    problems.push(
      ...parsed.problems.map((p) => ({
        ...p,
        title: 'Unreadable JUnit report',
        message: `${rel} is not a readable JUnit XML report: ${p.message.replace(/^.*?\(/, '(')}`,
      })),
    );
    const origin = originOf(rel);
    reports.push({
      source: rel,
      jobId: origin?.jobId ?? null,
      attempt: origin?.attempt ?? 1,
      cases: parsed.cases,
      suites: parsed.suites,
    });
  }
  return { reports, problems };
}
