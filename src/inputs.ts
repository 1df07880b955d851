import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_JOB_OVERHEAD_SECONDS, Inputs, MATRIX_LIMIT } from './constants.js';
import type { MarkerSpec, Runner, RunnerMap, RunsOn, Scope, UngroupedPolicy } from './model.js';

/** Every setting the pipeline needs, read and validated once. */
export interface Settings {
  /** Absolute root; every path in and out is relative to it. */
  workingDirectory: string;
  /** Globs from `paths`; empty means pytest's own discovery. */
  paths: string[];
  marker: MarkerSpec;
  scope: Scope;
  ungrouped: UngroupedPolicy;
  /** `runs-on` per group id pattern, in the order written; `default` is kept apart. */
  runners: RunnerMap | null;
  ifNoTests: 'success' | 'error';
  maxJobs: number;
  /** Absolute path where the plan file is written. */
  planFile: string;
  /** Runner of JS/TS test files: detected per package (`auto`) or one for all. */
  jsRunner: 'auto' | Exclude<Runner, 'pytest'>;
  /** A JS tag starting with this names a group (`@group:2` → 2). */
  jsTagPrefix: string;
  /** JS tags that are groups as a whole (`@slow` → group `slow`). */
  jsGroupTags: string[];
  /** Paths or globs (relative to workingDirectory) of JUnit XML reports or timings files. */
  timings: string[];
  /** `jobs`: exact number of packed jobs, or null. */
  jobs: number | null;
  /** `target-minutes`: predicted wall time to meet with the fewest jobs, or null. */
  targetMinutes: number | null;
  /** `job-overhead-seconds`: what each job spends before its first test. */
  jobOverheadSeconds: number;
}

/** A bad input: the message names the input, the value and what is allowed. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface InputEnvironment {
  /** GITHUB_WORKSPACE, or the current directory outside Actions. */
  workspace: string;
  /** RUNNER_TEMP, or the OS temp directory. */
  tempDir: string;
}

const SCOPES = ['file', 'global'] as const;
const UNGROUPED = ['job', 'error', 'skip', 'balance'] as const;
const IF_NO_TESTS = ['success', 'error'] as const;
const JS_RUNNER = ['auto', 'jest', 'vitest', 'playwright'] as const;

/** Reads every input through `get` (which returns '' for an unset input) and validates it. */
export function readSettings(get: (name: string) => string, env: InputEnvironment): Settings {
  const wdInput = get(Inputs.WorkingDirectory).trim();
  const workingDirectory = path.resolve(env.workspace, wdInput || '.');
  const planInput = get(Inputs.PlanFile).trim();
  return {
    workingDirectory,
    paths: splitList(get(Inputs.Paths)),
    marker: parseMarker(get(Inputs.Marker).trim() || 'group'),
    scope: oneOf(Inputs.Scope, get(Inputs.Scope).trim() || 'file', SCOPES),
    ungrouped: oneOf(Inputs.Ungrouped, get(Inputs.Ungrouped).trim() || 'job', UNGROUPED),
    runners: parseRunners(get(Inputs.Runners)),
    ifNoTests: oneOf(Inputs.IfNoTests, get(Inputs.IfNoTests).trim() || 'success', IF_NO_TESTS),
    maxJobs: parseMaxJobs(get(Inputs.MaxJobs).trim()),
    planFile: planInput
      ? path.resolve(workingDirectory, planInput)
      : path.join(env.tempDir, 'group-matrix-plan.json'),
    jsRunner: oneOf(Inputs.JsRunner, get(Inputs.JsRunner).trim() || 'auto', JS_RUNNER),
    jsTagPrefix: parseTagPrefix(get(Inputs.JsTagPrefix).trim() || '@group:'),
    jsGroupTags: splitList(get(Inputs.JsGroupTags)),
    timings: splitList(get(Inputs.Timings)),
    jobs: parseJobs(get(Inputs.Jobs).trim()),
    targetMinutes: parseTargetMinutes(get(Inputs.TargetMinutes).trim()),
    jobOverheadSeconds: parseOverhead(get(Inputs.JobOverheadSeconds).trim()),
  };
}

