// How a Jest job selects its tests. Jest 30 rejects custom CLI flags, so the job comes through env
// (GROUP_MATRIX_PLAN, GROUP_MATRIX_ID): `jestArgs` gives `--filter=<filter.cjs>` and, when the job
// holds part of a file, `--testNamePattern=<exact names>`; Jest require()s that CommonJS shim, which
// calls `filter` (exported by the bundle next to it) with every test path Jest found.
import path from 'node:path';
import { FilterError, readSelection } from '../selection.js';

/** Jest's `--filter` contract (Jest 30): `{ filtered: string[] }` of the paths to run, exactly the job's files. */
export async function filter(testPaths: string[]): Promise<{ filtered: string[] }> {
  const selection = readSelection('jest');
  const found = new Set(testPaths.map((p) => path.resolve(p)));
  const missing = selection.files.filter((f) => !found.has(f));
  if (missing.length > 0)
    throw new FilterError(
      `group-matrix jest filter: job '${selection.job.id}' plans ${missing.map((f) => `'${path.relative(selection.root, f)}'`).join(', ')}, but Jest does not find ${missing.length > 1 ? 'them' : 'it'} as a test file (testMatch, roots or rootDir differ from the plan). Align the action's paths with Jest's config.`,
    );
  const unplanned = [...found].filter((p) => !selection.runnerFiles.has(p));
  if (unplanned.length > 0)
    throw new FilterError(
      `group-matrix jest filter: Jest finds ${unplanned.length} test file(s) the plan does not hold, which no job would run: ${unplanned
        .slice(0, 5)
        .map((f) => `'${path.relative(selection.root, f)}'`)
        .join(', ')}. Re-run the collect job, or widen the action's paths.`,
    );
  const keep = new Set(selection.files);
  return { filtered: testPaths.filter((p) => keep.has(path.resolve(p))) };
}

/** The arguments to append to `jest` for the selected job; `bundle` is dist/filters/jest/index.js. */
export function jestArgs(bundle: string): string[] {
  const selection = readSelection('jest');
  const args = [`--filter=${path.join(path.dirname(bundle), 'filter.cjs')}`];
  if (selection.byName) args.push(`--testNamePattern=${selection.byName.pattern}`);
  return args;
}
