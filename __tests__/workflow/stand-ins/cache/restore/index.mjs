// Stand-in for actions/cache/restore: the official @actions/cache client restores from act's
// cache server. It does not scope entries by branch. act gives each job its own temp directory
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
  const restoreKeys = core.getMultilineInput('restore-keys');
  core.setOutput('cache-primary-key', key);
  const matched = await cache.restoreCache(paths, key, restoreKeys, {
    lookupOnly: core.getBooleanInput('lookup-only'),
  });
  if (!matched) {
    const message = `Cache not found for input keys: ${[key, ...restoreKeys].join(', ')}`;
    if (core.getBooleanInput('fail-on-cache-miss')) throw new Error(message);
    core.info(message);
  } else {
    core.setOutput('cache-matched-key', matched);
    core.info(`Cache restored from key: ${matched}`);
  }
  core.setOutput('cache-hit', String(matched === key));
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
