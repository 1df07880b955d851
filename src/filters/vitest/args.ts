// What a Vitest job runs: the job's files, an --exclude for every other planned file a file filter
// would also match (Vitest matches file filters as substrings), and, when the job holds part of a
// file, --testNamePattern with the exact names. And the arguments of the listing run that `check`
// compares with the plan.
import path from 'node:path';
import { nameSelectedFiles } from '../check.js';
import { readSelection, type Selection } from '../selection.js';

export function vitestArgs(): string[] {
  const selection = readSelection('vitest');
  const args = fileArgs(selection);
  if (selection.byName) args.push(`--testNamePattern=${selection.byName.pattern}`);
  return args;
}

/**
 * The arguments of a `vitest run` that collects the job's name-selected files and runs none of
 * their tests: a name pattern that matches nothing makes Vitest report every test as skipped,
 * hooks and bodies unrun, and the json reporter writes them all (to `output`, never to a file
 * the config names). Not `vitest list`: it leaves out tests skipped at collection (`.skip`,
 * `.todo`, `skipIf`), which the check would take for removed ones. Nothing when the job selects
 * no test by name.
 */
export function vitestListArgs(output: string): string[] {
  const selection = readSelection('vitest');
  if (nameSelectedFiles(selection).length === 0) return [];
  return [
    ...fileArgs(selection),
    '--testNamePattern=(?!)',
    '--reporter=json',
    `--outputFile=${path.resolve(output)}`,
    // Each test's line, for the check's annotations.
    '--includeTaskLocation',
    // Coverage of a run that runs nothing would only fail its thresholds.
    '--coverage.enabled=false',
  ];
}

/** The job's files, each with an --exclude for the other planned files it would also match. */
function fileArgs(selection: Selection): string[] {
  const cwd = process.cwd();
  const args: string[] = [];
  const mine = new Set(selection.files);
  for (const file of selection.files) {
    const rel = path.relative(cwd, file).split(path.sep).join('/');
    args.push(rel);
    for (const other of selection.runnerFiles) {
      if (mine.has(other)) continue;
      const otherRel = path.relative(cwd, other).split(path.sep).join('/');
      if (other.startsWith(file) || otherRel.toLowerCase().includes(rel.toLowerCase()))
        args.push(`--exclude=${globEscape(otherRel)}`);
    }
  }
  return args;
}

/** A path as a glob that matches only itself. */
function globEscape(p: string): string {
  return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
