// Runs dist/index.js exactly as a runner calls it (INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY at temp files) on the example suite, and checks what it wrote. Then runs
// real pytest with the plugin for each planned job (junit-<job id>.xml each) and dist/report/index.js
// the same way, and checks that every planned test passed exactly once. Python: GROUP_MATRIX_PYTHON
// or python3.
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

const suite = path.join(repo, 'examples/pytest-suite');
const junitDir = path.join(temp, 'junit');
fs.mkdirSync(junitDir);
for (const g of groups) {
  const py = spawnSync(
    process.env.GROUP_MATRIX_PYTHON || 'python3',
    [
      '-m',
      'pytest',
      '-p',
      'pytest_group_matrix.plugin',
      '-p',
      'no:cacheprovider',
      '-q',
      `--junitxml=${path.join(junitDir, `junit-${g.id}.xml`)}`,
    ],
    {
      cwd: suite,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        PYTHONPATH: path.join(repo, 'python'),
        PYTHONDONTWRITEBYTECODE: '1',
        GROUP_MATRIX_PLAN: value('plan-file'),
        GROUP_MATRIX_ID: g.id,
      },
    },
  );
  if (py.status !== 0) {
    console.error(
      `dist smoke test failed: pytest for job ${g.id} exited ${py.status}\n${py.stdout}${py.stderr}`,
    );
    process.exit(1);
  }
}
const reportOutput = path.join(temp, 'report-output');
const reportSummary = path.join(temp, 'report-summary');
fs.writeFileSync(reportOutput, '');
fs.writeFileSync(reportSummary, '');
const report = spawnSync(process.execPath, [path.join(repo, 'dist/report/index.js')], {
  cwd: suite,
  encoding: 'utf8',
  env: {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: suite,
    GITHUB_OUTPUT: reportOutput,
    GITHUB_STEP_SUMMARY: reportSummary,
    RUNNER_TEMP: temp,
    INPUT_MODE: 'report',
    'INPUT_PLAN-FILE': value('plan-file'),
    INPUT_JUNIT: junitDir,
    'INPUT_TIMINGS-FILE': path.join(temp, 'timings.json'),
    'INPUT_MAX-SLOWEST': '20',
  },
});
const reportFail = (why) => {
  console.error(
    `dist smoke test failed: dist/report/index.js ${why}\nstdout:\n${report.stdout}\nstderr:\n${report.stderr}`,
  );
  process.exit(1);
};
if (report.status !== 0) reportFail(`exit status ${report.status}`);
const reportText = fs.readFileSync(reportOutput, 'utf8');
const out = (name) => {
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(reportText);
  if (!m) reportFail(`wrote no ${name} output`);
  return m[2];
};
const counts = Object.fromEntries(
  ['planned', 'passed', 'missing', 'duplicates'].map((k) => [k, Number(out(k))]),
);
if (counts.planned !== planned) reportFail(`counts ${counts.planned} planned tests, the plan ${planned}`);
if (counts.passed !== counts.planned || counts.missing !== 0 || counts.duplicates !== 0)
  reportFail(`outputs ${JSON.stringify(counts)}: expected every planned test passed once`);
if (!fs.existsSync(out('timings-file'))) reportFail('wrote no timings file');
if (!fs.readFileSync(reportSummary, 'utf8').includes('Every planned test ran exactly once'))
  reportFail('summary does not say every planned test ran exactly once');
console.log(
  `dist/report/index.js: ${counts.passed} of ${counts.planned} planned tests passed exactly once over ${count} pytest jobs; timings written`,
);
