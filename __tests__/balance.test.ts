import { describe, expect, it } from 'vitest';
import { groupsOutput } from '../src/emit/groups-output.js';
import type { FileResult, TestCase } from '../src/model.js';
import { lowerBound, pack, type PackUnit } from '../src/plan/pack.js';
import { planJobs, type PlanSettings } from '../src/plan/plan.js';
import { estimate, type TimingTable } from '../src/timings/table.js';

function tc(file: string, name: string, group: number | null): TestCase {
  const id = `${file}::${name}`;
  return { id, function: id, file, line: 1, group };
}

function suite(): FileResult[] {
  const files: FileResult[] = [];
  for (let f = 0; f < 6; f++) {
    const file = `tests/test_${f}.py`;
    const tests: TestCase[] = [];
    for (let i = 0; i < 8; i++) tests.push(tc(file, `test_${i}`, i < 3 ? (f % 3) + 1 : null));
    files.push({ file, runner: 'pytest', tests, problems: [] });
  }
  return files;
}

function table(tests: Record<string, number>, files: Record<string, number> = {}): TimingTable {
  return {
    tests: new Map(Object.entries(tests)),
    files: new Map(Object.entries(files)),
    sources: ['t.json'],
  };
}

const BASE: PlanSettings = {
  scope: 'global',
  ungrouped: 'balance',
  marker: 'group',
  runners: null,
  maxJobs: 256,
};

function timingsFor(results: FileResult[]): TimingTable {
  const t: Record<string, number> = {};
  results.forEach((r, f) => r.tests.forEach((x, i) => (t[x.id] = ((f * 7 + i * 13) % 17) + 1)));
  return table(t);
}

