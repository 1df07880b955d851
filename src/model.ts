/**
 * The data that flows through the pipeline: inputs → discover → extract → plan → emit.
 * Every stage takes and returns these plain values; none of them knows about @actions/*.
 */

/** A problem found while reading inputs or test files; becomes an annotation and a summary row. */
export interface Problem {
  severity: 'error' | 'warning' | 'notice';
  /** Repo-relative POSIX path of the file concerned, when there is one. */
  file?: string;
  /** 1-based line, when known. */
  line?: number;
  endLine?: number;
  /** Short title for the annotation, e.g. "Non-literal group marker". */
  title: string;
  /** What was found and what to write instead. */
  message: string;
}

/** The value a group annotation carried, as written: `group(1)` → 1, `group("db")` → "db". */
export type GroupValue = number | string;

/** One test as a runner will collect it. */
export interface TestCase {
  /**
   * The runner's id. pytest: the node id `path/test_x.py::TestA::test_b`, with `[param-id]`
   * appended for a parametrization whose id is known statically.
   */
  id: string;
  /** The id without any parametrization suffix (pytest: `path::Class::func`). */
  function: string;
  /** Repo-relative POSIX path. */
  file: string;
  /** 1-based line of the `def` (or of the `pytest.param` for one parametrization). */
  line: number;
  /** The resolved group (closest wins), or null when the test carries none. */
  group: GroupValue | null;
  /**
   * For one parametrization of a statically parametrized test: the argnames of every
   * `parametrize` that applies, in pytest's order. One array shared by all of a function's
   * parametrizations: `params` and `paramsPerCall` hold one index per argname, so a suite of
   * hundreds of thousands of cases builds no object keyed by name (`paramsRecord` makes one).
   */
  argnames?: readonly string[] | undefined;
  /**
   * Each argname's index into its `parametrize` call's list (pytest's `item.callspec.indices`).
   * Absent when the test is not parametrized, or when its parameter list is not static (then
   * this case stands for every parametrization of `function`).
   */
  params?: readonly number[] | undefined;
  /**
   * The same parametrization as pytest 8.0–8.3 number it: each argname's index within its own
   * `parametrize` call. Present only when it differs from `params` (stacked parametrize).
   */
  paramsPerCall?: readonly number[] | undefined;
}

/**
 * `argnames` and one index per argname as pytest's `callspec.indices` mapping (the plan file's
 * `params`): argname → index, a later `parametrize` of the same name winning as in a dict.
 */
export function paramsRecord(
  argnames: readonly string[],
  indices: readonly number[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < argnames.length; i++) out[argnames[i]!] = indices[i]!;
  return out;
}

/** What one extractor found in one file. */
export interface FileResult {
  file: string;
  /** Which runner collects this file. */
  runner: Runner;
  tests: TestCase[];
  problems: Problem[];
}

/** Which runner collects a file (and which runner-side filter selects its tests). */
export type Runner = 'pytest' | 'jest' | 'vitest' | 'playwright';

/** The runners of JS/TS files. */
export type JsRunner = Exclude<Runner, 'pytest'>;

/** A file handed to an extractor: its repo-relative path and raw bytes. */
export interface SourceFile {
  path: string;
  /** Borrowed: the buffer is reused for the next file, so read it before the first `await`. */
  bytes: Uint8Array;
}

/** Recognises the group marker by name: `group` (value in the argument) or `group_*` (value in the name). */
export interface MarkerSpec {
  /** As given in the `marker` input. */
  raw: string;
  /** For a plain name: the name. For a pattern: the text before `*`. */
  prefix: string;
  /** For a pattern: the text after `*` (often empty). */
  suffix: string;
  isPattern: boolean;
}

/** `runs-on` label(s) of a job. */
export type RunsOn = string | string[];
/** The `runners` input: group id patterns to `runs-on` labels, first match wins. */
export interface RunnerMap {
  rules: { pattern: string; runsOn: RunsOn }[];
  fallback: RunsOn | undefined;
}

export type Scope = 'file' | 'global';
export type UngroupedPolicy = 'job' | 'error' | 'skip' | 'balance';

/** One job of the matrix, with its full selection. */
export interface Job {
  /** Stable slug, safe in artifact names and database names: [a-z0-9_], starts with a letter. */
  id: string;
  /** Short readable job name. */
  name: string;
  index: number;
  /** The group as a string; "ungrouped" for the ungrouped job(s). */
  groupId: string;
  /** The annotation's own value (int or string); null for ungrouped jobs. */
  groupValue: GroupValue | null;
  /** Sorted repo-relative test files the job runs. */
  files: string[];
  tests: TestCase[];
  runner: Runner;
  /** `runs-on` label(s) from the `runners` input, when it maps this group. */
  runsOn?: string | string[];
  /** Predicted seconds (setup included), when timings were given or jobs were packed. */
  seconds?: number;
  /** A packed job holding several units: the groups it holds (null for ungrouped tests). */
  groups?: (GroupValue | null)[];
}

/** Predictions from timings (or test counts), for the summary and the plan file. */
export interface BalanceInfo {
  /** Timings were given and at least one test had one. */
  timed: boolean;
  /** Seconds of every test that had a timing of its own (estimated ones are left out). */
  testSeconds: ReadonlyMap<string, number>;
  /** How many planned tests got an estimate. */
  estimated: number;
  overheadSeconds: number;
  /** Heaviest job plus overhead. */
  wallSeconds: number;
  /** Every job's seconds plus overhead per job. */
  machineSeconds: number;
  /** Everything in one job, plus one overhead. */
  serialSeconds: number;
  /** max(total / jobs, largest unit), without overhead. */
  lowerBoundSeconds: number;
  /** The unit larger than a balanced share that sets the wall time, when there is one. */
  boundingUnit: string | null;
  targetMinutes: number | null;
}

export interface Plan {
  scope: Scope;
  marker: string;
  ungrouped: UngroupedPolicy;
  jobs: Job[];
  /** Tests left out on purpose (`ungrouped: skip`). */
  skipped: TestCase[];
  /** Total tests found, skipped ones included. */
  totalTests: number;
  /** Present when timings were given or jobs were packed. */
  balance?: BalanceInfo;
  /**
   * Present when the plan holds Playwright tests: every Playwright config that may run them, with
   * the directory its test list lines are relative to (docs/plan-format.md).
   */
  playwrightConfigs?: PlaywrightConfigRoot[];
}

/** A Playwright config and its `config.rootDir`, for the Playwright filter's test list. */
export interface PlaywrightConfigRoot {
  /** Repo-relative POSIX path of the config file. */
  config: string;
  /**
   * Playwright's rootDir: the config's own top-level `testDir`, else its directory (the projects'
   * testDirs do not change it); repo-relative POSIX, `.` for the working directory itself. Null
   * when only running the config could tell.
   */
  rootDir: string | null;
}
