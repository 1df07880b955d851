// Running the test runner the project installed: its node_modules/.bin entry, found from the
// current directory up as npx finds a local one (never downloaded), with the exit status as the
// runner gave it.
import type * as ChildProcessModule from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { JsRunner } from '../model.js';
import { FilterError } from '../filters/selection.js';

const PACKAGES: Record<JsRunner, string> = {
  jest: 'jest',
  vitest: 'vitest',
  playwright: '@playwright/test',
};

/** The runner's executable in the nearest node_modules/.bin from `cwd` up. */
export function findRunner(runner: JsRunner, cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', '.bin', runner);
    if (fs.existsSync(bin)) return bin;
    if (path.dirname(dir) === dir) break;
  }
  throw new FilterError(
    `group-matrix run ${runner}: no node_modules/.bin/${runner} in ${cwd} or a directory above it. Install the project's dependencies first (npm ci), with ${PACKAGES[runner]} among them, and run this where the runner runs.`,
  );
}

/** node:child_process, loaded on first use (getBuiltinModule is in Node ≥20.16; require before that). */
function childProcess(): typeof ChildProcessModule {
  return typeof process.getBuiltinModule === 'function'
    ? process.getBuiltinModule('node:child_process')
    : (createRequire(import.meta.url)('node:child_process') as typeof ChildProcessModule);
}

export interface Finished {
  /** The exit status; 128 + the signal's number when a signal ended it. */
  status: number;
  /** What it printed, when captured. */
  output: string;
}

/**
 * Runs a command to its end. The real run prints as it goes; a listing run is captured (it only
 * reports skipped tests) and shown when it fails.
 */
export function runToEnd(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; capture?: boolean } = {},
): Finished {
  // Loaded here, not at the top: node:child_process pulls in net and dgram, a cost every plan
  // would pay at start-up (the CLI bundle holds this command too).
  const { spawnSync } = childProcess();
  const r = spawnSync(command, args, {
    env: { ...process.env, ...options.env },
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new FilterError(`group-matrix run: cannot start ${command} (${r.error.message}).`);
  const status = r.status ?? 128 + (r.signal ? (os.constants.signals[r.signal] ?? 0) : 0);
  return { status, output: options.capture ? `${r.stdout ?? ''}${r.stderr ?? ''}` : '' };
}

/** A scratch file for the runner's JSON output, removed first so a stale one cannot pass. */
export function scratchFile(name: string): string {
  const dir = process.env['RUNNER_TEMP'] || os.tmpdir();
  const file = path.join(dir, name);
  fs.rmSync(file, { force: true });
  return file;
}
