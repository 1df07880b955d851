// A monorepo with Python and TS tests, planned in one run of the built action: one `groups`
// output whose entries say which runner each job uses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runAction } from '../../helpers/run-action.js';

describe('mixed Python + TS repository', () => {
  it('plans pytest, vitest and playwright jobs in one groups output', () => {
    const run = runAction({}, path.join(REPO, '__tests__', 'fixtures', 'mixed-repo'));
    expect(run.status, run.stdout).toBe(0);
    const groups = JSON.parse(run.outputs['groups']!) as { id: string; runner: string; tests: number }[];
    expect(groups.map((g) => [g.id, g.runner, g.tests])).toEqual([
      ['e2e_login_spec_ts_group_1', 'playwright', 1],
      ['tests_test_api_py_group_1', 'pytest', 1],
      ['tests_test_api_py_ungrouped', 'pytest', 1],
      ['web_cart_test_ts_group_1', 'vitest', 1],
      ['web_cart_test_ts_ungrouped', 'vitest', 1],
    ]);
    const plan = JSON.parse(run.plan!) as { jobs: { runner: string; tests: { id: string }[] }[] };
    expect(plan.jobs.find((j) => j.runner === 'vitest')!.tests[0]!.id).toBe(
      'web/cart.test.ts::adds @group:1',
    );
  });
});
