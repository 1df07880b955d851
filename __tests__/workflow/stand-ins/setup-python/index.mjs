// Stand-in for actions/setup-python: puts this machine's Python of the asked version (pyenv's, or
// pythonX.Y on PATH) on PATH, as a venv: made once per run in the runner's tool cache (where
// setup-python keeps its Pythons), and copied for each job, which on GitHub has a machine of its
// own (jobs run at once here and would pip-install into one Python). It does not download a
// Python, read python-version-file, or cache pip downloads (cache:); a version the machine lacks
// fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';

function interpreter(version) {
  const root = process.env.PYENV_ROOT || path.join(process.env.HOME || '/root', '.pyenv');
  const pyenv = fs.existsSync(path.join(root, 'versions'))
    ? fs
        .readdirSync(path.join(root, 'versions'))
        .filter((v) => v === version || v.startsWith(`${version}.`))
        .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
        .map((v) => path.join(root, 'versions', v, 'bin', 'python'))
    : [];
  const onPath = (process.env.PATH || '').split(':').map((d) => path.join(d, `python${version}`));
  return [...pyenv, ...onPath].find((p) => fs.existsSync(p));
}

try {
  const version = core.getInput('python-version').trim();
  if (!/^3\.\d+$/.test(version))
    throw new Error(`this stand-in takes python-version as X.Y (3.12), not '${version}'`);
  const python = interpreter(version);
  if (!python) throw new Error(`no Python ${version} on this machine (the stand-in does not download one)`);
  const home = path.join(process.env.RUNNER_TOOL_CACHE, 'Python', version, 'x64');
  // Matrix jobs run at once: one makes the venv, the others wait for it.
  const lock = `${home}.lock`;
  fs.mkdirSync(path.dirname(home), { recursive: true });
  for (let waited = 0; !fs.existsSync(path.join(home, '.complete')); waited += 100) {
    try {
      fs.mkdirSync(lock);
    } catch {
      if (waited > 120_000) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      if (!fs.existsSync(path.join(home, '.complete'))) {
        const made = spawnSync(python, ['-m', 'venv', home], { stdio: 'inherit' });
        if (made.status !== 0) throw new Error(`${python} -m venv ${home} failed`);
        fs.writeFileSync(path.join(home, '.complete'), '');
      }
    } finally {
      fs.rmdirSync(lock);
    }
  }
  // This job's own copy; scripts that name the tool cache's interpreter are pointed at the copy.
  const own = path.join(process.env.RUNNER_TEMP, '..', 'python', version);
  fs.cpSync(home, own, { recursive: true, verbatimSymlinks: true });
  const bin = path.join(own, 'bin');
  for (const name of fs.readdirSync(bin)) {
    const file = path.join(bin, name);
    if (fs.lstatSync(file).isSymbolicLink()) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (text.includes(home)) fs.writeFileSync(file, text.replaceAll(home, own));
  }
  const full = spawnSync(
    path.join(bin, 'python'),
    ['-c', 'import platform; print(platform.python_version())'],
    {
      encoding: 'utf8',
    },
  ).stdout.trim();
  core.addPath(bin);
  core.exportVariable('pythonLocation', own);
  core.setOutput('python-version', full);
  core.setOutput('python-path', path.join(bin, 'python'));
  core.info(`Python ${full} from ${python}`);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
