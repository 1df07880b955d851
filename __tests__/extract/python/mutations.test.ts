// Lists and dicts filled after their binding (src/extract/python/mutations.ts): read where the
// result is certain, said otherwise. The differential test checks the same idioms against real
// pytest in __tests__/fixtures/pytest-suites/params_built_by_statements.
import { describe, expect, it } from 'vitest';
import type { MarkerSpec } from '../../../src/model.js';
import { extractPython } from '../../../src/extract/python/index.js';

const NAME: MarkerSpec = { raw: 'group', prefix: 'group', suffix: '', isPattern: false };
const settings = { marker: NAME, pytest: { classes: ['Test'], functions: ['test'] } };
const run = (src: string) =>
  extractPython({ path: 'tests/test_x.py', bytes: new TextEncoder().encode(src) }, settings);
const ids = (body: string): string[] =>
  run(`import pytest\n${body}\n@pytest.mark.parametrize("v", CASES)\ndef test_v(v): pass\n`).tests.map((t) =>
    t.id.replace('tests/test_x.py::test_v', ''),
  );

describe('statements that fill a list or dict', () => {
  it('are replayed at module level: append, extend, insert, update, item assignment', () => {
    expect(ids('CASES = ["a"]\nCASES.append("b")\nCASES.extend(("c", "d"))\nCASES.insert(-1, "x")')).toEqual([
      '[a]',
      '[b]',
      '[c]',
      '[x]',
      '[d]',
    ]);
    expect(ids('CASES = {"a": 1}\nCASES.update({"b": 2}, )\nCASES.update(c=3)\nCASES["d"] = 4')).toEqual([
      '[a]',
      '[b]',
      '[c]',
      '[d]',
    ]);
  });

  it('are replayed over nested for loops whose body is the one mutation, marks and ids included', () => {
    const r = run(
      'import pytest\nCASES = []\nfor a in ["x", "y"]:\n    for b, n in {"p": 1}.items():\n' +
        '        CASES.append(pytest.param(a, b, id=f"{a}{n}", marks=pytest.mark.group(a)))\n' +
        '@pytest.mark.parametrize("a,b", CASES)\ndef test_v(a, b): pass\n',
    );
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::test_v[x1]', 'x'],
      ['tests/test_x.py::test_v[y1]', 'y'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('stay unread when the loop does more, can stop early, or the method reorders or removes', () => {
    for (const body of [
      'CASES = []\nfor a in "xy":\n    CASES.append(a)\n    CASES.append(a)',
      'CASES = []\nfor a in "xy":\n    if a == "x":\n        continue\n    CASES.append(a)',
      'CASES = []\nfor a in "xy":\n    CASES.append(a)\n    break',
      'CASES = []\nfor a in "xy":\n    b = a\n    CASES.append(b)',
      'CASES = []\nif True:\n    CASES.append("a")',
      'CASES = ["b", "a"]\nCASES.sort()',
      'CASES = ["b", "a"]\nCASES.pop()',
      'CASES = ["b", "a"]\ndel CASES[0]',
      'CASES = ["b", "a"]\nCASES[0] = "c"',
    ]) {
      const r = run(`import pytest\n${body}\n@pytest.mark.parametrize("v", CASES)\ndef test_v(v): pass\n`);
      expect(
        r.problems.map((p) => p.title),
        body,
      ).toEqual(['Parametrization not read']);
      expect(r.tests.map((t) => t.id)).toEqual(['tests/test_x.py::test_v']);
    }
  });
});
