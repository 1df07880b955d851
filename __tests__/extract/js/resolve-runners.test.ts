// The static reading of test calls against the real runners: the built action plans each suite,
// and test by test its plan equals what Vitest, Jest and Playwright list (renamed, namespaced and
// required imports of the runner are tests; local shadows are not; Playwright's run-time
// annotations are not tests), each file the reader cannot follow is planned whole and named at
// the call's line, and the jobs' filters select every listed test exactly once.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectExactCover,
  expectJestJobsCoverExactly,
  expectPlanEqualsListing,
  filterArgs,
  jestRun,
  plan,
  playwrightList,
  SUITES,
  vitestList,
} from './runner-listings.js';

describe('Vitest 4.1: aliases of the runner, fixtures, globals and shadows', () => {
  const suite = path.join(SUITES, 'vitest-resolve');
  it('plans what `vitest list` lists, test by test', () => {
    const { jobs, planFile, problems } = plan(suite);
    const full = vitestList(suite);
    // Every file lists its real tests only: the shadows' calls ran as helpers, no test.
    expect(full.filter((t) => /not a test/.test(t.titles.join(' ')))).toEqual([]);
    const whole = expectPlanEqualsListing(jobs, full);
    expect(whole).toEqual(['conditional.test.ts', 'import-elsewhere.test.ts']);
    expect(problems).toEqual(['notice:conditional.test.ts:6', 'notice:import-elsewhere.test.ts:5']);
    const perJob = jobs.map((j) => vitestList(suite, filterArgs('vitest', suite, planFile, j.id)));
    expectExactCover(full, perJob, jobs);
  });
});

describe('Jest 30: @jest/globals required under other names, globals and shadows', () => {
  const suite = path.join(SUITES, 'jest-resolve');
  it('plans what Jest runs, test by test', () => {
    const { jobs, planFile, problems } = plan(suite);
    const full = jestRun(suite, [], { pending: true });
    expect(full.filter((t) => /not a test/.test(t.titles.join(' ')))).toEqual([]);
    const whole = expectPlanEqualsListing(jobs, full);
    expect(whole).toEqual(['import-elsewhere.test.js', 'shared.test.js']);
    expect(problems).toEqual(['notice:import-elsewhere.test.js:4', 'notice:shared.test.js:6']);
    expectJestJobsCoverExactly(suite, planFile, jobs);
  });
});

describe('Playwright 1.65: run-time annotations are not declarations', () => {
  const suite = path.join(SUITES, 'playwright-annotations');
  it('plans what `playwright test --list` lists, with each test in the group of its tags', () => {
    const { jobs, planFile, problems } = plan(suite, { 'js-group-tags': '@P0 @P1 @P2' });
    expect(problems).toEqual([]);
    const full = playwrightList(suite);
    expect(full.length).toBe(10);
    expect(expectPlanEqualsListing(jobs, full)).toEqual([]);
    // The planned group is the closest P-tag, one Playwright gives the test (--grep @P1 runs it).
    const groupOf = new Map(
      jobs.flatMap((j) => j.tests).map((t) => [`${t.file} › ${t.id.slice(t.file.length + 2)}`, t.group]),
    );
    for (const t of full) {
      const group = groupOf.get(`${t.file} › ${t.titles.join('::')}`);
      const own = t.tags.filter((tag) => /^@P\d$/.test(tag));
      if (own.length === 0) expect(group, t.titles.join(' › ')).toBeNull();
      else expect(own, t.titles.join(' › ')).toContain(`@${String(group)}`);
    }
    expect(new Set(jobs.map((j) => j.group_value))).toEqual(new Set(['P0', 'P1', 'P2', null]));
    const perJob = jobs.map((j) => playwrightList(suite, filterArgs('playwright', suite, planFile, j.id)));
    expectExactCover(full, perJob, jobs);
  });
});
