// The CLI previews what the action plans: every input of action.yml is a `plan` option of the
// same name, shown in --help with the action's default, checked by the same code with the same
// message, and the same settings give byte-identical `groups` and plan files, balanced ones too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLAN_FLAGS } from '../src/cli/plan-options.js';
import { readSettings } from '../src/inputs.js';
import { REPO, runAction, runCli } from './helpers/run-action.js';
import { makeTree } from './helpers/tree.js';

const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const INPUTS = Object.keys(action.inputs);
const help = runCli(['plan', '--help']);

/** An option's help: its line and the continuation lines under it, joined. */
function helpOf(name: string): string {
  const lines = help.stdout.split('\n');
  const at = lines.findIndex((l) => l.includes(`--${name} `));
  expect(at, `--${name} in plan --help`).toBeGreaterThan(-1);
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => !/^ {10,}\S/.test(l));
  return [lines[at]!, ...rest.slice(0, end === -1 ? rest.length : end)].map((l) => l.trim()).join(' ');
}

describe('every input of action.yml is an option of group-matrix plan', () => {
  it('with the same name, listed in --help', () => {
    expect(help.status).toBe(0);
    expect(Object.keys(PLAN_FLAGS).sort()).toEqual([...INPUTS].sort());
    const listed = [...help.stdout.matchAll(/^\s+(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual([...INPUTS.filter((i) => listed.includes(i)), 'json', 'help']);
    expect(INPUTS.filter((i) => !listed.includes(i))).toEqual([]);
  });

  it("--help gives action.yml's default, and no default means the same settings as the action's", () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      const line = helpOf(name);
      if (spec.default) expect(line, name).toContain(`(default: ${spec.default})`);
      else expect(line, name).not.toContain('(default: ');
    }
    const env = { workspace: '/ws', tempDir: '/tmp/runner' };
    const fromAction = readSettings((n) => action.inputs[n]?.default ?? '', env);
    expect(readSettings(() => '', env)).toEqual(fromAction);
  });

  it("the README's CLI section is plan --help as it is", () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const m = /<!-- cli-help:start -->\n```text\n([\s\S]*?)```\n<!-- cli-help:end -->/.exec(readme);
    expect(m, 'README.md lacks the cli-help block').not.toBeNull();
    expect(m![1], 'paste the output of `node dist/cli/index.js plan --help` into README.md').toBe(
      help.stdout,
    );
  });

  const BAD: [string, string][] = [
    ['working-directory', ''],
    ['marker', '1group'],
    ['scope', 'everything'],
    ['ungrouped', 'sometimes'],
    ['runners', 'db: [unclosed'],
    ['if-no-tests', 'maybe'],
    ['max-jobs', '257'],
    ['jobs', '0'],
    ['target-minutes', 'ten'],
    ['job-overhead-seconds', '-5'],
    ['js-runner', 'mocha'],
    ['js-tag-prefix', '@'],
  ];
  it.each(BAD.filter(([, v]) => v !== ''))('a bad %s=%s: the same message from both', (name, value) => {
    const root = makeTree({ 'tests/test_a.py': 'def test_a():\n    pass\n' });
    const fromAction = runAction({ [name]: value }, root);
    expect(fromAction.status).toBe(1);
    const failure = fromAction.commands.find((c) => c.kind === 'error' && c.props === '');
    expect(failure?.message, fromAction.stdout).toMatch(new RegExp(`^Invalid ${name}`));
    const cli = runCli(['plan', `--${name}=${value}`], root);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe(`group-matrix: ${failure!.message.replace(/%0A/g, '\n')}\n`);
  });
});

