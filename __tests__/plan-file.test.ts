// The plan file is the contract between the writer (action, CLI) and its readers (report, JS
// filters, the pytest plugin): real plans written for the fixture suites read back unchanged, and
// every field a reader relies on is checked, with a message naming the file and the field.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../src/inputs.js';
import { runPipeline } from '../src/pipeline.js';
import { PlanFileError, readPlanFile } from '../src/plan-file/read.js';
import { planFileJson } from '../src/plan-file/write.js';
import { FilterError, readSelection } from '../src/filters/selection.js';
import { REPO } from './helpers/run-action.js';
import { makeTree } from './helpers/tree.js';

const SUITES = [
  path.join(REPO, 'examples', 'pytest-suite'),
  path.join(REPO, '__tests__', 'fixtures', 'mixed-repo'),
  ...['jest', 'vitest', 'playwright'].map((s) => path.join(REPO, '__tests__', 'fixtures', 'js-suites', s)),
  ...fs
    .readdirSync(path.join(REPO, '__tests__', 'fixtures', 'pytest-suites'))
    .filter((d) => d !== 'pattern')
    .map((d) => path.join(REPO, '__tests__', 'fixtures', 'pytest-suites', d)),
];

async function planText(root: string, inputs: Record<string, string> = {}): Promise<string> {
  const settings = readSettings((name) => inputs[name] ?? '', { workspace: root, tempDir: root });
  const outcome = await runPipeline(settings);
  return planFileJson(outcome.plan);
}

describe('plan file: written plans read back', () => {
  it.each(SUITES.map((s) => [path.relative(REPO, s), s]))('%s', async (_name, suite) => {
    for (const scope of ['file', 'global']) {
      const text = await planText(suite, { scope });
      expect(readPlanFile(text, 'plan.json')).toEqual(JSON.parse(text));
    }
  });
});

describe('plan file: every field a reader relies on is checked', () => {
  type Fields = Record<string, unknown>;
  type Doc = Fields & { jobs: (Fields & { tests: Fields[] })[]; skipped: Fields[] };
  const good = (): Doc => ({
    version: 1,
    tool: 'group-matrix',
    marker: 'group',
    scope: 'file',
    ungrouped: 'job',
    total_tests: 2,
    jobs: [
      {
        id: 'a',
        name: 'A',
        index: 0,
        group_id: '1',
        group_value: 1,
        runner: 'pytest',
        files: ['t.py'],
        tests: [{ id: 't.py::x[1]', function: 't.py::x', file: 't.py', line: 2, group: 1, params: { v: 0 } }],
      },
    ],
    skipped: [{ id: 't.py::y', function: 't.py::y', file: 't.py', line: 9, group: null }],
  });

  it('accepts a complete plan', () => {
    expect(readPlanFile(JSON.stringify(good()), 'p.json').jobs[0]!.tests[0]!.params).toEqual({ v: 0 });
  });

  it.each<[string, (d: Doc) => void, RegExp]>([
    ['no marker', (d) => delete d['marker'], /p\.json: plan has no "marker"/],
    ['a bad scope', (d) => (d['scope'] = 'world'), /p\.json: scope is "world", expected one of file, global/],
    [
      'a bad runner',
      (d) => (d.jobs[0]!['runner'] = 'mocha'),
      /jobs\[0\]\.runner is "mocha", expected one of/,
    ],
    [
      'files not a list',
      (d) => (d.jobs[0]!['files'] = 't.py'),
      /jobs\[0\]\.files is "t\.py", expected a list of paths/,
    ],
    [
      'a float group',
      (d) => (d.jobs[0]!['group_value'] = 1.5),
      /jobs\[0\]\.group_value is 1\.5, expected an integer/,
    ],
    [
      'a test without line',
      (d) => delete d.jobs[0]!.tests[0]!['line'],
      /jobs\[0\]\.tests\[0\] has no "line"/,
    ],
    ['bad params', (d) => (d.jobs[0]!.tests[0]!['params'] = { v: 'x' }), /tests\[0\]\.params is \{"v":"x"\}/],
    ['a skipped test without id', (d) => delete d.skipped[0]!['id'], /skipped\[0\] has no "id"/],
    [
      'bad playwright configs',
      (d) => (d['playwright_configs'] = [{ config: 'p.ts', root_dir: 3 }]),
      /playwright_configs is \[\{"config":"p\.ts","root_dir":3\}\], expected a list of \{config, root_dir\}/,
    ],
    ['another version', (d) => (d['version'] = 2), /p\.json has version 2; this report reads version 1/],
  ])('refuses %s, naming the file and the field', (_what, spoil, message) => {
    const doc = good();
    spoil(doc);
    expect(() => readPlanFile(JSON.stringify(doc), 'p.json')).toThrow(PlanFileError);
    expect(() => readPlanFile(JSON.stringify(doc), 'p.json')).toThrow(message);
  });

  it('a JS filter refuses a spoiled plan with the same message, as a filter error', () => {
    const doc = good();
    doc.jobs[0]!['runner'] = 'vitest';
    doc.jobs[0]!['files'] = [3];
    const root = makeTree({ 'plan.json': JSON.stringify(doc), 't.py': '' });
    const env = { GROUP_MATRIX_PLAN: path.join(root, 'plan.json'), GROUP_MATRIX_ID: 'a' };
    expect(() => readSelection('vitest', env, root)).toThrow(FilterError);
    expect(() => readSelection('vitest', env, root)).toThrow(
      /^group-matrix vitest filter: '.*plan\.json': jobs\[0\]\.files is \[3\], expected a list of paths\. Regenerate the plan/,
    );
  });
});
