/**
 * The jobs being packed (src/plan/pack.ts), kept so that every question the packer asks costs
 * little: each job's units sorted by seconds (to find the unit nearest a wanted size by binary
 * search), which jobs hold each setup file, and a tournament tree for the least loaded job.
 */

/** The units as the packer reads them. */
export interface Model {
  seconds: Float64Array;
  /** Per unit: ids of its files that have a setup cost, ascending (files without one never matter). */
  files: number[][];
  /** Setup seconds per file id. */
  setup: Float64Array;
  /** Per unit: its files' setup, summed: what it costs alone beyond its tests. */
  own: Float64Array;
  /** Per unit: the position of its key in key order (the tie-breaker). */
  rank: Int32Array;
  /** Unit indexes in key order. */
  byKey: number[];
  /** The largest `own`: the most setup one unit's leaving can shed from a job. */
  maxOwn: number;
}

export class Jobs {
  readonly loads: Float64Array;
  /** Per job: its units without setup files, sorted by seconds, then key. */
  readonly plain: number[][];
  /** Per job: its units with setup files, sorted by seconds, then key. */
  readonly withSetup: number[][];
  private readonly jobOf: Int32Array;
  /** Per setup file: job → how many of the job's units need it. */
  private readonly holders: Map<number, number>[];
  /** Tournament tree over the jobs: each node holds the least loaded job below it (ties: lower index). */
  private readonly tree: Int32Array;
  private readonly leaves: number;
  private sorted = false;

  constructor(
    readonly count: number,
    private readonly model: Model,
  ) {
    this.loads = new Float64Array(count);
    this.plain = Array.from({ length: count }, () => []);
    this.withSetup = Array.from({ length: count }, () => []);
    this.jobOf = new Int32Array(model.seconds.length).fill(-1);
    this.holders = Array.from(model.setup, () => new Map<number, number>());
    let leaves = 1;
    while (leaves < count) leaves *= 2;
    this.leaves = leaves;
    this.tree = new Int32Array(2 * leaves).fill(-1);
    for (let j = 0; j < count; j++) this.tree[leaves + j] = j;
    for (let node = leaves - 1; node >= 1; node--) this.tree[node] = this.lighter(2 * node, 2 * node + 1);
  }

  private lighter(a: number, b: number): number {
    const x = this.tree[a]!;
    const y = this.tree[b]!;
    if (x < 0) return y;
    if (y < 0) return x;
    const lx = this.loads[x]!;
    const ly = this.loads[y]!;
    return lx < ly || (lx === ly && x < y) ? x : y;
  }

  private loadChanged(job: number): void {
    for (let node = (this.leaves + job) >> 1; node >= 1; node >>= 1)
      this.tree[node] = this.lighter(2 * node, 2 * node + 1);
  }

  /** The least loaded job (ties: the lower index), other than `except`. */
  lightest(except = -1): number {
    const root = this.tree[1]!;
    if (root !== except) return root;
    let best = -1;
    for (let j = 0; j < this.count; j++) {
      if (j !== except && (best < 0 || this.loads[j]! < this.loads[best]!)) best = j;
    }
    return best;
  }

  /** The most loaded job (ties: the lower index). */
  heaviest(): number {
    let best = 0;
    for (let j = 1; j < this.count; j++) if (this.loads[j]! > this.loads[best]!) best = j;
    return best;
  }

  /** Every job but `except`, least loaded first (ties: the lower index). */
  byLoad(except: number): number[] {
    const out: number[] = [];
    for (let j = 0; j < this.count; j++) if (j !== except) out.push(j);
    return out.sort((a, b) => this.loads[a]! - this.loads[b]! || a - b);
  }

  /** Jobs that hold a unit needing setup file `file`. */
  holdersOf(file: number): Iterable<number> {
    return this.holders[file]!.keys();
  }

  /** Setup of `files` that `job` has not paid yet. */
  missingSetup(job: number, files: number[]): number {
    let cost = 0;
    for (const f of files) if (!this.holders[f]!.has(job)) cost += this.model.setup[f]!;
    return cost;
  }

