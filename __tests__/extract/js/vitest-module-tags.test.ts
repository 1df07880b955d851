// Vitest 4.1's file tags (`@module-tag db` in a comment, anywhere in the file), checked against
// Vitest itself: `vitest list --tags-filter=<tag>` lists the tests carrying a tag, from the file,
// their describes or their own options. Each test is planned in a group it carries (the closest),
// a test carrying none is ungrouped, and the jobs' selections cover the listing exactly.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectExactCover,
  expectPlanEqualsListing,
  filterArgs,
  plan,
  SUITES,
  vitestList,
} from './runner-listings.js';

const key = (l: { file: string; titles: string[] }) => `${l.file} › ${l.titles.join(' › ')}`;

describe('Vitest 4.1: @module-tag file tags', () => {
  const suite = path.join(SUITES, 'vitest-module-tags');
  it('plans each test in a group Vitest tags it with', () => {
    const { jobs, planFile, problems } = plan(suite, { 'js-group-tags': '@db @slow' });
    const full = vitestList(suite);
    expect(full.length).toBe(11);
    expect(expectPlanEqualsListing(jobs, full)).toEqual([]);
    // Tags of the suite's config that name groups, and the group each names.
    const groupTags = { db: 'db', slow: 'slow', 'group:billing': 'billing' };
    const carried = new Map<string, string[]>();
    for (const [tag, group] of Object.entries(groupTags)) {
      const tagged = vitestList(suite, [`--tags-filter=${tag}`]);
      expect(tagged.length, `tests tagged ${tag}`).toBeGreaterThan(0);
      for (const t of tagged) carried.set(key(t), [...(carried.get(key(t)) ?? []), group]);
    }
    const planned = jobs
      .flatMap((j) => j.tests)
      .map((t) => ({ file: t.file, titles: t.id.slice(t.file.length + 2).split('::'), group: t.group }));
    for (const t of full) {
      const p = planned.find(
        (q) =>
          q.file === t.file &&
          q.titles.length === t.titles.length &&
          q.titles.every((title, i) => new RegExp(`^${title.replace('$status', '.*')}$`).test(t.titles[i]!)),
      )!;
      const groups = carried.get(key(t)) ?? [];
      if (groups.length === 0)
        expect({ test: key(t), group: p.group }).toEqual({ test: key(t), group: null });
      else expect(groups, key(t)).toContain(p.group);
    }
    // A test with two group tags of its own is said; nothing else.
    expect(problems).toEqual(['warning:src/cart/checkout.test.ts:5']);
    const perJob = jobs.map((j) => vitestList(suite, filterArgs('vitest', suite, planFile, j.id)));
    expectExactCover(full, perJob, jobs);
  });
});
