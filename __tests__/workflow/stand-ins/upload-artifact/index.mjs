// Stand-in for actions/upload-artifact: the official @actions/artifact client uploads to act's
// artifact server. It does not honour compression-level, retention-days or include-hidden-files
// (hidden files are uploaded too).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as glob from '@actions/glob';

// act 0.2.89's artifact server checks the upload URL's `sig` with its base64 '=' padding, which
// the Azure SDK inside @actions/artifact drops when it adds its own query parameters
// (nektos/act#6114): put the padding back on the way out.
const request = http.request;
http.request = function (options, ...rest) {
  if (
    options &&
    typeof options === 'object' &&
    typeof options.path === 'string' &&
    options.path.includes('/UploadArtifact?')
  )
    options = {
      ...options,
      path: options.path.replace(
        /([?&]sig=)([\w-]+)(?=&|$)/,
        (_, key, sig) => key + sig + '='.repeat((4 - (sig.length % 4)) % 4),
      ),
    };
  return request.call(this, options, ...rest);
};

try {
  const name = core.getInput('name') || 'artifact';
  const patterns = core.getMultilineInput('path', { required: true });
  const ifNoFiles = core.getInput('if-no-files-found') || 'warn';
  const overwrite = core.getBooleanInput('overwrite');

  const files = [];
  for (const file of await (await glob.create(patterns.join('\n'))).glob())
    if (fs.statSync(file).isFile()) files.push(file);
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
    if (ifNoFiles === 'error') throw new Error(message);
    if (ifNoFiles === 'warn') core.warning(message);
    else core.info(message);
  } else {
    // As upload-artifact: paths inside the artifact are relative to the search paths' common root.
    const roots = patterns.map((p) => {
      const literal = path.resolve(p.split(/[*?[]/)[0]);
      return fs.existsSync(literal) && fs.statSync(literal).isDirectory() ? literal : path.dirname(literal);
    });
    let root = roots[0];
    while (!roots.every((r) => r === root || r.startsWith(root + path.sep))) root = path.dirname(root);

    const client = new DefaultArtifactClient();
    const existing = (await client.listArtifacts({ latest: true })).artifacts.find((a) => a.name === name);
    if (existing && overwrite) await client.deleteArtifact(name);
    else if (existing)
      throw new Error(
        `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
      );
    const { id, size } = await client.uploadArtifact(name, files, root);
    core.info(
      `Artifact ${name} has been successfully uploaded! Final size is ${size} bytes. Artifact ID is ${id}`,
    );
    core.setOutput('artifact-id', String(id));
  }
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
