// One version for the action, the CLI and the plugin (scripts/version.mjs): the checkout agrees,
// and a copy where one place differs fails, naming it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/run-action.js';

const SCRIPT = path.join(REPO, 'scripts', 'version.mjs');
const version = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string })
  .version;

/** The files that carry the version, copied; the built CLI too (its version is baked in at build time). */
function copyCheckout(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-version-'));
  for (const file of [
    'package.json',
    'package-lock.json',
    'python/pyproject.toml',
    'python/pytest_group_matrix/__init__.py',
    'dist/package.json',
  ]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(path.join(REPO, file), path.join(root, file));
  }
  fs.cpSync(path.join(REPO, 'dist', 'cli'), path.join(root, 'dist', 'cli'), { recursive: true });
  fs.cpSync(path.join(REPO, 'dist', 'python'), path.join(root, 'dist', 'python'), { recursive: true });
  return root;
}

describe('scripts/version.mjs', () => {
  it('this checkout carries one version everywhere, and the release tag must be it', () => {
    const ok = version(['check']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(
      `version ${VERSION}: package.json, package-lock.json, the plugin, its wheel and the CLI agree\n`,
    );
    expect(version(['check', '--tag', `v${VERSION}`]).status).toBe(0);
    const tag = version(['check', '--tag', 'v99.0.0']);
    expect(tag.status).toBe(1);
    expect(tag.stderr).toContain('the tag v99.0.0: 99.0.0');
  });

  it('fails naming the plugin when its __version__ differs', () => {
    const root = copyCheckout();
    const init = path.join(root, 'python/pytest_group_matrix/__init__.py');
    fs.writeFileSync(
      init,
      fs.readFileSync(init, 'utf8').replace(/__version__ = ".*"/, '__version__ = "9.9.9"'),
    );
    const r = version(['check', '--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      '  python/pytest_group_matrix/__init__.py (__version__): 9.9.9',
      '  python/pyproject.toml (version read from __version__): 9.9.9',
    ]);
  });

  it('set writes the sources; the built CLI and wheel then differ until dist/ is rebuilt', () => {
    const root = copyCheckout();
    expect(version(['set', '2.3.4', '--root', root]).status).toBe(0);
    expect(version(['--root', root]).stdout).toBe('2.3.4\n');
    const r = version(['check', '--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      `  dist/python/ (the plugin's wheel: pytest_group_matrix-${VERSION}-py3-none-any.whl): ${VERSION}`,
      `  dist/cli/index.js --version (the CLI bundle): ${VERSION}`,
    ]);
    expect(r.stderr).toContain('npm run package');
    expect(version(['set', 'two', '--root', root]).stderr).toContain("'two' is not a version X.Y.Z");
  });
});
