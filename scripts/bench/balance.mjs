#!/usr/bin/env node
// Balance benchmark, quality: makespan / lower bound of our packer (src/plan/pack.ts: LPT, then
// moves and swaps out of the heaviest job) against pytest-split's least_duration
// (scripts/bench/durations.mjs) on the same units, and the time the packer takes in process.
// Lower bound: max(total / jobs, largest unit). Rows marked * have one unit at or above
// total / jobs: there the bound is that unit and every packing that gives it a job alone meets it.
// Targets (issue 16): within 1.005 x the lower bound where no unit bounds it (without per-file
// setup: with it the bound is not always reachable), and never above least_duration (with setup,
// least_duration's jobs are charged their files' setup too). Run alone
// (`node scripts/bench/balance.mjs [--quick] [--packer DIR]`, DIR holding another pack.ts to
// compare with) or from scripts/bench.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { fileDurations, fileSetup, jobLoads, leastDuration } from './durations.mjs';
import { rng } from './prng.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const JOBS = [2, 4, 8, 16, 32, 64, 128, 256];
const TARGET_RATIO = 1.005;

/** src/plan/pack*.ts import only each other: transpile them side by side and load pack. */
export async function loadPacker(dir = path.join(REPO, 'src', 'plan')) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-bench-'));
  for (const name of fs.readdirSync(dir).filter((f) => /^pack.*\.ts$/.test(f))) {
    const { outputText } = ts.transpileModule(fs.readFileSync(path.join(dir, name), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    fs.writeFileSync(path.join(out, name.replace(/\.ts$/, '.js')), outputText);
  }
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  return import(pathToFileURL(path.join(out, 'pack.js')).href);
}

/** A pytest-split-shaped suite: `tests` single-test units over files of 1 to 30 tests. */
export function shapedUnits(tests, seed, { setup = false } = {}) {
  const r = rng(seed);
  const units = [];
  const setupOf = new Map();
  for (let f = 0; units.length < tests; f++) {
    const file = `tests/area_${f % 23}/test_mod_${f}.py`;
    const count = Math.min(tests - units.length, r.int(1, 30));
    fileDurations(seed, f, count).forEach((seconds, i) =>
      units.push({ key: `${file}::test_${String(i).padStart(2, '0')}`, seconds, files: [file] }),
    );
    if (setup) setupOf.set(file, fileSetup(seed, f));
  }
  return { units, setup: setupOf };
}

function lognormal(r, mu, sigma) {
  const z = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.exp(mu + sigma * z);
}

/** Heavy-tailed: many tiny tests (lognormal), a few huge annotated groups. */
function withGroups(tests, groups, groupScale, seed) {
  const r = rng(seed);
  const units = [];
  for (let g = 0; g < groups; g++)
    units.push({ key: `group_${g}`, seconds: lognormal(r, Math.log(groupScale), 0.8), files: [] });
  for (let i = 0; i < tests; i++)
    units.push({ key: `t${String(i).padStart(6, '0')}`, seconds: lognormal(r, -0.5, 1.4), files: [] });
  return { units, setup: new Map() };
}

/** A real pytest JUnit report: a generated suite with sleeps, run once here. */
function realPytest(quick) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-bench-junit-'));
  const r = rng(7);
  const count = quick ? 60 : 150;
  for (let f = 0; f < count / 10; f++) {
    const body = ['import time', ''];
    for (let i = 0; i < 10; i++)
      body.push(`def test_${i}():\n    time.sleep(${lognormal(r, -5, 1.2).toFixed(4)})\n`);
    fs.writeFileSync(path.join(root, `test_m${f}.py`), body.join('\n'));
  }
  const python = process.env.GROUP_MATRIX_PYTHON || 'python3';
  const res = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=junit.xml'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (res.status !== 0) return null;
  const xml = fs.readFileSync(path.join(root, 'junit.xml'), 'utf8');
  const units = [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)" time="([^"]+)"/g)].map(
    (m) => ({ key: `${m[1]}::${m[2]}`, seconds: Number(m[3]), files: [] }),
  );
  return { name: `real pytest junit (${units.length} tests)`, units, setup: new Map(), measured: true };
}

