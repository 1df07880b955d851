// `node dist/filters/vitest/index.js args` prints what to append to `vitest run` for the job named
// by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN: its files, an --exclude for every other
// planned file a file filter would also match (Vitest matches file filters as substrings), and,
// when the job holds part of a file, --testNamePattern with the exact names.
import path from 'node:path';
import { cli, FilterError, printArgs, readSelection } from '../selection.js';

export function vitestArgs(): string[] {
  const selection = readSelection('vitest');
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
  if (selection.byName) args.push(`--testNamePattern=${selection.byName.pattern}`);
  return args;
}

/** A path as a glob that matches only itself. */
function globEscape(p: string): string {
  return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

cli((argv) => {
  if (argv[0] !== 'args') throw new FilterError('usage: node dist/filters/vitest/index.js args [--nul]');
  printArgs(vitestArgs(), argv.includes('--nul'));
});
