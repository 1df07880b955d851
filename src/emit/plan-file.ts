import { paramsRecord, type Plan, type TestCase } from '../model.js';

/** The plan file (docs/plan-format.md): the full selection of every job. */
export function planFileJson(plan: Plan): string {
  const test = (t: TestCase): Record<string, unknown> => {
    const out: Record<string, unknown> = {
      id: t.id,
      function: t.function,
      file: t.file,
      line: t.line,
      group: t.group,
    };
    if (t.params && t.argnames) out['params'] = paramsRecord(t.argnames, t.params);
    if (t.paramsPerCall && t.argnames) out['params_per_call'] = paramsRecord(t.argnames, t.paramsPerCall);
    const seconds = plan.balance?.testSeconds[t.id];
    if (seconds !== undefined) out['seconds'] = Math.round(seconds * 1000) / 1000;
    return out;
  };
  const doc = {
    version: 1,
    tool: 'group-matrix',
    marker: plan.marker,
    scope: plan.scope,
    ungrouped: plan.ungrouped,
    total_tests: plan.totalTests,
    jobs: plan.jobs.map((j) => {
      const job: Record<string, unknown> = {
        id: j.id,
        name: j.name,
        index: j.index,
        group_id: j.groupId,
        group_value: j.groupValue,
        runner: j.runner,
        files: j.files,
      };
      if (j.runsOn !== undefined) job['runs-on'] = j.runsOn;
      if (j.groups !== undefined) job['groups'] = j.groups;
      if (j.seconds !== undefined) job['seconds'] = Math.round(j.seconds * 1000) / 1000;
      job['tests'] = j.tests.map(test);
      return job;
    }),
    skipped: plan.skipped.map(test),
    ...(plan.playwrightConfigs !== undefined
      ? { playwright_configs: plan.playwrightConfigs.map((c) => ({ config: c.config, root_dir: c.rootDir })) }
      : {}),
  };
  return JSON.stringify(doc, null, 1) + '\n';
}
