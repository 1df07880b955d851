/** Which functions and classes of a module pytest collects: rules of collection.ts, one file or a small suite. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MarkerSpec } from '../../../src/model.js';
import { extractPython } from '../../../src/extract/python/index.js';

const NAME: MarkerSpec = { raw: 'group', prefix: 'group', suffix: '', isPattern: false };
const naming = { classes: ['Test'], functions: ['test'] };
const enc = new TextEncoder();
const run = (src: string, path = 'tests/test_x.py') =>
  extractPython({ path, bytes: enc.encode(src) }, { marker: NAME, pytest: naming });

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Extracts `path` from a suite of the given files, written to a temporary directory. */
function runSuite(files: Record<string, string>, path: string) {
  const root = mkdtempSync(join(tmpdir(), 'gm-collection-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return extractPython(
    { path, bytes: enc.encode(files[path]!) },
    { marker: NAME, pytest: naming, python: { root, rootdir: '', pythonpath: [], usefixtures: [] } },
  );
}

const ids = (r: { tests: { id: string }[] }) => r.tests.map((t) => t.id);
const titles = (r: { problems: { title: string; line?: number }[] }) =>
  r.problems.map((p) => [p.title, p.line]);

describe('collection', () => {
  it('collects a test method aliased in its class body under both names, with the marks of the def', () => {
    const r = run(
      'import pytest\nclass TestA:\n    @pytest.mark.group("g")\n    def test_a(self): pass\n    test_b = test_a\n    helper = test_a\n',
    );
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::TestA::test_a', 'g'],
      ['tests/test_x.py::TestA::test_b', 'g'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('keeps a test whose attribute is set after its def, and reads `__test__` set that way or in a class body', () => {
    const r = run(
      [
        'def test_a(): pass',
        'test_a.timeout = 30',
        'def test_off(): pass',
        'test_off.__test__ = False',
        'def check_on(): pass',
        'check_on.__test__ = True',
        'class TestB:',
        '    def test_b(self): pass',
        'TestB.owner = "payments"',
        'class Flow:',
        '    __test__ = True',
        '    def test_flow(self): pass',
        '',
      ].join('\n'),
    );
    expect(ids(r)).toEqual([
      'tests/test_x.py::test_a',
      'tests/test_x.py::check_on',
      'tests/test_x.py::TestB::test_b',
      'tests/test_x.py::Flow::test_flow',
    ]);
    expect(r.problems).toEqual([]);
  });

  it("collects a test name bound to a lambda or to functools.partial over a def, without the def's marks", () => {
    const r = run(
      [
        'import functools',
        'from functools import partial',
        'import pytest',
        '@pytest.mark.group("g")',
        'def _check(flag, client): pass',
        'test_a = functools.partial(_check, True)',
        'test_b = partial(_check, flag=False)',
        'test_c = lambda: None',
        'test_d = lambda client: None',
        'if flag:',
        '    test_e = lambda: None',
        '',
      ].join('\n'),
    );
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::test_a', null],
      ['tests/test_x.py::test_b', null],
      ['tests/test_x.py::test_c', null],
    ]);
    expect(titles(r)).toEqual([
      ['Imported test not read', 9],
      ['Imported test not read', 11],
      // The mark is on `_check`, which pytest does not collect; a partial does not carry it.
      ['Group marker has no effect', 4],
    ]);
  });

  it('collects a test name bound to a mark applied to a def by a call, with the def’s marks then that one', () => {
    const r = run(
      [
        'import pytest',
        'GROUP_DB = pytest.mark.group("db")',
        '@pytest.mark.group("own")',
        'def _owned(): pass',
        'def _plain(x): pass',
        'test_called = pytest.mark.group("called")(_plain)',
        'test_named = GROUP_DB(_plain)',
        'def _alone(): pass',
        'test_alone = GROUP_DB(_alone)',
        'test_own_first = pytest.mark.group("later")(_owned)',
        'test_not_a_test = pytest.mark.group("a", "b")',
        '',
      ].join('\n'),
    );
    // Both calls mark the one function `_plain`: pytest sees both marks through both names.
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::test_called', 'called'],
      ['tests/test_x.py::test_named', 'called'],
      ['tests/test_x.py::test_alone', 'db'],
      ['tests/test_x.py::test_own_first', 'own'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('plans nothing bound under `if __name__ == "__main__":`, which never runs under pytest', () => {
    const r = run("def test_a(): pass\nif '__main__' == __name__:\n    def test_main(): pass\n");
    expect(ids(r)).toEqual(['tests/test_x.py::test_a']);
    expect(r.problems).toEqual([]);
  });

  it('says a test-named class attribute whose value cannot be read', () => {
    const r = run('class TestA:\n    test_made = make()\n    def test_a(self): pass\n');
    expect(ids(r)).toEqual(['tests/test_x.py::TestA::test_a']);
    expect(titles(r)).toEqual([['Imported test not read', 2]]);
  });

  it('collects an imported unittest.TestCase subclass whatever its name, and not other imported classes', () => {
    const r = runSuite(
      {
        'tests/base.py':
          'import unittest\nclass BaseCase(unittest.TestCase):\n    def test_base(self): pass\nclass Helper:\n    def test_h(self): pass\n',
        'tests/test_a.py':
          'from base import BaseCase, Helper\nimport base\nAlias = base.BaseCase\nclass Sub(BaseCase):\n    def test_sub(self): pass\n',
      },
      'tests/test_a.py',
    );
    expect(ids(r).sort()).toEqual([
      'tests/test_a.py::Alias::test_base',
      'tests/test_a.py::BaseCase::test_base',
      'tests/test_a.py::Sub::test_base',
      'tests/test_a.py::Sub::test_sub',
    ]);
    expect(r.tests.find((t) => t.id.endsWith('BaseCase::test_base'))?.line).toBe(1);
  });

  it('passes over imported classes the evaluator knows by name', () => {
    const r = run(
      'from abc import ABC\nfrom unittest import TestCase\nfrom typing import NamedTuple\ndef test_a(): pass\n',
    );
    expect(ids(r)).toEqual(['tests/test_x.py::test_a']);
    expect(r.problems).toEqual([]);
  });

  it('does not collect Test* classes that have __init__ or __new__ from a dataclass, an Enum, a NamedTuple or an exception', () => {
    const r = run(
      [
        'import enum, dataclasses',
        'from dataclasses import dataclass',
        'from typing import NamedTuple',
        '@dataclass',
        'class TestA:',
        '    def test_a(self): pass',
        '@dataclasses.dataclass(frozen=True)',
        'class TestB:',
        '    def test_b(self): pass',
        '@dataclass(init=False)',
        'class TestC:',
        '    def test_c(self): pass',
        'class TestD(enum.Enum):',
        '    X = 1',
        '    def test_d(self): pass',
        'class TestE(NamedTuple):',
        '    x: int',
        'class TestF(Exception):',
        '    def test_f(self): pass',
        'class TestG(TestA):',
        '    def test_g(self): pass',
        '',
      ].join('\n'),
    );
    expect(ids(r)).toEqual(['tests/test_x.py::TestC::test_c']);
    expect(r.problems).toEqual([]);
  });

  it('says a module-level pytest.skip or importorskip, and still plans the tests', () => {
    const r = run(
      'import sys, pytest\nfrom pytest import importorskip\nyaml = pytest.importorskip("yaml")\nif sys.version_info < (4,):\n    pytest.skip("py4", allow_module_level=True)\nnp = importorskip("numpy")\nparser.skip(1)\ndef test_a():\n    pytest.skip("x")\n',
    );
    expect(ids(r)).toEqual(['tests/test_x.py::test_a']);
    expect(titles(r)).toEqual([
      ['Module skipped at collection', 3],
      ['Module skipped at collection', 5],
      ['Module skipped at collection', 6],
    ]);
  });

  it("says a test under pytest-repeat's repeat mark, planned as one entry", () => {
    const r = run(
      [
        'import pytest',
        '@pytest.mark.repeat(3)',
        'def test_flaky():',
        '    pass',
        'def test_once():',
        '    pass',
        '',
      ].join('\n'),
    );
    expect(ids(r)).toEqual(['tests/test_x.py::test_flaky', 'tests/test_x.py::test_once']);
    expect(titles(r)).toEqual([['Parametrization not read', 3]]);
  });

  it('says tests bound by code through globals(), vars(), setattr on a class or the module, or exec', () => {
    const r = run(
      [
        'import sys',
        'class TestE: pass',
        'CONFIG = object()',
        'for e in ["a"]:',
        '    globals()[f"test_{e}"] = make(e)',
        '    setattr(TestE, f"test_{e}", make(e))',
        'vars().update(made)',
        'setattr(sys.modules[__name__], "test_x", make(1))',
        'setattr(CONFIG, "debug", True)',
        'exec(compile(source, "test_other.py", "exec"))',
        '',
      ].join('\n'),
    );
    expect(titles(r)).toEqual([
      ['Generated tests not read', 5],
      ['Generated tests not read', 6],
      ['Generated tests not read', 7],
      ['Generated tests not read', 8],
      ['Generated tests not read', 10],
    ]);
  });

  it("says a module's own pytest_generate_tests at the hook, for the tests whose arguments no fixture provides", () => {
    const r = run(
      'def pytest_generate_tests(metafunc):\n    metafunc.parametrize("attribute", [1, 2])\nclass TestS:\n    def test_demo(self, attribute): pass\ndef test_plain(): pass\n',
    );
    expect(r.tests.map((t) => [t.id, t.line])).toEqual([
      ['tests/test_x.py::TestS::test_demo', 4],
      ['tests/test_x.py::test_plain', 5],
    ]);
    expect(titles(r)).toEqual([['Parametrization not read', 1]]);
  });

  it("says a conftest's pytest_generate_tests at the test, naming the conftest", () => {
    const r = runSuite(
      {
        'tests/conftest.py':
          '\n\n\ndef pytest_generate_tests(metafunc):\n    metafunc.parametrize("series", SERIES)\n',
        'tests/test_a.py': 'def test_a(series): pass\ndef test_b(ops_test): pass\n',
      },
      'tests/test_a.py',
    );
    // `ops_test` (a plugin's fixture, not in the suite) is not a name the hook parametrizes.
    expect(r.problems.map((p) => [p.file, p.line, p.title])).toEqual([
      ['tests/test_a.py', 1, 'Parametrization not read'],
    ]);
    expect(r.problems[0]!.message).toContain('tests/conftest.py:4');
  });

  it('says nothing for a hook that parametrizes nothing', () => {
    const r = runSuite(
      {
        'tests/conftest.py': 'def pytest_generate_tests(metafunc):\n    pass\n',
        'tests/test_a.py': 'def test_a(series): pass\n',
      },
      'tests/test_a.py',
    );
    expect(r.problems).toEqual([]);
  });
});
