// Stand-in for actions/cache/save: the official @actions/cache client saves to act's cache
// server. It does not scope entries by branch. act gives each job its own temp directory
// (GitHub's is the same in every job), so paths under RUNNER_TEMP are passed relative to it, as
// they would match on GitHub.
import path from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';

try {
  const temp = process.env.RUNNER_TEMP;
  process.chdir(temp);
  const paths = core
    .getMultilineInput('path', { required: true })
    .map((p) => path.relative(temp, path.resolve(p)));
  const key = core.getInput('key', { required: true });
  // As actions/cache/save: an entry that exists (caches are immutable) is a warning, not a failure.
  const id = await cache.saveCache(paths, key);
  if (id !== -1) core.info(`Cache saved with key: ${key}`);
} catch (error) {
  core.warning(error instanceof Error ? error.message : String(error));
}
