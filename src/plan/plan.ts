import path from 'node:path';
import type {
  FileResult,
  GroupValue,
  Job,
  Plan,
  Problem,
  Runner,
  RunnerMap,
  Scope,
  TestCase,
  UngroupedPolicy,
} from '../model.js';
import type { TimingTable } from '../timings/table.js';
import { isPacking, packBuckets, predictJobs, type BalanceSettings } from './balance.js';
import { compareGroups } from './group-order.js';
import { safeId, slug, uniqueIds } from './ids.js';
import { runsOnFor } from './runs-on.js';

export interface PlanSettings {
  scope: Scope;
  ungrouped: UngroupedPolicy;
  marker: string;
  runners: RunnerMap | null;
  maxJobs: number;
  /** Balancing (src/plan/balance.ts); absent means none. */
  jobs?: number | null;
  targetMinutes?: number | null;
  jobOverheadSeconds?: number;
  timings?: TimingTable | null;
}

export const UNGROUPED_ID = 'ungrouped';

/** A job before its id and index are fixed. */
interface Bucket {
  file: string | null;
  groupValue: GroupValue | null;
  runner: Runner;
  tests: TestCase[];
}

/**
 * Tests → jobs. File scope: one job per file × group; global scope: one job per group.
 * Ungrouped tests follow the policy and are never dropped without being listed.
 */
export function planJobs(results: FileResult[], settings: PlanSettings): { plan: Plan; problems: Problem[] } {
  const problems: Problem[] = [];
  const buckets = new Map<string, Bucket>();
  const skipped: TestCase[] = [];
  let totalTests = 0;

  for (const result of results) {
    for (const test of result.tests) {
      totalTests++;
      if (test.group === null) {
        if (settings.ungrouped === 'skip') {
          skipped.push(test);
          continue;
        }
        if (settings.ungrouped === 'error') problems.push(ungroupedError(test, settings.marker));
      }
      const file = settings.scope === 'file' ? result.file : null;
      const groupKey = test.group === null ? '\u0000' : String(test.group);
      const key = `${file ?? ''}\u0000${groupKey}\u0000${result.runner}`;
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { file, groupValue: test.group, runner: result.runner, tests: [] };
        buckets.set(key, bucket);
      } else if (typeof test.group === 'number' && typeof bucket.groupValue === 'string') {
        // group(1) and group("1") are the same group, as `--group 1` selects both; the
        // integer spelling wins so group_number stays a number.
        bucket.groupValue = test.group;
      }
      bucket.tests.push(test);
    }
  }

  const ordered = [...buckets.values()].sort(compareBuckets);
  const balance = balanceSettings(settings);
  if (isPacking(balance)) {
    const packed = packedPlan(ordered, settings, balance);
    problems.push(...packed.problems);
    return {
      plan: {
        scope: settings.scope,
        marker: settings.marker,
        ungrouped: settings.ungrouped,
        jobs: packed.jobs,
        skipped,
        totalTests,
        balance: packed.info,
      },
      problems,
    };
  }
  const ids = uniqueIds(ordered.map((b) => safeId(rawId(b))));
  const jobs: Job[] = ordered.map((bucket, index) => {
    const groupId = bucket.groupValue === null ? UNGROUPED_ID : String(bucket.groupValue);
    const files = [...new Set(bucket.tests.map((t) => t.file))].sort();
    const job: Job = {
      id: ids[index]!,
      name: jobName(bucket),
      index,
      groupId,
      groupValue: bucket.groupValue,
      files,
      tests: bucket.tests,
      runner: bucket.runner,
    };
    const runsOn = runsOnFor(settings.runners, groupId);
    if (runsOn !== undefined) job.runsOn = runsOn;
    return job;
  });

  if (jobs.length > settings.maxJobs) problems.push(tooManyJobs(jobs.length, settings));

  const plan: Plan = {
    scope: settings.scope,
    marker: settings.marker,
    ungrouped: settings.ungrouped,
    jobs,
    skipped,
    totalTests,
  };
  if (balance.timings) plan.balance = predictJobs(jobs, balance);
  return { plan, problems };
}

