// `addopts` as pytest reads it for what it collects: --ignore and --ignore-glob in discovery,
// --deselect and -m on the items the reader makes, other collection-changing options named at
// the ini file. (The fixture suite addopts_ignore_deselect checks the same against real pytest.)
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/discover.js';
import { readAddopts } from '../../src/discover/addopts.js';
import { fnmatchRegExp } from '../../src/discover/fnmatch.js';
import { evaluateMarkExpr, parseMarkExpr, type MarkExpr } from '../../src/discover/mark-expression.js';
import { readPytestConfig } from '../../src/discover/pytest-config.js';
import { readSettings } from '../../src/inputs.js';
import type { Problem } from '../../src/model.js';
import { runPipeline } from '../../src/pipeline.js';
import { makeTree } from '../helpers/tree.js';

const T = 'def test_x():\n    pass\n';

async function found(root: string) {
  const problems: Problem[] = [];
  const config = readPytestConfig(root, problems);
  const result = await discover(root, [], config);
  return { files: result.files, problems: [...problems, ...result.problems] };
}

async function planned(root: string) {
  const settings = readSettings((name) => (name === 'scope' ? 'global' : ''), {
    workspace: root,
    tempDir: root,
  });
  const outcome = await runPipeline(settings);
  return {
    ids: [...outcome.plan.jobs.flatMap((j) => j.tests), ...outcome.plan.skipped].map((t) => t.id).sort(),
    problems: outcome.problems,
  };
}

describe('readAddopts', () => {
  it('reads --ignore, --ignore-glob, --deselect in both spellings, and the last -m', () => {
    const a = readAddopts([
      '-ra',
      '--strict-markers',
      '--ignore=a',
      '--ignore',
      'b',
      '--ignore-glob=*_wip.py',
      '--deselect',
      't.py::x',
      '-m',
      'slow',
      '-mnot slow',
      '-n',
      'auto',
      '--cov',
      'src',
      '--tb=short',
    ]);
    expect(a.ignore).toEqual(['a', 'b']);
    expect(a.ignoreGlob).toEqual(['*_wip.py']);
    expect(a.deselect).toEqual(['t.py::x']);
    expect(a.markExpr).toEqual({ k: 'not', e: { k: 'name', name: 'slow' } });
    expect(a.notRead).toEqual([]);
  });

  it('names what changes collection and is not read, and passes the rest', () => {
    const a = readAddopts([
      '-vx',
      '-k',
      'fast',
      '-p',
      'no:cacheprovider',
      '-p',
      'xdist',
      '--import-mode=prepend',
      '--import-mode=importlib',
      '--pyargs',
      'tests/extra',
      '--maxfail',
      '2',
    ]);
    expect(a.notRead).toEqual(['-k fast', '-p xdist', '--import-mode=importlib', '--pyargs', 'tests/extra']);
  });

  it('names the options of plugins that multiply items (pytest-repeat, pytest-flakefinder, anyio)', () => {
    const a = readAddopts([
      '--count',
      '3',
      '--repeat-scope',
      'session',
      '--flake-finder',
      '--flake-runs=5',
      '--anyio-mode=auto',
    ]);
    expect(a.notRead).toEqual(['--count 3', '--flake-finder', '--flake-runs=5', '--anyio-mode=auto']);
    expect(a.paths).toEqual([]);
  });

  it('reads paths given as arguments (pytest collects them instead of testpaths), not node ids', () => {
    const a = readAddopts([
      '-ra',
      'tests/unit',
      '--strict-markers',
      'tests/api/test_x.py',
      'tests/a.py::test_b',
    ]);
    expect(a.paths).toEqual(['tests/unit', 'tests/api/test_x.py']);
    expect(a.notRead).toEqual(['tests/a.py::test_b']);
  });

  it('says a -m expression with keyword arguments is not read', () => {
    const a = readAddopts(['-m', 'group(id=1)']);
    expect(a.markExpr).toBeNull();
    expect(a.notRead).toEqual([expect.stringContaining('-m "group(id=1)"')]);
  });
});