describe('packing', () => {
  it('keeps every annotated group whole in one job, and covers every test once', () => {
    const results = suite();
    const { plan } = planJobs(results, { ...BASE, jobs: 4, timings: timingsFor(results) });
    expect(plan.jobs.map((j) => j.id)).toEqual([
      'shard_1_of_4',
      'shard_2_of_4',
      'shard_3_of_4',
      'shard_4_of_4',
    ]);
    for (const g of [1, 2, 3])
      expect(plan.jobs.filter((j) => j.tests.some((t) => t.group === g))).toHaveLength(1);
    const ids = plan.jobs.flatMap((j) => j.tests.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(48);
  });

  it('is deterministic: the same input twice gives the same plan', () => {
    const a = planJobs(suite(), { ...BASE, jobs: 3, timings: timingsFor(suite()) }).plan;
    const b = planJobs(suite(), { ...BASE, jobs: 3, timings: timingsFor(suite()) }).plan;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gets within 3% of the lower bound on many small units, never worse than plain LPT order', () => {
    const units: PackUnit[] = Array.from({ length: 400 }, (_, i) => ({
      key: `u${String(i).padStart(3, '0')}`,
      seconds: Math.exp(((i * 7919) % 1000) / 250),
      files: [],
    }));
    for (const jobs of [2, 4, 8, 16]) {
      const { loads } = pack(units, jobs);
      expect(Math.max(...loads) / lowerBound(units, jobs)).toBeLessThanOrEqual(1.03);
    }
  });

  it('counts a file setup once per job that runs the file', () => {
    const units: PackUnit[] = [
      { key: 'a', seconds: 10, files: ['f.py'] },
      { key: 'b', seconds: 10, files: ['f.py'] },
    ];
    const { loads } = pack(units, 1, new Map([['f.py', 30]]));
    expect(loads).toEqual([50]);
  });

  it("keeps a file's units together when its setup outweighs splitting them", () => {
    // LPT alone puts h2 in the empty job (0.41 < 0.4 + 0.01 + 0.01) and pays the setup twice.
    const units: PackUnit[] = [
      { key: 'h1', seconds: 0.01, files: ['heavy.js'] },
      { key: 'h2', seconds: 0.01, files: ['heavy.js'] },
      ...[1, 2, 3, 4].map((n) => ({ key: `l${n}`, seconds: 0.1, files: ['light.js'] })),
    ];
    const { jobs, loads } = pack(units, 2, new Map([['heavy.js', 0.4]]));
    expect(jobs.map((j) => j.map((i) => units[i]!.key).join()).sort()).toEqual(['h1,h2', 'l1,l2,l3,l4']);
    expect(Math.max(...loads)).toBeCloseTo(0.42, 9);
    // Without setup the same units spread as before.
    expect(Math.max(...pack(units, 2).loads)).toBeCloseTo(0.21, 9);
  });

  it('target-minutes picks the fewest jobs that meet the target', () => {
    const results = suite();
    // 48 tests of 10 s; groups of 6 tests; 30 s overhead; target 2 min → 90 s of tests per job.
    const t = Object.fromEntries(results.flatMap((r) => r.tests.map((x) => [x.id, 10])));
    const { plan } = planJobs(results, {
      ...BASE,
      targetMinutes: 2,
      jobOverheadSeconds: 30,
      timings: table(t),
    });
    expect(plan.jobs.length).toBe(6);
    expect(plan.balance!.wallSeconds).toBeLessThanOrEqual(120);
    const fewer = planJobs(results, { ...BASE, jobs: 5, jobOverheadSeconds: 30, timings: table(t) }).plan;
    expect(fewer.balance!.wallSeconds).toBeGreaterThan(120);
  });

  it('names the unit that bounds the wall time when no count can meet the target', () => {
    const results = suite();
    const t = Object.fromEntries(results.flatMap((r) => r.tests.map((x) => [x.id, x.group === 2 ? 100 : 1])));
    const { plan, problems } = planJobs(results, {
      ...BASE,
      targetMinutes: 1,
      jobOverheadSeconds: 0,
      timings: table(t),
    });
    expect(plan.balance!.boundingUnit).toBe('group 2');
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /No job count up to \d+ meets target-minutes 1/,
    );
  });

  it('a packed shard in file scope has no path_to_test_file, group_number or job_name', () => {
    const results = suite();
    const packed = planJobs(results, { ...BASE, scope: 'file', jobs: 3, timings: timingsFor(results) }).plan;
    const shards = JSON.parse(groupsOutput(packed).json) as Record<string, unknown>[];
    expect(shards.map((g) => g['id'])).toEqual(['shard_1_of_3', 'shard_2_of_3', 'shard_3_of_3']);
    for (const g of shards) {
      expect(Object.keys(g)).toEqual([
        'id',
        'name',
        'index',
        'group_id',
        'files',
        'tests',
        'seconds',
        'runner',
      ]);
    }
    // Unpacked jobs in file scope keep them, timings or not (`--collect-groups` prints them).
    const timed = planJobs(results, {
      ...BASE,
      scope: 'file',
      ungrouped: 'job',
      timings: timingsFor(results),
    }).plan;
    const jobs = JSON.parse(groupsOutput(timed).json) as Record<string, unknown>[];
    expect(jobs[0]).toMatchObject({
      id: 'tests_test_0_py_group_1',
      path_to_test_file: 'tests/test_0.py',
      group_number: 1,
      job_name: 'tests/test_0.py | group 1',
    });
  });

  it('without packing and timings, planning is as before (no seconds anywhere)', () => {
    const { plan } = planJobs(suite(), { ...BASE, ungrouped: 'job' });
    expect(plan.jobs.every((j) => j.seconds === undefined)).toBe(true);
    expect(plan.balance).toBeUndefined();
  });

  it('more than max-jobs units pack into max-jobs jobs instead of failing', () => {
    const results = suite();
    const { plan, problems } = planJobs(results, {
      ...BASE,
      scope: 'file',
      ungrouped: 'balance',
      maxJobs: 4,
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plan.jobs.length).toBeLessThanOrEqual(4);
  });
});

describe('estimates', () => {
  it('median of the same file, else of the suite, else 1 second', () => {
    const tests = [
      tc('a.py', 't1', null),
      tc('a.py', 't2', null),
      tc('a.py', 't3', null),
      tc('b.py', 't1', null),
    ];
    const { seconds, estimated } = estimate(tests, table({ 'a.py::t1': 2, 'a.py::t2': 10 }));
    expect(seconds.get('a.py::t3')).toBe(6);
    expect(seconds.get('b.py::t1')).toBe(6);
    expect([...estimated].sort()).toEqual(['a.py::t3', 'b.py::t1']);
    expect(estimate(tests, table({})).seconds.get('a.py::t1')).toBe(1);
  });
});
