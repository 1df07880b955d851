// The other workflows users copy, run by act as written: the README's callers, the starter
// template, the JS caller of docs/workflow.md, and ci.yml's self-test of the action. Then proof
// that act evaluates the workflow rather than replaying it: broken copies fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-action.js';
import {
  type ActResult,
  commandsOf,
  explain,
  job,
  jobsOf,
  makeRepository,
  outputsOf,
  ownRepositorySnapshot,
  printed,
  resolveSelfUses,
  runAct,
  stepLines,
} from './act.js';
import { JS_SUITE, REPORT_SUITE, callerWorkflow, filesOf, yamlBlock } from './suites.js';

const WORKFLOW = '.github/workflows/tests.yml';
/** A called job's name without act's `<caller job>/<workflow name>/` in front. */
const shortName = (name: string) => name.replace(/^[^/]+\/group-matrix\//, '');
const legs = (r: ActResult) =>
  jobsOf(r, 'test')
    .map((j) => [shortName(j.name), j.result])
    .sort();
const artifactsOf = (r: ActResult): string[] =>
  fs.readdirSync(path.join(r.state.root, 'artifacts', r.state.runId)).sort();
/** One file, two groups: two jobs (enough for a matrix, half the time of the report suite). */
const ORDERS = {
  'pytest.ini': '[pytest]\ntestpaths = tests\n',
  'requirements.txt': 'pytest>=7\n',
  'tests/test_orders.py': fs.readFileSync(path.join(REPORT_SUITE, 'tests', 'test_orders.py'), 'utf8'),
};
const ORDERS_LEGS = [
  ['test_orders.py | group 1', 'success'],
  ['test_orders.py | group 2', 'success'],
];
const SUITE_LEGS = [
  ['test_misc.py | ungrouped', 'success'],
  ['test_orders.py | group 1', 'success'],
  ['test_orders.py | group 2', 'success'],
  ['test_users.py | group db', 'success'],
];

describe("README's callers", () => {
  it('the reusable workflow caller, pushed to a branch: passes, uploads timings but saves no cache entry', async () => {
    const caller = callerWorkflow(
      yamlBlock('README.md', 'uses: group-matrix/group-matrix/.github/workflows/group-matrix.yml@v1'),
    );
    const repository = makeRepository({ ...ORDERS, [WORKFLOW]: caller });
    const r = await runAct({ repository, workflow: WORKFLOW, branch: 'feature' });
    expect(job(r, 'gate').result, explain(r)).toBe('success');
    expect(legs(r)).toEqual(ORDERS_LEGS);
    expect(outputsOf(job(r, 'report'), 'report')).toMatchObject({ planned: '4', passed: '4', missing: '0' });
    expect(artifactsOf(r)).toContain('group-matrix-timings');
    const save = stepLines(job(r, 'report'), 'Save timings (cache, default branch)');
    expect(save.find((l) => l.stepResult)?.stepResult).toBe('skipped');
  });

  it('the action in a workflow of its own (Usage): a matrix job per group, each running pytest --group', async () => {
    const block = yamlBlock('README.md', 'uses: group-matrix/group-matrix@v1');
    const repository = makeRepository({
      ...filesOf(REPORT_SUITE),
      // The README's test job installs requirements.txt, which must bring the plugin (--group).
      'requirements.txt': 'pytest>=7\npytest-group-matrix\n',
      [WORKFLOW]: callerWorkflow(block),
    });
    const r = await runAct({ repository, workflow: WORKFLOW });
    expect(r.status, explain(r)).toBe(0);
    expect(job(r, 'collect').result).toBe('success');
    const ran = jobsOf(r, 'test').map((j) => [
      j.name.replace('Tests/', ''),
      j.result,
      printed(j, "Run this job's tests"),
    ]);
    expect(ran.map(([name, result]) => [name, result]).sort()).toEqual(SUITE_LEGS);
    const ordersOne = ran.find(([name]) => name === 'test_orders.py | group 1')!;
    expect(ordersOne[2]).toMatch(/3 passed, 1 deselected/);
  });
});

describe('the starter template (workflow-templates/group-matrix.yml)', () => {
  it('as GitHub adds it to a repository ($default-branch → main): passes on the default branch and saves timings', async () => {
    const template = fs.readFileSync(path.join(REPO, 'workflow-templates', 'group-matrix.yml'), 'utf8');
    const repository = makeRepository({
      ...ORDERS,
      [WORKFLOW]: template.replaceAll('$default-branch', 'main'),
    });
    const r = await runAct({ repository, workflow: WORKFLOW });
    expect(job(r, 'gate').result, explain(r)).toBe('success');
    expect(legs(r)).toEqual(ORDERS_LEGS);
    const save = stepLines(job(r, 'report'), 'Save timings (cache, default branch)');
    expect(save.find((l) => l.stepResult)?.stepResult).toBe('success');
  });
});

describe('the JS caller of docs/workflow.md ("A JS runner"), on a Vitest suite', () => {
  it('runs exactly as written: npm ci, the release clone, real Vitest through the filter; every test exactly once', async () => {
    const block = yamlBlock('docs/workflow.md', 'name: unit');
    // The release clone (`git clone ... --branch v1 https://github.com/group-matrix/group-matrix`)
    // gets this checkout instead: git's url.<base>.insteadOf, set through the environment.
    const release = makeRepository(filesOf(ownRepositorySnapshot('v1')));
    expect(spawnSync('git', ['tag', 'v1'], { cwd: release }).status).toBe(0);
    const repository = makeRepository({ ...filesOf(JS_SUITE), [WORKFLOW]: callerWorkflow(block) });
    const r = await runAct({
      repository,
      workflow: WORKFLOW,
      env: {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `url.file://${release}.insteadOf`,
        GIT_CONFIG_VALUE_0: 'https://github.com/group-matrix/group-matrix',
        // npm ci takes the packages from npm's cache when it has them (the registry otherwise).
        npm_config_prefer_offline: 'true',
      },
    });
    expect(job(r, 'gate').result, explain(r)).toBe('success');
    expect(legs(r).map(([name]) => name)).toEqual([
      'misc.test.ts | ungrouped',
      'orders.test.ts | group 1',
      'orders.test.ts | group 2',
      'orders.test.ts | ungrouped',
      'users.test.ts | group db',
    ]);
    const said = (leg: string) =>
      printed(
        jobsOf(r, 'test').find((j) => shortName(j.name) === leg)!,
        "Run this job's tests",
      );
    for (const leg of ['orders.test.ts | group 1', 'orders.test.ts | group 2', 'orders.test.ts | ungrouped'])
      expect(said(leg), leg).toMatch(/the 4 tests Vitest finds in 1 name-selected file agree with the plan/);
    expect(outputsOf(job(r, 'report'), 'report')).toMatchObject({
      planned: '6',
      passed: '6',
      failed: '0',
      missing: '0',
      duplicates: '0',
    });
    expect(artifactsOf(r).filter((n) => n.startsWith('unit-junit-'))).toHaveLength(5);
  });
});

describe("ci.yml's self-test of the action (uses: $/)", () => {
  it('collects the example suite, asserts its outputs, and expands the matrix from them', async () => {
    const own = ownRepositorySnapshot('ci-self-test');
    const repository = makeRepository(filesOf(own, ''));
    const r = await runAct({ repository, workflow: '.github/workflows/ci.yml', job: 'matrix' });
    const selfTest = jobsOf(r, 'self-test');
    expect(
      selfTest.map((j) => j.result),
      explain(r),
    ).toEqual(['success']);
    expect(Number(outputsOf(selfTest[0]!, 'collect')['count'])).toBeGreaterThan(0);
    expect(outputsOf(selfTest[0]!, 'empty')).toMatchObject({ count: '0', groups: '[]' });
    const matrix = jobsOf(r, 'matrix');
    expect(matrix.length).toBe(Number(outputsOf(selfTest[0]!, 'collect')['count']));
    for (const leg of matrix) expect(leg.result, leg.name).toBe('success');
    expect(r.status).toBe(0);
  });
});

// The same suite passes through the workflow as it is (the README caller and the template above).
describe('act evaluates the workflow: a broken copy fails', () => {
  const suite = ORDERS;
  const callerAt = (ref: string) =>
    `name: Tests
on: push
permissions:
  contents: read
jobs:
  tests:
    uses: group-matrix/group-matrix/.github/workflows/group-matrix.yml@${ref}
    permissions:
      contents: read
      actions: read
    with:
      setup-command: python -m pip install -r requirements.txt
`;

  it("the test job's if: inverted: no test job runs although 2 are planned, and the gate says so", async () => {
    ownRepositorySnapshot('broken-if', (w) =>
      w.replace("if: needs.collect.outputs.count != '0'", "if: needs.collect.outputs.count == '0'"),
    );
    const r = await runAct({
      repository: makeRepository({ ...suite, [WORKFLOW]: callerAt('broken-if') }),
      workflow: WORKFLOW,
    });
    expect(jobsOf(r, 'test').filter((j) => j.result !== 'skipped')).toEqual([]);
    expect(job(r, 'gate').result).toBe('failure');
    expect(commandsOf(job(r, 'gate').lines, 'error')).toContain(
      'The test jobs were skipped although 2 were planned.',
    );
    expect(r.status).not.toBe(0);
  });

  it('the matrix built from the wrong output (count, a number): the run fails', async () => {
    ownRepositorySnapshot('broken-matrix', (w) =>
      w.replace(
        'group: ${{ fromJSON(needs.collect.outputs.groups) }}',
        'group: ${{ fromJSON(needs.collect.outputs.count) }}',
      ),
    );
    const r = await runAct({
      repository: makeRepository({ ...suite, [WORKFLOW]: callerAt('broken-matrix') }),
      workflow: WORKFLOW,
    });
    expect(r.status, explain(r)).not.toBe(0);
    expect(jobsOf(r, 'test').filter((j) => j.result === 'success')).toEqual([]);
  });
});

describe('resolveSelfUses', () => {
  it('rewrites only uses: values starting with $/, to the repository at the given ref', () => {
    const text = [
      '      - uses: $/',
      '        uses: $/report',
      '      - uses: ./local',
      '        run: echo $/x',
      '',
    ].join('\n');
    expect(resolveSelfUses(text, 'group-matrix/group-matrix', 'v1')).toBe(
      [
        '      - uses: group-matrix/group-matrix@v1',
        '        uses: group-matrix/group-matrix/report@v1',
        '      - uses: ./local',
        '        run: echo $/x',
        '',
      ].join('\n'),
    );
  });
});