/** 5 files, groups over files, many ungrouped tests; timings for every test, as the report writes them. */
function balancedSuite(): string {
  const files: Record<string, string> = { 'pytest.ini': '[pytest]\nmarkers =\n    group: job group\n' };
  const tests: Record<string, number> = {};
  for (let f = 0; f < 5; f++) {
    const lines = ['import pytest', ''];
    for (let i = 0; i < 12; i++) {
      lines.push(`${i < 2 ? `@pytest.mark.group(${(f % 3) + 1})\n` : ''}def test_${i}():\n    pass\n`);
      tests[`tests/test_m${f}.py::test_${i}`] = ((f * 5 + i * 7) % 11) + 1.25 + (i < 2 ? 20 : 0);
    }
    files[`tests/test_m${f}.py`] = lines.join('\n');
  }
  files['timings/timings.json'] = JSON.stringify({
    version: 1,
    tool: 'group-matrix-timings',
    tests,
    files: {},
  });
  return makeTree(files);
}

const MIXED = path.join(REPO, '__tests__', 'fixtures', 'mixed-repo');

describe('the CLI and the action give byte-identical plans for the same settings', () => {
  const cases: [string, () => string, Record<string, string>][] = [
    ['defaults', () => path.join(REPO, 'examples', 'pytest-suite'), {}],
    [
      'packed into jobs by timings',
      balancedSuite,
      {
        scope: 'global',
        ungrouped: 'balance',
        timings: 'timings/*.json',
        jobs: '4',
        'job-overhead-seconds': '0',
      },
    ],
    [
      'the fewest jobs for target-minutes, with overhead and max-jobs',
      balancedSuite,
      {
        ungrouped: 'balance',
        timings: 'timings/timings.json',
        'target-minutes': '1.5',
        'job-overhead-seconds': '20',
        'max-jobs': '6',
      },
    ],
    [
      'JS and Python, runners, tags and a paths list',
      () => MIXED,
      {
        paths: 'tests/**/*.py\nweb/*.test.ts e2e/*.spec.ts',
        runners: '"1": big-runner\ndefault: [self-hosted, linux]',
        'js-runner': 'auto',
        'js-tag-prefix': '@group:',
        'js-group-tags': '@slow @smoke',
        marker: 'group',
        'if-no-tests': 'error',
      },
    ],
  ];
  it.each(cases)('%s', (_, suite, inputs) => {
    const root = suite();
    const planFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-parity-')), 'plan.json');
    const fromAction = runAction({ ...inputs, 'plan-file': planFile }, root);
    expect(fromAction.status, fromAction.stdout).toBe(0);
    const actionPlan = fs.readFileSync(planFile, 'utf8');
    fs.rmSync(planFile);
    const flags = Object.entries(inputs).map(([name, value]) => `--${name}=${value}`);
    const cli = runCli(['plan', '--json', '--plan-file', planFile, ...flags], root);
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toBe(`${fromAction.outputs['groups']}\n`);
    expect(fs.readFileSync(planFile, 'utf8')).toBe(actionPlan);
    if (inputs['jobs'] || inputs['target-minutes']) {
      // A balanced plan, and the table previews its predicted times.
      const jobs = (JSON.parse(actionPlan) as { jobs: { id: string; seconds?: number }[] }).jobs;
      expect(jobs.length).toBeGreaterThan(1);
      for (const job of jobs) {
        expect(job.id).toMatch(/^shard_\d+_of_\d+$/);
        expect(job.seconds).toBeGreaterThan(0);
      }
      const table = runCli(['plan', ...flags], root);
      expect(table.stdout).toMatch(/^predicted wall time \d+\.\d min, machine time/m);
    }
  });

  it('list inputs as repeated options, paths as arguments: the same plan', () => {
    const joined = runCli(
      ['plan', '--json', '--js-group-tags=@slow @smoke', '--paths', 'tests/**/*.py\nweb/*.test.ts'],
      MIXED,
    );
    const repeated = runCli(
      [
        'plan',
        '--json',
        '--js-group-tags',
        '@slow',
        '--js-group-tags',
        '@smoke',
        'tests/**/*.py',
        'web/*.test.ts',
      ],
      MIXED,
    );
    expect(joined.status, joined.stderr).toBe(0);
    expect(repeated.stdout).toBe(joined.stdout);
    expect(JSON.parse(joined.stdout).length).toBeGreaterThan(1);
  });
});
