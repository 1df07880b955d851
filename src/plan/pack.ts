/**
 * Packing units (groups kept whole, files, single tests) into a fixed number of jobs so that the
 * heaviest job is as light as possible. Pure and deterministic: every choice is made in a fixed
 * order (unit key, job index), so the same input always gives the same jobs (a re-run job runs
 * the same tests).
 */
import { Jobs, type Model } from './pack-jobs.js';

/** Something that must run whole in one job. */
export interface PackUnit {
  /** Stable, unique: the tie-breaker. */
  key: string;
  /** The unit's own test seconds. */
  seconds: number;
  /** Files whose setup the unit needs; a job pays each file's setup once. */
  files: string[];
}

export interface Packing {
  /** Unit indexes per job, in key order (jobs may be empty when there are fewer units than jobs). */
  jobs: number[][];
  /** Predicted seconds per job, setup included. */
  loads: number[];
}

/** Below this, two loads are the same: float sums in another order may differ in the last bits. */
const EPS = 1e-9;
/** Moves and swaps per packing; each lowers the heaviest job. */
const MAX_STEPS = 2000;
/**
 * The search stops this close to the lower bound (relative): a hundred-thousandth of a job's
 * time (3 ms in 5 minutes) is far below how much a test's time varies from run to run, and LPT
 * on many small tests gets there.
 */
const CLOSE_ENOUGH = 1e-5;

/**
 * LPT (largest unit first, to the job it leaves least loaded; ties to the lower job index), then
 * a local search that moves or swaps units out of the heaviest job while that strictly lowers it
 * without raising the other job to its old load.
 *
 * Without file setup the LPT pass is pytest-split's least_duration exactly (largest first, ties
 * by key; least loaded job, ties by index), and the search only ever lowers the heaviest job, so
 * the result is never worse than it.
 *
 * Unit by unit, LPT spreads the tests of a file with a costly setup over several jobs (an empty
 * job looks lighter than one that already paid the setup), and single moves cannot gather them
 * again. So with setup the same is also done starting from each file's units placed together,
 * and the lighter result wins (ties: the unit-by-unit one).
 */
export function pack(
  units: PackUnit[],
  jobCount: number,
  setup: ReadonlyMap<string, number> = new Map(),
): Packing {
  const model = modelOf(units, setup);
  const count = Math.max(1, jobCount);
  const bound = lowerBoundOf(model, count);
  const singles = model.byKey.map((i) => [i]);
  const clusters = setupClusters(model);
  if (clusters.length === units.length) return packingOf(improve(lpt(singles, model, count), model, bound));
  const together = improve(lpt(clusters, model, count), model, bound);
  // The unit-by-unit start is searched only when it is already lighter than what the clusters
  // gave: from a heavier one, the search would gather a split file back one unit a step.
  const plain = lpt(singles, model, count);
  if (peak(plain.loads) >= peak(together.loads) - EPS) return packingOf(together);
  improve(plain, model, bound);
  return packingOf(peak(together.loads) < peak(plain.loads) - EPS ? together : plain);
}

function packingOf(jobs: Jobs): Packing {
  return { jobs: jobs.unitsByJob(), loads: Array.from(jobs.loads) };
}

