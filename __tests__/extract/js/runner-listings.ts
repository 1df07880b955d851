// The real runners' own view of a suite, and the built action's plan of it: what the
// differential tests of this directory compare.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO, runAction } from '../../helpers/run-action.js';

export const SUITES = path.join(REPO, '__tests__', 'fixtures', 'js-suites');
const BIN = path.join(REPO, 'node_modules', '.bin');

/** One test as the runner names it: its file (relative to the suite) and its title path. */
export interface Listed {
  file: string;
  titles: string[];
}

export interface PlannedTest {
  id: string;
  file: string;
  line: number;
  group: string | number | null;
}
export interface PlannedJob {
  id: string;
  group_value: string | number | null;
  runner: string;
  files: string[];
  tests: PlannedTest[];
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The built action's plan of `suite`, with its notices and warnings as `severity:file:line`. */
export function plan(suite: string, inputs: Record<string, string> = {}) {
  const r = runAction(inputs, suite);
  if (r.status !== 0) throw new Error(`action failed:\n${r.stdout}${r.stderr}`);
  const planFile = r.outputs['plan-file']!;
  const jobs = (JSON.parse(r.plan!) as { jobs: PlannedJob[] }).jobs;
  const annotations = r.commands.map((c) => ({
    kind: c.kind,
    file: /file=([^,]*)/.exec(c.props)?.[1] ?? '',
    line: /line=(\d+)/.exec(c.props)?.[1] ?? '',
    title: /title=([^,]*)/.exec(c.props)?.[1] ?? '',
  }));
  const problems = annotations.map((a) => `${a.kind}:${a.file}:${a.line}`);
  return { jobs, planFile, problems, annotations, run: r };
}

/** The filter's arguments for one job, read the documented way (one per line). */
export function filterArgs(runner: string, cwd: string, planFile: string, id: string): string[] {
  const r = run(process.execPath, [path.join(REPO, 'dist', 'filters', runner, 'index.js'), 'args'], cwd, {
    GROUP_MATRIX_PLAN: planFile,
    GROUP_MATRIX_ID: id,
    RUNNER_TEMP: os.tmpdir(),
  });
  if (r.status !== 0) throw new Error(`${runner} filter failed for ${id}: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/** Tests Jest runs (pending ones, skipped by `.skip` or by -t, left out unless `pending`). */
export function jestRun(
  cwd: string,
  args: string[],
  { pending = false, env = {} }: { pending?: boolean; env?: Record<string, string> } = {},
): Listed[] {
  const r = run(path.join(BIN, 'jest'), [...args, '--json'], cwd, env);
  if (!r.stdout.startsWith('{')) throw new Error(`jest failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as {
    testResults: {
      name: string;
      assertionResults: { ancestorTitles: string[]; title: string; status: string }[];
    }[];
  };
  return out.testResults.flatMap((f) =>
    f.assertionResults
      .filter((a) => pending || a.status !== 'pending')
      .map((a) => ({ file: path.relative(cwd, f.name), titles: [...a.ancestorTitles, a.title] })),
  );
}

/** The files Jest runs (each file's results, whatever its tests did). */
export function jestFiles(cwd: string, args: string[], env: Record<string, string> = {}): string[] {
  const r = run(path.join(BIN, 'jest'), [...args, '--json'], cwd, env);
  if (!r.stdout.startsWith('{')) throw new Error(`jest ${args.join(' ')} failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { testResults: { name: string }[] };
  return out.testResults.map((f) => path.relative(cwd, f.name)).sort();
}

export function vitestList(cwd: string, args: string[] = []): Listed[] {
  // --json last: followed by a word it would take that word as a file to write.
  const r = run(path.join(BIN, 'vitest'), ['list', ...args, '--json'], cwd);
  const start = r.stdout.indexOf('[');
  if (start === -1) throw new Error(`vitest list failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.slice(start)) as { name: string; file: string }[];
  return out.map((t) => ({ file: path.relative(cwd, t.file), titles: t.name.split(' > ') }));
}

/**
 * What Vitest collects, as the filter's check reads it: a run whose name pattern matches nothing,
 * with the json reporter. Unlike `vitest list`, it keeps `.todo` and `.skip` tests, which the plan
 * holds and the filters select.
 */
export function vitestCollected(cwd: string): Listed[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-vitest-')), 'collected.json');
  run(
    path.join(BIN, 'vitest'),
    ['run', '--testNamePattern=(?!)', '--reporter=json', `--outputFile=${out}`],
    cwd,
  );
  if (!fs.existsSync(out)) throw new Error(`vitest run wrote no ${out}`);
  const json = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    testResults: { name: string; assertionResults: { ancestorTitles: string[]; title: string }[] }[];
  };
  return json.testResults.flatMap((f) =>
    f.assertionResults.map((a) => ({
      file: path.relative(cwd, f.name),
      titles: [...a.ancestorTitles, a.title],
    })),
  );
}

/** `playwright test --list` with the JSON reporter: titles and tags, no browser needed. */
export function playwrightList(cwd: string, args: string[] = []): (Listed & { tags: string[] })[] {
  const r = run(path.join(BIN, 'playwright'), ['test', '--list', '--reporter=json', ...args], cwd);
  const start = r.stdout.indexOf('{');
  if (r.status !== 0 || start === -1) throw new Error(`playwright --list failed: ${r.stdout}${r.stderr}`);
  interface Suite {
    title: string;
    file: string;
    specs: { title: string; tags: string[] }[];
    suites?: Suite[];
  }
  const out = JSON.parse(r.stdout.slice(start)) as { config: { rootDir: string }; suites: Suite[] };
  const found: (Listed & { tags: string[] })[] = [];
  const walk = (s: Suite, titles: string[]) => {
    for (const spec of s.specs)
      found.push({
        file: path.relative(cwd, path.join(out.config.rootDir, s.file)),
        titles: [...titles, spec.title],
        tags: spec.tags.map((t) => `@${t}`),
      });
    for (const child of s.suites ?? []) walk(child, [...titles, child.title].filter(Boolean));
  };
  for (const file of out.suites) walk({ ...file, title: '' }, []);
  return found;
}

/** `.each` titles keep their `%i` / `$name` tokens in the plan: they match any text. */
function titleMatches(planned: string, listed: string): boolean {
  const source = planned
    .split(/(%[sdifjopO#%]|\$[A-Za-z_#][\w.]*)/)
    .map((part, i) => (i % 2 ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(listed);
}

/**
 * Test by test, per file: the plan's tests equal the runner's (a planned `.each` title stands for
 * its rows); a file planned whole stands for all the runner lists in it. Returns the files planned
 * whole, to check against what the summary says.
 */
export function expectPlanEqualsListing(jobs: PlannedJob[], listed: Listed[]): string[] {
  const planned = new Map<string, string[][]>();
  for (const t of jobs.flatMap((j) => j.tests)) {
    const titles = t.id === t.file ? [] : t.id.slice(t.file.length + 2).split('::');
    planned.set(t.file, [...(planned.get(t.file) ?? []), titles]);
  }
  const byFile = new Map<string, string[][]>();
  for (const l of listed) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l.titles]);
  expect([...planned.keys()].sort(), 'files planned vs files the runner lists').toEqual(
    [...byFile.keys()].sort(),
  );
  const whole: string[] = [];
  for (const [file, theirs] of byFile) {
    const ours = planned.get(file)!;
    if (ours.length === 1 && ours[0]!.length === 0) {
      whole.push(file);
      continue;
    }
    const unmatched = theirs.filter(
      (t) => !ours.some((o) => o.length === t.length && o.every((p, i) => titleMatches(p, t[i]!))),
    );
    const unlisted = ours.filter(
      (o) => !theirs.some((t) => o.length === t.length && o.every((p, i) => titleMatches(p, t[i]!))),
    );
    expect({ file, unmatched, unlisted }).toEqual({ file, unmatched: [], unlisted: [] });
  }
  return whole.sort();
}

/** The union of the jobs' selections is the full listing, no test twice, no job empty. */
export function expectExactCover(full: Listed[], perJob: Listed[][], jobs: { id: string }[]): void {
  const key = (l: Listed) => `${l.file} › ${l.titles.join(' › ')}`;
  const seen = new Map<string, number>();
  for (const t of perJob.flat().map(key)) seen.set(t, (seen.get(t) ?? 0) + 1);
  expect(
    [...seen].filter(([, n]) => n > 1).map(([t]) => t),
    'tests selected by more than one job',
  ).toEqual([]);
  expect([...seen.keys()].sort()).toEqual(full.map(key).sort());
  perJob.forEach((sel, i) => expect(sel.length, `job ${jobs[i]!.id} selects nothing`).toBeGreaterThan(0));
}

/**
 * Runs Jest once for each job under the action's filter (the plan file and the job's id in its
 * environment, as the action's step sets them) and checks the jobs cover Jest's own run exactly.
 */
export function expectJestJobsCoverExactly(suite: string, planFile: string, jobs: PlannedJob[]): void {
  const ran = jestRun(suite, []);
  const perJob = jobs.map((j) =>
    jestRun(suite, filterArgs('jest', suite, planFile, j.id), {
      env: { GROUP_MATRIX_PLAN: planFile, GROUP_MATRIX_ID: j.id },
    }),
  );
  expectExactCover(ran, perJob, jobs);
}
