// Jest 30 rejects custom CLI flags, so the job comes through env (GROUP_MATRIX_PLAN, GROUP_MATRIX_ID).
// Three uses of this one module:
//   node dist/filters/jest/index.js args   → prints `--filter=<this module>` and, when the job holds
//                                             part of a file, `--testNamePattern=<exact names>`;
//   jest --filter=dist/filters/jest/filter.cjs → Jest require()s that CommonJS shim, which calls
//                                             `filter` here with every test path Jest found;
//   node dist/filters/jest/index.js check <results.json> → after `jest ... --json --outputFile=<it>`
//                                             (Jest lists no test names without running), compares
//                                             the tests Jest found in the name-selected files with
//                                             the plan: -t leaves the others in the results as pending.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRunnerJson, runCheck } from '../check.js';
import { testsOfJestJson } from '../jest-format.js';
import { cli, FilterError, isMain, printArgs, readSelection } from '../selection.js';

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

/** The arguments to append to `jest` for the selected job. */
export function jestArgs(self: string): string[] {
  const selection = readSelection('jest');
  const args = [`--filter=${path.join(path.dirname(self), 'filter.cjs')}`];
  if (selection.byName) args.push(`--testNamePattern=${selection.byName.pattern}`);
  return args;
}

if (isMain(import.meta.url)) {
  cli((argv) => {
    if (argv[0] === 'check')
      return runCheck('jest', argv, (file) =>
        testsOfJestJson(
          'jest',
          file,
          readRunnerJson(
            'jest',
            file,
            // After a run: no file most often means Jest stopped before it reported (a config error).
            `when the jest run above stopped before reporting, its own error says why and nothing could be checked; otherwise run jest with the job's arguments and --json --outputFile=${file}`,
          ),
        ),
      );
    if (argv[0] !== 'args')
      throw new FilterError('usage: node dist/filters/jest/index.js args [--nul] | check <results.json>');
    printArgs(jestArgs(fileURLToPath(import.meta.url)), argv.includes('--nul'));
  });
}
