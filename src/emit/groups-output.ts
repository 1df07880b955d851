import { GROUPS_OUTPUT_BUDGET } from '../constants.js';
import type { Job, Plan, Problem } from '../model.js';
import { isShardId } from '../plan/balance.js';
import { jobLabel } from '../plan/plan.js';

/** One `groups` entry. Key order is part of the contract (the pytest plugin emits the same). */
export type GroupEntry = Record<string, unknown>;

function entry(job: Job, scope: Plan['scope'], withFiles: boolean): GroupEntry {
  const out: GroupEntry = {
    id: job.id,
    name: job.name,
    index: job.index,
    group_id: job.groupId,
  };
  if (withFiles) out['files'] = job.files;
  out['tests'] = job.tests.length;
  // Only with timings or packing, so the plain output stays what `--collect-groups` prints.
  if (job.seconds !== undefined) out['seconds'] = Math.round(job.seconds);
  // Which runner-side filter the job uses (a monorepo mixes pytest and JS runners).
  out['runner'] = job.runner;
  // A packed shard holds several files and groups: one file and group would mislead, and
  // `pytest FILE --group N` would not select the shard. It is selected through the plan.
  if (scope === 'file' && !isShardId(job.id)) {
    // The original `--collect-groups` fields, so workflows written for it work unchanged.
    const file = job.files[0] ?? '';
    out['path_to_test_file'] = file;
    out['group_number'] = job.groupValue;
    out['job_name'] = jobLabel(file, job.groupValue);
  }
  if (job.runsOn !== undefined) out['runs-on'] = job.runsOn;
  return out;
}

/**
 * The `groups` output: small enough for GitHub's 1 MB of outputs per job (counted as UTF-16,
 * so about 500K characters). When the file lists would not fit they are left out (the plan file
 * has them) with a warning; when even that does not fit, an error.
 */
export function groupsOutput(
  plan: Plan,
  budget = GROUPS_OUTPUT_BUDGET,
): { json: string; problems: Problem[] } {
  const full = JSON.stringify(plan.jobs.map((j) => entry(j, plan.scope, true)));
  if (full.length <= budget) return { json: full, problems: [] };
  const slim = JSON.stringify(plan.jobs.map((j) => entry(j, plan.scope, false)));
  if (slim.length <= budget) {
    return {
      json: slim,
      problems: [
        {
          severity: 'warning',
          title: 'File lists left out of the groups output',
          message: `With every job's file list the groups output would be ${full.length} characters, over the ${budget} this action allows itself (GitHub keeps at most 1 MB of outputs per job). The lists were left out; read each job's files from the plan file (output plan-file), where the runner-side filters (pytest's --group-plan, the Jest, Vitest and Playwright filters) find them.`,
        },
      ],
    };
  }
  return {
    json: slim,
    problems: [
      {
        severity: 'error',
        title: 'groups output too large',
        message: `The groups output is ${slim.length} characters even without file lists, over the ${budget} allowed (GitHub keeps at most 1 MB of outputs per job). Reduce the number of jobs with max-jobs or scope: global.`,
      },
    ],
  };
}
