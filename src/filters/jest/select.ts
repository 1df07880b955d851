// How a Jest job selects its tests. Jest 30 rejects custom CLI flags, so the job comes through env
// (GROUP_MATRIX_PLAN, GROUP_MATRIX_ID): `jestArgs` gives `--filter=<filter.cjs>` and, when the job
// holds part of a file, `--testNamePattern=<exact names>`; Jest require()s that CommonJS shim, which
// calls `filter` (exported by the bundle next to it) with every test path Jest found.
import path from 'node:path';
import { FilterError, readSelection } from '../selection.js';

/**
 * Jest calls `--filter` once per project (a config's `projects`), each time with that project's
 * test paths, all before any test runs (`Promise.all` over the projects' searches, which are
 * in-memory lookups once the haste maps are built). A planned file missing from one call may be
 * another project's, so the check that every planned file is found waits for the calls of one
 * search: each call answers after this long with no further call.
 */
const QUIET_MS = 300;

interface Waiting {
  testPaths: string[];
  resolve: (value: { filtered: string[] }) => void;
  reject: (err: unknown) => void;
}
let waiting: Waiting[] = [];
let timer: NodeJS.Timeout | undefined;

/** Jest's `--filter` contract (Jest 30): `{ filtered: string[] }` of the paths to run, exactly the job's files. */
export function filter(testPaths: string[]): Promise<{ filtered: string[] }> {
  const selection = readSelection('jest');
  const unplanned = testPaths.map((p) => path.resolve(p)).filter((p) => !selection.runnerFiles.has(p));
  if (unplanned.length > 0)
    return Promise.reject(
      new FilterError(
        `group-matrix jest filter: Jest finds ${unplanned.length} test file(s) the plan does not hold, which no job would run: ${unplanned
          .slice(0, 5)
          .map((f) => `'${path.relative(selection.root, f)}'`)
          .join(', ')}. Re-run the collect job, or widen the action's paths.`,
      ),
    );
  return new Promise((resolve, reject) => {
    waiting.push({ testPaths, resolve, reject });
    clearTimeout(timer);
    timer = setTimeout(settle, QUIET_MS);
  });
}

/** Every project's call is in: the job's files must all be among the paths Jest found. */
function settle(): void {
  const calls = waiting;
  waiting = [];
  const selection = readSelection('jest');
  const found = new Set(calls.flatMap((c) => c.testPaths.map((p) => path.resolve(p))));
  const missing = selection.files.filter((f) => !found.has(f));
  if (missing.length > 0) {
    const err = new FilterError(
      `group-matrix jest filter: job '${selection.job.id}' plans ${missing.map((f) => `'${path.relative(selection.root, f)}'`).join(', ')}, but Jest does not find ${missing.length > 1 ? 'them' : 'it'} as a test file (testMatch, roots or rootDir differ from the plan). Align the action's paths with Jest's config.`,
    );
    for (const c of calls) c.reject(err);
    return;
  }
  const keep = new Set(selection.files);
  for (const c of calls) c.resolve({ filtered: c.testPaths.filter((p) => keep.has(path.resolve(p))) });
}

/** The arguments to append to `jest` for the selected job; `bundle` is dist/filters/jest/index.js. */
export function jestArgs(bundle: string): string[] {
  const selection = readSelection('jest');
  const args = [`--filter=${path.join(path.dirname(bundle), 'filter.cjs')}`];
  if (selection.byName) args.push(`--testNamePattern=${selection.byName.pattern}`);
  return args;
}