export function sets(quick) {
  const big = quick ? 10_000 : 50_000;
  return [
    { name: 'pytest-split shape, 3,566 tests', ...shapedUnits(3566, 3566) },
    { name: `pytest-split shape, ${big.toLocaleString('en')} tests`, ...shapedUnits(big, 50) },
    { name: 'same, 3,566 tests, per-file setup', ...shapedUnits(3566, 3566, { setup: true }) },
    { name: 'heavy tail, 3 huge groups', ...withGroups(quick ? 800 : 3000, 3, 120, 1) },
    { name: 'heavy tail, 20 groups', ...withGroups(quick ? 1500 : 6000, 20, 30, 2) },
    { name: 'tiny tests only', ...withGroups(quick ? 2000 : 10000, 0, 1, 3) },
  ];
}

const max = (xs) => xs.reduce((a, b) => (b > a ? b : a), 0);

export async function benchBalance({ quick = false, packer } = {}) {
  const { pack, lowerBound } = await loadPacker(packer);
  const all = sets(quick);
  const real = realPytest(quick);
  if (real) all.push(real);
  const rows = [];
  for (const set of all) {
    const items = set.units.map((u) => ({ id: u.key, seconds: u.seconds }));
    const total = set.units.reduce((s, u) => s + u.seconds, 0);
    for (const jobs of JOBS) {
      if (jobs > set.units.length) continue;
      const lb = lowerBound(set.units, jobs, set.setup);
      const t0 = performance.now();
      const packed = pack(set.units, jobs, set.setup);
      const ms = performance.now() - t0;
      const ours = max(jobLoads(set.units, packed.jobs, set.setup));
      const ld = max(jobLoads(set.units, leastDuration(items, jobs), set.setup));
      const largest = max(set.units.map((u) => u.seconds + (set.setup.get(u.files[0]) ?? 0)));
      const bounded = largest >= (total + [...set.setup.values()].reduce((a, b) => a + b, 0)) / jobs;
      rows.push({
        setup: set.setup.size > 0,
        measured: set.measured === true,
        set: set.name,
        jobs,
        ours: ours / lb,
        leastDuration: ld / lb,
        bounded,
        ms,
        worse: ours > ld + 1e-9,
      });
    }
  }
  // The bound counts each file's setup once; a packing that must split a file pays it again, so
  // with setup the bound is not one a packing can always meet: those rows are shown, not judged.
  // The real report's times change from run to run, and 150 tests of milliseconds leave the
  // bound out of reach by chance: shown, and held to least_duration, not to the bound.
  const free = rows.filter((r) => !r.bounded && !r.setup && !r.measured);
  const worst = max(free.map((r) => r.ours));
  const worstSetup = max(rows.filter((r) => !r.bounded && r.setup).map((r) => r.ours));
  const worse = rows.filter((r) => r.worse);
  const lines = [
    '',
    'Balance quality: makespan / lower bound (max(total/jobs, largest unit)); * = one unit bounds it',
    '| set | jobs | ours | least_duration | ours ms |',
    '|---|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.jobs}${r.bounded ? '*' : ''} | ${r.ours.toFixed(4)} | ${r.leastDuration.toFixed(4)} | ${r.ms.toFixed(0)} |`,
    ),
    `Worst ours where no unit bounds it: ${worst.toFixed(4)} on the generated sets without setup (target <= ${TARGET_RATIO}), ${worstSetup.toFixed(4)} with per-file setup (shown only); rows above least_duration: ${worse.length} (target 0).`,
  ];
  console.log(lines.join('\n'));
  return { rows, worst, worstSetup, worse: worse.length, ok: worst <= TARGET_RATIO && worse.length === 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, packer: { type: 'string' } },
  });
  const { ok } = await benchBalance({
    quick: values.quick,
    packer: values.packer && path.resolve(values.packer),
  });
  process.exitCode = ok ? 0 : 1;
}