describe('pytest -m expressions', () => {
  const run = (text: string, marks: string[], unknown = false) =>
    evaluateMarkExpr(parseMarkExpr(text) as MarkExpr, (n) =>
      marks.includes(n) ? true : unknown ? undefined : false,
    );
  it.each([
    ['not manual', [], true],
    ['not manual', ['manual'], false],
    ['a and not (b or c)', ['a'], true],
    ['a and not (b or c)', ['a', 'c'], false],
    ['a or b and c', ['a'], true],
    ['(a or b) and c', ['a'], false],
    ['not not a', ['a'], true],
    ['', ['a'], false],
  ] as const)('%j over %j is %j', (text, marks, want) => {
    expect(run(text, [...marks])).toBe(want);
  });
  it('is undefined only when unknown marks decide it', () => {
    expect(run('not manual', [], true)).toBeUndefined();
    expect(run('a or b', ['a'], true)).toBe(true);
    expect(run('a and b', [], true)).toBeUndefined();
  });
  it('refuses what pytest refuses', () => {
    expect(parseMarkExpr('a and')).toEqual({ error: 'unexpected end of input' });
    expect(parseMarkExpr('(a')).toHaveProperty('error');
  });
});

describe('fnmatch as pytest uses it for --ignore-glob', () => {
  it('lets * cross directories', () => {
    expect(fnmatchRegExp('/r/*_wip.py').test('/r/tests/unit/x_wip.py')).toBe(true);
    expect(fnmatchRegExp('/r/tests/[!u]*').test('/r/tests/unit')).toBe(false);
  });
});

describe('addopts in discovery and planning', () => {
  it('leaves out --ignore paths (a file or a directory) and --ignore-glob matches', async () => {
    const root = makeTree({
      'pytest.ini':
        '[pytest]\naddopts = --ignore=tests/e2e --ignore tests/unit/test_b.py --ignore-glob=*_wip.py\n',
      'tests/e2e/test_e.py': T,
      'tests/unit/test_a.py': T,
      'tests/unit/test_b.py': T,
      'tests/unit/test_c_wip.py': T,
    });
    expect((await found(root)).files).toEqual(['tests/unit/test_a.py']);
  });

  it('drops --deselect prefixes and what -m deselects, from the marks of function, class, module and param', async () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\naddopts = --deselect test_a.py::test_gone -m "not manual"\n',
      'test_a.py': [
        'import pytest',
        'def test_gone(): pass',
        'def test_gone_too(): pass',
        'def test_kept(): pass',
        '@pytest.mark.manual',
        'def test_marked(): pass',
        'class TestC:',
        '    pytestmark = pytest.mark.manual',
        '    def test_m(self): pass',
        '@pytest.mark.parametrize("v", [1, pytest.param(2, marks=pytest.mark.manual)])',
        'def test_p(v): pass',
        '',
      ].join('\n'),
      'test_b.py': 'import pytest\npytestmark = [pytest.mark.manual]\ndef test_all(): pass\n',
    });
    const r = await planned(root);
    expect(r.ids).toEqual(['test_a.py::test_kept', 'test_a.py::test_p[1]']);
    expect(r.problems.filter((p) => p.title === 'addopts option not read')).toEqual([]);
  });

  it('keeps an entry whose unread parametrizations may carry the mark', async () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\naddopts = -m "not manual" -k quick\n',
      'test_a.py':
        'import pytest\nfrom elsewhere import CASES\n@pytest.mark.parametrize("v", CASES)\ndef test_p(v): pass\n',
    });
    const r = await planned(root);
    expect(r.ids).toEqual(['test_a.py::test_p']);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ title: 'addopts option not read', file: 'pytest.ini', line: 2 }),
    );
  });
});

describe('doctests and version-specific config', () => {
  it('names each file whose >>> examples pytest collects as doctests, and no other', async () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\naddopts = --doctest-modules\n',
      'src/m.py': 'def f():\n    """Adds.\n\n    >>> f()\n    """\n',
      'src/plain.py': 'X = ">>>not an example"\n',
      'setup.py': '""">>> 1\n"""\n',
      'tests/test_a.py': T,
      'tests/test_notes.txt': 'Notes\n>>> 1 + 1\n2\n',
    });
    const r = await found(root);
    expect(r.files).toEqual(['tests/test_a.py']);
    const said = r.problems
      .filter((p) => p.title === 'Doctests not planned')
      .map((p) => `${p.file}:${p.line}`);
    expect(said).toEqual(['src/m.py:4', 'tests/test_notes.txt:2']);
  });

  it('reads a native [tool.pytest] table as pytest 9 does, and says pytest 7 and 8 do not', async () => {
    const root = makeTree({
      'pyproject.toml': '[project]\nname = "x"\n\n[tool.pytest]\npython_files = ["check_*.py"]\n',
      'check_a.py': T,
      'test_b.py': T,
    });
    const r = await found(root);
    expect(r.files).toEqual(['check_a.py']);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ title: 'Config read as pytest 9 reads it', file: 'pyproject.toml', line: 4 }),
    );
  });
});
