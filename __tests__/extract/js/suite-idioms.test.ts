// Idioms of real JS suites, each fixture suite checked test by test against its real runner:
// Playwright's local fixtures module (`base.extend`, re-exported through an index) with title and
// option tags, serial/parallel describes, `test.use`, `test.step`; Jest's and Vitest's tables
// (arrays, template tables, printf and `$name` titles), `concurrent`, `for`, `skipIf`/`runIf`,
// `todo`, `failing`, `x`-aliases, `test.extend` from a helpers module. Tests the reader cannot
// know (shared examples called from a helpers module, a describe body passed by name, a test in
// a loop) put their file in the summary, planned whole; every other file equals the listing.
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
  vitestCollected,
  vitestList,
} from './runner-listings.js';

describe('Playwright 1.65: a local fixtures module, tags, serial and parallel describes', () => {
  const suite = path.join(SUITES, 'playwright-fixtures');
  it('plans what `playwright test --list` lists, each test in the group of its closest P-tag', () => {
    const { jobs, planFile, problems } = plan(suite, { 'js-group-tags': '@P0 @P1 @P2' });
    const full = playwrightList(suite);
    expect(full.length).toBe(18);
    // The loop's tests and the shared examples of search.spec.ts are said, the files planned whole.
    expect(expectPlanEqualsListing(jobs, full)).toEqual([
      'tests/shop/locales.spec.ts',
      'tests/shop/search.spec.ts',
    ]);
    expect(problems).toEqual(['warning:tests/shop/locales.spec.ts:6', 'notice:tests/shop/search.spec.ts:6']);
    const groupOf = new Map(
      jobs.flatMap((j) => j.tests).map((t) => [`${t.file} › ${t.id.slice(t.file.length + 2)}`, t.group]),
    );
    for (const t of full) {
      const group = groupOf.get(`${t.file} › ${t.titles.join('::')}`);
      if (group === undefined) continue; // a file planned whole
      const own = t.tags.filter((tag) => /^@P\d$/.test(tag));
      if (own.length === 0) expect(group, t.titles.join(' › ')).toBeNull();
      else expect(own, t.titles.join(' › ')).toContain(`@${String(group)}`);
    }
    const perJob = jobs.map((j) => playwrightList(suite, filterArgs('playwright', suite, planFile, j.id)));
    expectExactCover(full, perJob, jobs);
  });
});

describe('Vitest 4.1: tables, for, skipIf/runIf, todo, fails, test.extend from a helpers module', () => {
  const suite = path.join(SUITES, 'vitest-idioms');
  it('plans what Vitest collects, test by test', () => {
    const { jobs, planFile, problems } = plan(suite);
    const full = vitestCollected(suite);
    // 21 that `vitest list` lists, and the `.todo` and `.skip` ones it leaves out.
    expect(full.length).toBe(23);
    const whole = expectPlanEqualsListing(jobs, full);
    expect(whole).toEqual(['src/cart/fixtures.test.ts', 'src/cart/stores.test.ts']);
    expect(problems).toEqual([
      'notice:src/cart/fixtures.test.ts:4',
      'notice:src/cart/fixtures.test.ts:5',
      'notice:src/cart/fixtures.test.ts:6',
      'notice:src/cart/stores.test.ts:5',
    ]);
    const listed = vitestList(suite);
    const perJob = jobs.map((j) => vitestList(suite, filterArgs('vitest', suite, planFile, j.id)));
    expectExactCover(listed, perJob, jobs);
  });
});

describe('Jest 30: each tables, template tables, concurrent, todo, failing, x-aliases, shared examples', () => {
  const suite = path.join(SUITES, 'jest-idioms');
  it('plans what Jest runs, test by test', () => {
    const { jobs, planFile, problems } = plan(suite);
    const full = jestRun(suite, [], { pending: true });
    expect(full.length).toBe(22);
    expect(expectPlanEqualsListing(jobs, full)).toEqual(['test/queues.test.js']);
    expect(problems).toEqual(['notice:test/queues.test.js:4', 'notice:test/queues.test.js:7']);
    expectJestJobsCoverExactly(suite, planFile, jobs);
  });
});

describe('Jest 30: a config of inline projects, each with its own testMatch', () => {
  // Jest calls the filter once per project, each with that project's files: every job still runs
  // exactly its tests, and a file only the top-level testMatch names (which no project uses) is
  // neither planned nor run.
  const suite = path.join(SUITES, 'jest-projects');
  it('plans what Jest runs, test by test, and each job runs its part', () => {
    const { jobs, planFile, problems } = plan(suite);
    const full = jestRun(suite, [], { pending: true });
    expect(full.length).toBe(7);
    // Files with no test-level tag are one unit each, in their docblock group.
    expect(expectPlanEqualsListing(jobs, full)).toEqual([
      'src/cart/price.test.js',
      'test/store/orders.int.js',
    ]);
    expect(problems).toEqual([]);
    const groups = new Map(jobs.flatMap((j) => j.tests).map((t) => [t.id, t.group]));
    expect(groups.get('test/store/orders.int.js')).toBe('db');
    expect(groups.get('src/cart/cart.test.js::cart::applies a coupon @group:billing')).toBe('billing');
    expectJestJobsCoverExactly(suite, planFile, jobs);
  });
});

describe('Vitest 4.1: chained extend, describe.each objects, sequential/shuffle/concurrent, test.for, .mts with top-level await', () => {
  const suite = path.join(SUITES, 'vitest-chains');
  it('plans what Vitest collects, test by test, and each job runs its part', () => {
    const { jobs, planFile, problems } = plan(suite);
    const full = vitestCollected(suite);
    expect(full.length).toBe(16);
    expect(expectPlanEqualsListing(jobs, full)).toEqual([]);
    expect(problems).toEqual([]);
    const groups = new Map(jobs.flatMap((j) => j.tests).map((t) => [t.id, t.group]));
    expect(groups.get('src/orders/pricing.test.ts::vat $name::rounds %i items')).toBe('pricing');
    expect(groups.get('src/orders/store.test.mts::store::counts them')).toBe('store');
    const listed = vitestList(suite);
    const perJob = jobs.map((j) => vitestList(suite, filterArgs('vitest', suite, planFile, j.id)));
    expectExactCover(listed, perJob, jobs);
  });
});
