import { describe, expect, it } from 'vitest';
import { pickAnnotations } from '../src/emit/annotations.js';
import { groupsOutput } from '../src/emit/groups-output.js';
import { planFileJson } from '../src/plan-file/write.js';
import { summaryMarkdown } from '../src/emit/summary.js';
import type { Problem } from '../src/model.js';
import { planJobs, type PlanSettings } from '../src/plan/plan.js';
import { fileWith } from './helpers/tests.js';

const base: PlanSettings = { scope: 'file', ungrouped: 'job', marker: 'group', runners: null, maxJobs: 256 };

describe('groups output', () => {
  it('carries the original --collect-groups fields in file scope, in a fixed key order', () => {
    const { plan } = planJobs([fileWith('relations/test_database.py', [1, 'db', null])], base);
    const groups = JSON.parse(groupsOutput(plan).json) as Record<string, unknown>[];
    expect(Object.keys(groups[0]!)).toEqual([
      'id',
      'name',
      'index',
      'group_id',
      'files',
      'tests',
      'runner',
      'path_to_test_file',
      'group_number',
      'job_name',
    ]);
    expect(groups.map((g) => [g['group_number'], g['job_name'], g['path_to_test_file']])).toEqual([
      [1, 'relations/test_database.py | group 1', 'relations/test_database.py'],
      ['db', 'relations/test_database.py | group db', 'relations/test_database.py'],
      [null, 'relations/test_database.py | ungrouped', 'relations/test_database.py'],
    ]);
  });

  it('has no compatibility fields in global scope', () => {
    const { plan } = planJobs([fileWith('t.py', [1])], { ...base, scope: 'global' });
    expect(JSON.parse(groupsOutput(plan).json)).toEqual([
      {
        id: 'group_1',
        name: 'group 1',
        index: 0,
        group_id: '1',
        files: ['t.py'],
        tests: 1,
        runner: 'pytest',
      },
    ]);
  });

  it('is [] with no tests', () => {
    const { plan } = planJobs([], base);
    expect(groupsOutput(plan).json).toBe('[]');
  });

  it('leaves the file lists out, with a warning, when they would pass the output budget', () => {
    // Global scope with thousands of long file names: the file lists alone pass 400K characters.
    const files = Array.from({ length: 6000 }, (_, i) =>
      fileWith(`tests/integration/very/deeply/nested/package_${i}/test_module_with_a_long_name_${i}.py`, [
        i % 4,
      ]),
    );
    const { plan } = planJobs(files, { ...base, scope: 'global' });
    const out = groupsOutput(plan);
    expect(out.json.length).toBeLessThan(400_000);
    expect(out.problems.map((p) => [p.severity, p.title])).toEqual([
      ['warning', 'File lists left out of the groups output'],
    ]);
    const groups = JSON.parse(out.json) as Record<string, unknown>[];
    expect(groups).toHaveLength(4);
    expect(groups[0]).not.toHaveProperty('files');
    expect(groups[0]!['tests']).toBe(1500);
  });

  it('is an error when even the slim output is too large', () => {
    const { plan } = planJobs([fileWith('t.py', [1, 2, 3])], base);
    const out = groupsOutput(plan, 100);
    expect(out.problems[0]).toMatchObject({ severity: 'error', title: 'groups output too large' });
  });
});

describe('plan file', () => {
  it('holds every test of every job and the skipped ones', () => {
    const { plan } = planJobs([fileWith('t.py', [1, null])], { ...base, ungrouped: 'skip' });
    const doc = JSON.parse(planFileJson(plan));
    expect(doc).toMatchObject({
      version: 1,
      tool: 'group-matrix',
      marker: 'group',
      scope: 'file',
      total_tests: 2,
    });
    expect(doc.jobs[0].tests).toEqual([
      { id: 't.py::test_0', function: 't.py::test_0', file: 't.py', line: 1, group: 1 },
    ]);
    expect(doc.skipped.map((t: { id: string }) => t.id)).toEqual(['t.py::test_1']);
  });
});

describe('annotations', () => {
  const problem = (severity: Problem['severity'], i: number): Problem => ({
    severity,
    file: 'f.py',
    line: i,
    title: 't',
    message: `m${i}`,
  });

  it('shows at most 10 of each type and counts the rest', () => {
    const problems = [
      ...Array.from({ length: 13 }, (_, i) => problem('error', i)),
      ...Array.from({ length: 2 }, (_, i) => problem('warning', i)),
    ];
    const { shown, hidden } = pickAnnotations(problems);
    expect(shown.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(shown.filter((p) => p.severity === 'warning')).toHaveLength(2);
    expect(hidden).toBe(3);
  });
});

describe('summary', () => {
  it('tables the jobs and lists every problem with its place', () => {
    const { plan } = planJobs([fileWith('t.py', [1, 'a|b'])], base);
    const md = summaryMarkdown(plan, [
      {
        severity: 'error',
        file: 't.py',
        line: 3,
        title: 'Non-literal group marker',
        message: 'found group(N)',
      },
    ]);
    expect(md).toContain('| 0 | t.py \\| group 1 | `t_py_group_1` | 1 | 1 | 1 |');
    expect(md).toContain('| error | t.py:3 | **Non-literal group marker**: found group(N) |');
  });

  it('says when no tests were found', () => {
    expect(summaryMarkdown(planJobs([], base).plan, [])).toContain('**No tests found**');
  });

  it('stays under 1 MiB and says it was cut', () => {
    const problems: Problem[] = Array.from({ length: 20_000 }, (_, i) => ({
      severity: 'warning',
      file: `tests/test_${i}.py`,
      line: i,
      title: 'Group marker on a non-test',
      message: 'x'.repeat(100),
    }));
    const md = summaryMarkdown(planJobs([fileWith('t.py', [1])], base).plan, problems);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/_Summary truncated: \d+ more lines left out/);
  });
});
