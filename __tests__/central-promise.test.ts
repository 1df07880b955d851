// The project's central promise, end to end: the built action plans a suite, then real pytest
// runs once per job through the plugin; the union of the jobs' selections must equal pytest's
// own full collection, with no test twice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectedIds, collectIds, runPytest, spawnPytest } from './helpers/pytest.js';
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

interface SuiteSpec {
  markers?: string[];
  /** Notices the plan gives on purpose: the suite holds what cannot be read statically. */
  says?: string[];
  /** The suite defines our plugin's options itself (an in-repo group plugin): pytest refuses it. */
  pluginConflict?: boolean;
}

function specOf(suite: string): SuiteSpec {
  const spec = path.join(suite, 'suite.json');
  return fs.existsSync(spec) ? (JSON.parse(fs.readFileSync(spec, 'utf8')) as SuiteSpec) : {};
}

/** The marker modes a fixture suite is meant for (its suite.json), default `group`. */
function markersOf(suite: string): string[] {
  return specOf(suite).markers ?? ['group'];
}

/** A suite whose plan says some of its groups are not read: the plugin, not the plan, must be exact. */
const SAYS = (suite: string) => (specOf(suite).says ?? []).length > 0 && !specOf(suite).pluginConflict;

/** The `groups` JSON line `pytest --collect-groups` prints for the suite (the plan made at run time). */
function runtimeGroups(suite: string, marker: string, scope: string): string | undefined {
  const runtime = runPytest(suite, [
    '--collect-groups',
    '-q',
    '--group-marker',
    marker,
    '--group-scope',
    scope,
  ]);
  return runtime.stdout.split('\n').find((l) => l.startsWith('['));
}

/** One job's collection through the plan: its node ids, or the stop the plugin printed instead. */
function jobRun(cwd: string, args: string[]) {
  const result = spawnPytest(cwd, ['--collect-only', '-q', ...args]);
  const output = `${result.stdout}\n${result.stderr}`;
  const stopped = /ERROR: group-matrix: job \S+ stops before running any test/.test(output);
  if (result.status !== 0 && result.status !== 5 && !stopped)
    throw new Error(`pytest ${args.join(' ')} exited ${result.status} in ${cwd}:\n${output}`);
  const ids = collectedIds(result.stdout);
  return { ids, stopped, output };
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

describe.each(CASES.filter((c) => !SAYS(c.suite) && !specOf(c.suite).pluginConflict))(
  '$name',
  ({ suite, marker, scope }) => {
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
      const printed = runtimeGroups(suite, marker, scope);
      expect(printed).toBe(action.outputs['groups']);
    });
  },
);

// Suites the plan cannot read exactly (their notices are checked by the differential test): no
// test may run twice or in a job its group does not belong to, so a job holding a test whose
// group the plan got wrong stops, naming it; the rest run once. The remedy the stop names,
// planning at run time with --collect-groups, then covers the suite exactly.
describe.each(CASES.filter((c) => SAYS(c.suite)))(
  '$name (the plan says it is not exact)',
  ({ suite, marker, scope }) => {
    it('each test runs in exactly one job, or its job stops naming the tests the plan got wrong', () => {
      const full = collectIds(suite);
      const action = runAction({ marker, scope }, suite);
      if (action.status !== 0) {
        // A plan that fails does so at the lines it names, each an error the suite says on purpose.
        const errors = action.commands.filter((c) => c.kind === 'error' && /file=/.test(c.props));
        expect(errors.length, action.stdout).toBeGreaterThan(0);
        for (const e of errors) expect(specOf(suite).says).toContain(/title=([^,]+)/.exec(e.props)![1]);
        return;
      }
      const { groups, planFile } = jobsOf(suite, { marker, scope });
      const runs = groups.map((g) => jobRun(suite, [`--group-plan=${planFile}`, '--group', g.id]));
      const ran = runs.filter((r) => !r.stopped).flatMap((r) => r.ids);
      expect(
        ran.filter((id, i) => ran.indexOf(id) !== i),
        'tests selected by more than one job',
      ).toEqual([]);
      const held = new Set(runs.filter((r) => r.stopped).flatMap((r) => r.ids));
      const lost = full.filter((id) => !ran.includes(id) && !held.has(id));
      expect(lost, 'tests neither run nor held by a job that stopped').toEqual([]);
      for (const r of runs.filter((x) => x.stopped)) {
        const named = r.ids.filter((id) => r.output.includes(`    ${id}: `));
        expect(named.length, `a stopped job names the tests it stopped for:\n${r.output}`).toBeGreaterThan(0);
      }
    });

    it('planned at run time with --collect-groups, every test runs in exactly one job', () => {
      const printed = runtimeGroups(suite, marker, scope);
      const groups = JSON.parse(printed!) as Group[];
      const perJob = groups.map((g) =>
        collectIds(suite, ['--group', g.id, '--group-marker', marker, '--group-scope', scope]),
      );
      perJob.forEach((ids, i) => expect(ids.length, groups[i]!.id).toBe(groups[i]!.tests));
      expectExactCover(collectIds(suite), perJob);
    });
  },
);

describe.each(SUITES.filter((s) => specOf(s).pluginConflict))('%s (defines our options itself)', (suite) => {
  it('pytest stops at once, naming the conftest and what to do, without a traceback', () => {
    const run = spawnPytest(suite, ['--collect-only', '-q']);
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).not.toContain('Traceback');
    expect(output).toMatch(/ERROR: group-matrix: \S*conftest\.py defines --\S+.*-p no:group_matrix/);
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
