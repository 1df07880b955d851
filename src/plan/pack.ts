/**
 * Packing units (groups kept whole, files, single tests) into a fixed number of jobs so that the
 * heaviest job is as light as possible. Pure and deterministic: ties go to the smaller key or the
 * lower job index, so the same input always gives the same jobs (a re-run job runs the same
 * tests).
 */

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
  /** Unit indexes per job (jobs may be empty when there are fewer units than jobs). */
  jobs: number[][];
  /** Predicted seconds per job, setup included. */
  loads: number[];
}

interface Bin {
  load: number;
  units: Set<number>;
  fileCounts: Map<string, number>;
}

/** Seconds a unit adds to a bin: its tests, plus the setup of files the bin does not have yet. */
function addCost(bin: Bin, unit: PackUnit, setup: ReadonlyMap<string, number>): number {
  let cost = unit.seconds;
  for (const f of unit.files) if (!bin.fileCounts.has(f)) cost += setup.get(f) ?? 0;
  return cost;
}

/** Seconds a bin sheds when the unit leaves it: setups no other unit there needs go too. */
function removeCost(bin: Bin, unit: PackUnit, setup: ReadonlyMap<string, number>): number {
  let cost = unit.seconds;
  for (const f of unit.files) if (bin.fileCounts.get(f) === 1) cost += setup.get(f) ?? 0;
  return cost;
}

function place(bin: Bin, i: number, unit: PackUnit, cost: number): void {
  bin.units.add(i);
  bin.load += cost;
  for (const f of unit.files) bin.fileCounts.set(f, (bin.fileCounts.get(f) ?? 0) + 1);
}

function take(bin: Bin, i: number, unit: PackUnit, cost: number): void {
  bin.units.delete(i);
  bin.load -= cost;
  for (const f of unit.files) {
    const n = bin.fileCounts.get(f)! - 1;
    if (n === 0) bin.fileCounts.delete(f);
    else bin.fileCounts.set(f, n);
  }
}

/** The standalone cost of a unit: its tests and all its files' setup. */
export function unitCost(unit: PackUnit, setup: ReadonlyMap<string, number>): number {
  return unit.files.reduce((s, f) => s + (setup.get(f) ?? 0), unit.seconds);
}

const byKey = (units: PackUnit[]) => (a: number, b: number) =>
  units[a]!.key < units[b]!.key ? -1 : units[a]!.key > units[b]!.key ? 1 : 0;

/**
 * LPT (largest unit first, to the job it makes least loaded), then a local search that moves or
 * swaps units out of the heaviest job while that strictly lowers it without raising the other job
 * to its old load. Each accepted step lowers the sum of squared loads, so the search ends; it is
 * capped anyway to bound the time on huge suites.
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
  const plain = packFrom(
    units.map((_, i) => [i]),
    units,
    jobCount,
    setup,
  );
  const clusters = setupClusters(units, setup);
  if (clusters.length === units.length) return plain;
  const together = packFrom(clusters, units, jobCount, setup);
  return Math.max(...together.loads) < Math.max(...plain.loads) - 1e-9 ? together : plain;
}

/** Units needing the same files with a setup cost, in one cluster each; other units alone. */
function setupClusters(units: PackUnit[], setup: ReadonlyMap<string, number>): number[][] {
  const byFiles = new Map<string, number[]>();
  const clusters: number[][] = [];
  units.forEach((u, i) => {
    if (unitSetup(u, setup) <= 0) {
      clusters.push([i]);
      return;
    }
    const key = [...u.files].sort().join('\u0000');
    const cluster = byFiles.get(key);
    if (cluster) cluster.push(i);
    else {
      const fresh = [i];
      byFiles.set(key, fresh);
      clusters.push(fresh);
    }
  });
  return clusters;
}

/** LPT over clusters placed whole (each in unit key order), then the local search over units. */
function packFrom(
  clusters: number[][],
  units: PackUnit[],
  jobCount: number,
  setup: ReadonlyMap<string, number>,
): Packing {
  const bins: Bin[] = Array.from({ length: Math.max(1, jobCount) }, () => ({
    load: 0,
    units: new Set<number>(),
    fileCounts: new Map<string, number>(),
  }));
  const sortKey = byKey(units);
  const members = clusters.map((c) => [...c].sort(sortKey));
  const costs = members.map((c) => clusterCost(c, units, setup));
  const order = members
    .map((_, k) => k)
    .sort((a, b) => costs[b]! - costs[a]! || sortKey(members[a]![0]!, members[b]![0]!));
  for (const k of order) {
    let best = 0;
    let bestLoad = Infinity;
    bins.forEach((bin, j) => {
      const load = bin.load + clusterAddCost(bin, members[k]!, units, setup);
      if (load < bestLoad - 1e-9) {
        best = j;
        bestLoad = load;
      }
    });
    for (const i of members[k]!) place(bins[best]!, i, units[i]!, addCost(bins[best]!, units[i]!, setup));
  }
  improve(bins, units, setup);
  return {
    jobs: bins.map((b) => [...b.units].sort(sortKey)),
    loads: bins.map((b) => b.load),
  };
}

