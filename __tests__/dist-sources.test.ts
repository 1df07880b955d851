// The hash the end-to-end tests use to tell whether dist/ is built from the checkout
// (scripts/dist-sources.mjs, stored by scripts/package.mjs): it follows content, not times.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesHash, stampText, STAMP, storedHash } from '../scripts/dist-sources.mjs';
import { makeTree } from './helpers/tree.js';

const checkout = () =>
  makeTree({
    'src/index.ts': 'run();\n',
    'src/plan/plan.ts': 'export const a = 1;\n',
    'package-lock.json': '{}\n',
    'python/pyproject.toml': '[project]\n',
    'python/README.md': 'plugin\n',
    'python/pytest_group_matrix/plugin.py': 'x = 1\n',
    'README.md': 'not a source\n',
  });

describe('the sources hash stored with dist/', () => {
  it('changes with a source file, a new file, a renamed file, the lock file and the plugin', () => {
    const root = checkout();
    const before = sourcesHash(root);
    const changed = (edit: () => void) => {
      const prior = sourcesHash(root);
      edit();
      return sourcesHash(root) !== prior;
    };
    expect(
      changed(() => fs.writeFileSync(path.join(root, 'src/plan/plan.ts'), 'export const a = 2;\n')),
    ).toBe(true);
    expect(changed(() => fs.writeFileSync(path.join(root, 'src/new.ts'), ''))).toBe(true);
    expect(
      changed(() => fs.renameSync(path.join(root, 'src/new.ts'), path.join(root, 'src/plan/new.ts'))),
    ).toBe(true);
    expect(changed(() => fs.writeFileSync(path.join(root, 'package-lock.json'), '{ }\n'))).toBe(true);
    const plugin = path.join(root, 'python/pytest_group_matrix/plugin.py');
    expect(changed(() => fs.writeFileSync(plugin, 'x = 2\n'))).toBe(true);
    expect(sourcesHash(root)).not.toBe(before);
  });

  it('stays the same when only times change, or files it does not cover', () => {
    const root = checkout();
    const before = sourcesHash(root);
    const later = new Date(Date.now() + 3_600_000);
    fs.utimesSync(path.join(root, 'src/index.ts'), later, later);
    fs.writeFileSync(path.join(root, 'README.md'), 'edited\n');
    // What Python leaves beside the plugin's sources is not built into the wheel.
    fs.mkdirSync(path.join(root, 'python/pytest_group_matrix/__pycache__'));
    fs.writeFileSync(path.join(root, 'python/pytest_group_matrix/__pycache__/plugin.cpython-313.pyc'), 'x');
    expect(sourcesHash(root)).toBe(before);
  });

  it('is read back from the stamp package.mjs writes, and is null without one', () => {
    const root = checkout();
    expect(storedHash(root)).toBeNull();
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, STAMP), stampText(root));
    expect(storedHash(root)).toBe(sourcesHash(root));
    expect(JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8')).of).toEqual([
      'src',
      'package-lock.json',
      'python/pyproject.toml',
      'python/README.md',
      'python/pytest_group_matrix',
    ]);
  });
});
