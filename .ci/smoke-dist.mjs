// Runs dist/index.js exactly as a runner calls it (INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY at temp files) on the example suite, and checks what it wrote.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-smoke-'));
const output = path.join(temp, 'output');
const summary = path.join(temp, 'summary');
fs.writeFileSync(output, '');
fs.writeFileSync(summary, '');
const result = spawnSync(process.execPath, [path.join(repo, 'dist/index.js')], {
  cwd: repo,
  encoding: 'utf8',
  env: {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    'INPUT_WORKING-DIRECTORY': 'examples/pytest-suite',
    INPUT_MARKER: 'group',
  },
});
const fail = (why) => {
  console.error(`dist smoke test failed: ${why}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  process.exit(1);
};
if (result.status !== 0) fail(`exit status ${result.status}`);
const text = fs.readFileSync(output, 'utf8');
const value = (name) => {
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text);
  if (!m) fail(`no ${name} output`);
  return m[2];
};
const groups = JSON.parse(value('groups'));
const count = Number(value('count'));
if (!Array.isArray(groups) || groups.length === 0 || groups.length !== count) fail('groups/count disagree');
for (const g of groups) {
  if (!/^[a-z][a-z0-9_]*$/.test(g.id) || typeof g.name !== 'string' || typeof g.tests !== 'number')
    fail(`bad entry ${JSON.stringify(g)}`);
}
const plan = JSON.parse(fs.readFileSync(value('plan-file'), 'utf8'));
const planned = plan.jobs.reduce((n, j) => n + j.tests.length, 0);
if (planned !== groups.reduce((n, g) => n + g.tests, 0)) fail('plan and groups count different tests');
if (!fs.readFileSync(summary, 'utf8').includes('## group-matrix plan')) fail('no job summary');
console.log(
  `dist/index.js: ${count} jobs, ${planned} tests planned; outputs, plan file and summary check out`,
);
