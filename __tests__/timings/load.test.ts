// loadTimings on timings files and JUnit reports together: the mean where several sources time a
// test, one value kept as it is, a malformed file a warning, and JUnit cases matched by module
// and name when many files share test names.
import { describe, expect, it } from 'vitest';
import type { PlannedTest } from '../../src/junit/match.js';
import { loadTimings } from '../../src/timings/load.js';
import { makeTree } from '../helpers/tree.js';

const timingsFile = (tests: Record<string, number>, files: Record<string, number> = {}) =>
  JSON.stringify({ version: 1, tool: 'group-matrix-timings', tests, files });

const planned = (ids: string[]): PlannedTest[] =>
  ids.map((id) => ({ id, function: id.replace(/\[.*\]$/, ''), file: id.slice(0, id.indexOf('::')) }));

describe('loadTimings', () => {
  it('takes the mean where several sources time a test, and one value as it is', async () => {
    const root = makeTree({
      'a.json': timingsFile(
        { 'tests/test_x.py::test_a': 1, 'tests/test_x.py::test_b': 0.1 },
        { 'tests/test_x.py': 4 },
      ),
      'b.json': timingsFile({ 'tests/test_x.py::test_a': 2 }, { 'tests/test_x.py': 2 }),
      'junit.xml':
        '<testsuites><testsuite name="pytest"><testcase classname="tests.test_x" name="test_a" time="6"/></testsuite></testsuites>',
    });
    const ids = ['tests/test_x.py::test_a', 'tests/test_x.py::test_b'];
    const { table, problems } = await loadTimings(root, ['*.json', 'junit.xml'], planned(ids));
    expect(problems).toEqual([]);
    expect(table.tests.get('tests/test_x.py::test_a')).toBe(3);
    expect(table.tests.get('tests/test_x.py::test_b')).toBe(0.1);
    expect(table.files.get('tests/test_x.py')).toBe(3);
    expect(table.sources).toEqual(['a.json', 'b.json', 'junit.xml']);
  });

  it('a negative or non-numeric time makes the file a warning, and nothing of it is used', async () => {
    const root = makeTree({
      'bad.json': timingsFile({ 'tests/test_x.py::test_a': 1, 'tests/test_x.py::test_b': -1 }),
    });
    const { table, problems } = await loadTimings(root, ['bad.json'], planned(['tests/test_x.py::test_a']));
    expect(table.tests.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('bad.json');
  });

  it('matches each JUnit case to its own file when 300 files share the same test names', async () => {
    const ids: string[] = [];
    const cases: string[] = [];
    for (let f = 0; f < 300; f++) {
      for (const name of ['test_init', 'test_repr', 'test_save_load[1]']) {
        ids.push(`tests/pkg_${f % 7}/test_mod_${f}.py::${name}`);
        cases.push(`<testcase classname="tests.pkg_${f % 7}.test_mod_${f}" name="${name}" time="${f}.5"/>`);
      }
      ids.push(`tests/pkg_${f % 7}/test_mod_${f}.py::TestThing::test_init`);
      cases.push(
        `<testcase classname="tests.pkg_${f % 7}.test_mod_${f}.TestThing" name="test_init" time="${f}.25"/>`,
      );
    }
    const root = makeTree({
      'junit.xml': `<testsuites><testsuite name="pytest">${cases.join('')}</testsuite></testsuites>`,
    });
    const { table, problems } = await loadTimings(root, ['junit.xml'], planned(ids));
    expect(problems).toEqual([]);
    expect(table.tests.size).toBe(ids.length);
    for (let f = 0; f < 300; f += 37) {
      expect(table.tests.get(`tests/pkg_${f % 7}/test_mod_${f}.py::test_repr`)).toBe(f + 0.5);
      expect(table.tests.get(`tests/pkg_${f % 7}/test_mod_${f}.py::TestThing::test_init`)).toBe(f + 0.25);
    }
  });
});
