import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MarkerSpec } from '../../../src/model.js';
import { extractPython, pythonExtractor } from '../../../src/extract/python/index.js';

const NAME: MarkerSpec = { raw: 'group', prefix: 'group', suffix: '', isPattern: false };
const settings = { marker: NAME, pytest: { classes: ['Test'], functions: ['test'] } };
const enc = new TextEncoder();
const run = (src: string | Uint8Array, path = 'tests/test_x.py') =>
  extractPython({ path, bytes: typeof src === 'string' ? enc.encode(src) : src }, settings);
const suites = resolve(import.meta.dirname, '../../fixtures/pytest-suites');

describe('extractPython', () => {
  it('is exposed as the Python extractor', () => {
    expect(pythonExtractor.language).toBe('python');
    expect(pythonExtractor.extract).toBe(extractPython);
  });

  it('reads the committed fixture with every basic marker form', () => {
    const r = extractPython(
      { path: 'test_basic.py', bytes: readFileSync(join(suites, 'basic/test_basic.py')) },
      settings,
    );
    const g = Object.fromEntries(r.tests.map((t) => [t.id, t.group]));
    expect(g).toMatchObject({
      'test_basic.py::test_int': 1,
      'test_basic.py::test_str': 'db',
      'test_basic.py::test_keyword': 3,
      'test_basic.py::test_stacked': 5,
      'test_basic.py::test_plain': null,
      'test_basic.py::test_redefined': 7,
      'test_basic.py::test_negative': -2,
      'test_basic.py::test_concat': 'db2',
      'test_basic.py::test_multiline_decorator': 11,
    });
    expect(
      Object.keys(g).some(
        (k) => k.includes('inside_string') || k.includes('nested') || k.includes('fixture'),
      ),
    ).toBe(false);
    expect(r.tests.find((t) => t.id.endsWith('::test_int'))).toMatchObject({
      file: 'test_basic.py',
      function: 'test_basic.py::test_int',
      line: 6,
    });
  });

  it('uses the file path in node ids', () => {
    expect(run('def test_a():\n    pass\n', 'pkg/tests/test_a.py').tests[0]).toMatchObject({
      id: 'pkg/tests/test_a.py::test_a',
      file: 'pkg/tests/test_a.py',
    });
  });

  it('reads group values bound to names and built by f-strings, and reports what cannot be read', () => {
    const r = run(
      'import pytest\nN = 2\n\n@pytest.mark.group(N)\ndef test_a():\n    pass\n\n@pytest.mark.group(f"g{N}")\ndef test_b():\n    pass\n\n@pytest.mark.group(*[1])\ndef test_c():\n    pass\n\n@pytest.mark.group(group_of("x"))\ndef test_d():\n    pass\n\n@pytest.mark.group(id=3)\ndef test_e():\n    pass\n',
    );
    expect(r.tests.map((t) => t.group)).toEqual([2, 'g2', 1, null, 3]);
    expect(r.problems.map((p) => [p.severity, p.title, p.line])).toEqual([
      ['error', 'Non-literal group marker', 16],
    ]);
    expect(r.problems[0]!.message).toContain(
      '`group_of(...)`, which cannot be read without running the code (`group_of` is not defined',
    );
    expect(r.problems[0]!.message).toContain('group(2)');
  });

  it('rejects bool, None and float group values', () => {
    const r = run(
      'import pytest\n@pytest.mark.group(True)\ndef test_a(): pass\n@pytest.mark.group(None)\ndef test_b(): pass\n@pytest.mark.group(1.5)\ndef test_c(): pass\n',
    );
    expect(r.tests.map((t) => t.group)).toEqual([null, null, null]);
    expect(r.problems.map((p) => [p.title, p.line])).toEqual([
      ['Invalid group value', 2],
      ['Invalid group value', 4],
      ['Invalid group value', 6],
    ]);
  });

  it('warns about group marks that have no effect', () => {
    const r = run(
      'import pytest\n@pytest.mark.group(1)\ndef helper(): pass\n@pytest.fixture\n@pytest.mark.group(2)\ndef db(): pass\n@pytest.mark.group(3)\nclass TestInit:\n    def __init__(self): pass\n    def test_x(self): pass\n@pytest.mark.group(4)\nclass Helper:\n    def test_y(self): pass\n',
    );
    expect(r.tests).toEqual([]);
    expect(r.problems.map((p) => [p.severity, p.line])).toEqual([
      ['warning', 2],
      ['warning', 5],
      ['warning', 7],
      ['warning', 11],
    ]);
    expect(r.problems[1]!.message).toContain('fixture');
    expect(r.problems[2]!.message).toContain('__init__');
  });

  it('says when a base class lives in another module', () => {
    const r = run('from base import Base\nclass TestX(Base):\n    def test_a(self): pass\n');
    expect(r.tests.map((t) => t.id)).toEqual(['tests/test_x.py::TestX::test_a']);
    expect(r.problems).toMatchObject([{ severity: 'notice', line: 2, title: 'Base class not read' }]);
  });

  it('reports a syntax error at its line and returns no tests', () => {
    const r = run('import pytest\n\ndef test_a():\n    x = "unterminated\n');
    expect(r.tests).toEqual([]);
    expect(r.problems).toMatchObject([
      { severity: 'error', title: 'Syntax error', file: 'tests/test_x.py', line: 4 },
    ]);
    expect(run('def test_a(:\n    pass\n').problems[0]).toMatchObject({ title: 'Syntax error', line: 1 });
    expect(run('def test_a():\npass\n').problems[0]).toMatchObject({ title: 'Syntax error' });
  });

  it('turns binary and non-UTF-8 files into problems without tests', () => {
    const bin = run(new Uint8Array([0x64, 0x65, 0x66, 0x00, 0x01]));
    expect(bin.tests).toEqual([]);
    expect(bin.problems).toMatchObject([{ severity: 'error', title: 'Binary file' }]);
    const latin1 = run(
      new Uint8Array([...enc.encode('def test_a():\n    s = "'), 0xe9, ...enc.encode('"\n')]),
    );
    expect(latin1.tests).toEqual([]);
    expect(latin1.problems).toMatchObject([{ severity: 'error', title: 'Not UTF-8', line: 2 }]);
  });

  it('gives nothing for an empty file', () => {
    expect(run('')).toEqual({ file: 'tests/test_x.py', runner: 'pytest', tests: [], problems: [] });
  });

  it('keeps line numbers right with a BOM and CRLF line ends', () => {
    const src =
      'import pytest\r\n\r\n@pytest.mark.group(1)\r\ndef test_a():\r\n    pass\r\n\r\ndef test_b(:\r\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(src)]);
    expect(run(bom).problems).toMatchObject([{ title: 'Syntax error', line: 7 }]);
    const ok = run(
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...enc.encode(src.replace('def test_b(:', 'def test_b():\r\n    pass')),
      ]),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.tests.map((t) => [t.id, t.line, t.group])).toEqual([
      ['tests/test_x.py::test_a', 4, 1],
      ['tests/test_x.py::test_b', 7, null],
    ]);
  });

  it('reads pattern markers', () => {
    const r = extractPython(
      {
        path: 't.py',
        bytes: enc.encode(
          'import pytest\n@pytest.mark.shard_db_x\ndef test_a(): pass\n@pytest.mark.shard__x\ndef test_b(): pass\n',
        ),
      },
      { ...settings, marker: { raw: 'shard_*_x', prefix: 'shard_', suffix: '_x', isPattern: true } },
    );
    expect(r.tests.map((t) => t.group)).toEqual(['db', null]);
  });

  it('expands static parametrize with indices and ids, and keeps dynamic ones whole', () => {
    const r = run(
      'import pytest\nDATA = [1]\n@pytest.mark.parametrize("x", [pytest.param(1, marks=pytest.mark.group("a")), "b"])\ndef test_p(x): pass\n@pytest.mark.parametrize("x", DATA)\ndef test_d(x): pass\n@pytest.mark.parametrize("x", load())\ndef test_e(x): pass\n',
    );
    expect(r.tests.map((t) => [t.id, t.group, t.argnames, t.params, t.line])).toEqual([
      ['tests/test_x.py::test_p[1]', 'a', ['x'], [0], 3],
      ['tests/test_x.py::test_p[b]', null, ['x'], [1], 3],
      ['tests/test_x.py::test_d[1]', null, ['x'], [0], 5],
      ['tests/test_x.py::test_e', null, undefined, undefined, 8],
    ]);
    expect(r.problems).toMatchObject([{ severity: 'notice', title: 'Parametrization not read', line: 7 }]);
  });

  it('errors when groups come from params but another parametrize is not static', () => {
    const r = run(
      'import pytest\nDATA = load()\n@pytest.mark.parametrize("y", DATA)\n@pytest.mark.parametrize("x", [pytest.param(1, marks=pytest.mark.group(1))])\ndef test_p(x, y): pass\n',
    );
    expect(r.tests).toMatchObject([{ id: 'tests/test_x.py::test_p', group: null }]);
    expect(r.tests[0]!.params).toBeUndefined();
    expect(r.problems).toMatchObject([{ severity: 'error', line: 3 }]);
  });

  it('unpacks `*` inside list and tuple displays in marks and parametrize arguments (PEP 448)', () => {
    const r = run(
      [
        'import pytest',
        'COMMON = [pytest.mark.slow]',
        'pytestmark = [pytest.mark.group("api"), *COMMON]',
        'X = ["b", "c"]',
        '@pytest.mark.parametrize("v", ("a", *X))',
        'def test_t(v): pass',
        '@pytest.mark.parametrize("v", ["a", *(x for x in X)])',
        'def test_g(v): pass',
        '@pytest.mark.parametrize("v", [pytest.param("a", marks=[pytest.mark.group("g"), *COMMON])])',
        'def test_m(v): pass',
        '',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::test_t[a]', 'api'],
      ['tests/test_x.py::test_t[b]', 'api'],
      ['tests/test_x.py::test_t[c]', 'api'],
      ['tests/test_x.py::test_g[a]', 'api'],
      ['tests/test_x.py::test_g[b]', 'api'],
      ['tests/test_x.py::test_g[c]', 'api'],
      ['tests/test_x.py::test_m[a]', 'g'],
    ]);
  });

  it('ids a builtin, a builtin exception or a bound method by its __name__, as pytest does', () => {
    const r = run(
      'import pytest\n@pytest.mark.parametrize("v", [int, len, bytes, ValueError, IOError, "x".upper])\ndef test_n(v): pass\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.tests.map((t) => [t.id, (t as { idExact?: boolean }).idExact])).toEqual(
      ['int', 'len', 'bytes', 'ValueError', 'OSError', 'upper'].map((id) => [
        `tests/test_x.py::test_n[${id}]`,
        true,
      ]),
    );
  });

  it('reads Enum members: ids as str(member), members in order, name and value', () => {
    const r = run(
      [
        'import enum, pytest',
        'class Cloud(enum.Enum):',
        '    AWS = "aws"',
        '    GCP = "gcp"',
        '    AMAZON = "aws"',
        'class Tier(str, enum.Enum):',
        '    SMALL = "small"',
        'class Level(enum.IntEnum):',
        '    LOW = enum.auto()',
        '@pytest.mark.parametrize("c", list(Cloud))',
        'def test_c(c): pass',
        '@pytest.mark.parametrize("v", [c.value for c in Cloud] + [Cloud.AMAZON.name, Tier.SMALL, Level.LOW])',
        'def test_v(v): pass',
        '',
      ].join('\n'),
    );
    // The one inexact id is said at its function.
    expect(r.problems).toMatchObject([{ severity: 'notice', title: 'Parametrize ids not exact', line: 13 }]);
    expect(r.tests.map((t) => [t.id, (t as { idExact?: boolean }).idExact])).toEqual([
      ['tests/test_x.py::test_c[Cloud.AWS]', true],
      ['tests/test_x.py::test_c[Cloud.GCP]', true],
      ['tests/test_x.py::test_v[aws]', true],
      ['tests/test_x.py::test_v[gcp]', true],
      ['tests/test_x.py::test_v[AWS]', true],
      ['tests/test_x.py::test_v[small]', true],
      // `str()` of an IntEnum member is its value from Python 3.11 on, `Level.LOW` before.
      ['tests/test_x.py::test_v[1]', false],
    ]);
  });

  it("names a module parameter by its __name__, as pytest does (an installed module's import name)", () => {
    const r = run(
      'import json, decimal, pytest\n@pytest.mark.parametrize("m", [json, decimal])\ndef test_m(m): pass\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.tests.map((t) => [t.id, (t as { idExact?: boolean }).idExact])).toEqual([
      ['tests/test_x.py::test_m[json]', true],
      ['tests/test_x.py::test_m[decimal]', true],
    ]);
  });

  it('keeps the id and marks of a pytest.param whose value cannot be read', () => {
    const r = run(
      'import pytest\n@pytest.mark.parametrize("d", [pytest.param(make(1), id="one", marks=pytest.mark.group("g")), pytest.param(make(2))])\ndef test_d(d): pass\n',
    );
    expect(r.problems).toMatchObject([{ severity: 'notice', title: 'Parametrize ids not exact', line: 3 }]);
    expect(r.tests.map((t) => [t.id, t.group, (t as { idExact?: boolean }).idExact])).toEqual([
      ['tests/test_x.py::test_d[one]', 'g', true],
      ['tests/test_x.py::test_d[d1]', null, false],
    ]);
  });

  it('reads fixture params built from frozen dataclass instances, and says when it cannot', () => {
    const src = (b: string) =>
      [
        'from dataclasses import dataclass',
        'import pytest',
        '@dataclass(frozen=True)',
        'class P:',
        '    name: str',
        '    app: str = "x"',
        'A = P(name="a")',
        `B = ${b}`,
        '@pytest.fixture(autouse=True, params=[pytest.param(p, id=p.name, marks=pytest.mark.group(id=p.name)) for p in (A, B)])',
        'def prov(request): return request.param',
        'def test_x(): pass',
        '',
      ].join('\n');
    const read = run(src('P(name="b", app="y")'));
    expect(read.problems).toEqual([]);
    expect(read.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::test_x[a]', 'a'],
      ['tests/test_x.py::test_x[b]', 'b'],
    ]);
    // Positional arguments need the fields' order: one entry for all, and a notice at the fixture.
    const said = run(src('P("b")'));
    expect(said.tests.map((t) => [t.id, t.group, t.params])).toEqual([
      ['tests/test_x.py::test_x', null, undefined],
    ]);
    expect(said.problems).toMatchObject([{ severity: 'notice', title: 'Parametrization not read', line: 9 }]);
  });

  it("marks a duplicate id ending in a digit inexact: pytest 7.4 suffixes it without the 8+ '_'", () => {
    const r = run('import pytest\n@pytest.mark.parametrize("n", [1, 1, "x", "x"])\ndef test_n(n): pass\n');
    expect(r.tests.map((t) => [t.id, (t as { idExact?: boolean }).idExact])).toEqual([
      ['tests/test_x.py::test_n[1_0]', false],
      ['tests/test_x.py::test_n[1_1]', false],
      ['tests/test_x.py::test_n[x0]', true],
      ['tests/test_x.py::test_n[x1]', true],
    ]);
  });

  it('flags a tuple pytestmark, which pytest refuses', () => {
    const r = run('import pytest\npytestmark = (pytest.mark.group(1),)\ndef test_a(): pass\n');
    expect(r.problems).toMatchObject([{ severity: 'error', title: 'Invalid pytestmark', line: 2 }]);
  });

  it('extracts a file of several megabytes', () => {
    const chunk = (i: number) =>
      `@pytest.mark.group(${i % 7})\n@pytest.mark.parametrize("x", [1, "two", pytest.param(3, id="three")])\ndef test_${i}(x):\n    """Doc with @pytest.mark.group(99)."""\n    assert f"{x!r:>{4}}" != {'k': [x, (1, 2)]}  # comment\n\n\nclass TestC${i}:\n    def test_m(self):\n        s = '''\n@pytest.mark.group(1)\n'''\n\n\n`;
    const parts = ['import pytest\n\n\n'];
    let n = 0;
    let size = 0;
    while (size < 4_000_000) {
      const c = chunk(n++);
      parts.push(c);
      size += c.length;
    }
    const r = run(parts.join(''));
    expect(r.problems).toEqual([]);
    expect(r.tests).toHaveLength(n * 4);
    expect(r.tests[0]).toMatchObject({
      id: 'tests/test_x.py::test_0[1]',
      group: 0,
      argnames: ['x'],
      params: [0],
    });
  }, 120_000);
});
