import { paramsRecord, type Plan, type TestCase } from '../model.js';
import { PLAN_FILE_VERSION, type PlanFile, type PlanFileJob, type PlanFileTest } from './format.js';

/** The plan file's text: the full selection of every job. Keys keep one order (byte-stable output). */
export function planFileJson(plan: Plan): string {
  const test = (t: TestCase): PlanFileTest => {
    const out: PlanFileTest = {
      id: t.id,
      function: t.function,
      file: t.file,
      line: t.line,
      group: t.group,
    };
    if (t.params && t.argnames) out.params = paramsRecord(t.argnames, t.params);
    if (t.paramsPerCall && t.argnames) out.params_per_call = paramsRecord(t.argnames, t.paramsPerCall);
    const seconds = plan.balance?.testSeconds.get(t.id);
    if (seconds !== undefined) out.seconds = Math.round(seconds * 1000) / 1000;
    return out;
  };
  const doc: PlanFile = {
    version: PLAN_FILE_VERSION,
    tool: 'group-matrix',
    marker: plan.marker,
    scope: plan.scope,
    ungrouped: plan.ungrouped,
    total_tests: plan.totalTests,
    jobs: plan.jobs.map((j) => {
      // `tests` last: a reader skimming the file sees each job's header first.
      const job: Omit<PlanFileJob, 'tests'> & { tests?: PlanFileTest[] } = {
        id: j.id,
        name: j.name,
        index: j.index,
        group_id: j.groupId,
        group_value: j.groupValue,
        runner: j.runner,
        files: j.files,
      };
      if (j.runsOn !== undefined) job['runs-on'] = j.runsOn;
      if (j.groups !== undefined) job.groups = j.groups;
      if (j.seconds !== undefined) job.seconds = Math.round(j.seconds * 1000) / 1000;
      job.tests = j.tests.map(test);
      return job as PlanFileJob;
    }),
    skipped: plan.skipped.map(test),
    ...(plan.playwrightConfigs !== undefined
      ? { playwright_configs: plan.playwrightConfigs.map((c) => ({ config: c.config, root_dir: c.rootDir })) }
      : {}),
  };
  return JSON.stringify(doc, null, 1) + '\n';
}
