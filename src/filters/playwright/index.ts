// `node dist/filters/playwright/index.js args [--test-dir DIR]` writes a Playwright test list
// (`file › describe › title` lines, relative to the config's testDir) for the job named by env
// GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN, and prints `--test-list=<that file>`. A test
// list selects by exact title path, so tags need no --grep and ungrouped tests stay selectable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { titlesOfId } from '../../extract/js/names.js';
import { cli, FilterError, printArgs, readSelection } from '../selection.js';

export function playwrightArgs(testDir: string, listDir: string): string[] {
  const selection = readSelection('playwright');
  const lines: string[] = [];
  for (const test of selection.job.tests) {
    const rel = path.relative(testDir, path.resolve(selection.root, test.file)).split(path.sep).join('/');
    if (rel.startsWith('../') || rel !== rel.trim() || rel.startsWith('#'))
      throw new FilterError(
        `group-matrix playwright filter: '${test.file}' cannot be named in a test list relative to testDir '${testDir}'. Pass --test-dir with the config's testDir.`,
      );
    // A file with no one-by-one tests, or a job holding all of a file, is named by the file alone.
    const titles = selection.byName && test.id !== test.file ? titlesOfId(test.file, test.id) : [];
    lines.push([rel, ...titles].join(' › '));
  }
  const list = path.join(listDir, `group-matrix-${selection.job.id}.testlist`);
  fs.writeFileSync(list, [...new Set(lines)].join('\n') + '\n');
  return [`--test-list=${list}`];
}

/** testDir from `--test-dir`, else from a statically readable playwright.config.*, else the cwd. */
function testDirOf(argv: string[]): string {
  const i = argv.indexOf('--test-dir');
  if (i !== -1 && argv[i + 1]) return path.resolve(argv[i + 1]!);
  const config = fs.readdirSync('.').find((e) => /^playwright\.config\.[cm]?[jt]s$/.test(e));
  if (config) {
    const m = /\btestDir\s*:\s*(['"`])([^'"`$]*)\1/.exec(fs.readFileSync(config, 'utf8'));
    if (m) return path.resolve(m[2]!);
  }
  return process.cwd();
}

cli((argv) => {
  if (argv[0] !== 'args')
    throw new FilterError('usage: node dist/filters/playwright/index.js args [--test-dir DIR] [--nul]');
  const listDir = process.env['RUNNER_TEMP'] || os.tmpdir();
  printArgs(playwrightArgs(testDirOf(argv), listDir), argv.includes('--nul'));
});
