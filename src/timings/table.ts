/** Seconds per planned test and setup seconds per file, from earlier runs. */
export interface TimingTable {
  /** Plan test id → seconds (call time; pytest's default `total` report folds setup in). */
  tests: Map<string, number>;
  /** Repo-relative file → setup seconds paid once by any job that runs a test of it. */
  files: Map<string, number>;
  /** The timing files actually read (for the summary). */
  sources: string[];
}

export function emptyTable(): TimingTable {
  return { tests: new Map(), files: new Map(), sources: [] };
}

/** Used when neither the file nor the suite has a single timed test. */
export const DEFAULT_TEST_SECONDS = 1;

/** What every planned test is predicted to take, and how many of those are estimates. */
export interface Estimates {
  seconds: ReadonlyMap<string, number>;
  /** Ids of tests with no timing of their own. */
  estimated: Set<string>;
}

/**
 * Fills in the tests with no timing: the median per test of the same file, else of the whole
 * suite, else DEFAULT_TEST_SECONDS. A median, not a mean, so one slow outlier does not inflate
 * every new test of its file.
 */
export function estimate(tests: { id: string; file: string }[], table: TimingTable): Estimates {
  const estimated = new Set<string>();
  // Every test timed and nothing else in the table (timings of this very suite): the table's
  // map is the answer as it is, with no copy of 50,000 entries.
  if (table.tests.size === tests.length && tests.every((t) => table.tests.has(t.id)))
    return { seconds: table.tests, estimated };
  const seconds = new Map<string, number>();
  const untimed: { id: string; file: string }[] = [];
  for (const t of tests) {
    const own = table.tests.get(t.id);
    if (own !== undefined) seconds.set(t.id, own);
    else untimed.push(t);
  }
  // The medians only when a test needs one: with every test timed, sorting them is wasted.
  if (untimed.length === 0) return { seconds, estimated };
  const perFile = new Map<string, number[]>();
  const all: number[] = [];
  for (const t of tests) {
    const s = table.tests.get(t.id);
    if (s === undefined) continue;
    all.push(s);
    const list = perFile.get(t.file);
    if (list) list.push(s);
    else perFile.set(t.file, [s]);
  }
  const suiteMedian = all.length > 0 ? median(all) : DEFAULT_TEST_SECONDS;
  const fileMedian = new Map<string, number>();
  for (const t of untimed) {
    let m = fileMedian.get(t.file);
    if (m === undefined) {
      const list = perFile.get(t.file);
      m = list ? median(list) : suiteMedian;
      fileMedian.set(t.file, m);
    }
    seconds.set(t.id, m);
    estimated.add(t.id);
  }
  return { seconds, estimated };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
