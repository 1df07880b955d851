import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/discover.js';
import { readPytestConfig } from '../../src/discover/pytest-config.js';
import type { Problem } from '../../src/model.js';
import { makeTree } from '../helpers/tree.js';

const T = 'def test_x():\n    pass\n';

/** A tree in a real (symlink-free) temp path, so messages name paths relative to it. */
function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = fs.realpathSync(makeTree(files));
  for (const [link, target] of Object.entries(links)) fs.symlinkSync(target, path.join(root, link));
  return root;
}

async function found(root: string, patterns: string[] = []) {
  const problems: Problem[] = [];
  const config = readPytestConfig(root, problems);
  const result = await discover(root, patterns, config);
  return { files: result.files, problems: [...problems, ...result.problems] };
}

describe('directory walk through symlinks', () => {
  it('walks a symlink to a sibling directory and lists its files under the link path', async () => {
    const root = tree(
      {
        'pytest.ini': '[pytest]\ntestpaths = tests\n',
        'tests/test_a.py': T,
        'shared/test_s.py': T,
        'shared/deep/test_d.py': T,
      },
      { 'tests/shared': '../shared' },
    );
    const { files, problems } = await found(root);
    expect(files).toEqual(['tests/shared/deep/test_d.py', 'tests/shared/test_s.py', 'tests/test_a.py']);
    expect(problems).toEqual([]);
  });

  it('warns once about a loop under a directory reached through another symlink', async () => {
    const root = tree(
      {
        'pytest.ini': '[pytest]\ntestpaths = tests\n',
        'tests/test_a.py': T,
        'real/test_r.py': T,
        'real/sub/test_deep.py': T,
      },
      { 'tests/link': '../real', 'real/sub/up': '..' },
    );
    const { files, problems } = await found(root);
    expect(files).toEqual(['tests/link/sub/test_deep.py', 'tests/link/test_r.py', 'tests/test_a.py']);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'tests/link/sub/up',
        title: 'Symlink loop',
        message:
          'tests/link/sub/up leads back to real (a symlink loop); it was searched once. Remove the link or exclude it with norecursedirs.',
      },
    ]);
  });

  it('skips a directory holding pyvenv.cfg, also through a link, but not one whose pyvenv.cfg dangles', async () => {
    const root = tree(
      {
        'tests/test_a.py': T,
        'tests/env/pyvenv.cfg': 'home = /usr\n',
        'tests/env/lib/test_venv.py': T,
        'tests/env/test_top.py': T,
        'tests/notenv/test_n.py': T,
      },
      { 'tests/toenv': 'env', 'tests/notenv/pyvenv.cfg': 'missing.cfg' },
    );
    const { files, problems } = await found(root);
    expect(files).toEqual(['tests/notenv/test_n.py', 'tests/test_a.py']);
    expect(problems).toEqual([]);
  });

  it('still walks a virtualenv named as the starting directory, quietly past links back into it', async () => {
    const root = tree(
      { 'env/pyvenv.cfg': '', 'env/test_top.py': T, 'env/sub/test_sub.py': T },
      { 'env/sub/up': '..' },
    );
    const { files, problems } = await found(root, ['env']);
    expect(files).toEqual(['env/sub/test_sub.py', 'env/test_top.py']);
    expect(problems).toEqual([]);
  });
});
