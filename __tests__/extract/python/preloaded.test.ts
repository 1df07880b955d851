/**
 * PRELOADED_MODULES says which modules a test module's `import` can never find in the suite,
 * because pytest (or Python) has imported them already. Checked against every oracle pytest
 * (GROUP_MATRIX_PYTHONS, as the differential test): each one is in `sys.modules` when the
 * rootdir's conftest.py is configured, before any test module is imported.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOADED_MODULES } from '../../../src/extract/python/preloaded.js';
import { makeTree } from '../../helpers/tree.js';

const pythons = (process.env['GROUP_MATRIX_PYTHONS'] ?? process.env['GROUP_MATRIX_PYTHON'] ?? 'python3')
  .split(':')
  .filter(Boolean);

const CONFTEST = `import sys

def pytest_configure(config):
    with open("modules.txt", "w") as f:
        f.write("\\n".join(sorted(sys.modules)))
`;

describe.each(pythons)('modules preloaded under %s', (python) => {
  it('holds every module PRELOADED_MODULES names before a test module is imported', () => {
    const dir = makeTree({ 'conftest.py': CONFTEST, 'test_x.py': 'def test_x():\n    pass\n' });
    execFileSync(python, ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'], {
      cwd: dir,
      stdio: 'pipe',
    });
    const loaded = new Set(fs.readFileSync(path.join(dir, 'modules.txt'), 'utf8').split('\n'));
    expect([...PRELOADED_MODULES].filter((m) => !loaded.has(m))).toEqual([]);
  });
});
