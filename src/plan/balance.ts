import type { BalanceInfo, GroupValue, Job, Runner, TestCase } from '../model.js';
import { estimate, type TimingTable } from '../timings/table.js';
import { pack, unitCost, type PackUnit, type Packing } from './pack.js';
import { compareGroups } from './group-order.js';

/** What planJobs hands over: its buckets (file × group, or group) in plan order. */
export interface BucketLike {
  file: string | null;
  groupValue: GroupValue | null;
  runner: Runner;
  tests: TestCase[];
}

export interface BalanceSettings {
  ungrouped: string;
  maxJobs: number;
  /** Exact number of jobs asked for, or null. */
  jobs: number | null;
  targetMinutes: number | null;
  jobOverheadSeconds: number;
  timings: TimingTable | null;
}

/**
 * A packed job's id (`shard_2_of_4`, see plan.ts). Unpacked ids end in `_group_<g>` or
 * `ungrouped`, or are `group_<g>`, so they never take this form.
 */
export function isShardId(id: string): boolean {
  return /^shard_\d+_of_\d+$/.test(id);
}

/** Packing mode: a job may hold several units. Without it, planning is one job per bucket. */
export function isPacking(s: BalanceSettings): boolean {
  return s.jobs !== null || s.targetMinutes !== null || s.ungrouped === 'balance';
}

interface Unit extends PackUnit {
  label: string;
  groupValue: GroupValue | null;
  runner: Runner;
  tests: TestCase[];
  /** Position of the first test in plan order, to list a job's tests in that order. */
  order: number;
}

export interface PackedJob {
  tests: TestCase[];
  groups: (GroupValue | null)[];
  runner: Runner;
  seconds: number;
}

/**
 * Annotated groups are units never split; ungrouped tests are single-test units with
 * `ungrouped: balance` (pytest selects single tests), else one unit per bucket (a file's
 * ungrouped tests in file scope, all of them in global scope).
 */
function unitsOf(buckets: BucketLike[], s: BalanceSettings, seconds: ReadonlyMap<string, number>): Unit[] {
  const units: Unit[] = [];
  let order = 0;
  const sum = (tests: TestCase[]) => tests.reduce((n, t) => n + (seconds.get(t.id) ?? 0), 0);
  for (const b of buckets) {
    if (b.groupValue === null && s.ungrouped === 'balance') {
      // A file's tests come together: its units share one list of files.
      let files: string[] = [];
      for (const t of b.tests) {
        if (files[0] !== t.file) files = [t.file];
        units.push({
          key: t.id,
          label: t.id,
          seconds: seconds.get(t.id) ?? 0,
          files,
          groupValue: null,
          runner: b.runner,
          tests: [t],
          order: order++,
        });
      }
      continue;
    }
    const group = b.groupValue === null ? 'ungrouped' : `group ${String(b.groupValue)}`;
    const label = b.file === null ? group : `${b.file} | ${group}`;
    const files = [...new Set(b.tests.map((t) => t.file))].sort();
    units.push({
      key: label,
      label,
      seconds: sum(b.tests),
      files,
      groupValue: b.groupValue,
      runner: b.runner,
      tests: b.tests,
      order,
    });
    order += b.tests.length;
  }
  return units;
}

/** Predicted seconds of every test (timings or estimates) and the summary numbers' inputs. */
export function predictTests(tests: TestCase[], timings: TimingTable | null) {
  const table = timings ?? {
    tests: new Map<string, number>(),
    files: new Map<string, number>(),
    sources: [],
  };
  return { ...estimate(tests, table), setup: table.files, timed: timings !== null && table.tests.size > 0 };
}

/** Seconds one job takes: its tests and, once, each of its files' setup. */
export function jobSeconds(
  tests: TestCase[],
  seconds: ReadonlyMap<string, number>,
  setup: ReadonlyMap<string, number>,
): number {
  let total = 0;
  for (const t of tests) total += seconds.get(t.id) ?? 0;
  if (setup.size === 0) return total;
  const files = new Set<string>();
  for (const t of tests) files.add(t.file);
  for (const f of files) total += setup.get(f) ?? 0;
  return total;
}

/** Units → jobs, per runner (a job runs one runner), the count chosen as the settings ask. */
export function packBuckets(
  buckets: BucketLike[],
  s: BalanceSettings,
): { jobs: PackedJob[]; info: BalanceInfo; notes: string[] } {
  const allTests = buckets.flatMap((b) => b.tests);
  const prediction = predictTests(allTests, s.timings);
  const { seconds, setup } = prediction;
  const units = unitsOf(buckets, s, seconds);
  const runners = [...new Set(units.map((u) => u.runner))].sort();
  const byRunner = runners.map((r) => units.filter((u) => u.runner === r));
  const loads = byRunner.map((us) => us.reduce((n, u) => n + unitCost(u, setup), 0));
  const notes: string[] = [];
  const jobs: PackedJob[] = [];
  let bounding: string | null = null;
  let lowerBound = 0;
  let counts = split(
    s.jobs ?? 0,
    loads,
    byRunner.map((u) => u.length),
  );
  if (s.jobs === null) counts = byRunner.map(() => 0);
  byRunner.forEach((us, r) => {
    const chosen = chooseCount(
      us,
      setup,
      s,
      counts[r]!,
      Math.max(1, Math.floor((s.maxJobs * loads[r]!) / (sum(loads) || 1))),
      notes,
    );
    const total = loads[r]!;
    const largest = largestUnit(us, setup);
    const lb = Math.max(total / chosen.count, unitCost(largest, setup));
    lowerBound = Math.max(lowerBound, lb);
    if (
      chosen.count > 1 &&
      unitCost(largest, setup) > total / chosen.count + 1e-9 &&
      Math.max(...chosen.packing.loads) <= unitCost(largest, setup) + 1e-9
    ) {
      bounding = largest.label;
    }
    // Each job's units in plan order: `us` is in plan order, so one pass sorts them all.
    const jobOf = new Int32Array(us.length);
    chosen.packing.jobs.forEach((members, j) => members.forEach((i) => (jobOf[i] = j)));
    const byJob: Unit[][] = chosen.packing.jobs.map(() => []);
    us.forEach((u, i) => byJob[jobOf[i]!]!.push(u));
    byJob.forEach((inJob) => {
      if (inJob.length === 0) return;
      const tests = inJob.flatMap((u) => u.tests);
      const groups = [...new Set(inJob.map((u) => u.groupValue))].sort((a, b) =>
        a === null ? 1 : b === null ? -1 : compareGroups(a, b),
      );
      jobs.push({ tests, groups, runner: us[0]!.runner, seconds: jobSeconds(tests, seconds, setup) });
    });
  });
  const info = summarise(
    jobs.map((j) => j.seconds),
    allTests,
    prediction,
    s,
    lowerBound,
    bounding,
  );
  return { jobs, info, notes };
}

