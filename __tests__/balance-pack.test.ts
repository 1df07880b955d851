// The packer's guarantees, checked on many generated unit sets: never above pytest-split's
// least_duration (the LPT pass it starts from), loads that are what the jobs really cost, the
// same jobs whatever order the units come in, and close to the lower bound on many small tests.
import { describe, expect, it } from 'vitest';
import { lowerBound, pack, type PackUnit } from '../src/plan/pack.js';

/** mulberry32: seeded, so every run checks the same sets. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Heavy-tailed seconds rounded to the millisecond (as the report writes them, so ties are
 * common), tests over files of up to 12; with `setup`, every file has a setup cost and one unit
 * in twenty needs two files (a global-scope group spanning files).
 */
function unitSet(seed: number, count: number, setup = false) {
  const r = rng(seed);
  const units: PackUnit[] = [];
  const setupOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const file = `tests/test_${Math.floor(i / 12)}.py`;
    const seconds = Math.round(Math.exp(-3 + 6 * r() * r()) * 1000) / 1000;
    const files = setup && r() < 0.05 ? [file, `tests/test_${Math.floor(r() * (count / 12))}.py`] : [file];
    units.push({ key: `${file}::test_${i}`, seconds, files: [...new Set(files)] });
    if (setup) for (const f of files) setupOf.set(f, Math.round(r() * 3000) / 1000);
  }
  return { units, setup: setupOf };
}

/** pytest-split's least_duration: largest first (ties: key), to the least loaded job (ties: lower index). */
function leastDuration(units: PackUnit[], jobs: number): number {
  const loads = new Array<number>(jobs).fill(0);
  const order = [...units].sort((a, b) => b.seconds - a.seconds || (a.key < b.key ? -1 : 1));
  for (const u of order) {
    let j = 0;
    for (let k = 1; k < jobs; k++) if (loads[k]! < loads[j]!) j = k;
    loads[j]! += u.seconds;
  }
  return Math.max(...loads);
}

/** What each job really costs: its units' seconds, and each of its files' setup once. */
function realLoads(units: PackUnit[], jobs: number[][], setup: Map<string, number>): number[] {
  return jobs.map((members) => {
    const files = new Set(members.flatMap((i) => units[i]!.files));
    return (
      members.reduce((s, i) => s + units[i]!.seconds, 0) +
      [...files].reduce((s, f) => s + (setup.get(f) ?? 0), 0)
    );
  });
}

const JOBS = [2, 3, 8, 32, 100];

describe('packing', () => {
  it('is never above least_duration, and every unit is in exactly one job', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { units } = unitSet(seed, 1500);
      for (const jobs of JOBS) {
        const packed = pack(units, jobs);
        expect(packed.jobs.flat().sort((a, b) => a - b)).toEqual(units.map((_, i) => i));
        expect(Math.max(...packed.loads), `seed ${seed}, ${jobs} jobs`).toBeLessThanOrEqual(
          leastDuration(units, jobs) + 1e-9,
        );
      }
    }
  });

  it('reports the loads the jobs really have, setup counted once per file per job', () => {
    for (const seed of [6, 7, 8]) {
      const { units, setup } = unitSet(seed, 900, true);
      for (const jobs of JOBS) {
        const packed = pack(units, jobs, setup);
        const real = realLoads(units, packed.jobs, setup);
        packed.loads.forEach((l, j) =>
          expect(l, `seed ${seed}, ${jobs} jobs, job ${j}`).toBeCloseTo(real[j]!, 6),
        );
      }
    }
  });

  it('gives the same jobs whatever order the units come in', () => {
    const { units, setup } = unitSet(9, 700, true);
    const r = rng(10);
    const shuffled = units
      .map((u) => ({ u, k: r() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.u);
    for (const jobs of [4, 16]) {
      const byKey = (list: PackUnit[]) => pack(list, jobs, setup).jobs.map((j) => j.map((i) => list[i]!.key));
      expect(byKey(shuffled)).toEqual(byKey(units));
    }
  });

  it('lists each job in key order, and is deterministic', () => {
    const { units, setup } = unitSet(11, 500, true);
    const a = pack(units, 8, setup);
    expect(JSON.stringify(pack(units, 8, setup))).toBe(JSON.stringify(a));
    for (const job of a.jobs) {
      const keys = job.map((i) => units[i]!.key);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('gets within 1.005 of the lower bound on many small tests', () => {
    for (const seed of [12, 13]) {
      const { units } = unitSet(seed, 5000);
      for (const jobs of [2, 16, 64]) {
        const bound = lowerBound(units, jobs);
        expect(
          Math.max(...pack(units, jobs).loads) / bound,
          `seed ${seed}, ${jobs} jobs`,
        ).toBeLessThanOrEqual(1.005);
      }
    }
  });
});
