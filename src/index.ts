import './shim.js';
import { isExtractionWorker, serveExtraction } from './extract/parallel.js';
import * as core from '@actions/core';
import os from 'node:os';
import { coreEdge } from './core-edge.js';
import { InputError, readSettings } from './inputs.js';
import { run } from './main.js';

async function main(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      tempDir: process.env['RUNNER_TEMP'] || os.tmpdir(),
    });
    await run(settings, coreEdge);
  } catch (err) {
    if (err instanceof InputError) {
      core.setFailed(err.message);
    } else {
      // An unexpected error is a bug of ours: say so plainly, keep the stack for debug logs.
      core.debug(err instanceof Error ? (err.stack ?? err.message) : String(err));
      core.setFailed(
        `group-matrix failed unexpectedly: ${err instanceof Error ? err.message : String(err)}. Re-run with ACTIONS_STEP_DEBUG=true for details, and please report it.`,
      );
    }
  }
}

if (isExtractionWorker()) await serveExtraction();
else await main();