function clusterCost(members: number[], units: PackUnit[], setup: ReadonlyMap<string, number>): number {
  const files = new Set(members.flatMap((i) => units[i]!.files));
  let cost = 0;
  for (const i of members) cost += units[i]!.seconds;
  for (const f of files) cost += setup.get(f) ?? 0;
  return cost;
}

/** What placing the whole cluster adds to a bin: its tests, and setups the bin lacks, once. */
function clusterAddCost(
  bin: Bin,
  members: number[],
  units: PackUnit[],
  setup: ReadonlyMap<string, number>,
): number {
  const files = new Set(members.flatMap((i) => units[i]!.files));
  let cost = 0;
  for (const i of members) cost += units[i]!.seconds;
  for (const f of files) if (!bin.fileCounts.has(f)) cost += setup.get(f) ?? 0;
  return cost;
}

const MAX_STEPS = 2000;
/** Swaps look at pairs; past this many units in the two jobs only moves are tried. */
const MAX_SWAP_PAIRS = 250_000;

function improve(bins: Bin[], units: PackUnit[], setup: ReadonlyMap<string, number>): void {
  if (bins.length < 2) return;
  const sortKey = byKey(units);
  for (let step = 0; step < MAX_STEPS; step++) {
    let h = 0;
    bins.forEach((b, j) => {
      if (b.load > bins[h]!.load + 1e-9) h = j;
    });
    const heavy = bins[h]!;
    const limit = heavy.load - 1e-9;
    const inHeavy = [...heavy.units].sort(sortKey);
    // Best move: the one leaving the pair's larger load smallest.
    let bestPeak = limit;
    let move: { i: number; j: number; v: number | null } | null = null;
    bins.forEach((other, j) => {
      if (j === h) return;
      for (const i of inHeavy) {
        const u = units[i]!;
        const peak = Math.max(
          heavy.load - removeCost(heavy, u, setup),
          other.load + addCost(other, u, setup),
        );
        if (peak < bestPeak - 1e-9) {
          bestPeak = peak;
          move = { i, j, v: null };
        }
      }
    });
    if (!move) {
      let budget = MAX_SWAP_PAIRS;
      bins.forEach((other, j) => {
        if (j === h || inHeavy.length * other.units.size > budget) return;
        budget -= inHeavy.length * other.units.size;
        const inOther = [...other.units].sort(sortKey);
        for (const i of inHeavy) {
          for (const v of inOther) {
            const peak = swapPeak(heavy, other, units[i]!, units[v]!, i, v, setup);
            if (peak < bestPeak - 1e-9) {
              bestPeak = peak;
              move = { i, j, v };
            }
          }
        }
      });
    }
    if (!move) return;
    const { i, j, v } = move as { i: number; j: number; v: number | null };
    const other = bins[j]!;
    const u = units[i]!;
    take(heavy, i, u, removeCost(heavy, u, setup));
    if (v !== null) {
      const w = units[v]!;
      take(other, v, w, removeCost(other, w, setup));
      place(heavy, v, w, addCost(heavy, w, setup));
    }
    place(other, i, u, addCost(other, u, setup));
  }
}

/** The larger of the two loads after swapping u (in a) with w (in b), setup included. */
function swapPeak(
  a: Bin,
  b: Bin,
  u: PackUnit,
  w: PackUnit,
  i: number,
  v: number,
  setup: ReadonlyMap<string, number>,
): number {
  if (u.seconds + unitSetup(u, setup) <= w.seconds + unitSetup(w, setup)) return Infinity;
  take(a, i, u, 0);
  take(b, v, w, 0);
  const aLoad = a.load - removeCostAfter(u, a, setup) + addCost(a, w, setup);
  const bLoad = b.load - removeCostAfter(w, b, setup) + addCost(b, u, setup);
  place(a, i, u, 0);
  place(b, v, w, 0);
  return Math.max(aLoad, bLoad);
}

/** With the unit already taken out (cost 0): what it had cost the bin. */
function removeCostAfter(unit: PackUnit, bin: Bin, setup: ReadonlyMap<string, number>): number {
  let cost = unit.seconds;
  for (const f of unit.files) if (!bin.fileCounts.has(f)) cost += setup.get(f) ?? 0;
  return cost;
}

function unitSetup(unit: PackUnit, setup: ReadonlyMap<string, number>): number {
  return unit.files.reduce((s, f) => s + (setup.get(f) ?? 0), 0);
}

/** max(total / jobs, largest unit): no packing can beat it. */
export function lowerBound(
  units: PackUnit[],
  jobCount: number,
  setup: ReadonlyMap<string, number> = new Map(),
) {
  const costs = units.map((u) => unitCost(u, setup));
  const total =
    units.reduce((s, u) => s + u.seconds, 0) +
    [...new Set(units.flatMap((u) => u.files))].reduce((s, f) => s + (setup.get(f) ?? 0), 0);
  return Math.max(total / Math.max(1, jobCount), ...costs, 0);
}
