// Setup of the unit project: its tests run in process, so starting a program fails them, naming
// the file to move to the e2e project (vitest.config.ts). Only the tools that make fixtures are
// let through (zip, for the archives the timings fetch reads).
import type * as ChildProcess from 'node:child_process';
import path from 'node:path';
import { vi } from 'vitest';

const FIXTURE_TOOLS = new Set(['zip']);
const STARTERS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;

async function guarded(real: typeof ChildProcess) {
  const guard = Object.fromEntries(
    STARTERS.map((name) => [
      name,
      (command: unknown, ...rest: unknown[]) => {
        const program = String(command).trim().split(/\s+/)[0] ?? '';
        if (FIXTURE_TOOLS.has(path.basename(program))) {
          return (real[name] as (...args: unknown[]) => unknown)(command, ...rest);
        }
        throw new Error(
          `a unit test started ${name}(${JSON.stringify(command)}): unit tests run in process (no runner, pytest or bundle). ` +
            `Move the file from the unit list to the e2e project in vitest.config.ts, or test the module in process.`,
        );
      },
    ]),
  );
  return { ...real, ...guard, default: { ...real, ...guard } };
}

vi.mock('node:child_process', async (original) => guarded(await original<typeof ChildProcess>()));
vi.mock('child_process', async (original) => guarded(await original<typeof ChildProcess>()));