function balanceSettings(s: PlanSettings): BalanceSettings {
  return {
    ungrouped: s.ungrouped,
    maxJobs: s.maxJobs,
    jobs: s.jobs ?? null,
    targetMinutes: s.targetMinutes ?? null,
    jobOverheadSeconds: s.jobOverheadSeconds ?? 0,
    timings: s.timings ?? null,
  };
}

/**
 * Packed jobs get ids from their position and the count, `shard_2_of_4`: stable names for
 * required checks and re-runs, while the tests inside may move between shards as timings change.
 */
function packedPlan(ordered: Bucket[], settings: PlanSettings, balance: BalanceSettings) {
  const { jobs: packed, info, notes } = packBuckets(ordered, balance);
  const problems: Problem[] = notes.map((message) => ({
    severity: 'notice' as const,
    title: 'Job count',
    message,
  }));
  const n = packed.length;
  const jobs: Job[] = packed.map((p, index) => {
    const named = p.groups.filter((g): g is GroupValue => g !== null);
    const single = p.groups.length === 1 ? p.groups[0]! : undefined;
    const groupId = single === undefined ? 'mixed' : single === null ? UNGROUPED_ID : String(single);
    const job: Job = {
      id: `shard_${index + 1}_of_${n}`,
      name: `shard ${index + 1} of ${n}`,
      index,
      groupId,
      groupValue: single ?? (named.length === 1 && p.groups.length === 1 ? named[0]! : null),
      files: [...new Set(p.tests.map((t) => t.file))].sort(),
      tests: p.tests,
      runner: p.runner,
      seconds: p.seconds,
    };
    if (p.groups.length > 1) job.groups = p.groups;
    const runsOn = runsOnFor(settings.runners, groupId);
    if (runsOn !== undefined) job.runsOn = runsOn;
    return job;
  });
  return { jobs, info, problems };
}

function compareBuckets(a: Bucket, b: Bucket): number {
  const af = a.file ?? '';
  const bf = b.file ?? '';
  if (af !== bf) return af < bf ? -1 : 1;
  if (a.groupValue === null || b.groupValue === null) {
    if (a.groupValue !== b.groupValue) return a.groupValue === null ? 1 : -1;
  } else {
    const byGroup = compareGroups(a.groupValue, b.groupValue);
    if (byGroup !== 0) return byGroup;
  }
  return a.runner < b.runner ? -1 : a.runner > b.runner ? 1 : 0;
}

function rawId(b: Bucket): string {
  const group = b.groupValue === null ? UNGROUPED_ID : `group_${slug(String(b.groupValue))}`;
  return b.file === null ? group : `${slug(b.file)}_${group}`;
}

/** `<file> | group 1`: the original practice's job_name; `name` uses the basename to stay short. */
export function jobLabel(file: string | null, groupValue: GroupValue | null): string {
  const group = groupValue === null ? UNGROUPED_ID : `group ${String(groupValue)}`;
  return file === null ? group : `${file} | ${group}`;
}

function jobName(b: Bucket): string {
  return jobLabel(b.file === null ? null : path.posix.basename(b.file), b.groupValue);
}

function ungroupedError(test: TestCase, marker: string): Problem {
  const example = marker.includes('*')
    ? `@pytest.mark.${marker.replace('*', 'db')}`
    : `@pytest.mark.${marker}(1)`;
  return {
    severity: 'error',
    file: test.file,
    line: test.line,
    title: 'Test without a group',
    message: `${test.id} has no '${marker}' marker, and ungrouped is 'error'. Add one (for example ${example}) to the test, its class or the module's pytestmark, or set ungrouped to 'job' to run such tests in a job of their own.`,
  };
}

function tooManyJobs(needed: number, settings: PlanSettings): Problem {
  const hint =
    settings.scope === 'file'
      ? 'Use scope: global so that a group spans files, use fewer group values per file, or split the suite across several collect steps (each its own matrix).'
      : 'Use fewer groups, or split the suite across several collect steps (each its own matrix).';
  return {
    severity: 'error',
    title: 'Too many jobs',
    message: `The plan needs ${needed} jobs, but max-jobs is ${settings.maxJobs}${settings.maxJobs === 256 ? " (GitHub's matrix limit)" : ''}. ${hint}`,
  };
}