function parseJobs(value: string): number | null {
  if (value === '') return null;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MATRIX_LIMIT) {
    throw new InputError(
      `Invalid jobs '${value}'. Expected a whole number from 1 to ${MATRIX_LIMIT} (GitHub runs at most ${MATRIX_LIMIT} jobs per matrix), or nothing.`,
    );
  }
  return n;
}

const DECIMAL = /^\d+(\.\d+)?$/;

function parseTargetMinutes(value: string): number | null {
  if (value === '') return null;
  const n = DECIMAL.test(value) ? Number(value) : NaN;
  if (!(n > 0)) {
    throw new InputError(
      `Invalid target-minutes '${value}'. Expected minutes above 0 (for example 15), or nothing.`,
    );
  }
  return n;
}

function parseOverhead(value: string): number {
  if (value === '') return DEFAULT_JOB_OVERHEAD_SECONDS;
  if (!DECIMAL.test(value)) {
    throw new InputError(
      `Invalid job-overhead-seconds '${value}'. Expected seconds, 0 or more (for example 60).`,
    );
  }
  return Number(value);
}

function parseTagPrefix(value: string): string {
  if (/\s/.test(value) || value === '@') {
    throw new InputError(
      `Invalid js-tag-prefix '${value}'. Expected a tag prefix without spaces such as '@group:' (a tag '@group:2' then names group 2).`,
    );
  }
  return value;
}

/** Newline- or space-separated; `#` starts a comment line, as in YAML block lists people paste. */
export function splitList(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/));
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(
    `Invalid ${input} '${value}'. Expected one of: ${allowed.map((a) => `'${a}'`).join(', ')}.`,
  );
}

const MARKER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseMarker(raw: string): MarkerSpec {
  const star = raw.indexOf('*');
  if (star === -1) {
    if (!MARKER_NAME.test(raw)) throw badMarker(raw);
    return { raw, prefix: raw, suffix: '', isPattern: false };
  }
  const prefix = raw.slice(0, star);
  const suffix = raw.slice(star + 1);
  const valid =
    !suffix.includes('*') &&
    (prefix === '' || MARKER_NAME.test(prefix)) &&
    (suffix === '' || /^[A-Za-z0-9_]+$/.test(suffix)) &&
    prefix + suffix !== '';
  if (!valid) throw badMarker(raw);
  return { raw, prefix, suffix, isPattern: true };
}

function badMarker(raw: string): InputError {
  return new InputError(
    `Invalid marker '${raw}'. Expected a Python identifier such as 'group', or a pattern with one '*' such as 'group_*' (the '*' part of the mark's name is the group).`,
  );
}

function parseMaxJobs(value: string): number {
  if (value === '') return MATRIX_LIMIT;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MATRIX_LIMIT) {
    throw new InputError(
      `Invalid max-jobs '${value}'. Expected a whole number from 1 to ${MATRIX_LIMIT} (GitHub runs at most ${MATRIX_LIMIT} jobs per matrix).`,
    );
  }
  return n;
}

export function parseRunners(value: string): RunnerMap | null {
  if (!value.trim()) return null;
  let doc: unknown;
  try {
    doc = parseYaml(value);
  } catch (err) {
    throw new InputError(
      `Invalid runners: not valid YAML (${firstLine(err)}). Expected a mapping such as 'db: ubuntu-latest-8-cores'.`,
    );
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError(
      `Invalid runners '${value.trim()}'. Expected a YAML mapping of group ids (or glob patterns of ids) to runs-on labels, for example:\n  db: ubuntu-latest-8-cores\n  "gpu-*": [self-hosted, gpu]\n  default: ubuntu-latest`,
    );
  }
  const rules: RunnerMap['rules'] = [];
  let fallback: RunsOn | undefined;
  for (const [key, raw] of Object.entries(doc)) {
    const runsOn = asRunsOn(key, raw);
    if (key === 'default') fallback = runsOn;
    else rules.push({ pattern: key, runsOn });
  }
  return { rules, fallback };
}

function asRunsOn(key: string, raw: unknown): RunsOn {
  if (typeof raw === 'string' && raw.trim()) return raw.trim();
  if (Array.isArray(raw) && raw.length > 0 && raw.every((l) => typeof l === 'string' && l.trim())) {
    return raw.map((l: string) => l.trim());
  }
  throw new InputError(
    `Invalid runners entry '${key}': ${JSON.stringify(raw)}. Expected a runner label or a list of labels.`,
  );
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
