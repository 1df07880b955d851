// Claims of the README and docs/ that no other test backed, each run against the built CLI (the same code
// and inputs as the action: __tests__/cli-parity.test.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers/run-action.js';
import { makeTree } from './helpers/tree.js';

/** 300 files of one ungrouped test each: 300 jobs in file scope, 300 units when packing. */
function manyUnits(): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 300; i++) files[`tests/test_f${i}.py`] = 'def test_x():\n    pass\n';
  return makeTree(files);
}

const jobsOf = (stdout: string): number => (JSON.parse(stdout) as unknown[]).length;

describe('"More jobs than max-jobs ... fails ("Too many jobs") ... unless the plan packs"', () => {
  const root = manyUnits();
  it('without packing, 300 jobs fail with Too many jobs', () => {
    const r = runCli(['plan', '--json'], root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "Too many jobs: The plan needs 300 jobs, but max-jobs is 256 (GitHub's matrix limit).",
    );
  });
  it.each([
    [['--jobs', '10'], 10],
    [['--target-minutes', '2'], 5],
    [['--ungrouped', 'balance'], 1],
    [['--ungrouped', 'balance', '--jobs', '256'], 256],
  ])('packing (%s) fits the 300 units into at most max-jobs', (flags, jobs) => {
    const r = runCli(['plan', '--json', ...flags], root);
    expect(r.status, r.stderr).toBe(0);
    expect(jobsOf(r.stdout)).toBe(jobs);
  });
});

describe('"A group marker on something pytest does not collect: a warning at its line"', () => {
  it('a fixture, a helper, a class with __init__: one warning each, at the marker', () => {
    const root = makeTree({
      'tests/test_x.py': [
        'import pytest',
        '',
        '@pytest.fixture',
        '@pytest.mark.group(1)',
        'def db():',
        '    return 1',
        '',
        '@pytest.mark.group(2)',
        'def helper():',
        '    pass',
        '',
        '@pytest.mark.group(3)',
        'class TestWithInit:',
        '    def __init__(self):',
        '        pass',
        '    def test_a(self):',
        '        pass',
        '',
        'def test_real():',
        '    pass',
        '',
      ].join('\n'),
    });
    const r = runCli(['plan'], root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'tests/test_x.py:4: warning: Group marker has no effect: `db` carries a group marker, but it is a fixture, not a test.',
      'tests/test_x.py:8: warning: Group marker has no effect: `helper` carries a group marker, but its name does not match python_functions (test).',
      'tests/test_x.py:12: warning: Group marker has no effect: Class `TestWithInit` carries a group marker, but it defines `__init__` or `__new__`, so pytest does not collect it.',
    ]);
    expect(r.stdout).toMatch(/^1 jobs, 1 tests$/m);
  });
});

describe('docs/js-runners.md: "A Python-only repository never loads it" (typescript-estree)', () => {
  it('the CLI plans a Python suite without the parser chunk, and needs it for a tagged JS file', () => {
    // The bundle keeps typescript-estree (with TypeScript) in a chunk of its own, loaded on demand.
    const cli = path.join(REPO, 'dist', 'cli');
    const chunks = fs.readdirSync(cli).filter((f) => /^\d+\.index\.js$/.test(f));
    const parser = chunks.filter((f) =>
      fs.readFileSync(path.join(cli, f), 'utf8').includes('typescript-estree'),
    );
    expect(parser).toHaveLength(1);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-cli-noparser-'));
    fs.cpSync(cli, copy, { recursive: true, filter: (src) => path.basename(src) !== parser[0] });
    const plan = (root: string) =>
      spawnSync(process.execPath, [path.join(copy, 'index.js'), 'plan', '--json'], {
        cwd: root,
        encoding: 'utf8',
      });
    const python = path.join(REPO, 'examples', 'pytest-suite');
    const withoutParser = plan(python);
    expect(withoutParser.status, withoutParser.stderr).toBe(0);
    expect(withoutParser.stdout).toBe(runCli(['plan', '--json'], python).stdout);
    const js = makeTree({
      'package.json': '{ "devDependencies": { "vitest": "4.1.12" } }',
      'a.test.ts': "import { test } from 'vitest';\ntest('x', { tags: ['group:1'] }, () => {});\n",
    });
    const tagged = plan(js);
    expect(tagged.status).not.toBe(0);
    expect(`${tagged.stdout}${tagged.stderr}`).toContain(parser[0]!.replace('.index.js', ''));
  });
});
