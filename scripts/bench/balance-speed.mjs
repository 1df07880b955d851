#!/usr/bin/env node
// Balance benchmark, time: the built action (dist/index.js, a fresh process as on a runner)
// planning a generated pytest suite (scripts/bench/balance-suite.mjs) plainly, and packing it
// into N jobs from the timings file (full precision) and from the JUnit report. Target (issue 16):
// packing costs at most 2x the plain plan of the same suite, up to 256 jobs and 50,000 tests
// (run alone, a miss exits 1; from scripts/bench.mjs it is reported, not gated: wall times on a
// shared machine vary). Also checks that every packed run timed every test (nothing estimated) and that repeated runs
// give byte-identical outputs and plan files.
//   node scripts/bench/balance-speed.mjs [--quick] [--reps N] [--action dist/index.js] [--node PATH]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { balanceSuite } from './balance-suite.mjs';
import { log, run } from './measure.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const TARGET = 2;

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function outputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[2], i + 1);
    out[m[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

/** Runs the action once the way a runner does (inputs as INPUT_*); returns time and results. */
function runAction(node, action, dir, inputs) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-bench-run-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary' };
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', RUNNER_TEMP: temp };
  for (const [name, file] of Object.entries(files)) {
    env[name] = path.join(temp, file);
    fs.writeFileSync(env[name], '');
  }
  env.GITHUB_WORKSPACE = dir;
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = run(node, [action], { cwd: dir, env });
  const out = outputs(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8'));
  const plan =
    out['plan-file'] && fs.existsSync(out['plan-file']) ? fs.readFileSync(out['plan-file'], 'utf8') : null;
  fs.rmSync(temp, { recursive: true, force: true });
  return { ms: r.ms, status: r.status, stdout: r.stdout, groups: out.groups ?? null, plan };
}

/** Best of `reps` runs; fails when a run fails or two runs differ in any byte of their results. */
function best(label, reps, once, failures) {
  let first = null;
  let fastest = Infinity;
  for (let i = 0; i < reps; i++) {
    const r = once();
    log(`  ${label} #${i + 1}: ${r.ms.toFixed(0)} ms`);
    if (r.status !== 0 || r.groups === null) {
      failures.push(`${label}: the action exited ${r.status}: ${r.stdout.split('\n').slice(-3).join(' | ')}`);
      return { ms: r.ms, result: r };
    }
    if (first && (first.groups !== r.groups || first.plan !== r.plan))
      failures.push(`${label}: run ${i + 1} differs from run 1 (the plan must be deterministic)`);
    first ??= r;
    fastest = Math.min(fastest, r.ms);
  }
  return { ms: fastest, result: first };
}

export function benchBalanceSpeed({
  quick = false,
  reps = quick ? 1 : 3,
  node = process.execPath,
  action,
} = {}) {
  action ??= path.join(REPO, 'dist', 'index.js');
  const sizes = quick ? [3566, 10_000] : [3566, 50_000];
  const jobCounts = [16, 32, 256];
  const failures = [];
  const rows = [];
  for (const tests of sizes) {
    const suite = balanceSuite({ tests, out: path.join(REPO, '.bench', `balance-suite-${tests}`) });
    log(`balance speed: ${suite.tests} tests in ${suite.files} files (${suite.dir})`);
    const plain = best(
      `plain plan`,
      reps,
      () => runAction(node, action, suite.dir, { scope: 'global' }),
      failures,
    );
    const planned =
      plain.result.plan && JSON.parse(plain.result.plan).jobs.reduce((n, j) => n + j.tests.length, 0);
    if (planned !== suite.tests)
      failures.push(`plain plan of ${suite.tests} generated tests plans ${planned}`);
    for (const source of [suite.timings, suite.junit]) {
      for (const jobs of jobCounts) {
        const inputs = { scope: 'global', ungrouped: 'balance', timings: source, jobs: String(jobs) };
        const label = `${jobs} jobs from ${source}`;
        const packed = best(label, reps, () => runAction(node, action, suite.dir, inputs), failures);
        // An estimated test has no `seconds` in the plan file (docs/plan-format.md).
        const plan = packed.result.plan && JSON.parse(packed.result.plan);
        const untimed = plan
          ? plan.jobs.flatMap((j) => j.tests).filter((t) => t.seconds === undefined).length
          : 0;
        if (untimed > 0)
          failures.push(`${label}: ${untimed} tests estimated; the bench's timings must cover all`);
        rows.push({
          tests: suite.tests,
          source,
          jobs,
          plainMs: plain.ms,
          packedMs: packed.ms,
          ratio: packed.ms / plain.ms,
        });
      }
    }
  }
  const worst = rows.reduce((a, r) => Math.max(a, r.ratio), 0);
  const misses = rows
    .filter((r) => r.ratio > TARGET)
    .map(
      (r) =>
        `packing ${r.tests} tests into ${r.jobs} jobs from ${r.source}: ${r.ratio.toFixed(2)}x a plain plan`,
    );
  const lines = [
    '',
    `Balance speed: the action (fresh node ${run(node, ['--version']).stdout.trim()}), best of ${reps}; packed / plain plan of the same suite`,
    '| tests | timings from | jobs | plain ms | packed ms | packed / plain |',
    '|--:|---|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.tests} | ${r.source} | ${r.jobs} | ${r.plainMs.toFixed(0)} | ${r.packedMs.toFixed(0)} | ${r.ratio.toFixed(2)} |`,
    ),
    `Worst packed / plain: ${worst.toFixed(2)} (target <= ${TARGET}); plans byte-identical across runs: ${failures.some((f) => f.includes('differs')) ? 'no' : 'yes'}.`,
  ];
  return { rows, worst, failures, misses, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      reps: { type: 'string' },
      action: { type: 'string' },
      node: { type: 'string' },
    },
  });
  const result = benchBalanceSpeed({
    quick: values.quick,
    reps: values.reps ? Number(values.reps) : undefined,
    action: values.action && path.resolve(values.action),
    node: values.node ?? process.execPath,
  });
  console.log(result.lines.join('\n'));
  const failed = [...result.failures, ...result.misses];
  if (failed.length) console.log(`\nFAILED:\n${failed.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = failed.length ? 1 : 0;
}
