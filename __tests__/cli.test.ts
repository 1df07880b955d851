// Runs the bundled CLI (dist/cli/index.js), the README's first command.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runAction, runCli } from './helpers/run-action.js';
import { makeTree } from './helpers/tree.js';

const EXAMPLE = path.join(REPO, 'examples', 'pytest-suite');

describe('group-matrix plan', () => {
  it('prints the jobs of the example suite as a table', () => {
    const run = runCli(['plan', '-C', 'examples/pytest-suite']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^3 {2}test_database.py \| group 2 +tests_relations_test_database_py_group_2 +2 +4 +1$/m,
    );
    expect(run.stdout).toMatch(/7 jobs, 15 tests\n$/);
  });

  it('--json prints exactly the groups output of the action', () => {
    const cli = runCli(['plan', '-C', 'examples/pytest-suite', '--json']);
    const action = runAction({}, EXAMPLE);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toBe(`${action.outputs['groups']}\n`);
  });

  it('takes paths and options like the action inputs', () => {
    const root = makeTree({
      'a/test_x.py': 'import pytest\n@pytest.mark.group("db")\ndef test_1(): pass\n',
      'b/test_y.py': 'import pytest\n@pytest.mark.group("db")\ndef test_2(): pass\ndef test_3(): pass\n',
    });
    const run = runCli(
      ['plan', 'a', 'b/test_y.py', '--scope', 'global', '--ungrouped', 'skip', '--json'],
      root,
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: 'group_db',
        name: 'group db',
        index: 0,
        group_id: 'db',
        files: ['a/test_x.py', 'b/test_y.py'],
        tests: 2,
        runner: 'pytest',
      },
    ]);
  });

  it('exits 2 with a clear message on a bad option value, 1 on plan errors', () => {
    const bad = runCli(['plan', '--scope', 'everything'], REPO);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Invalid scope 'everything'");
    const root = makeTree({ 'test_x.py': 'import pytest\n@pytest.mark.group(N)\ndef test_1(): pass\n' });
    const failing = runCli(['plan'], root);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('test_x.py:2: error: Non-literal group marker');
  });

  it('rejects an unknown command with the usage', () => {
    const run = runCli(['graph']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown command 'graph'");
    expect(run.stderr).toContain('Usage: group-matrix plan');
  });
});
