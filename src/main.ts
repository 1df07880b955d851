import fs from 'node:fs';
import path from 'node:path';
import { runPipeline } from './pipeline.js';
import { Outputs } from './constants.js';
import { pickAnnotations } from './emit/annotations.js';
import { planFileJson } from './plan-file/write.js';
import type { Settings } from './inputs.js';
import type { Edge } from './edge.js';

/** One run of the action: plan, then write the plan file, outputs, annotations and summary. */
export async function run(settings: Settings, edge: Edge): Promise<void> {
  const outcome = await runPipeline(settings);

  fs.mkdirSync(path.dirname(settings.planFile), { recursive: true });
  fs.writeFileSync(settings.planFile, planFileJson(outcome.plan));

  edge.setOutput(Outputs.Groups, outcome.groupsJson);
  edge.setOutput(Outputs.Count, String(outcome.plan.jobs.length));
  edge.setOutput(Outputs.PlanFile, settings.planFile);

  const { shown, hidden } = pickAnnotations(outcome.problems);
  for (const problem of shown) edge.annotate(problem);
  if (hidden > 0)
    edge.info(
      `${hidden} more problems are listed in the job summary (GitHub shows 10 annotations of each kind per step).`,
    );

  await edge.writeSummary(outcome.summary);
  edge.info(
    `group-matrix: ${outcome.plan.jobs.length} jobs, ${outcome.plan.totalTests} tests from ${outcome.read.files} files (read on ${outcome.read.threads} thread${outcome.read.threads === 1 ? '' : 's'}); plan written to ${settings.planFile}`,
  );
  if (outcome.failure) edge.setFailed(outcome.failure);
}
