// Large suites are read on several threads (src/extract/parallel.ts). The plan must not depend
// on it: the built action is run on a generated Python + TS/TSX suite with one thread and with
// several, and every output is compared byte for byte, problems from broken files included.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runAction, type ActionRun } from './helpers/run-action.js';

const FILES = 300;
const TS_FILES = 40;
let suite: string;

function generate(script: string, files: number, out: string): void {
  const gen = spawnSync(process.execPath, [script, '--files', String(files), '--out', out, '--force'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  expect(gen.status, gen.stderr).toBe(0);
}

beforeAll(() => {
  suite = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-threads-'));
  generate('scripts/bench/generate-pytest-suite.mjs', FILES, suite);
  // A Vitest suite in the same checkout: its package.json and config make the action plan it too.
  const ts = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-threads-ts-'));
  generate('scripts/bench/generate-ts-suite.mjs', TS_FILES, ts);
  for (const entry of ['package.json', 'vitest.config.ts', 'src', 'tests'])
    fs.cpSync(path.join(ts, entry), path.join(suite, entry), { recursive: true });
  fs.writeFileSync(path.join(suite, 'tests', 'broken.test.ts'), "test('a', { tags: ['group:1'] }, () => {\n");
  // Broken files in the middle of the walk: their problems must come back through the workers.
  fs.writeFileSync(
    path.join(suite, 'tests', 'test_m_broken.py'),
    'import pytest\n\ndef test_a(:\n    pass\n',
  );
  fs.writeFileSync(path.join(suite, 'tests', 'test_m_binary.py'), Buffer.from([0x70, 0x00, 0x01]));
  fs.writeFileSync(
    path.join(suite, 'tests', 'test_m_nonliteral.py'),
    'import pytest\nG = compute()\n@pytest.mark.group(G)\ndef test_b(): pass\n',
  );
}, 120_000);

function plan(threads: number): ActionRun {
  return runAction({ scope: 'global' }, suite, { GROUP_MATRIX_THREADS: String(threads) });
}

const comparable = (run: ActionRun) => ({
  status: run.status,
  outputs: { ...run.outputs, 'plan-file': undefined },
  plan: run.plan,
  summary: run.summary,
  commands: run.commands,
});

describe('reading on several threads', () => {
  it('plans exactly what one thread plans', () => {
    const one = plan(1);
    expect(one.stdout).toContain(`from ${FILES + 3 + TS_FILES + 1} files (read on 1 thread)`);
    expect(one.commands.filter((c) => c.kind === 'error' && c.props).map((c) => c.props)).toEqual([
      expect.stringContaining('tests/broken.test.ts'),
      expect.stringContaining('test_m_binary.py'),
      expect.stringContaining('test_m_broken.py'),
      expect.stringContaining('test_m_nonliteral.py'),
    ]);
    const jobs = JSON.parse(one.plan!).jobs as { runner: string }[];
    expect(new Set(jobs.map((j) => j.runner))).toEqual(new Set(['pytest', 'vitest']));
    for (const threads of [2, 3]) {
      const many = plan(threads);
      // Proof that workers ran, or the comparison would prove nothing.
      expect(many.stdout).toContain(`(read on ${threads} threads)`);
      expect(comparable(many)).toEqual(comparable(one));
    }
  }, 120_000);
});