function peak(loads: ArrayLike<number>): number {
  let max = 0;
  for (let j = 0; j < loads.length; j++) if (loads[j]! > max) max = loads[j]!;
  return max;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The units with setup files interned (only files with a setup cost matter) and keys ranked. */
function modelOf(units: PackUnit[], setupOf: ReadonlyMap<string, number>): Model {
  const n = units.length;
  // File ids in name order, so that nothing depends on the order the units come in.
  const names = new Set<string>();
  for (const u of units) for (const f of u.files) if ((setupOf.get(f) ?? 0) > 0) names.add(f);
  const ids = new Map([...names].sort().map((f, id) => [f, id]));
  const setup = Float64Array.from([...ids.keys()], (f) => setupOf.get(f)!);
  const seconds = new Float64Array(n);
  const own = new Float64Array(n);
  const files: number[][] = [];
  let maxOwn = 0;
  // Most units need no file with setup: they share one empty list (50,000 units, 50,000 lists).
  const none: number[] = [];
  units.forEach((u, i) => {
    seconds[i] = u.seconds;
    const mine = ids.size === 0 ? none : setupIds(u.files, ids, none);
    for (const id of mine) own[i]! += setup[id]!;
    files.push(mine);
    maxOwn = Math.max(maxOwn, own[i]!);
  });
  const rank = new Int32Array(n);
  const byKey = keyOrder(units);
  byKey.forEach((i, r) => (rank[i] = r));
  return { seconds, files, setup, own, rank, byKey, maxOwn };
}

/** A unit's setup file ids, distinct and ascending (`none` when it has none). */
function setupIds(files: string[], ids: ReadonlyMap<string, number>, none: number[]): number[] {
  if (files.length === 1) {
    const id = ids.get(files[0]!);
    return id === undefined ? none : [id];
  }
  const mine = [...new Set(files.flatMap((f) => ids.get(f) ?? []))].sort((a, b) => a - b);
  return mine.length === 0 ? none : mine;
}

/**
 * Unit indexes in key order (`<` on strings; equal keys, which callers never give, by index). The
 * keys are sorted by the engine's own string order, much faster than a comparator on 50,000 keys.
 */
function keyOrder(units: PackUnit[]): number[] {
  const position = new Map<string, number>();
  units.forEach((u, i) => {
    if (!position.has(u.key)) position.set(u.key, i);
  });
  if (position.size < units.length)
    return units.map((_, i) => i).sort((a, b) => compareKeys(units[a]!.key, units[b]!.key) || a - b);
  return [...position.keys()].sort().map((key) => position.get(key)!);
}

/** Units needing the same files with a setup cost, in one cluster each; other units alone. */
function setupClusters(model: Model): number[][] {
  const bySet = new Map<string, number[]>();
  const clusters: number[][] = [];
  for (const i of model.byKey) {
    const files = model.files[i]!;
    if (files.length === 0) {
      clusters.push([i]);
      continue;
    }
    const key = files.join(',');
    const cluster = bySet.get(key);
    if (cluster) cluster.push(i);
    else {
      const fresh = [i];
      bySet.set(key, fresh);
      clusters.push(fresh);
    }
  }
  return clusters;
}

/** LPT over clusters placed whole, largest first (ties: the first key). */
function lpt(clusters: number[][], model: Model, count: number): Jobs {
  const jobs = new Jobs(count, model);
  const costs = clusters.map((c) =>
    c.length === 1
      ? model.seconds[c[0]!]! + model.own[c[0]!]!
      : clusterSeconds(c, model) + clusterSetup(c, model),
  );
  const order = clusters
    .map((_, k) => k)
    .sort((a, b) => costs[b]! - costs[a]! || model.rank[clusters[a]![0]!]! - model.rank[clusters[b]![0]!]!);
  for (const k of order) {
    const members = clusters[k]!;
    const target = leastLoadedFor(jobs, members, model);
    for (const i of members) jobs.place(target, i);
  }
  return jobs;
}

function clusterSeconds(members: number[], model: Model): number {
  let s = 0;
  for (const i of members) s += model.seconds[i]!;
  return s;
}

function clusterFiles(members: number[], model: Model): number[] {
  if (members.length === 1) return model.files[members[0]!]!;
  return [...new Set(members.flatMap((i) => model.files[i]!))];
}

function clusterSetup(members: number[], model: Model): number {
  let s = 0;
  for (const f of clusterFiles(members, model)) s += model.setup[f]!;
  return s;
}

/**
 * The job the cluster leaves least loaded (ties: the lower index). Only the least loaded job and
 * the jobs that already hold one of its setup files can be it: any other job pays every setup
 * on top of a load no lighter.
 */
function leastLoadedFor(jobs: Jobs, members: number[], model: Model): number {
  const seconds = members.length === 1 ? model.seconds[members[0]!]! : clusterSeconds(members, model);
  const files = clusterFiles(members, model);
  let best = jobs.lightest();
  let bestLoad = jobs.loads[best]! + seconds + jobs.missingSetup(best, files);
  for (const f of files) {
    for (const j of jobs.holdersOf(f)) {
      const load = jobs.loads[j]! + seconds + jobs.missingSetup(j, files);
      if (load < bestLoad || (load === bestLoad && j < best)) {
        best = j;
        bestLoad = load;
      }
    }
  }
  return best;
}

/** max(total / jobs, largest unit): no packing can beat it. */
function lowerBoundOf(model: Model, count: number): number {
  let total = 0;
  let largest = 0;
  for (const i of model.byKey) {
    total += model.seconds[i]!;
    largest = Math.max(largest, model.seconds[i]! + model.own[i]!);
  }
  for (const s of model.setup) total += s;
  return Math.max(total / count, largest, 0);
}

interface Change {
  peak: number;
  unit: number;
  to: number;
  /** The unit coming back from `to` in a swap, or -1 for a move. */
  back: number;
}

/**
 * Moves or swaps out of the heaviest job while that strictly lowers it without raising the other
 * job to its old load; stops at the lower bound. Each step looks only where the best change can
 * be: the lightest job for a unit without setup, the jobs holding a setup unit's files, and for
 * swaps the units of the other job whose seconds are nearest to the one that evens the pair.
 */
function improve(jobs: Jobs, model: Model, bound: number): Jobs {
  if (jobs.count < 2) return jobs;
  const enough = bound + Math.max(EPS, bound * CLOSE_ENOUGH);
  if (peak(jobs.loads) <= enough) return jobs;
  jobs.sortUnits();
  for (let step = 0; step < MAX_STEPS; step++) {
    const h = jobs.heaviest();
    if (jobs.loads[h]! <= enough) break;
    const change = bestMove(jobs, model, h) ?? bestSwap(jobs, model, h);
    if (!change) break;
    jobs.take(change.unit);
    if (change.back >= 0) {
      jobs.take(change.back);
      jobs.place(h, change.back);
    }
    jobs.place(change.to, change.unit);
  }
  return jobs;
}

function bestMove(jobs: Jobs, model: Model, h: number): Change | null {
  const heavy = jobs.loads[h]!;
  const light = jobs.lightest(h);
  const lightLoad = jobs.loads[light]!;
  let best: Change | null = null;
  let bestPeak = heavy - EPS;
  const consider = (unit: number, to: number, p: number) => {
    if (p < bestPeak - EPS) {
      bestPeak = p;
      best = { peak: p, unit, to, back: -1 };
    }
  };
  // Without setup, max(heavy - s, light + s) is least for s nearest (heavy - light) / 2.
  const plain = jobs.plain[h]!;
  const at = jobs.firstAtLeast(plain, (heavy - lightLoad) / 2);
  for (const k of [at - 1, at]) {
    const u = plain[k];
    if (u === undefined) continue;
    const s = model.seconds[u]!;
    consider(u, light, Math.max(heavy - s, lightLoad + s));
  }
  for (const u of jobs.withSetup[h]!) {
    const left = heavy - jobs.removeCost(h, u);
    if (left >= bestPeak - EPS) continue;
    consider(u, light, Math.max(left, lightLoad + jobs.addCost(light, u)));
    for (const f of model.files[u]!) {
      for (const j of jobs.holdersOf(f)) {
        if (j !== h) consider(u, j, Math.max(left, jobs.loads[j]! + jobs.addCost(j, u)));
      }
    }
  }
  return best;
}

/**
 * The best swap of a unit of the heaviest job with a unit of another job. Jobs are tried from
 * the lightest up, and the search stops at the first one whose load even a perfect swap could
 * not bring low enough (half the pair's loads, less what setup a swap can shed).
 */
function bestSwap(jobs: Jobs, model: Model, h: number): Change | null {
  const heavy = jobs.loads[h]!;
  const { seconds, files } = model;
  let best: Change | null = null;
  let bestPeak = heavy - EPS;
  const inHeavy = [...jobs.plain[h]!, ...jobs.withSetup[h]!];
  for (const o of jobs.byLoad(h)) {
    const other = jobs.loads[o]!;
    if ((heavy + other) / 2 - model.maxOwn >= bestPeak - EPS) break;
    const plain = jobs.plain[o]!;
    const withSetup = jobs.withSetup[o]!;
    for (const u of inHeavy) {
      const su = seconds[u]!;
      const pure = files[u]!.length === 0;
      const out = pure ? su : jobs.removeCost(h, u);
      if (heavy - out >= bestPeak - EPS) continue;
      const into = pure ? su : jobs.addCost(o, u);
      // The seconds of a unit from `o` that would leave both jobs equal, setup aside.
      const even = (other + into - heavy + out) / 2;
      // Between units without setup the result is least at the nearest unit on either side.
      const at = jobs.firstAtLeast(plain, even);
      for (let k = at - 1; k <= at; k++) {
        const w = plain[k];
        if (w === undefined) continue;
        const p = Math.max(heavy - out + seconds[w]!, other - seconds[w]! + into);
        if (p < bestPeak - EPS) {
          bestPeak = p;
          best = { peak: p, unit: u, to: o, back: w };
        }
      }
      // A unit with setup may shed or add some: its nearest neighbours are tried exactly.
      const near = jobs.firstAtLeast(withSetup, even);
      for (let k = near - 2; k <= near + 1; k++) {
        const w = withSetup[k];
        if (w === undefined) continue;
        const p = jobs.swapPeak(h, o, u, w);
        if (p < bestPeak - EPS) {
          bestPeak = p;
          best = { peak: p, unit: u, to: o, back: w };
        }
      }
    }
  }
  return best;
}

/** The standalone cost of a unit: its tests and all its files' setup. */
export function unitCost(unit: PackUnit, setup: ReadonlyMap<string, number>): number {
  let cost = unit.seconds;
  for (const f of unit.files) cost += setup.get(f) ?? 0;
  return cost;
}

/** max(total / jobs, largest unit): no packing can beat it. */
export function lowerBound(
  units: PackUnit[],
  jobCount: number,
  setup: ReadonlyMap<string, number> = new Map(),
): number {
  return lowerBoundOf(modelOf(units, setup), Math.max(1, jobCount));
}
