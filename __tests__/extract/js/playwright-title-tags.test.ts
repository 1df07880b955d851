// Tags written in Playwright titles, checked against `playwright test --list`: Playwright tags a
// test with every `@` word of its title path wherever the `@` is (`checkout:@P1`, `payment@P2`,
// `(@P0)` as `@P0)`), and describes' title tags are inherited. Each planned group is a tag
// Playwright gives the test; a test Playwright tags with no group tag is ungrouped; the jobs'
// test lists cover the listing exactly.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectExactCover,
  expectPlanEqualsListing,
  filterArgs,
  plan,
  playwrightList,
  SUITES,
} from './runner-listings.js';

describe('Playwright 1.65: tags in titles, as TestCase.tags reads them', () => {
  const suite = path.join(SUITES, 'playwright-title-tags');
  it('plans each test in the group of a P-tag Playwright gives it, the closest one', () => {
    const { jobs, planFile, annotations } = plan(suite, { 'js-group-tags': '@P0 @P1 @P2' });
    const full = playwrightList(suite);
    expect(full.length).toBe(13);
    expect(expectPlanEqualsListing(jobs, full)).toEqual([]);
    const groupOf = new Map(
      jobs.flatMap((j) => j.tests).map((t) => [`${t.file} › ${t.id.slice(t.file.length + 2)}`, t.group]),
    );
    const pTags = (tags: string[]) => tags.filter((tag) => /^@P\d$/.test(tag)).map((tag) => tag.slice(1));
    for (const t of full) {
      const group = groupOf.get(`${t.file} › ${t.titles.join('::')}`);
      const own = pTags(t.tags);
      // Closest wins: the last P-tag Playwright lists is the test's own or its innermost describe's.
      expect({ test: t.titles, group }).toEqual({ test: t.titles, group: own.at(-1) ?? null });
    }
    // Tags that Playwright reads with their punctuation, near a group tag: said at their line.
    expect(
      annotations.filter((a) => a.title === 'Title tag with punctuation').map((a) => `${a.file}:${a.line}`),
    ).toEqual([
      'tests/billing/invoices.spec.ts:18',
      'tests/mail/outbox.spec.ts:10',
      'tests/mail/outbox.spec.ts:15',
    ]);
    const perJob = jobs.map((j) => playwrightList(suite, filterArgs('playwright', suite, planFile, j.id)));
    expectExactCover(full, perJob, jobs);
  });
});
