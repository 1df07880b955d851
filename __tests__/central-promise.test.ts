// The project's central promise, end to end: the built action plans a suite, then real pytest
// runs once per job through the plugin; the union of the jobs' selections must equal pytest's
// own full collection, with no test twice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectIds, runPytest } from './helpers/pytest.js';
import { REPO, runAction } from './helpers/run-action.js';
import { makeTree } from './helpers/tree.js';

interface Group {
  id: string;
  group_id: string;
  files?: string[];
  path_to_test_file?: string;
  tests: number;
}

function jobsOf(root: string, inputs: Record<string, string>) {
  const run = runAction(inputs, root);
  if (run.status !== 0) throw new Error(`action failed:\n${run.stdout}`);
  return { groups: JSON.parse(run.outputs['groups']!) as Group[], planFile: run.outputs['plan-file']! };
}

function expectExactCover(full: string[], perJob: string[][]) {
  const union = perJob.flat();
  const seen = new Map<string, number>();
  for (const id of union) seen.set(id, (seen.get(id) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  expect(twice, 'tests selected by more than one job').toEqual([]);
  expect([...seen.keys()].sort()).toEqual([...full].sort());
}

const SUITES = [
  path.join(REPO, 'examples', 'pytest-suite'),
  ...(() => {
    const dir = path.join(REPO, '__tests__', 'fixtures', 'pytest-suites');
    return fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .map((d) => path.join(dir, d))
          .filter(
            (d) =>
              fs.existsSync(path.join(d, 'suite.json')) &&
              !JSON.parse(fs.readFileSync(path.join(d, 'suite.json'), 'utf8')).runtimeOnly,
          )
      : [];
  })(),
];

/** The marker modes a fixture suite is meant for (its suite.json), default `group`. */
function markersOf(suite: string): string[] {
  const spec = path.join(suite, 'suite.json');
  if (!fs.existsSync(spec)) return ['group'];
  const { markers } = JSON.parse(fs.readFileSync(spec, 'utf8')) as { markers?: string[] };
  return markers ?? ['group'];
}

// The pattern suite read with the plain `group` marker holds a bare `@pytest.mark.group` (no
// value): the plan fails on purpose there (asserted below), so it has no jobs to cover.
const FAILS_ON_PURPOSE = (suite: string, marker: string) =>
  path.basename(suite) === 'pattern' && marker === 'group';

const CASES = SUITES.flatMap((suite) =>
  markersOf(suite)
    .filter((marker) => !FAILS_ON_PURPOSE(suite, marker))
    .flatMap((marker) =>
      (['file', 'global'] as const).map((scope) => ({
        name: `${path.basename(suite)}, marker ${marker}, scope ${scope}`,
        suite,
        marker,
        scope,
      })),
    ),
);

describe.each(CASES)('$name', ({ suite, marker, scope }) => {
  it('every test runs in exactly one job selected through the plan', () => {
    const full = collectIds(suite);
    const { groups, planFile } = jobsOf(suite, { marker, scope });
    expect(groups.length).toBeGreaterThan(0);
    // One word: a separate path word would steer pytest's rootdir search (the plugin refuses it).
    const perJob = groups.map((g) => collectIds(suite, [`--group-plan=${planFile}`, '--group', g.id]));
    perJob.forEach((ids, i) => expect(ids.length, groups[i]!.id).toBe(groups[i]!.tests));
    expectExactCover(full, perJob);
  });

  it('pytest --collect-groups at run time prints the same groups JSON as the action', () => {
    const action = runAction({ marker, scope }, suite);
    const runtime = runPytest(suite, [
      '--collect-groups',
      '-q',
      '--group-marker',
      marker,
      '--group-scope',
      scope,
    ]);
    const printed = runtime.stdout.split('\n').find((l) => l.startsWith('['));
    expect(printed).toBe(action.outputs['groups']);
  });
});

describe('file scope the original way: pytest FILE --group N per job', () => {
  it('covers the example suite exactly once (ungrouped jobs through the plan)', () => {
    const suite = path.join(REPO, 'examples', 'pytest-suite');
    const { groups, planFile } = jobsOf(suite, {});
    const perJob = groups.map((g) =>
      g.group_id === 'ungrouped'
        ? collectIds(suite, [`--group-plan=${planFile}`, '--group', g.id])
        : collectIds(suite, [g.path_to_test_file!, '--group', g.group_id]),
    );
    expectExactCover(collectIds(suite), perJob);
  });
});

describe('a marker with no value', () => {
  it('fails the plan at its line instead of guessing a group', () => {
    const suite = path.join(REPO, '__tests__', 'fixtures', 'pytest-suites', 'pattern');
    const run = runAction({ marker: 'group' }, suite);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error title=Group marker without a value,file=test_pattern.py,line=16');
  });
});

describe('a plan that no longer matches the suite', () => {
  it('runs the added test in exactly one job, its group job, naming it; mode fail stops the job', () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\nmarkers =\n    group: job group\n',
      'test_a.py': 'import pytest\n\n@pytest.mark.group(1)\ndef test_one():\n    pass\n',
    });
    const { groups, planFile } = jobsOf(root, {});
    // A test added after the plan was made.
    fs.appendFileSync(
      path.join(root, 'test_a.py'),
      '\n@pytest.mark.group(1)\ndef test_added_later():\n    pass\n',
    );
    const run = runPytest(root, [`--group-plan=${planFile}`, '--group', groups[0]!.id, '-v']);
    expect(run.stdout).toMatch(/test_a\.py::test_added_later PASSED/);
    expect(run.stdout).toContain('not in the plan, run in this job (1):');
    expect(run.stdout).toContain('test_a.py::test_added_later: group 1 at run time, not in the plan');
    expect(() =>
      collectIds(root, [`--group-plan=${planFile}`, '--group', groups[0]!.id, '--group-plan-mismatch=fail']),
    ).toThrow(/test_added_later/);
  });
});

describe('a marker a conftest hook changes at run time', () => {
  it('stops the one job that owns the moved test (its group has no job), naming it', () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\nmarkers =\n    group: job group\n',
      'conftest.py': [
        'import pytest',
        '',
        'def pytest_collection_modifyitems(items):',
        '    for item in items:',
        '        if item.name == "test_moved":',
        '            item.add_marker(pytest.mark.group(2), append=False)',
        '',
      ].join('\n'),
      'test_a.py':
        'import pytest\n\n@pytest.mark.group(1)\ndef test_kept():\n    pass\n\n@pytest.mark.group(1)\ndef test_moved():\n    pass\n',
    });
    const { groups, planFile } = jobsOf(root, {});
    expect(groups.map((g) => [g.group_id, g.tests])).toEqual([['1', 2]]);
    expect(() => collectIds(root, [`--group-plan=${planFile}`, '--group', groups[0]!.id])).toThrow(
      /test_a\.py::test_moved/,
    );
  });
});
