// Test durations shaped like real ones, and pytest-split's least_duration as the baseline the
// packer must never lose to. Used by scripts/bench/balance.mjs (quality) and
// scripts/bench/balance-speed.mjs (time).
//
// The shape: pytest-split's own `.test_durations` files, e.g. pymc-labs/pymc-marketing's
// (commit 07db114504e9, about 4,500 tests): most tests take milliseconds, a fifth take tenths of
// a second, one in six takes seconds (model builds), a few percent take 10 s or more (fits), and
// tests of one file tend to be alike. On top of that the long tail the integration suites this
// project is for have: one test in two hundred runs for minutes.
import { mix, rng } from './prng.mjs';

/** [share of tests, median seconds, spread (sigma of the log)]. */
export const CLASSES = [
  [0.45, 0.004, 0.9],
  [0.2, 0.06, 0.7],
  [0.15, 0.4, 0.7],
  [0.145, 2.5, 0.5],
  [0.05, 12, 0.5],
  [0.005, 90, 0.5],
];

function lognormal(r, median, sigma) {
  const z = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return median * Math.exp(sigma * z);
}

/**
 * Seconds for each test of one file: the file has a usual class (its tests are mostly alike),
 * and three tests in ten draw their own. Seeded by (seed, file index), so a file's durations do
 * not depend on how many files come before it.
 */
export function fileDurations(seed, fileIndex, count) {
  const r = rng(mix(seed, fileIndex));
  const pickClass = () => r.weighted(CLASSES.map((c) => [c[0], c]));
  const usual = pickClass();
  const out = [];
  for (let i = 0; i < count; i++) {
    const [, median, sigma] = r.chance(0.7) ? usual : pickClass();
    out.push(lognormal(r, median, sigma));
  }
  return out;
}

/** Setup seconds per file for JS-like suites (a `beforeAll` that starts a server, a deploy). */
export function fileSetup(seed, fileIndex) {
  const r = rng(mix(seed ^ 0x5e7, fileIndex));
  return r.chance(0.1) ? lognormal(r, 8, 0.6) : lognormal(r, 0.3, 1);
}

/** Python's str order (by code point); JS `<` orders UTF-16 units, the same without surrogates. */
function compareIds(a, b) {
  if (!/[\uD800-\uDFFF]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = Array.from(a, (c) => c.codePointAt(0));
  const y = Array.from(b, (c) => c.codePointAt(0));
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * pytest-split's least_duration (src/pytest_split/algorithms.py, LeastDurationAlgorithm), read
 * and written again here: items sorted by node id, then stably by duration, largest first; each
 * goes to the group with the smallest sum, found with a heap of (sum, group index), so ties go to
 * the lower index. Items without a duration get the mean of the known ones (1 s when none is).
 * `items`: [{ id, seconds }] in collection order (seconds undefined when unknown). Returns the
 * item indexes per group, in collection order.
 */
export function leastDuration(items, splits) {
  const known = items.filter((it) => it.seconds !== undefined);
  const mean = known.length > 0 ? known.reduce((s, it) => s + it.seconds, 0) / known.length : 1;
  const order = items.map((it, index) => ({ id: it.id, duration: it.seconds ?? mean, index }));
  order.sort((a, b) => compareIds(a.id, b.id));
  order.sort((a, b) => b.duration - a.duration); // Array.prototype.sort is stable, as Python's
  const heap = new MinHeap(Array.from({ length: splits }, (_, i) => [0, i]));
  const selected = Array.from({ length: splits }, () => []);
  for (const item of order) {
    const [sum, group] = heap.pop();
    selected[group].push(item.index);
    heap.push([sum + item.duration, group]);
  }
  return selected.map((g) => g.sort((a, b) => a - b));
}

/** heapq's order on (sum, index) tuples. */
class MinHeap {
  constructor(items) {
    this.a = [];
    for (const it of items) this.push(it);
  }
  less(x, y) {
    return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  }
  push(item) {
    const a = this.a;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Seconds per job of a grouping of units: their tests, plus each file's setup once per job. */
export function jobLoads(units, groups, setup) {
  return groups.map((g) => {
    const files = new Set();
    let load = 0;
    for (const i of g) {
      load += units[i].seconds;
      for (const f of units[i].files) files.add(f);
    }
    for (const f of files) load += setup.get(f) ?? 0;
    return load;
  });
}