/** The unit that costs most alone (ties: the first). */
function largestUnit(units: Unit[], setup: ReadonlyMap<string, number>): Unit {
  let best = units[0]!;
  let bestCost = unitCost(best, setup);
  for (const u of units) {
    const cost = unitCost(u, setup);
    if (cost > bestCost) {
      best = u;
      bestCost = cost;
    }
  }
  return best;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** An exact job count split across runners in proportion to their load, at least one each. */
function split(total: number, loads: number[], unitCounts: number[]): number[] {
  if (loads.length === 1) return [total];
  const all = sum(loads) || 1;
  return loads.map((l, i) => Math.min(unitCounts[i]!, Math.max(1, Math.round((total * l) / all))));
}

function chooseCount(
  units: Unit[],
  setup: ReadonlyMap<string, number>,
  s: BalanceSettings,
  exact: number,
  cap: number,
  notes: string[],
): { count: number; packing: Packing } {
  const most = Math.max(1, Math.min(cap, units.length));
  if (s.jobs !== null) {
    const count = Math.max(1, Math.min(exact, most));
    if (count < s.jobs && units.length < s.jobs) {
      notes.push(
        `jobs is ${s.jobs}, but there are only ${units.length} units (groups are never split): the plan has ${count} jobs.`,
      );
    }
    return { count, packing: pack(units, count, setup) };
  }
  if (s.targetMinutes !== null) {
    const target = s.targetMinutes * 60;
    const total = units.reduce((n, u) => n + unitCost(u, setup), 0);
    const largest = unitCost(largestUnit(units, setup), setup);
    const room = target - s.jobOverheadSeconds;
    const start = room > 0 ? Math.min(most, Math.max(1, Math.ceil(total / room))) : most;
    let best: { count: number; packing: Packing; peak: number } | null = null;
    for (let n = start; n <= most; n++) {
      const packing = pack(units, n, setup);
      const peak = Math.max(...packing.loads);
      if (peak + s.jobOverheadSeconds <= target + 1e-9) return { count: n, packing };
      if (!best || peak < best.peak - 1e-9) best = { count: n, packing, peak };
      // No count can go below the largest unit: more jobs would only cost machine time.
      if (peak <= largest + 1e-9) break;
    }
    const chosen = best ?? { count: most, packing: pack(units, most, setup), peak: 0 };
    notes.push(
      `No job count up to ${most} meets target-minutes ${s.targetMinutes} (with ${s.jobOverheadSeconds} s overhead per job); ${chosen.count} jobs give the least wall time.`,
    );
    return chosen;
  }
  // `ungrouped: balance` alone: as many jobs as there are groups (the ungrouped tests join them).
  const groups = units.filter((u) => u.groupValue !== null).length;
  const count = Math.max(1, Math.min(most, groups));
  return { count, packing: pack(units, count, setup) };
}

function summarise(
  loads: number[],
  tests: TestCase[],
  prediction: ReturnType<typeof predictTests>,
  s: BalanceSettings,
  lowerBound: number,
  bounding: string | null,
): BalanceInfo {
  const serial = jobSeconds(tests, prediction.seconds, prediction.setup);
  // With nothing estimated, every predicted test is known: the map is used as it is.
  let known: ReadonlyMap<string, number> = prediction.seconds;
  if (prediction.estimated.size > 0) {
    const own = new Map<string, number>();
    for (const t of tests) if (!prediction.estimated.has(t.id)) own.set(t.id, prediction.seconds.get(t.id)!);
    known = own;
  }
  return {
    timed: prediction.timed,
    testSeconds: known,
    estimated: prediction.estimated.size,
    overheadSeconds: s.jobOverheadSeconds,
    wallSeconds: Math.max(0, ...loads) + (loads.length > 0 ? s.jobOverheadSeconds : 0),
    machineSeconds: sum(loads) + s.jobOverheadSeconds * loads.length,
    serialSeconds: serial + s.jobOverheadSeconds,
    lowerBoundSeconds: lowerBound,
    boundingUnit: bounding,
    targetMinutes: s.targetMinutes,
  };
}

/** Timings given but no packing: every job keeps its bucket; only the seconds are predicted. */
export function predictJobs(jobs: Job[], s: BalanceSettings): BalanceInfo {
  const tests = jobs.flatMap((j) => j.tests);
  const prediction = predictTests(tests, s.timings);
  const loads = jobs.map((j) => jobSeconds(j.tests, prediction.seconds, prediction.setup));
  jobs.forEach((j, i) => (j.seconds = loads[i]!));
  const lb = Math.max(0, ...loads);
  return summarise(loads, tests, prediction, s, lb, null);
}
