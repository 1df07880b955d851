// Runs the built bundle (dist/index.js) exactly as a runner does; `npm run package` builds it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runAction } from './helpers/run-action.js';
import { makeTree } from './helpers/tree.js';

const EXAMPLE = path.join(REPO, 'examples', 'pytest-suite');
type Group = Record<string, unknown>;
const groupsOf = (run: ReturnType<typeof runAction>) => JSON.parse(run.outputs['groups']!) as Group[];

describe('dist/index.js on the example suite', () => {
  const run = runAction({}, EXAMPLE);

  it('succeeds and emits fromJSON-ready groups, count and the plan file', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const groups = groupsOf(run);
    expect(run.outputs['count']).toBe(String(groups.length));
    expect(groups.map((g) => g['job_name'])).toEqual([
      'tests/api/test_orders.py | group 1',
      'tests/api/test_orders.py | group 2',
      'tests/relations/test_database.py | group 1',
      'tests/relations/test_database.py | group 2',
      'tests/relations/test_replication.py | group primary',
      'tests/relations/test_replication.py | group replica',
      'tests/relations/test_replication.py | ungrouped',
    ]);
    expect(groups.map((g) => g['tests'])).toEqual([2, 2, 2, 4, 2, 2, 1]);
    expect(groups[3]).toEqual({
      id: 'tests_relations_test_database_py_group_2',
      name: 'test_database.py | group 2',
      index: 3,
      group_id: '2',
      files: ['tests/relations/test_database.py'],
      tests: 4,
      runner: 'pytest',
      path_to_test_file: 'tests/relations/test_database.py',
      group_number: 2,
      job_name: 'tests/relations/test_database.py | group 2',
    });
  });

  it('writes the plan with every test, its line and group', () => {
    const plan = JSON.parse(run.plan!);
    const all = plan.jobs.flatMap((j: { tests: { id: string }[] }) => j.tests.map((t) => t.id));
    expect(all).toHaveLength(15);
    expect(new Set(all).size).toBe(15);
    const replica = plan.jobs.find((j: { group_id: string }) => j.group_id === 'replica');
    expect(replica.tests.map((t: { id: string }) => t.id)).toEqual([
      'tests/relations/test_replication.py::TestFailover::test_catch_up',
      'tests/relations/test_replication.py::test_cross_region[us]',
    ]);
  });

  it('writes a job summary table', () => {
    expect(run.summary).toContain('## group-matrix plan');
    expect(run.summary).toContain('7 jobs, 15 tests in 3 files');
    expect(run.summary).toContain(
      '| 6 | test_replication.py \\| ungrouped | `tests_relations_test_replication_py_ungrouped` | ungrouped | 1 | 1 |',
    );
  });
});

describe('limits', () => {
  it('no tests: groups=[] and count=0, a summary line, success', () => {
    const run = runAction({}, makeTree({ 'README.md': 'nothing here' }));
    expect(run.status).toBe(0);
    expect(run.outputs['groups']).toBe('[]');
    expect(run.outputs['count']).toBe('0');
    expect(run.summary).toContain('**No tests found**');
  });

  it('no tests with if-no-tests: error fails and says what to check', () => {
    const run = runAction({ 'if-no-tests': 'error' }, makeTree({ 'README.md': '' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::No tests found under .* and if-no-tests is 'error'/);
  });

  it('more jobs than max-jobs fails naming how many were needed', () => {
    const run = runAction({ 'max-jobs': '3' }, EXAMPLE);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('The plan needs 7 jobs, but max-jobs is 3');
  });

  it('257 jobs fail against the 256-job matrix limit', () => {
    const body = Array.from(
      { length: 257 },
      (_, i) => `@pytest.mark.group(${i})\ndef test_${i}():\n    pass\n`,
    );
    const run = runAction({}, makeTree({ 'test_many.py': `import pytest\n\n${body.join('\n')}` }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("The plan needs 257 jobs, but max-jobs is 256 (GitHub's matrix limit)");
  });

  it('an output near 1 MB leaves the file lists out and stays under budget', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6000; i++) {
      files[`tests/integration/service_${i}/module_with_a_long_name_${i}/test_case_${i}.py`] =
        `import pytest\n\n@pytest.mark.group(${i % 8})\ndef test_x():\n    pass\n`;
    }
    const run = runAction({ scope: 'global' }, makeTree(files));
    expect(run.status).toBe(0);
    expect(run.outputs['groups']!.length).toBeLessThan(400_000);
    const groups = groupsOf(run);
    expect(groups).toHaveLength(8);
    expect(groups[0]).not.toHaveProperty('files');
    expect(groups.reduce((n, g) => n + (g['tests'] as number), 0)).toBe(6000);
    expect(run.commands.some((c) => c.kind === 'warning' && c.props.includes('File lists left out'))).toBe(
      true,
    );
    const plan = JSON.parse(run.plan!);
    expect(plan.jobs[0].files).toHaveLength(750);
  });

  it('more than 10 errors: 10 annotations, all of them in the summary', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 13; i++) {
      files[`test_${String(i).padStart(2, '0')}.py`] =
        `import os\nimport pytest\n\n@pytest.mark.group(os.environ["N${i}"])\ndef test_x():\n    pass\n`;
    }
    const run = runAction({}, makeTree(files));
    expect(run.status).toBe(1);
    const errors = run.commands.filter((c) => c.kind === 'error');
    // 10 annotations at file:line plus the final setFailed message.
    expect(errors.filter((c) => c.props.includes('file='))).toHaveLength(10);
    expect(run.stdout).toContain('3 more problems are listed in the job summary');
    for (let i = 0; i < 13; i++) expect(run.summary).toContain(`test_${String(i).padStart(2, '0')}.py:4`);
  });
});

