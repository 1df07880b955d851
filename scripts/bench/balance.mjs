#!/usr/bin/env node
// Balance benchmark: makespan / lower bound for our packer (src/plan/pack.ts: LPT then
// moves/swaps out of the heaviest job) against round-robin by count, contiguous chunks in
// collection order, and greedy least-loaded over units sorted by duration. Every strategy packs
// the same units (annotated groups are units that no strategy may split). Lower bound:
// max(total / jobs, largest unit). Run alone (`node scripts/bench/balance.mjs [--quick]`) or
// from scripts/bench.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const JOBS = [2, 4, 8, 16, 64];

/** src/plan/pack.ts has no imports: transpile it alone and load it. */
async function loadPacker() {
  const source = fs.readFileSync(path.join(REPO, 'src', 'plan', 'pack.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-bench-')), 'balance.mjs');
  fs.writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

/** Deterministic PRNG (mulberry32), so every run benchmarks the same sets. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lognormal(r, mu, sigma) {
  const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Math.exp(mu + sigma * z);
}

/** Heavy-tailed: many tiny tests (lognormal), a few huge annotated groups. */
function generated(name, seed, tests, groups, groupScale) {
  const r = rng(seed);
  const units = [];
  for (let g = 0; g < groups; g++)
    units.push({ key: `group_${g}`, seconds: lognormal(r, Math.log(groupScale), 0.8), files: [] });
  for (let i = 0; i < tests; i++)
    units.push({ key: `t${String(i).padStart(6, '0')}`, seconds: lognormal(r, -0.5, 1.4), files: [] });
  return { name, units };
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
    (m) => ({
      key: `${m[1]}::${m[2]}`,
      seconds: Number(m[3]),
      files: [],
    }),
  );
  return { name: `real pytest junit (${units.length} tests)`, units };
}

const max = (xs) => Math.max(...xs);

function roundRobin(units, jobs) {
  const loads = new Array(jobs).fill(0);
  units.forEach((u, i) => (loads[i % jobs] += u.seconds));
  return max(loads);
}

function contiguous(units, jobs) {
  const loads = new Array(jobs).fill(0);
  const per = Math.ceil(units.length / jobs);
  units.forEach((u, i) => (loads[Math.floor(i / per)] += u.seconds));
  return max(loads);
}

function greedy(units, jobs) {
  const loads = new Array(jobs).fill(0);
  for (const u of [...units].sort((a, b) => b.seconds - a.seconds)) {
    let j = 0;
    for (let k = 1; k < jobs; k++) if (loads[k] < loads[j]) j = k;
    loads[j] += u.seconds;
  }
  return max(loads);
}

export async function benchBalance({ quick = false } = {}) {
  const { pack, lowerBound } = await loadPacker();
  const sets = [
    generated('heavy tail, 3 huge groups', 1, quick ? 800 : 3000, 3, 120),
    generated('heavy tail, 20 groups', 2, quick ? 1500 : 6000, 20, 30),
    generated('tiny tests only', 3, quick ? 2000 : 10000, 0, 1),
  ];
  const real = realPytest(quick);
  if (real) sets.push(real);
  const rows = [];
  let worst = 0;
  let worseThanGreedy = 0;
  for (const set of sets) {
    for (const jobs of JOBS) {
      const lb = lowerBound(set.units, jobs);
      const t0 = performance.now();
      const ours = max(pack(set.units, jobs).loads);
      const ms = performance.now() - t0;
      const largest = max(set.units.map((u) => u.seconds));
      const bounded = largest >= set.units.reduce((s, u) => s + u.seconds, 0) / jobs;
      const g = greedy(set.units, jobs);
      if (!bounded) worst = Math.max(worst, ours / lb);
      if (ours > g + 1e-9) worseThanGreedy++;
      rows.push({
        set: set.name,
        jobs,
        ours: ours / lb,
        roundRobin: roundRobin(set.units, jobs) / lb,
        contiguous: contiguous(set.units, jobs) / lb,
        greedy: g / lb,
        bounded,
        ms,
      });
    }
  }
  console.log('\nBalance: makespan / lower bound (max(total/jobs, largest unit)); * = one unit bounds it');
  console.log('| set | jobs | ours | round-robin | contiguous | greedy LPT | ours ms |');
  console.log('|---|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    const f = (x) => x.toFixed(3);
    console.log(
      `| ${r.set} | ${r.jobs}${r.bounded ? '*' : ''} | ${f(r.ours)} | ${f(r.roundRobin)} | ${f(r.contiguous)} | ${f(r.greedy)} | ${r.ms.toFixed(0)} |`,
    );
  }
  console.log(
    `Worst ours where no unit bounds it: ${worst.toFixed(3)} (target <= 1.03); cases worse than greedy: ${worseThanGreedy} (target 0).`,
  );
  return { rows, worst, worseThanGreedy, ok: worst <= 1.03 && worseThanGreedy === 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ok } = await benchBalance({ quick: process.argv.includes('--quick') });
  process.exitCode = ok ? 0 : 1;
}
