// End to end: a fixture suite and a timings file → the built action packs balanced shards →
// real pytest runs each shard through the plan; every test runs exactly once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectIds, runPytest } from '../helpers/pytest.js';
import { runAction } from '../helpers/run-action.js';
import { makeTree } from '../helpers/tree.js';

interface Group {
  id: string;
  group_id: string;
  tests: number;
  seconds?: number;
}

/** 5 files; groups 1–3 spread over files; many ungrouped tests, some parametrized. */
function fixture(): { files: Record<string, string>; timings: Record<string, number> } {
  const files: Record<string, string> = { 'pytest.ini': '[pytest]\nmarkers =\n    group: job group\n' };
  const timings: Record<string, number> = {};
  for (let f = 0; f < 5; f++) {
    const lines = ['import pytest', ''];
    for (let i = 0; i < 12; i++) {
      const group = i < 2 ? `@pytest.mark.group(${(f % 3) + 1})\n` : '';
      lines.push(`${group}def test_${i}():\n    pass\n`);
      timings[`tests/test_m${f}.py::test_${i}`] = ((f * 5 + i * 7) % 11) + 1 + (i < 2 ? 20 : 0);
    }
    lines.push('@pytest.mark.parametrize("x", [1, 2, 3])\ndef test_p(x):\n    pass\n');
    for (const x of [1, 2, 3]) timings[`tests/test_m${f}.py::test_p[${x}]`] = 3;
    files[`tests/test_m${f}.py`] = lines.join('\n');
  }
  return { files, timings };
}

function timingsFile(tests: Record<string, number>): string {
  return JSON.stringify({ version: 1, tool: 'group-matrix-timings', tests, files: {} });
}

describe('balanced shards from a timings file, run with real pytest', () => {
  it('cover every test exactly once, close to the lower bound', () => {
    const { files, timings } = fixture();
    const root = makeTree({ ...files, 'timings.json': timingsFile(timings) });
    const run = runAction(
      {
        scope: 'global',
        ungrouped: 'balance',
        timings: 'timings.json',
        jobs: '4',
        'job-overhead-seconds': '0',
      },
      root,
    );
    expect(run.status, run.stdout).toBe(0);
    const groups = JSON.parse(run.outputs['groups']!) as Group[];
    expect(groups.map((g) => g.id)).toEqual(['shard_1_of_4', 'shard_2_of_4', 'shard_3_of_4', 'shard_4_of_4']);
    const planFile = run.outputs['plan-file']!;
    const perJob = groups.map((g) => collectIds(root, [`--group-plan=${planFile}`, '--group', g.id]));
    perJob.forEach((ids, i) => expect(ids.length, groups[i]!.id).toBe(groups[i]!.tests));
    const all = perJob.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...collectIds(root)].sort());

    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    const makespan = Math.max(...groups.map((g) => g.seconds!));
    expect(makespan).toBeLessThanOrEqual(Math.ceil((total / 4) * 1.03));
    expect(run.summary).toContain('Predicted wall time');
    expect(run.summary).toContain('0 of 75 tests had no timing');
  });

  it('a corrupt timings file: a warning, counts instead, and the run succeeds', () => {
    const { files } = fixture();
    const root = makeTree({ ...files, 'reports/junit.xml': '<testsuites><testsuite name="x"><testcase' });
    const run = runAction(
      { scope: 'global', ungrouped: 'balance', timings: 'reports/*.xml', jobs: '3' },
      root,
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.commands.some((c) => c.kind === 'warning' && c.message.includes('reports/junit.xml'))).toBe(
      true,
    );
    const groups = JSON.parse(run.outputs['groups']!) as Group[];
    expect(groups).toHaveLength(3);
    expect(run.summary).toContain('No usable timings');
  });

  it('a real pytest JUnit report as timings', () => {
    const { files } = fixture();
    const root = makeTree(files);
    runPytest(root, ['-q', `--junitxml=${path.join(root, 'junit.xml')}`]);
    expect(fs.existsSync(path.join(root, 'junit.xml'))).toBe(true);
    const run = runAction({ scope: 'global', ungrouped: 'balance', timings: 'junit.xml', jobs: '2' }, root);
    expect(run.status, run.stdout).toBe(0);
    expect(run.commands.filter((c) => c.kind === 'warning')).toEqual([]);
    const plan = JSON.parse(run.plan!) as { jobs: { seconds: number; tests: { seconds?: number }[] }[] };
    expect(plan.jobs.every((j) => typeof j.seconds === 'number')).toBe(true);
  });
});
