import { describe, expect, it } from 'vitest';
import { parseRunners } from '../src/inputs.js';
import { safeId, slug, uniqueIds } from '../src/plan/ids.js';
import { planJobs, type PlanSettings } from '../src/plan/plan.js';
import { fileWith } from './helpers/tests.js';

const base: PlanSettings = { scope: 'file', ungrouped: 'job', marker: 'group', runners: null, maxJobs: 256 };

describe('planJobs in file scope', () => {
  it('makes one job per file × group, ordered by file, integer groups, string groups, ungrouped', () => {
    const { plan, problems } = planJobs(
      [fileWith('tests/b.py', [null, 'db', 10, 2, 'api', 2]), fileWith('tests/a.py', [1])],
      base,
    );
    expect(problems).toEqual([]);
    expect(plan.jobs.map((j) => [j.files[0], j.groupId, j.tests.length])).toEqual([
      ['tests/a.py', '1', 1],
      ['tests/b.py', '2', 2],
      ['tests/b.py', '10', 1],
      ['tests/b.py', 'api', 1],
      ['tests/b.py', 'db', 1],
      ['tests/b.py', 'ungrouped', 1],
    ]);
    expect(plan.jobs.map((j) => j.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(plan.jobs.map((j) => j.id)).toEqual([
      'tests_a_py_group_1',
      'tests_b_py_group_2',
      'tests_b_py_group_10',
      'tests_b_py_group_api',
      'tests_b_py_group_db',
      'tests_b_py_ungrouped',
    ]);
    expect(plan.jobs[0]!.name).toBe('a.py | group 1');
    expect(plan.jobs[5]!.name).toBe('b.py | ungrouped');
    expect(plan.totalTests).toBe(7);
  });

  it('treats group(1) and group("1") as one group and keeps the integer', () => {
    const { plan } = planJobs([fileWith('t.py', ['1', 1])], base);
    expect(plan.jobs).toHaveLength(1);
    expect(plan.jobs[0]!.groupValue).toBe(1);
    expect(plan.jobs[0]!.tests).toHaveLength(2);
  });
});

describe('planJobs in global scope', () => {
  it('makes one job per group across files and one ungrouped job', () => {
    const { plan } = planJobs(
      [fileWith('x/test_a.py', [1, null, 'db']), fileWith('x/test_b.py', [1, null])],
      { ...base, scope: 'global' },
    );
    expect(plan.jobs.map((j) => [j.id, j.name, j.files, j.tests.length])).toEqual([
      ['group_1', 'group 1', ['x/test_a.py', 'x/test_b.py'], 2],
      ['group_db', 'group db', ['x/test_a.py'], 1],
      ['ungrouped', 'ungrouped', ['x/test_a.py', 'x/test_b.py'], 2],
    ]);
  });
});

describe('ungrouped policies', () => {
  const files = [fileWith('t.py', [1, null, null])];

  it('skip: leaves them out of every job and lists them', () => {
    const { plan, problems } = planJobs(files, { ...base, ungrouped: 'skip' });
    expect(plan.jobs.map((j) => j.groupId)).toEqual(['1']);
    expect(plan.skipped.map((t) => t.id)).toEqual(['t.py::test_1', 't.py::test_2']);
    expect(plan.totalTests).toBe(3);
    expect(problems).toEqual([]);
  });

  it('error: one error per ungrouped test at its line, saying what to add', () => {
    const { problems } = planJobs(files, { ...base, ungrouped: 'error' });
    expect(problems.map((p) => [p.severity, p.file, p.line])).toEqual([
      ['error', 't.py', 2],
      ['error', 't.py', 3],
    ]);
    expect(problems[0]!.message).toContain('@pytest.mark.group(1)');
    expect(problems[0]!.message).toContain("set ungrouped to 'job'");
  });

  it('error with a pattern marker suggests the pattern form', () => {
    const { problems } = planJobs(files, { ...base, ungrouped: 'error', marker: 'group_*' });
    expect(problems[0]!.message).toContain('@pytest.mark.group_db');
  });
});

describe('max-jobs and the matrix limit', () => {
  const many = (n: number) => [
    fileWith(
      't.py',
      Array.from({ length: n }, (_, i) => i),
    ),
  ];

  it('fails with how many jobs were needed and what to do', () => {
    const { problems } = planJobs(many(5), { ...base, maxJobs: 4 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', title: 'Too many jobs' });
    expect(problems[0]!.message).toContain('The plan needs 5 jobs, but max-jobs is 4');
    expect(problems[0]!.message).toContain('scope: global');
  });

  it('257 jobs break the 256 limit, 256 do not', () => {
    expect(planJobs(many(256), base).problems).toEqual([]);
    const { problems } = planJobs(many(257), base);
    expect(problems[0]!.message).toContain(
      "The plan needs 257 jobs, but max-jobs is 256 (GitHub's matrix limit)",
    );
  });
});

describe('runs-on from the runners input', () => {
  it('first matching pattern wins, then default', () => {
    const runners = parseRunners('db: big\n"gpu*": [self-hosted, gpu]\ndefault: small\n');
    const { plan } = planJobs([fileWith('t.py', ['db', 'gpu-a', 'api', null])], { ...base, runners });
    expect(plan.jobs.map((j) => [j.groupId, j.runsOn])).toEqual([
      ['api', 'small'],
      ['db', 'big'],
      ['gpu-a', ['self-hosted', 'gpu']],
      ['ungrouped', 'small'],
    ]);
  });

  it('leaves runs-on out without a default', () => {
    const { plan } = planJobs([fileWith('t.py', ['db', 'api'])], {
      ...base,
      runners: parseRunners('db: big'),
    });
    expect(plan.jobs.map((j) => j.runsOn)).toEqual([undefined, 'big']);
  });
});

describe('ids', () => {
  it('slugs to [a-z0-9_]', () => {
    expect(slug('Tests/Relations/test-DB.py')).toBe('tests_relations_test_db_py');
    expect(slug('$(rm -rf /)`x`')).toBe('rm_rf_x');
  });

  it('starts with a letter and stays within 48 characters with a hash of the whole', () => {
    expect(safeId('1_group_2')).toBe('t_1_group_2');
    const long = 'a'.repeat(60);
    const id = safeId(long);
    expect(id).toHaveLength(48);
    expect(id).toMatch(/^a{39}_[0-9a-f]{8}$/);
    expect(safeId('a'.repeat(59) + 'b')).not.toBe(id);
  });

  it('makes colliding ids unique in order', () => {
    expect(uniqueIds(['x', 'y', 'x', 'x'])).toEqual(['x', 'y', 'x_2', 'x_3']);
  });

  it('keeps jobs apart whose names slug alike', () => {
    const { plan } = planJobs([fileWith('t.py', ['a-b', 'a_b', 'A b'])], { ...base, scope: 'global' });
    expect(plan.jobs.map((j) => j.id)).toEqual(['group_a_b', 'group_a_b_2', 'group_a_b_3']);
  });
});
