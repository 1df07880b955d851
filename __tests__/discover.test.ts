import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover/discover.js';
import { readPytestConfig } from '../src/discover/pytest-config.js';
import type { Problem } from '../src/model.js';
import { makeTree } from './helpers/tree.js';

async function found(root: string, patterns: string[] = []) {
  const problems: Problem[] = [];
  const config = readPytestConfig(root, problems);
  const result = await discover(root, patterns, config);
  return { files: result.files, problems: [...problems, ...result.problems] };
}

const T = 'def test_x():\n    pass\n';

describe('default discovery (pytest rules)', () => {
  it('finds test_*.py and *_test.py, skipping .git, node_modules, virtualenvs and norecursedirs', async () => {
    const root = makeTree({
      'tests/test_a.py': T,
      'tests/b_test.py': T,
      'tests/helper.py': T,
      'tests/conftest.py': '',
      '.git/test_git.py': T,
      'node_modules/pkg/test_nm.py': T,
      'env/pyvenv.cfg': 'home = /usr\n',
      'env/lib/test_venv.py': T,
      'build/test_build.py': T,
      '.hidden/test_hidden.py': T,
      'pkg.egg/test_egg.py': T,
    });
    expect((await found(root)).files).toEqual(['tests/b_test.py', 'tests/test_a.py']);
  });

  it('enters .git, node_modules and the like when norecursedirs replaces the defaults without them, as pytest does, and warns at each', async () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\nnorecursedirs = build\n',
      'tests/test_a.py': T,
      '.git/test_git.py': T,
      'node_modules/pkg/test_nm.py': T,
      'node_modules/pkg/node_modules/dep/test_dep.py': T,
      '.hidden/test_hidden.py': T,
      'env/pyvenv.cfg': 'home = /usr\n',
      'env/lib/test_venv.py': T,
      '__pycache__/test_cache.py': T,
      'build/test_build.py': T,
    });
    const { files, problems } = await found(root);
    expect(files).toEqual([
      '.git/test_git.py',
      '.hidden/test_hidden.py',
      'node_modules/pkg/node_modules/dep/test_dep.py',
      'node_modules/pkg/test_nm.py',
      'tests/test_a.py',
    ]);
    const warned = problems.filter((p) => p.title === 'Tests in a dependency directory');
    // One per outermost directory, at a test file inside it, naming the directory and the fix.
    expect(warned.map((p) => p.file).sort()).toEqual([
      '.git/test_git.py',
      'node_modules/pkg/node_modules/dep/test_dep.py',
    ]);
    const nm = warned.find((p) => p.file!.startsWith('node_modules/'))!;
    expect(nm.severity).toBe('warning');
    expect(nm.message).toContain('2 test files inside node_modules/');
    expect(nm.message).toContain('add `node_modules` to norecursedirs');
  });

  it.each([
    ['pytest.ini', '[pytest]\ntestpaths = it\npython_files = check_*.py\n'],
    ['pyproject.toml', '[tool.pytest.ini_options]\ntestpaths = ["it"]\npython_files = ["check_*.py"]\n'],
    ['pyproject.toml', '[tool.pytest]\ntestpaths = ["it"]\npython_files = ["check_*.py"]\n'],
    ['tox.ini', '[tox]\nenvlist = py\n[pytest]\ntestpaths =\n    it\npython_files = check_*.py\n'],
    ['setup.cfg', '[metadata]\nname = x\n[tool:pytest]\ntestpaths = it\npython_files =\n  check_*.py\n'],
  ])('honours testpaths and python_files from %s', async (name, content) => {
    const root = makeTree({ [name]: content, 'it/check_a.py': T, 'it/test_b.py': T, 'other/check_c.py': T });
    expect((await found(root)).files).toEqual(['it/check_a.py']);
  });

  it('matches a python_files pattern holding a slash as pytest does: `*/pattern` on the whole path, `*` crossing `/`', async () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\npython_files = test_*.py tests/*_checks.py\n',
      'tests/unit/models_checks.py': T,
      'tests/unit/deep/more_checks.py': T,
      'tests/test_a.py': T,
      'lib/x_checks.py': T,
    });
    expect((await found(root)).files.sort()).toEqual([
      'tests/test_a.py',
      'tests/unit/deep/more_checks.py',
      'tests/unit/models_checks.py',
    ]);
  });

  it('collects the paths addopts gives instead of testpaths (a file whatever python_files says), and warns about a missing one', async () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\ntestpaths = tests\naddopts = -ra tests/unit tests/api/smoke.py tests/gone\n',
      'tests/unit/test_a.py': T,
      'tests/api/smoke.py': T,
      'tests/api/test_b.py': T,
    });
    const { files, problems } = await found(root);
    expect(files).toEqual(['tests/api/smoke.py', 'tests/unit/test_a.py']);
    expect(problems.map((p) => p.title)).toEqual(['Missing addopts path']);
  });

  it('reads python_classes and python_functions', () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\npython_classes = Check Suite*\npython_functions = check_ it_*\n',
    });
    const config = readPytestConfig(root, []);
    expect(config.pythonClasses).toEqual(['Check', 'Suite*']);
    expect(config.pythonFunctions).toEqual(['check_', 'it_*']);
  });

  it('takes pytest.ini over pyproject.toml, as pytest does', () => {
    const root = makeTree({
      'pytest.ini': '[pytest]\npython_files = a_*.py\n',
      'pyproject.toml': '[tool.pytest.ini_options]\npython_files = ["b_*.py"]\n',
    });
    expect(readPytestConfig(root, []).pythonFiles).toEqual(['a_*.py']);
  });

  it('takes pytest.toml over every other file, even without a [pytest] table, as pytest 9 does, and says so', () => {
    const withTable = makeTree({
      'pytest.ini': '[pytest]\npython_files = a_*.py\n',
      'pytest.toml': '[pytest]\npython_files = ["c_*.py"]\n',
    });
    const problems: Problem[] = [];
    expect(readPytestConfig(withTable, problems).pythonFiles).toEqual(['c_*.py']);
    expect(problems).toMatchObject([
      { severity: 'notice', file: 'pytest.toml', line: 1, title: 'Config read as pytest 9 reads it' },
    ]);
    const empty = makeTree({ '.pytest.toml': '', 'pytest.ini': '[pytest]\npython_files = a_*.py\n' });
    expect(readPytestConfig(empty, []).pythonFiles).toEqual(['test_*.py', '*_test.py']);
  });

  it('warns about an unreadable config and falls back to defaults', () => {
    const root = makeTree({ 'pyproject.toml': '[tool.pytest.ini_options\n', 'test_a.py': T });
    const problems: Problem[] = [];
    const config = readPytestConfig(root, problems);
    expect(config.pythonFiles).toEqual(['test_*.py', '*_test.py']);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      file: 'pyproject.toml',
      title: 'Unreadable pytest config',
    });
  });

  it('searches a symlink loop once and says so', async () => {
    const root = makeTree({ 'tests/test_a.py': T });
    fs.symlinkSync('..', path.join(root, 'tests', 'loop'));
    const { files, problems } = await found(root);
    expect(files).toEqual(['tests/test_a.py']);
    expect(problems.some((p) => p.title === 'Symlink loop' && p.file === 'tests/loop')).toBe(true);
  });
});

describe('paths globs', () => {
  it('expands globs, walks plain directories and takes plain files as they are', async () => {
    const root = makeTree({
      'a/test_1.py': T,
      'a/test_2.py': T,
      'b/c/test_3.py': T,
      'b/c/util.py': T,
      'x/special.py': T,
    });
    expect((await found(root, ['a/*.py', 'b', 'x/special.py'])).files).toEqual([
      'a/test_1.py',
      'a/test_2.py',
      'b/c/test_3.py',
      'x/special.py',
    ]);
  });

  it('excludes with !patterns', async () => {
    const root = makeTree({ 'a/test_1.py': T, 'a/test_slow.py': T });
    expect((await found(root, ['a/**/*.py', '!a/test_slow.py'])).files).toEqual(['a/test_1.py']);
  });

  it('never lists a file twice when a symlink reaches it again', async () => {
    const root = makeTree({ 'tests/test_a.py': T });
    fs.symlinkSync('..', path.join(root, 'tests', 'loop'));
    const { files, problems } = await found(root, ['**/test_*.py']);
    expect(files).toEqual(['tests/test_a.py']);
    expect(problems.map((p) => p.title)).toContain('Same file twice');
  });

  it('warns when a pattern matches nothing', async () => {
    const root = makeTree({ 'a/test_1.py': T });
    const { problems } = await found(root, ['nope/*.py']);
    expect(problems[0]).toMatchObject({ severity: 'warning', title: 'Pattern matched no file' });
    expect(problems[0]!.message).toContain("'nope/*.py'");
  });

  it.each(['../elsewhere/*.py', 'a/../../x.py', '/etc/*.py'])(
    'refuses %s, which reaches outside the working directory',
    async (pattern) => {
      const root = makeTree({ 'a/test_1.py': T });
      await expect(found(root, [pattern])).rejects.toThrow(/reaches outside working-directory/);
    },
  );

  it('accepts an absolute pattern inside the working directory', async () => {
    const root = makeTree({ 'a/test_1.py': T });
    expect((await found(root, [path.join(root, 'a', '*.py')])).files).toEqual(['a/test_1.py']);
  });
});
