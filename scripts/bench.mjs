#!/usr/bin/env node
// npm run bench [-- --files N] [--subset N] [--quick] [--only ts|pytest|postgres]
//
// Generates a realistic pytest suite and measures, in the same run:
//   - ours:   wall time of `node dist/cli/index.js plan -C <suite> --scope global --json`
//             (a fresh process, as on a runner) on the full suite and on a subset;
//   - floor:  wall time of a fresh `node` process that discovers the same files and reads each
//             once (scripts/bench/floor.mjs), on the full suite;
//   both on Node 24, the action's runtime (scripts/node24.mjs finds or fetches it), and again on
//   this machine's Node when that is another version;
//   - pytest: `python -m pytest --collect-only -q -p no:cacheprovider` on the subset, cold
//             (PYTHONDONTWRITEBYTECODE=1 and every __pycache__ deleted) and warm (bytecode
//             writing allowed, after one priming run).
// Checks that pytest collects as many tests as our plan counts on the subset (a mismatch fails
// the run: one of the two is wrong). Writes .bench/results.json. Targets are reported, not gated.
// Then the TS/TSX part (scripts/bench/ts.mjs): a generated Vitest suite against its floor and
// `vitest list`, and the cold start of dist/index.js on a Python-only repository.
// `--only postgres [--tables N] [--reps N]` runs only the Postgres helper's bench instead
// (python/scripts/bench-postgres.sh): a database cloned from the template against the same
// migrations run into an empty one; it needs Debian's postgresql package and is never part of
// the other runs.
// See docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateSuite } from './bench/generate-pytest-suite.mjs';
import { log, measure, run } from './bench/measure.mjs';
import { node24 } from './node24.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    subset: { type: 'string' },
    reps: { type: 'string' },
    quick: { type: 'boolean', default: false },
    // `--only ts` runs just the TS/TSX part (scripts/bench/ts.mjs), `--only pytest` skips it,
    // `--only postgres` runs just the Postgres helper's bench.
    only: { type: 'string' },
    tables: { type: 'string' },
  },
});
if (values.only === 'postgres') {
  const args = ['python/scripts/bench-postgres.sh'];
  if (values.tables) args.push('--tables', values.tables);
  if (values.reps) args.push('--reps', values.reps);
  process.exit(spawnSync('bash', args, { stdio: 'inherit' }).status ?? 1);
}
const quick = values.quick;
const { benchTs } = await import('./bench/ts.mjs');
if (values.only === 'ts') {
  const found = node24();
  const ts = benchTs({ quick, node: 'error' in found ? process.execPath : found.path });
  console.log(ts.lines.join('\n'));
  if (ts.failures.length) console.log(`\nFAILED:\n${ts.failures.map((f) => `  - ${f}`).join('\n')}`);
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync('.bench/results-ts.json', JSON.stringify(ts.results, null, 2) + '\n');
  process.exit(ts.failures.length ? 1 : 0);
}
const FILES = Number(values.files ?? (quick ? 1000 : 10000));
const SUBSET = Number(values.subset ?? (quick ? 200 : 1000));
const REPS = Number(values.reps ?? (quick ? 1 : 3));
const PYTHON = process.env.GROUP_MATRIX_PYTHON || 'python3';
const CLI = path.resolve('dist/cli/index.js');
const FLOOR = path.resolve('scripts/bench/floor.mjs');
const failures = [];
// The targets are judged on the Node the action runs on (action.yml: node24). Without one the
// bench measures this machine's Node only, and says so.
const runtime24 = node24();
const NODE = 'error' in runtime24 ? process.execPath : runtime24.path;
const NODE_VERSION = 'error' in runtime24 ? process.version : runtime24.version;
const LOCAL = NODE === process.execPath ? null : process.execPath;
if ('error' in runtime24)
  log(`Node 24 not available (${runtime24.error}); measuring on ${process.version} only`);