describe('bad inputs', () => {
  it.each([
    [{ scope: 'files' }, "Invalid scope 'files'. Expected one of: 'file', 'global'."],
    [{ 'max-jobs': '300' }, "Invalid max-jobs '300'. Expected a whole number from 1 to 256"],
    [{ marker: 'group-*' }, "Invalid marker 'group-*'"],
    [{ paths: '../outside/*.py' }, "Invalid paths '../outside/*.py': it reaches outside working-directory"],
    [{ runners: '[a, b]' }, 'Invalid runners'],
  ])('%j fails with a clear message and no stack trace', (inputs, message) => {
    const run = runAction(inputs, EXAMPLE);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('bad files', () => {
  const good = 'import pytest\n\n@pytest.mark.group(1)\ndef test_ok():\n    pass\n';
  const big = `import pytest\n\n${Array.from({ length: 40_000 }, (_, i) => `@pytest.mark.group(${i % 3})\ndef test_${i}():\n    """Docstring @pytest.mark.group(99)."""\n    assert ${i} == ${i}\n`).join('\n')}`;
  const root = makeTree({
    'test_good.py': good,
    'test_syntax.py': 'import pytest\n\ndef test_a():\n    x = (1,\n',
    'test_nonliteral.py':
      'import os, pytest\n\n\n@pytest.mark.group(os.environ["G"])\ndef test_b():\n    pass\n',
    'test_binary.py': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]),
    'test_empty.py': '',
    'test_latin1.py': Buffer.from('# caf\xe9\ndef test_c():\n    pass\n', 'latin1'),
    'test_bom_crlf.py':
      '\ufeffimport pytest\r\n\r\n\r\n@pytest.mark.group(2)\r\ndef test_d():\r\n    pass\r\n',
    'test_big.py': big,
  });
  fs.symlinkSync('.', path.join(root, 'loop'));
  const run = runAction({}, root);
  const at = (file: string) => run.commands.filter((c) => c.props.includes(`file=${file},`));

  it('is large enough to be a real test', () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(3_000_000);
  });

  it('fails the step but plans every readable file', () => {
    expect(run.status).toBe(1);
    const plan = JSON.parse(run.plan!);
    const ids = plan.jobs.flatMap((j: { tests: { id: string }[] }) => j.tests.map((t) => t.id));
    expect(ids).toContain('test_good.py::test_ok');
    expect(ids).toContain('test_bom_crlf.py::test_d');
    expect(ids).toContain('test_nonliteral.py::test_b');
    expect(ids.filter((id: string) => id.startsWith('test_big.py::'))).toHaveLength(40_000);
    expect(ids.some((id: string) => id.startsWith('loop/'))).toBe(false);
  });

  it('reports each bad file at its line with what was found', () => {
    expect(at('test_syntax.py')[0]).toMatchObject({ kind: 'error' });
    expect(at('test_syntax.py')[0]!.props).toContain('title=Syntax error');
    expect(at('test_nonliteral.py')[0]!.props).toContain('line=4');
    expect(at('test_nonliteral.py')[0]!.props).toContain('title=Non-literal group marker');
    expect(at('test_binary.py')[0]!.props).toContain('title=Binary file');
    expect(at('test_latin1.py')[0]!.props).toContain('title=Not UTF-8');
    expect(at('test_latin1.py')[0]!.props).toContain('line=1');
    expect(at('test_empty.py')).toEqual([]);
  });

  it('keeps line numbers right in a BOM + CRLF file', () => {
    const plan = JSON.parse(run.plan!);
    const test = plan.jobs
      .flatMap((j: { tests: unknown[] }) => j.tests)
      .find((t: { id: string }) => t.id === 'test_bom_crlf.py::test_d');
    expect(test).toMatchObject({ line: 5, group: 2 });
  });

  it('searches a symlink loop once', () => {
    expect(run.summary).toContain('Symlink loop');
  });
});

describe('determinism', () => {
  it('gives byte-identical outputs, plan and summary for the same input', () => {
    const planFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-det-')), 'plan.json');
    const a = runAction({ 'plan-file': planFile }, EXAMPLE);
    const planA = fs.readFileSync(planFile);
    const b = runAction({ 'plan-file': planFile }, EXAMPLE);
    expect(b.outputs).toEqual(a.outputs);
    expect(b.summary).toBe(a.summary);
    expect(fs.readFileSync(planFile).equals(planA)).toBe(true);
  });
});
