// pytest's own INI rules, checked against pytest itself: for each config below, real pytest prints
// the settings that decide what is collected (`config.getini`), and readPytestConfig must read the
// same values; a config pytest refuses must be refused (a problem at its line), not half-read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPytestConfig } from '../../src/discover/pytest-config.js';
import type { Problem } from '../../src/model.js';
import { PYTHON } from '../helpers/pytest.js';
import { makeTree } from '../helpers/tree.js';

const KEYS = [
  'python_files',
  'python_classes',
  'python_functions',
  'testpaths',
  'norecursedirs',
  'usefixtures',
] as const;

const PRINT = `
import json, os
def pytest_configure(config):
    out = {k: [str(v) for v in config.getini(k)] for k in ${JSON.stringify(KEYS)}}
    out["pythonpath"] = [os.path.relpath(str(p), str(config.rootpath)) for p in config.getini("pythonpath")]
    with open(os.environ["GM_INI_OUT"], "w") as f:
        json.dump(out, f)
`;

const CONFIGS: Record<string, Record<string, string>> = {
  'colon separator (setup.cfg)': {
    'setup.cfg': '[metadata]\nname = x\n\n[tool:pytest]\npython_files: check_*.py\npython_classes: Check\n',
  },
  'continuation lines and comments': {
    'pytest.ini':
      '# top comment\n[pytest]\npython_files =\n    test_*.py\n    # not a value\n    *_spec.py\n; another comment\npython_functions = test it_\nusefixtures = db\n  event_loop_policy\ntestpaths =\n  tests\n  e2e\n',
  },
  'a # after a value is part of it': {
    'tox.ini': '[tox]\nenvlist = py3\n\n[pytest]\npython_files = test_*.py  # comment?\n',
  },
  'quotes group words (shlex)': {
    'pytest.ini': '[pytest]\npython_files = "test *.py" check_*.py\nnorecursedirs = \'build dir\' .git\n',
  },
  'an empty pytest.ini counts': { 'pytest.ini': '' },
  'a header comment and key case': {
    'pytest.ini':
      '[pytest] ; the section\nPython_Files = x_*.py\npython_files = y_*.py\npythonpath = src lib\n',
  },
  'BOM and CRLF': { 'pytest.ini': '\ufeff[pytest]\r\npython_files = a_*.py\r\n  b_*.py\r\n' },
};

function pytestReads(root: string): Record<string, string[]> {
  fs.writeFileSync(path.join(root, 'gm_print_ini.py'), PRINT);
  const out = path.join(root, 'ini.json');
  const r = spawnSync(
    PYTHON,
    ['-m', 'pytest', '--collect-only', '-q', '-p', 'gm_print_ini', '-p', 'no:cacheprovider'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: root, GM_INI_OUT: out, PYTHONDONTWRITEBYTECODE: '1' },
    },
  );
  if (r.error) throw new Error(`could not run ${PYTHON}: ${r.error.message}`);
  if (!fs.existsSync(out)) throw new Error(`pytest did not read the config:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, string[]>;
}

describe("pytest config read by pytest's INI rules", () => {
  it.each(Object.entries(CONFIGS))('%s', (_name, files) => {
    const root = makeTree(files);
    const want = pytestReads(root);
    const problems: Problem[] = [];
    const c = readPytestConfig(root, problems);
    expect(problems).toEqual([]);
    expect({
      python_files: c.pythonFiles,
      python_classes: c.pythonClasses,
      python_functions: c.pythonFunctions,
      testpaths: c.testpaths,
      norecursedirs:
        want['norecursedirs']!.length > 0 ? c.norecursedirs.slice(-want['norecursedirs']!.length) : [],
      pythonpath: c.pythonpath,
      usefixtures: c.usefixtures,
    }).toEqual({ ...want, norecursedirs: want['norecursedirs']!.slice(-want['norecursedirs']!.length) });
  });

  it.each([
    [
      'a duplicate key',
      '[pytest]\npython_files = a.py\npython_files = b.py\n',
      3,
      /duplicate name 'python_files'/,
    ],
    ['a line that is neither', '[pytest]\njust words\n', 2, /unexpected line/],
    ['a value before any section', 'python_files = a.py\n[pytest]\n', 1, /no section header/],
  ])('refuses %s, as pytest does, at its line', (_name, text, line, message) => {
    const root = makeTree({ 'pytest.ini': text });
    const r = spawnSync(PYTHON, ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status, 'pytest refuses it too').toBe(4);
    const problems: Problem[] = [];
    readPytestConfig(root, problems);
    expect(problems).toMatchObject([{ severity: 'warning', title: 'Unreadable pytest config', line }]);
    expect(problems[0]!.message).toMatch(message);
  });
});