// Balance benchmark, quality (scripts/bench/balance.mjs): packing against the lower bound and
// pytest-split's least_duration, independent of the suite below. Its numbers are deterministic,
// so a miss fails the run.
const { benchBalance } = await import('./bench/balance.mjs');
const balance = await benchBalance({ quick });
if (!balance.ok)
  failures.push(
    `balance: worst ${balance.worst.toFixed(4)} x lower bound (target <= 1.005), ${balance.worse} rows above least_duration`,
  );

if (!(FILES > 0 && SUBSET > 0 && SUBSET <= FILES && REPS > 0)) {
  console.error('bench: need --files >= --subset > 0 and --reps > 0');
  process.exit(2);
}

function removePycache(dir) {
  let removed = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = path.join(d, e.name);
      if (e.name === '__pycache__') {
        fs.rmSync(p, { recursive: true, force: true });
        removed++;
      } else walk(p);
    }
  };
  walk(dir);
  return removed;
}

function countPyc(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.pyc')) n++;
    }
  };
  walk(dir);
  return n;
}

// ---------------------------------------------------------------------------------------------
// 1. Build and generate.

if (!fs.existsSync(CLI)) {
  log('dist/cli/index.js missing: npm run package');
  const r = spawnSync('npm', ['run', 'package'], { stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(CLI)) {
    console.error('bench: npm run package failed');
    process.exit(1);
  }
}
const suiteDir = FILES === 10000 ? '.bench/pytest-suite' : `.bench/pytest-suite-${FILES}`;
const subsetDir = SUBSET === 1000 ? '.bench/pytest-subset' : `.bench/pytest-subset-${SUBSET}`;
let t0 = performance.now();
const suite = generateSuite({ files: FILES, out: suiteDir });
log(
  `suite: ${suite.files} files, ${(suite.bytes / 1e6).toFixed(1)} MB in ${suiteDir} (${suite.regenerated ? `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'up to date'})`,
);
t0 = performance.now();
// Same generator and seed: the subset's files are byte-identical to the suite's first SUBSET files.
const subset = generateSuite({ files: SUBSET, out: subsetDir });
log(
  `subset: ${subset.files} files, ${(subset.bytes / 1e6).toFixed(1)} MB in ${subsetDir} (${subset.regenerated ? `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'up to date'})`,
);

// ---------------------------------------------------------------------------------------------
// 2. Ours and the floor (fresh processes). Node startup measured on its own.

function ours(dir, node = NODE) {
  return () => run(node, [CLI, 'plan', '-C', dir, '--scope', 'global', '--json']);
}

/** Parses our --json output; records a failure when the CLI failed. */
function oursResult(label, r) {
  let groups = null;
  try {
    groups = JSON.parse(r.stdout);
  } catch {
    // handled below
  }
  const problems = r.stderr.split('\n').filter((l) => l.trim());
  if (r.status !== 0 || !Array.isArray(groups)) {
    failures.push(
      `our CLI on ${label} exited ${r.status}${problems.length ? `: ${problems.slice(0, 3).join(' | ')}` : ''}`,
    );
  }
  const tests = Array.isArray(groups) ? groups.reduce((a, g) => a + (g.tests ?? 0), 0) : null;
  return { tests, jobs: Array.isArray(groups) ? groups.length : null, status: r.status, problems };
}

// Warm the OS file cache for both trees first: every measurement below reads from page cache.
run(process.execPath, [FLOOR, suite.dir]);
run(process.execPath, [FLOOR, subset.dir]);

log(`node ${NODE_VERSION} startup (node -e ""):`);
const nodeStartup = measure('node -e ""', REPS, () => run(NODE, ['-e', '']));
log(`floor on ${FILES} files (walk + read each once, fresh node ${NODE_VERSION}):`);
const floor = measure('floor', REPS, () => run(NODE, [FLOOR, suite.dir]));
const floorOut = JSON.parse(floor.last.stdout);
if (floorOut.files !== FILES) failures.push(`floor found ${floorOut.files} files, expected ${FILES}`);
log(`ours on ${FILES} files:`);
const oursFull = measure('ours', REPS, ours(suite.dir));
const oursFullRes = oursResult(`${FILES} files`, oursFull.last);
log(`ours on the ${SUBSET}-file subset:`);
const oursSub = measure('ours', REPS, ours(subset.dir));
const oursSubRes = oursResult(`the ${SUBSET}-file subset`, oursSub.last);
// The same three on this machine's Node, for comparison (not judged against the targets).
let local = null;
if (LOCAL) {
  log(`on this machine's node ${process.version}: floor, ours on ${FILES} files, ours on the subset:`);
  local = {
    floor: measure('floor', REPS, () => run(LOCAL, [FLOOR, suite.dir])),
    full: measure('ours', REPS, ours(suite.dir, LOCAL)),
    subset: measure('ours', REPS, ours(subset.dir, LOCAL)),
  };
  oursResult(`${FILES} files on ${process.version}`, local.full.last);
  oursResult(`the subset on ${process.version}`, local.subset.last);
}

// Untimed: our per-test plan on the subset, for the per-file comparison with pytest.
const planFile = path.resolve('.bench/subset-plan.json');
run(NODE, [CLI, 'plan', '-C', subset.dir, '--scope', 'global', '--json', '--plan-file', planFile]);
const ourPerFile = new Map();
let ourPlanFiles = null;
if (fs.existsSync(planFile)) {
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
  for (const job of plan.jobs)
    for (const t of job.tests) ourPerFile.set(t.file, (ourPerFile.get(t.file) ?? 0) + 1);
  for (const t of plan.skipped ?? []) ourPerFile.set(t.file, (ourPerFile.get(t.file) ?? 0) + 1);
  ourPlanFiles = ourPerFile.size;
}

// ---------------------------------------------------------------------------------------------
// 3. pytest on the subset, cold then warm.

const pytestArgs = ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'];
const pyVersion = run(PYTHON, [
  '-c',
  'import sys, pytest; print(sys.version.split()[0], pytest.__version__)',
]);
if (pyVersion.status !== 0) {
  console.error(`bench: ${PYTHON} cannot import pytest (set GROUP_MATRIX_PYTHON):\n${pyVersion.stderr}`);
  process.exit(1);
}
const [pythonVersion, pytestVersion] = pyVersion.stdout.trim().split(' ');
const inheritedDontWrite = process.env.PYTHONDONTWRITEBYTECODE;

function parseCollected(label, r) {
  // The summary is the last line: "N tests collected in 1.23s" (", M errors" when some failed).
  const summary = r.stdout.trim().split('\n').slice(-1)[0] ?? '';
  const m = /(\d+) tests? collected|no tests collected/.exec(summary);
  if (r.status !== 0 || !m || /\d+ errors?/.test(summary)) {
    failures.push(
      `pytest ${label} exited ${r.status}: ${summary || r.stderr.trim().split('\n').slice(-1)[0]}`,
    );
  }
  return m ? Number(m[1] ?? 0) : null;
}

const coldEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
log(`pytest cold on ${SUBSET} files (PYTHONDONTWRITEBYTECODE=1, __pycache__ deleted before each run):`);
let pycacheRemoved = 0;
const cold = measure('pytest cold', REPS, () => {
  pycacheRemoved += removePycache(subset.dir);
  return run(PYTHON, pytestArgs, { cwd: subset.dir, env: coldEnv });
});
const pytestTests = parseCollected('cold', cold.last);

const warmEnv = { ...process.env };
delete warmEnv.PYTHONDONTWRITEBYTECODE;
log(`pytest warm on ${SUBSET} files (PYTHONDONTWRITEBYTECODE unset; one priming run, __pycache__ kept):`);
const prime = run(PYTHON, pytestArgs, { cwd: subset.dir, env: warmEnv });
log(`  priming run: ${prime.ms.toFixed(0)} ms`);
parseCollected('priming', prime);
const pycAfterPrime = countPyc(subset.dir);
if (pycAfterPrime === 0)
  failures.push('pytest warm: no .pyc written by the priming run; warm numbers would be cold');
const warm = measure('pytest warm', REPS, () => run(PYTHON, pytestArgs, { cwd: subset.dir, env: warmEnv }));
parseCollected('warm', warm.last);

// ---------------------------------------------------------------------------------------------
// 4. Counts: pytest's collected tests vs the sum of `tests` in our groups, on the same files.

const pytestPerFile = new Map();
for (const line of cold.last.stdout.split('\n')) {
  const i = line.indexOf('::');
  if (i > 0) pytestPerFile.set(line.slice(0, i), (pytestPerFile.get(line.slice(0, i)) ?? 0) + 1);
}
const countsMatch = pytestTests !== null && pytestTests === oursSubRes.tests;
const disagreements = [];
for (const f of new Set([...pytestPerFile.keys(), ...ourPerFile.keys()])) {
  const a = pytestPerFile.get(f) ?? 0;
  const b = ourPerFile.get(f) ?? 0;
  if (a !== b) disagreements.push({ file: f, pytest: a, ours: b });
}
disagreements.sort((x, y) => x.file.localeCompare(y.file));
if (!countsMatch) {
  failures.push(
    `test counts differ on the subset: pytest collected ${pytestTests}, our plan counts ${oursSubRes.tests}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 5. Report.

const perFile = (ms, n) => ms / n;
const oursPerFile10k = perFile(oursFull.best, FILES);
const oursPerFileSub = perFile(oursSub.best, SUBSET);
const coldPerFile = perFile(cold.best, SUBSET);
const warmPerFile = perFile(warm.best, SUBSET);
const floorPerFile = perFile(floor.best, FILES);
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const ratios = {
  pytestColdVsOurs: coldPerFile / oursPerFileSub,
  pytestWarmVsOurs: warmPerFile / oursPerFileSub,
  pytestColdVsOursFull: coldPerFile / oursPerFile10k,
  pytestWarmVsOursFull: warmPerFile / oursPerFile10k,
  oursVsFloor: oursFull.best / floor.best,
};
const targets = {
  atLeast100xFasterThanPytestCold: ratios.pytestColdVsOurs >= 100,
  within3xOfFloor: ratios.oursVsFloor <= 3,
};

const f0 = (x) => x.toFixed(0);
const f2 = (x) => x.toFixed(2);
const f3 = (x) => x.toFixed(3);
const rows = [
  ['measurement', 'files', 'best ms', 'median ms', 'ms/file', 'MB/s'],
  [`node ${NODE_VERSION} startup (node -e "")`, '-', f0(nodeStartup.best), f0(nodeStartup.median), '-', '-'],
  [
    `floor: walk + read (fresh node)`,
    String(FILES),
    f0(floor.best),
    f0(floor.median),
    f3(floorPerFile),
    f0(mbps(suite.bytes, floor.best)),
  ],
  [
    `ours: plan --json`,
    String(FILES),
    f0(oursFull.best),
    f0(oursFull.median),
    f3(oursPerFile10k),
    f0(mbps(suite.bytes, oursFull.best)),
  ],
  [
    `ours: plan --json`,
    String(SUBSET),
    f0(oursSub.best),
    f0(oursSub.median),
    f3(oursPerFileSub),
    f0(mbps(subset.bytes, oursSub.best)),
  ],
  ...(local
    ? [
        [`floor on node ${process.version}`, local.floor, FILES, suite.bytes],
        [`ours on node ${process.version}`, local.full, FILES, suite.bytes],
        [`ours on node ${process.version}`, local.subset, SUBSET, subset.bytes],
      ].map(([label, m, n, bytes]) => [
        label,
        String(n),
        f0(m.best),
        f0(m.median),
        f3(m.best / n),
        f0(mbps(bytes, m.best)),
      ])
    : []),
  [
    `pytest --collect-only, cold`,
    String(SUBSET),
    f0(cold.best),
    f0(cold.median),
    f2(coldPerFile),
    f2(mbps(subset.bytes, cold.best)),
  ],
  [
    `pytest --collect-only, warm`,
    String(SUBSET),
    f0(warm.best),
    f0(warm.median),
    f2(warmPerFile),
    f2(mbps(subset.bytes, warm.best)),
  ],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const fmt = (r) =>
  `| ${r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' | ')} |`;
const table = [
  fmt(rows[0]),
  `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  ...rows.slice(1).map(fmt),
];

const lines = [];
lines.push('');
lines.push(
  `group-matrix bench: ${FILES} files (${(suite.bytes / 1e6).toFixed(1)} MB), pytest subset ${SUBSET} files (${(subset.bytes / 1e6).toFixed(1)} MB), best of ${REPS}`,
);
lines.push(
  `node ${NODE_VERSION} (the action's runtime${'error' in runtime24 ? ' is 24: not available here' : ''}; this machine's: ${process.version}), Python ${pythonVersion}, pytest ${pytestVersion}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`.trimEnd(),
);
lines.push(
  `pytest cold: PYTHONDONTWRITEBYTECODE=1 and every __pycache__ under the subset deleted before each run (inherited PYTHONDONTWRITEBYTECODE=${inheritedDontWrite ?? '(unset)'}); warm: PYTHONDONTWRITEBYTECODE unset, after a priming run that wrote ${pycAfterPrime} .pyc files.`,
);
lines.push('');
lines.push(...table);
lines.push('');
lines.push(
  `tests on the subset: pytest collected ${pytestTests ?? '?'}, our plan counts ${oursSubRes.tests ?? '?'} (${oursSubRes.jobs ?? '?'} jobs)${countsMatch ? '' : '  MISMATCH'}`,
);
lines.push(
  `tests on the full suite (ours): ${oursFullRes.tests ?? '?'} in ${oursFullRes.jobs ?? '?'} jobs; CLI stderr lines: ${oursFullRes.problems.length}`,
);
if (disagreements.length) {
  lines.push(
    `files where the counts differ (${disagreements.length}; pytest vs ours, ours from the plan file over ${ourPlanFiles ?? '?'} files):`,
  );
  for (const d of disagreements.slice(0, 10))
    lines.push(`  ${path.join(subsetDir, d.file)}: pytest ${d.pytest}, ours ${d.ours}`);
}
lines.push('');
lines.push(
  `pytest cold per file / ours per file (same ${SUBSET} files): ${f0(ratios.pytestColdVsOurs)}x  (vs ours per file on ${FILES}: ${f0(ratios.pytestColdVsOursFull)}x)`,
);
lines.push(
  `pytest warm per file / ours per file (same ${SUBSET} files): ${f0(ratios.pytestWarmVsOurs)}x  (vs ours per file on ${FILES}: ${f0(ratios.pytestWarmVsOursFull)}x)`,
);
lines.push(
  `ours / floor (${FILES} files, both fresh node ${NODE_VERSION} processes): ${f2(ratios.oursVsFloor)}x  (floor minus node startup: ${f0(floor.best - nodeStartup.best)} ms, ours minus node startup: ${f0(oursFull.best - nodeStartup.best)} ms)`,
);
if (local)
  lines.push(
    `on this machine's node ${process.version}: ours / floor ${f2(local.full.best / local.floor.best)}x, pytest cold per file / ours per file (same files) ${f0(coldPerFile / (local.subset.best / SUBSET))}x`,
  );
lines.push('');
lines.push(
  `>= 100x faster than pytest cold: ${targets.atLeast100xFasterThanPytestCold ? 'yes' : 'no'} (${f0(ratios.pytestColdVsOurs)}x)`,
);
lines.push(`within 3x of floor: ${targets.within3xOfFloor ? 'yes' : 'no'} (${f2(ratios.oursVsFloor)}x)`);
// Balance benchmark, time (scripts/bench/balance-speed.mjs): the action packing a generated
// suite from a timings file and from JUnit against its plain plan. Ratios are reported, not
// gated (wall times on a shared machine); a failed, untimed or non-deterministic run fails.
const { benchBalanceSpeed } = await import('./bench/balance-speed.mjs');
const balanceSpeed = benchBalanceSpeed({ quick, node: NODE });
failures.push(...balanceSpeed.failures);
lines.push(...balanceSpeed.lines);
// TS/TSX part (scripts/bench/ts.mjs): its own suite, floor, vitest list and the cold start.
const ts = values.only === 'pytest' ? null : benchTs({ quick, node: NODE });
if (ts) {
  lines.push(...ts.lines);
  failures.push(...ts.failures);
}
if (failures.length) {
  lines.push('');
  lines.push('FAILED:');
  for (const f of failures) lines.push(`  - ${f}`);
}
console.log(lines.join('\n'));

const results = {
  date: new Date().toISOString(),
  environment: {
    node: NODE_VERSION,
    localNode: process.version,
    python: pythonVersion,
    pytest: pytestVersion,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    platform: `${os.platform()} ${os.release()}`,
  },
  params: {
    files: FILES,
    subset: SUBSET,
    reps: REPS,
    suiteDir,
    subsetDir,
    suiteBytes: suite.bytes,
    subsetBytes: subset.bytes,
    python: PYTHON,
    inheritedPYTHONDONTWRITEBYTECODE: inheritedDontWrite ?? null,
  },
  nodeStartupMs: nodeStartup,
  floor: {
    ...strip(floor),
    files: floorOut.files,
    bytes: floorOut.bytes,
    msPerFile: floorPerFile,
    mbPerS: mbps(suite.bytes, floor.best),
  },
  ours: {
    full: {
      ...strip(oursFull),
      files: FILES,
      tests: oursFullRes.tests,
      jobs: oursFullRes.jobs,
      status: oursFullRes.status,
      msPerFile: oursPerFile10k,
      mbPerS: mbps(suite.bytes, oursFull.best),
      stderr: oursFullRes.problems.slice(0, 20),
    },
    subset: {
      ...strip(oursSub),
      files: SUBSET,
      tests: oursSubRes.tests,
      jobs: oursSubRes.jobs,
      status: oursSubRes.status,
      msPerFile: oursPerFileSub,
      mbPerS: mbps(subset.bytes, oursSub.best),
      stderr: oursSubRes.problems.slice(0, 20),
    },
  },
  pytest: {
    command: `${PYTHON} ${pytestArgs.join(' ')}`,
    cold: {
      ...strip(cold),
      msPerFile: coldPerFile,
      env: 'PYTHONDONTWRITEBYTECODE=1',
      pycacheDirsRemoved: pycacheRemoved,
    },
    warm: {
      ...strip(warm),
      msPerFile: warmPerFile,
      env: 'PYTHONDONTWRITEBYTECODE unset',
      primingMs: prime.ms,
      pycAfterPriming: pycAfterPrime,
    },
    tests: pytestTests,
  },
  counts: {
    pytest: pytestTests,
    ours: oursSubRes.tests,
    match: countsMatch,
    disagreements: disagreements.slice(0, 100),
  },
  local: local && { floor: strip(local.floor), full: strip(local.full), subset: strip(local.subset) },
  ratios,
  targets,
  ts: ts?.results ?? null,
  balance: { rows: balance.rows, worst: balance.worst, worse: balance.worse },
  balanceSpeed: { rows: balanceSpeed.rows, worst: balanceSpeed.worst, misses: balanceSpeed.misses },
  failures,
};
fs.mkdirSync('.bench', { recursive: true });
fs.writeFileSync('.bench/results.json', JSON.stringify(results, null, 2) + '\n');
log('\nwrote .bench/results.json');
process.exit(failures.length ? 1 : 0);

function strip(m) {
  return { bestMs: m.best, medianMs: m.median, timesMs: m.times };
}