  /** Seconds the unit adds to the job: its tests, plus the setup of files the job lacks. */
  addCost(job: number, unit: number): number {
    return this.model.seconds[unit]! + this.missingSetup(job, this.model.files[unit]!);
  }

  /** Seconds the job sheds when the unit leaves it: setups no other unit there needs go too. */
  removeCost(job: number, unit: number): number {
    let cost = this.model.seconds[unit]!;
    for (const f of this.model.files[unit]!)
      if (this.holders[f]!.get(job) === 1) cost += this.model.setup[f]!;
    return cost;
  }

  /** The larger of the two loads after swapping u (in a) with w (in b), setup included. */
  swapPeak(a: number, b: number, u: number, w: number): number {
    return Math.max(this.afterSwap(a, u, w), this.afterSwap(b, w, u));
  }

  /** The job's load once `leaving` has left and `coming` has joined. */
  private afterSwap(job: number, leaving: number, coming: number): number {
    const { seconds, files, setup } = this.model;
    const out = files[leaving]!;
    const into = files[coming]!;
    let load = this.loads[job]! - seconds[leaving]! + seconds[coming]!;
    // A file both need stays paid; one only the leaving unit had there goes; one the job lacks comes.
    for (const f of out) if (this.holders[f]!.get(job) === 1 && !into.includes(f)) load -= setup[f]!;
    for (const f of into) if (!this.holders[f]!.has(job) && !out.includes(f)) load += setup[f]!;
    return load;
  }

  /** Index of the first unit in `list` (sorted by seconds) with at least `seconds`. */
  firstAtLeast(list: number[], seconds: number): number {
    const s = this.model.seconds;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[list[mid]!]! < seconds) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where the unit sits (or would sit) in a list sorted by seconds, then key. */
  private position(list: number[], unit: number): number {
    const { seconds, rank } = this.model;
    const s = seconds[unit]!;
    const r = rank[unit]!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = list[mid]!;
      if (seconds[other]! < s || (seconds[other]! === s && rank[other]! < r)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private listOf(job: number, unit: number): number[] {
    return this.model.files[unit]!.length === 0 ? this.plain[job]! : this.withSetup[job]!;
  }

  /**
   * Sorts each job's units by seconds for the search. Until then placing skips the lists: kept
   * sorted unit by unit, they would cost a shift of half a job per unit placed.
   */
  sortUnits(): void {
    const { seconds, rank } = this.model;
    for (const i of this.model.byKey) if (this.jobOf[i]! >= 0) this.listOf(this.jobOf[i]!, i).push(i);
    for (const list of [...this.plain, ...this.withSetup])
      list.sort((a, b) => seconds[a]! - seconds[b]! || rank[a]! - rank[b]!);
    this.sorted = true;
  }

  place(job: number, unit: number): void {
    this.loads[job]! += this.addCost(job, unit);
    if (this.sorted) {
      const list = this.listOf(job, unit);
      list.splice(this.position(list, unit), 0, unit);
    }
    for (const f of this.model.files[unit]!) {
      const held = this.holders[f]!;
      held.set(job, (held.get(job) ?? 0) + 1);
    }
    this.jobOf[unit] = job;
    this.loadChanged(job);
  }

  take(unit: number): void {
    const job = this.jobOf[unit]!;
    this.loads[job]! -= this.removeCost(job, unit);
    if (this.sorted) {
      const list = this.listOf(job, unit);
      list.splice(this.position(list, unit), 1);
    }
    for (const f of this.model.files[unit]!) {
      const held = this.holders[f]!;
      const n = held.get(job)! - 1;
      if (n === 0) held.delete(job);
      else held.set(job, n);
    }
    this.jobOf[unit] = -1;
    this.loadChanged(job);
  }

  /** Unit indexes per job, in key order. */
  unitsByJob(): number[][] {
    const out: number[][] = Array.from({ length: this.count }, () => []);
    for (const i of this.model.byKey) out[this.jobOf[i]!]!.push(i);
    return out;
  }
}
