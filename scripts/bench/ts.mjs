// The TS/TSX part of the benchmark (scripts/bench.mjs): a generated Vitest suite
// (scripts/bench/generate-ts-suite.mjs), measured in fresh processes:
//   - floor:  walk + read every JS/TS test file once (scripts/bench/floor-js.mjs);
//   - ours:   `node dist/cli/index.js plan -C <suite> --scope global --json`;
//   - vitest: `vitest list --json` on the same files (it imports every file);
// plus the cold start of dist/index.js (the action's entry) on a Python-only repository.
// Checks that every test vitest lists is one of our planned tests (a `.each` row matches its
// table's title, a file planned whole matches all its tests) and every planned test is listed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { generateTsSuite } from './generate-ts-suite.mjs';
import { log, measure, run } from './measure.mjs';

const CLI = path.resolve('dist/cli/index.js');
const ACTION = path.resolve('dist/index.js');
const FLOOR = path.resolve('scripts/bench/floor-js.mjs');
const VITEST = path.resolve('node_modules/vitest/vitest.mjs');

/** `.each` / `.for` titles hold format tokens that vitest fills per row: match them as wildcards. */
const TOKEN = /%[sdifjoOc#$%]|\$[A-Za-z_$][\w$]*(?:\.[\w$]+)*|\$\d+/g;

function titleMatcher(name) {
  if (!TOKEN.test(name)) return { exact: name };
  TOKEN.lastIndex = 0;
  let src = '';
  let last = 0;
  for (const m of name.matchAll(TOKEN)) {
    src += name.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '.*';
    last = m.index + m[0].length;
  }
  src += name.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { re: new RegExp(`^${src}$`, 's') };
}

/**
 * Per file: vitest's listed names vs our planned tests. Returns the disagreements and the number of
 * listed tests matched by a planned one.
 */
function compare(planned, listed) {
  const disagreements = [];
  let matched = 0;
  for (const file of new Set([...planned.keys(), ...listed.keys()])) {
    const ours = planned.get(file) ?? [];
    const theirs = listed.get(file) ?? [];
    if (ours.length === 1 && ours[0] === null) {
      // Planned whole: one unit stands for every test vitest lists in the file.
      if (theirs.length === 0)
        disagreements.push({ file, ours: 'whole', vitest: 0, unlisted: [], unplanned: [] });
      else matched += theirs.length;
      continue;
    }
    const exact = new Map();
    const patterns = [];
    for (const name of ours) {
      const m = titleMatcher(name);
      if (m.exact !== undefined) exact.set(m.exact, (exact.get(m.exact) ?? 0) + 1);
      else patterns.push({ name, re: m.re, hits: 0 });
    }
    const unplanned = [];
    for (const name of theirs) {
      const left = exact.get(name) ?? 0;
      if (left > 0) {
        exact.set(name, left - 1);
        matched++;
        continue;
      }
      const p = patterns.find((x) => x.re.test(name));
      if (p) {
        p.hits++;
        matched++;
      } else unplanned.push(name);
    }
    const unlisted = [
      ...[...exact].flatMap(([name, n]) => Array(n).fill(name)),
      ...patterns.filter((p) => p.hits === 0).map((p) => p.name),
    ];
    if (unplanned.length || unlisted.length)
      disagreements.push({ file, ours: ours.length, vitest: theirs.length, unlisted, unplanned });
  }
  disagreements.sort((a, b) => a.file.localeCompare(b.file));
  return { disagreements, matched };
}

/** The INPUT_* environment a runner gives the action: every input's default from action.yml. */
function actionEnv(workspace, outputFile) {
  const action = YAML.parse(fs.readFileSync('action.yml', 'utf8'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: path.dirname(outputFile),
  };
  for (const [name, spec] of Object.entries(action.inputs ?? {}))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(spec?.default ?? '');
  env['INPUT_WORKING-DIRECTORY'] = workspace;
  return env;
}

/**
 * Runs the TS part; returns { lines, failures, results }. `node`: the binary that runs the floor,
 * our CLI and the action's cold start (the bench passes Node 24, the action's runtime).
 */
export function benchTs({ quick = false, files, reps, node = process.execPath } = {}) {
  const FILES = Number(files ?? (quick ? 200 : 2000));
  const REPS = Number(reps ?? (quick ? 1 : 3));
  const VITEST_REPS = quick ? 1 : 2;
  const COLD_REPS = 5;
  const failures = [];
  const suiteDir = FILES === 2000 ? '.bench/ts-suite' : `.bench/ts-suite-${FILES}`;

  const t0 = performance.now();
  const suite = generateTsSuite({ files: FILES, out: suiteDir });
  log(
    `ts suite: ${suite.files} files, ${(suite.bytes / 1e6).toFixed(1)} MB in ${suiteDir} (${suite.regenerated ? `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'up to date'})`,
  );

  run(node, [FLOOR, suite.dir]); // warm the OS file cache
  log(`floor on ${FILES} TS files (walk + read each once, fresh node):`);
  const floor = measure('floor', REPS, () => run(node, [FLOOR, suite.dir]));
  const floorOut = JSON.parse(floor.last.stdout);
  if (floorOut.files !== FILES) failures.push(`ts floor found ${floorOut.files} files, expected ${FILES}`);

  log(`ours on ${FILES} TS files:`);
  const ours = measure('ours', REPS, () =>
    run(node, [CLI, 'plan', '-C', suite.dir, '--scope', 'global', '--json']),
  );
  let groups = null;
  try {
    groups = JSON.parse(ours.last.stdout);
  } catch {
    // reported below
  }
  const problems = ours.last.stderr.split('\n').filter((l) => l.trim());
  if (ours.last.status !== 0 || !Array.isArray(groups))
    failures.push(`our CLI on the TS suite exited ${ours.last.status}: ${problems.slice(0, 3).join(' | ')}`);
  const oursTests = Array.isArray(groups) ? groups.reduce((a, g) => a + (g.tests ?? 0), 0) : null;

  // Untimed: the per-test plan, to compare with vitest's listing test by test.
  const planFile = path.resolve('.bench/ts-plan.json');
  run(process.execPath, [
    CLI,
    'plan',
    '-C',
    suite.dir,
    '--scope',
    'global',
    '--json',
    '--plan-file',
    planFile,
  ]);
  const planned = new Map();
  let wholeFiles = 0;
  if (fs.existsSync(planFile)) {
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
    for (const t of [...plan.jobs.flatMap((j) => j.tests), ...(plan.skipped ?? [])]) {
      const list = planned.get(t.file) ?? [];
      if (t.id === t.file) {
        list.push(null);
        wholeFiles++;
      } else
        list.push(
          t.id
            .slice(t.file.length + 2)
            .split('::')
            .join(' > '),
        );
      planned.set(t.file, list);
    }
  } else failures.push('our CLI wrote no plan file for the TS suite');

  log(`vitest list --json on ${FILES} TS files:`);
  const vitestArgs = [
    VITEST,
    'list',
    '--json',
    '--root',
    suite.dir,
    '--config',
    path.join(suite.dir, 'vitest.config.ts'),
  ];
  const vitest = measure('vitest list', VITEST_REPS, () =>
    run(process.execPath, vitestArgs, { cwd: suite.dir }),
  );
  let listedTests = null;
  const listed = new Map();
  try {
    const list = JSON.parse(vitest.last.stdout);
    listedTests = list.length;
    for (const t of list) {
      const rel = path.relative(suite.dir, t.file).split(path.sep).join('/');
      listed.set(rel, [...(listed.get(rel) ?? []), t.name]);
    }
  } catch {
    failures.push(
      `vitest list exited ${vitest.last.status}: ${vitest.last.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  }
  const { disagreements, matched } = compare(planned, listed);
  if (listedTests !== null && (disagreements.length || matched !== listedTests))
    failures.push(
      `TS test counts differ: vitest listed ${listedTests}, ${matched} of them matched by our plan; ${disagreements.length} file(s) differ`,
    );

  // Cold start of the action's entry on a Python-only repository, as a runner starts it.
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-bench-'));
  const outputFile = path.join(temp, 'output');
  const workspace = path.resolve('examples/pytest-suite');
  log(`cold start of dist/index.js on ${path.relative(process.cwd(), workspace)} (Python only):`);
  const cold = measure('dist/index.js', COLD_REPS, () => {
    fs.writeFileSync(outputFile, '');
    return run(node, [ACTION], { cwd: workspace, env: actionEnv(workspace, outputFile) });
  });
  if (cold.last.status !== 0)
    failures.push(
      `dist/index.js on examples/pytest-suite exited ${cold.last.status}: ${cold.last.stdout.trim().split('\n').slice(-2).join(' | ')}`,
    );
  else if (!/^groups<</m.test(fs.readFileSync(outputFile, 'utf8')))
    failures.push('dist/index.js on examples/pytest-suite wrote no groups output');
  fs.rmSync(temp, { recursive: true, force: true });

  const perFile = (ms) => ms / FILES;
  const mbps = (ms) => suite.bytes / 1e6 / (ms / 1000);
  const ratios = { vitestVsOurs: vitest.best / ours.best, oursVsFloor: ours.best / floor.best };
  const f0 = (x) => x.toFixed(0);
  const f2 = (x) => x.toFixed(2);
  const f3 = (x) => x.toFixed(3);
  const rows = [
    ['measurement', 'files', 'best ms', 'median ms', 'ms/file', 'MB/s'],
    [
      'floor: walk + read (fresh node)',
      String(FILES),
      f0(floor.best),
      f0(floor.median),
      f3(perFile(floor.best)),
      f0(mbps(floor.best)),
    ],
    [
      'ours: plan --json',
      String(FILES),
      f0(ours.best),
      f0(ours.median),
      f3(perFile(ours.best)),
      f2(mbps(ours.best)),
    ],
    [
      'vitest list --json',
      String(FILES),
      f0(vitest.best),
      f0(vitest.median),
      f2(perFile(vitest.best)),
      f2(mbps(vitest.best)),
    ],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const fmt = (r) =>
    `| ${r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' | ')} |`;
  const lines = [
    '',
    `TS/TSX (Vitest): ${FILES} files (${(suite.bytes / 1e6).toFixed(1)} MB) in ${suiteDir}, ours best of ${REPS}, vitest best of ${VITEST_REPS}`,
    '',
    fmt(rows[0]),
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.slice(1).map(fmt),
    '',
    `tests: vitest listed ${listedTests ?? '?'}, our plan counts ${oursTests ?? '?'} (${wholeFiles} files planned whole, each .each/.for table one test); listed tests matched by a planned test: ${matched}${disagreements.length ? '  MISMATCH' : ''}`,
  ];
  if (disagreements.length) {
    lines.push(`files where the plan and vitest disagree (${disagreements.length}):`);
    for (const d of disagreements.slice(0, 10))
      lines.push(
        `  ${path.join(suiteDir, d.file)}: ours ${d.ours}, vitest ${d.vitest}; planned not listed: ${JSON.stringify(d.unlisted.slice(0, 3))}; listed not planned: ${JSON.stringify(d.unplanned.slice(0, 3))}`,
      );
  }
  if (problems.length) lines.push(`our CLI printed ${problems.length} stderr line(s), first: ${problems[0]}`);
  lines.push(
    `vitest list / ours: ${f2(ratios.vitestVsOurs)}x`,
    `ours / floor: ${f2(ratios.oursVsFloor)}x`,
    `cold start on a Python-only repo: ${f0(cold.best)} ms (target < 300 ms): ${cold.best < 300 ? 'yes' : 'no'}  (median ${f0(cold.median)} ms, best of ${COLD_REPS})`,
  );

  const strip = (m) => ({ bestMs: m.best, medianMs: m.median, timesMs: m.times });
  const results = {
    files: FILES,
    bytes: suite.bytes,
    suiteDir,
    floor: { ...strip(floor), files: floorOut.files },
    ours: {
      ...strip(ours),
      tests: oursTests,
      jobs: Array.isArray(groups) ? groups.length : null,
      wholeFiles,
      stderr: problems.slice(0, 20),
    },
    vitest: { ...strip(vitest), tests: listedTests },
    counts: { listed: listedTests, matched, disagreements: disagreements.slice(0, 100) },
    ratios,
    coldStartPythonOnly: { ...strip(cold), targetMs: 300, met: cold.best < 300 },
    failures,
  };
  return { lines, failures, results };
}
