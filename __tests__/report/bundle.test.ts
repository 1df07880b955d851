// dist/report/index.js (npm run package) run as a runner runs it: INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY; the JUnit reports are written by real pytest through the plugin.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON } from '../helpers/pytest.js';
import { REPO, parseOutputFile, runAction } from '../helpers/run-action.js';
import { makeTree } from '../helpers/tree.js';

const REPORT = path.join(REPO, 'dist', 'report', 'index.js');

function runReport(inputs: Record<string, string>, cwd: string) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-report-'));
  const output = path.join(temp, 'output');
  const summary = path.join(temp, 'summary');
  fs.writeFileSync(output, '');
  fs.writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [REPORT], { cwd, env, encoding: 'utf8' });
  return {
    ...r,
    outputs: parseOutputFile(fs.readFileSync(output, 'utf8')),
    summary: fs.readFileSync(summary, 'utf8'),
    errors: [...r.stdout.matchAll(/^::error[^:]*::(.*)$/gm)].map((m) => m[1]!),
  };
}

/** 15 failing tests in one file, planned in one job by the built action, run by real pytest. */
const suite = makeTree({
  'tests/test_many.py':
    'import pytest\n\n' +
    Array.from({ length: 15 }, (_, i) => `@pytest.mark.group(1)\ndef test_${i}():\n    assert False\n`).join(
      '\n',
    ),
});
const plan = runAction({}, suite);
const planFile = plan.outputs['plan-file']!;
const jobId = (JSON.parse(plan.outputs['groups']!) as { id: string }[])[0]!.id;
const junitDir = path.join(suite, 'reports');
fs.mkdirSync(junitDir);
const pytest = spawnSync(
  PYTHON,
  [
    '-m',
    'pytest',
    '-p',
    'no:cacheprovider',
    '-p',
    'pytest_group_matrix.plugin',
    `--junitxml=${path.join(junitDir, `junit-${jobId}.xml`)}`,
  ],
  {
    cwd: suite,
    encoding: 'utf8',
    env: {
      ...process.env,
      PYTHONPATH: path.join(REPO, 'python'),
      GROUP_MATRIX_PLAN: planFile,
      GROUP_MATRIX_ID: jobId,
    },
  },
);

describe('dist/report/index.js', () => {
  it('fails listing the failed tests, shows 10 error annotations and says where the rest are', () => {
    expect(pytest.status).toBe(1);
    const r = runReport({ 'plan-file': planFile, junit: 'reports/*.xml', 'max-slowest': '3' }, suite);
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ planned: '15', failed: '15', passed: '0', missing: '0', flaky: '0' });
    // 10 "Test failed" annotations, then the step's own failure message.
    expect(r.errors.filter((e) => e.endsWith('failed.'))).toHaveLength(10);
    expect(r.errors.at(-1)).toBe('group-matrix report: 15 tests failed. The job summary lists them.');
    expect(r.stdout).toContain('5 more problems are listed in the job summary');
    expect(r.summary).toContain('### Failed (15)');
    expect(r.summary).toContain('### Slowest 3 tests');
    const timings = JSON.parse(fs.readFileSync(r.outputs['timings-file']!, 'utf8')) as {
      tests: Record<string, number>;
    };
    expect(Object.keys(timings.tests)).toHaveLength(15);
  });

  it.each([
    [{ junit: 'reports' }, 'Input plan-file is required'],
    [{ 'plan-file': 'nope.json', junit: 'reports' }, 'Cannot read plan-file'],
    [{ mode: 'other' }, "Invalid mode 'other'. Expected one of: 'report', 'fetch-timings'."],
    [{ 'plan-file': 'p', junit: 'r', 'max-slowest': 'many' }, "Invalid max-slowest 'many'"],
  ])('bad inputs %j: a clear message, no stack trace', (inputs, message) => {
    const r = runReport(inputs, suite);
    expect(r.status).toBe(1);
    expect(r.errors.join('\n')).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('fetch-timings without a GitHub context: a notice, success, empty timings-file output', () => {
    const r = runReport({ mode: 'fetch-timings', 'github-token': '' }, suite);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::notice::No previous timings/m);
    expect(r.outputs['timings-file']).toBe('');
  });
});
