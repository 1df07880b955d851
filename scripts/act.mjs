#!/usr/bin/env node
// nektos/act, the workflow engine the workflow tests run (__tests__/workflow/), built once per
// machine from the Go module proxy into .cache/act/<version>/ (gitignored). A pinned version: a
// new act can change what it evaluates, so bump it on purpose and run `npm run test:workflows`.
//
//   node scripts/act.mjs          builds act when needed, prints its path and version
//   import { ensureAct } from './act.mjs'   returns { path, version } or throws saying why
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ACT_VERSION = '0.2.89';
export const ACT_MODULE = 'github.com/nektos/act';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(repo, '.cache', 'act', `v${ACT_VERSION}`);
const bin = path.join(dir, 'act');

function versionOf(file) {
  const r = spawnSync(file, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** act at the pinned version: `{ path, version }`, built with `go install` on first use. */
export function ensureAct() {
  const expected = `act version ${ACT_VERSION}`;
  if (fs.existsSync(bin) && versionOf(bin) === expected) return { path: bin, version: expected };
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0)
    throw new Error(
      `The workflow tests need act ${ACT_VERSION}, built with Go from the Go module proxy, but 'go' ` +
        `cannot be run (${go.error?.message ?? go.stderr.trim()}). Install Go 1.24 or newer ` +
        `(apt-get install golang-go, or https://go.dev/dl/) and run this again.`,
    );
  fs.mkdirSync(dir, { recursive: true });
  // Building from a temporary module directory: GOFLAGS from a go.work or vendor dir nearby must
  // not apply, and the build writes nothing into the checkout but the binary.
  const built = spawnSync('go', ['install', `${ACT_MODULE}@v${ACT_VERSION}`], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOBIN: dir, GOFLAGS: '-mod=mod', GOWORK: 'off' },
  });
  if (built.status !== 0)
    throw new Error(`go install ${ACT_MODULE}@v${ACT_VERSION} failed:\n${built.stdout}${built.stderr}`);
  const version = versionOf(bin);
  if (version !== expected) throw new Error(`${bin} reports '${version}', expected '${expected}'`);
  return { path: bin, version };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const started = Date.now();
    const act = ensureAct();
    console.log(
      `${act.version} at ${path.relative(repo, act.path)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
