// The setup action (setup/action.yml), run the way a runner runs a composite action: each step's
// script through `bash --noprofile --norc -eo pipefail`, with GITHUB_ACTION_PATH at setup/ of this
// checkout (the action's own ref), GITHUB_PATH and GITHUB_OUTPUT at files read back afterwards, a
// fresh virtual environment's Python first on PATH (as actions/setup-python puts one), and no
// package index reachable. Then the job goes on as a test job does: its own pytest install, the
// `group-matrix` command from GITHUB_PATH making a plan, and the plugin running one job of it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOutputFile, REPO } from './helpers/run-action.js';

/** GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` blocks. */
function readOutputFile(text: string): Record<string, string> {
  const simple = text
    .split('\n')
    .map((line) => /^([\w-]+)=(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2]!]);
  return { ...Object.fromEntries(simple), ...parseOutputFile(text) };
}

const ACTION_DIR = path.join(REPO, 'setup');
const action = parse(fs.readFileSync(path.join(ACTION_DIR, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; shell: string; run: string; env?: Record<string, string> }[] };
};
const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string })
  .version;
const SUITE = path.join(REPO, 'examples', 'pytest-suite');
const BASE_PYTHON = process.env['GROUP_MATRIX_SETUP_PYTHON'] || 'python3';

/** No package index: pip's config files ignored, the index a closed local port, no find-links. */
const NO_INDEX = {
  PIP_CONFIG_FILE: os.devNull,
  PIP_NO_INDEX: '1',
  PIP_INDEX_URL: 'http://127.0.0.1:9/simple',
  PIP_FIND_LINKS: '',
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
};

/** `${{ inputs.NAME }}` only: any other expression in the action would go untested here. */
function expand(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^inputs\.([\w-]+)$/.exec(expr);
    if (!m) throw new Error(`setup/action.yml uses '${expr}', which this test does not evaluate`);
    return inputs[m[1]!] ?? action.inputs[m[1]!]?.default ?? '';
  });
}

interface SetupRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Directories the action added to PATH (GITHUB_PATH), in order. */
  paths: string[];
}

/** Runs the action's steps as the runner does; `outputs` maps action.yml's outputs to the steps'. */
function runSetup(inputs: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string): SetupRun {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-setup-runner-'));
  const files = { GITHUB_PATH: path.join(temp, 'path'), GITHUB_OUTPUT: path.join(temp, 'output') };
  const stepOutputs: Record<string, Record<string, string>> = {};
  let stdout = '';
  let stderr = '';
  let status: number | null = 0;
  for (const [i, step] of action.runs.steps.entries()) {
    expect(step.shell).toBe('bash');
    fs.writeFileSync(files.GITHUB_OUTPUT, '');
    const script = path.join(temp, `step-${i}.sh`);
    fs.writeFileSync(script, step.run);
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]),
    );
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      encoding: 'utf8',
      env: {
        ...env,
        ...stepEnv,
        ...files,
        GITHUB_ACTION_PATH: ACTION_DIR,
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: temp,
        GITHUB_WORKSPACE: cwd,
      },
    });
    stdout += r.stdout;
    stderr += r.stderr;
    status = r.status;
    if (step.id) stepOutputs[step.id] = readOutputFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8'));
    if (status !== 0) break;
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs)) {
    const m = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(spec.value);
    if (!m) throw new Error(`output ${name}: '${spec.value}' is not a step output`);
    outputs[name] = stepOutputs[m[1]!]?.[m[2]!] ?? '';
  }
  const pathFile = fs.existsSync(files.GITHUB_PATH) ? fs.readFileSync(files.GITHUB_PATH, 'utf8') : '';
  return { status, stdout, stderr, outputs, paths: pathFile.split('\n').filter(Boolean) };
}

function sh(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(cmd, args, {
    encoding: 'utf8',
    cwd: options.cwd ?? REPO,
    env: options.env ?? process.env,
  });
}

