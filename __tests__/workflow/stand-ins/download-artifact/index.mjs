// Stand-in for actions/download-artifact: the official @actions/artifact client downloads from
// act's artifact server. It does not download from another run or repository (github-token,
// run-id) nor by artifact-ids: those fail here rather than do something else.
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import picomatch from 'picomatch';

try {
  if (core.getInput('github-token') || core.getInput('artifact-ids'))
    throw new Error('this stand-in cannot download from another run or by artifact-ids');
  const name = core.getInput('name');
  const pattern = core.getInput('pattern');
  const merge = core.getBooleanInput('merge-multiple');
  const dest = path.resolve(core.getInput('path') || process.env.GITHUB_WORKSPACE || '.');
  const client = new DefaultArtifactClient();
  if (name) {
    const { artifact } = await client.getArtifact(name).catch((error) => {
      throw new Error(`Unable to download artifact(s): ${error instanceof Error ? error.message : error}`);
    });
    await client.downloadArtifact(artifact.id, { path: dest });
    core.info(`Artifact ${name} was downloaded to ${dest}`);
  } else {
    const match = picomatch(pattern || '*');
    const artifacts = (await client.listArtifacts({ latest: true })).artifacts.filter((a) => match(a.name));
    core.info(`Found ${artifacts.length} artifact(s)`);
    for (const artifact of artifacts) {
      await client.downloadArtifact(artifact.id, { path: merge ? dest : path.join(dest, artifact.name) });
      core.info(`Artifact ${artifact.name} was downloaded`);
    }
  }
  core.setOutput('download-path', dest);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
