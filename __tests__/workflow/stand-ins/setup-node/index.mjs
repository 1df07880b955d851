// Stand-in for actions/setup-node: puts this machine's Node of the asked major version on PATH
// (the `node` on PATH, or one of the binaries listed in GROUP_MATRIX_STANDIN_NODES). It does not
// download Node, read node-version-file, cache npm downloads (cache:) or write an .npmrc
// (registry-url); a version the machine lacks fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as core from '@actions/core';

try {
  const wanted = core.getInput('node-version').trim().replace(/^v/, '');
  if (!/^\d+(\.\d+){0,2}$/.test(wanted))
    throw new Error(`this stand-in takes node-version as a number (24, 24.1), not '${wanted}'`);
  const candidates = ['node', ...(process.env.GROUP_MATRIX_STANDIN_NODES || '').split(':').filter(Boolean)];
  const found = candidates
    .map((bin) => ({ bin, version: spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim() }))
    .find(({ version }) => version && `${version.slice(1)}.`.startsWith(`${wanted}.`));
  if (!found) throw new Error(`no Node ${wanted} on this machine (the stand-in does not download one)`);
  if (found.bin !== 'node') core.addPath(path.dirname(found.bin));
  core.setOutput('node-version', found.version);
  core.info(`Node ${found.version}`);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
