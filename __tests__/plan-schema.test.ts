// docs/plan.schema.json against real plans: the built CLI (dist/cli/index.js) plans every fixture
// suite, every runner and the example suite under each option that changes the plan's shape, and
// each plan file must be valid under the schema and read by the validating reader the report and
// the JS filters use. A plan broken in each way the readers rely on is refused by both, so the
// schema and the reader cannot drift apart silently. (The plugin's tests do the same for its
// reader: python/tests/test_plan_schema.py.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../src/plan-file/read.js';
import { CLI, REPO } from './helpers/run-action.js';

const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs', 'plan.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const EXAMPLE = 'examples/pytest-suite';
const PYTEST_SUITES = fs
  .readdirSync(path.join(REPO, '__tests__', 'fixtures', 'pytest-suites'))
  .filter((d) => {
    const spec = path.join(REPO, '__tests__', 'fixtures', 'pytest-suites', d, 'suite.json');
    // The pattern suite holds a bare marker on purpose (no plan with the plain marker).
    return fs.existsSync(spec) && d !== 'pattern';
  });

const PLANS: [string, string[]][] = [
  ...PYTEST_SUITES.map((d): [string, string[]] => [`__tests__/fixtures/pytest-suites/${d}`, []]),
  ['__tests__/fixtures/pytest-suites/pattern', ['--marker', 'group_*']],
  [EXAMPLE, []],
  [EXAMPLE, ['--scope', 'global']],
  [EXAMPLE, ['--ungrouped', 'skip']],
  [EXAMPLE, ['--ungrouped', 'balance', '--max-jobs', '3']],
  [EXAMPLE, ['--runners', '{"1": "big", "db*": ["self-hosted", "gpu"], "default": "small"}']],
  ['__tests__/fixtures/mixed-repo', []],
  ...fs
    .readdirSync(path.join(REPO, '__tests__', 'fixtures', 'js-suites'))
    .map((d): [string, string[]] => [`__tests__/fixtures/js-suites/${d}`, []]),
];

/** The plan file the built CLI writes for `dir`; a plan that fails (errors in the suite) still writes one. */
function planOf(dir: string, args: string[]): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-schema-')), 'plan.json');
  const run = spawnSync(process.execPath, [CLI, 'plan', '-C', dir, ...args, '--plan-file', out], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (!fs.existsSync(out)) throw new Error(`no plan written for ${dir}:\n${run.stdout}\n${run.stderr}`);
  return fs.readFileSync(out, 'utf8');
}

describe.each(PLANS)('the plan of %s %j', (dir, args) => {
  it('is valid under docs/plan.schema.json and read by the validating reader', () => {
    const text = planOf(dir, args);
    const doc = JSON.parse(text);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(doc.jobs.length + doc.skipped.length).toBeGreaterThan(0);
    expect(() => readPlanFile(text, 'plan.json')).not.toThrow();
  });
});

describe('a broken plan', () => {
  const good = JSON.parse(planOf(EXAMPLE, []));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plan broken on purpose, any shape
  type Doc = any;
  const broken: [string, (p: Doc) => void][] = [
    ['another version', (p) => (p['version'] = 2)],
    ['a job without tests', (p) => delete p['jobs'][0]['tests']],
    ['a test without a file', (p) => delete p['jobs'][0]['tests'][0]['file']],
    ['a scope it does not know', (p) => (p['scope'] = 'everywhere')],
    ['a runner it does not know', (p) => (p['jobs'][0]['runner'] = 'nose')],
  ];
  it.each(broken)('%s is refused by the schema and by the reader', (_, breakIt) => {
    const doc = structuredClone(good);
    breakIt(doc);
    expect(validate(doc)).toBe(false);
    expect(() => readPlanFile(JSON.stringify(doc), 'plan.json')).toThrow(/plan\.json/);
  });
});