describe('setup/action.yml', () => {
  let venv: string;
  let python: string;
  /** The job's environment: the fresh venv's Python first on PATH, and no package index. */
  let jobEnv: NodeJS.ProcessEnv;

  beforeAll(() => {
    venv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-setup-venv-')), 'venv');
    const made = sh(BASE_PYTHON, ['-m', 'venv', venv]);
    if (made.status !== 0)
      throw new Error(
        `cannot make a virtualenv with ${BASE_PYTHON} (set GROUP_MATRIX_SETUP_PYTHON): ${made.stderr}`,
      );
    python = path.join(venv, 'bin', 'python');
    jobEnv = {
      PATH: `${path.join(venv, 'bin')}${path.delimiter}${process.env['PATH']}`,
      HOME: process.env['HOME'],
      ...NO_INDEX,
    };
  });

  it('is a composite action whose scripts read inputs only through env', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) expect(step.run).not.toContain('${{');
  });

  it('installs the plugin with no package index, puts group-matrix on PATH; the plugin runs a job of a real plan', () => {
    // The stand-in for an unreachable index is real: pip cannot fetch pytest through it.
    const blocked = sh(python, ['-m', 'pip', 'install', 'pytest'], { env: jobEnv });
    expect(blocked.status, blocked.stdout).not.toBe(0);

    const setup = runSetup({}, jobEnv, SUITE);
    expect(setup.status, `${setup.stdout}${setup.stderr}`).toBe(0);
    expect(setup.outputs['version']).toBe(VERSION);
    expect(setup.outputs['wheel']).toBe(
      path.join(REPO, 'dist', 'python', `pytest_group_matrix-${VERSION}-py3-none-any.whl`),
    );
    // python3 of the venv, the first on PATH (sys.executable keeps the name it was started by).
    expect(setup.outputs['python']).toBe(path.join(venv, 'bin', 'python3'));
    expect(setup.paths).toEqual([path.join(ACTION_DIR, 'bin')]);
    // The fresh venv has no pytest yet: the plugin is installed all the same (no dependency fetched).
    expect(setup.stdout).toContain('::notice title=group-matrix setup::pytest is not installed in');
    const where = sh(python, ['-c', 'import pytest_group_matrix as m; print(m.__file__)'], {
      cwd: os.tmpdir(),
    });
    expect(where.stdout.trim().startsWith(path.join(venv, 'lib'))).toBe(true);

    // The job's own dependencies, from the index as a job installs them.
    const pytest = sh(python, ['-m', 'pip', 'install', '-q', 'pytest>=8']);
    expect(pytest.status, pytest.stderr).toBe(0);

    // Later steps: GITHUB_PATH's directories before the job's PATH, as the runner prepends them.
    const stepEnv = { ...jobEnv, PATH: [...setup.paths.reverse(), jobEnv['PATH']].join(path.delimiter) };
    const version = sh('group-matrix', ['--version'], { env: stepEnv });
    expect(version.stdout).toBe(`${VERSION}\n`);
    const planFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-setup-plan-')), 'plan.json');
    const plan = sh('group-matrix', ['plan', '--json', '--plan-file', planFile], {
      cwd: SUITE,
      env: stepEnv,
    });
    expect(plan.status, plan.stderr).toBe(0);
    const groups = JSON.parse(plan.stdout) as { id: string; tests: number }[];
    const job = groups.find((g) => g.id === 'tests_relations_test_database_py_group_2')!;
    expect(job.tests).toBe(4);

    const run = sh(python, ['-m', 'pytest', '-p', 'no:cacheprovider', '-v'], {
      cwd: SUITE,
      env: { ...stepEnv, GROUP_MATRIX_PLAN: planFile, GROUP_MATRIX_ID: job.id },
    });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\b4 passed, 11 deselected\b/);
    expect(run.stdout.match(/ PASSED/g)?.length).toBe(4);
    expect(run.stdout).not.toMatch(/test_orders\.py::\S+ PASSED/);
  });

  it('python: none installs no plugin and still puts group-matrix on PATH', () => {
    const setup = runSetup({ python: 'none' }, { ...jobEnv, PATH: '/usr/bin:/bin' }, SUITE);
    expect(setup.status, setup.stdout).toBe(0);
    expect(setup.outputs).toEqual({ version: VERSION, wheel: expect.stringMatching(/\.whl$/), python: '' });
    expect(setup.paths).toEqual([path.join(ACTION_DIR, 'bin')]);
  });

  it('a python that is not there fails with one annotation naming it', () => {
    const setup = runSetup({ python: 'venv/bin/pythonx' }, jobEnv, SUITE);
    expect(setup.status).toBe(1);
    expect(setup.stdout).toMatch(
      /^::error title=group-matrix setup::Input python 'venv\/bin\/pythonx' is not an executable file \(relative paths are from .*pytest-suite\)/m,
    );
    const command = runSetup({ python: 'python3.99' }, jobEnv, SUITE);
    expect(command.status).toBe(1);
    expect(command.stdout).toContain("Input python 'python3.99' is not a command on PATH");
  });
});
