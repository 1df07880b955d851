// `node dist/filters/playwright/index.js args [--test-dir DIR]` writes a Playwright test list
// (`file › describe › title` lines, relative to the config's testDir) for the job named by env
// GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN, and prints `--test-list=<that file>`. A test
// list selects by exact title path, so tags need no --grep and ungrouped tests stay selectable.
// `list-args [--test-dir DIR]` prints the arguments of a `playwright test --list` of the job's
// name-selected files with the json reporter, and `check <list.json>` compares it with the plan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { titlesOfId } from '../../extract/js/names.js';
import { nameSelectedFiles, readRunnerJson, runCheck } from '../check.js';
import { cli, FilterError, printArgs, readSelection } from '../selection.js';
import { testsOfPlaywrightJson } from './listing.js';

export function playwrightArgs(testDir: string, listDir: string): string[] {
  const selection = readSelection('playwright');
  const lines: string[] = [];
  for (const test of selection.job.tests) {
    const rel = listPath(testDir, path.resolve(selection.root, test.file), test.file);
    // A file with no one-by-one tests, or a job holding all of a file, is named by the file alone.
    const titles = selection.byName && test.id !== test.file ? titlesOfId(test.file, test.id) : [];
    lines.push([rel, ...titles].join(' › '));
  }
  return [`--test-list=${writeList(listDir, `group-matrix-${selection.job.id}.testlist`, lines)}`];
}

/**
 * `--list` of the job's name-selected files, whole (a test list naming each file alone), with the
 * json reporter: Playwright writes it to env PLAYWRIGHT_JSON_OUTPUT_FILE. `--list` runs no test,
 * global setup or web server. Nothing when the job selects no test by name.
 */
export function playwrightListArgs(testDir: string, listDir: string): string[] {
  const selection = readSelection('playwright');
  const files = nameSelectedFiles(selection);
  if (files.length === 0) return [];
  const lines = files.map((f) => listPath(testDir, f, path.relative(selection.root, f)));
  const list = writeList(listDir, `group-matrix-${selection.job.id}.check.testlist`, lines);
  return ['--list', '--reporter=json', `--test-list=${list}`];
}

/** A file as a test list names it: relative to testDir, POSIX. */
function listPath(testDir: string, file: string, planPath: string): string {
  const rel = path.relative(testDir, file).split(path.sep).join('/');
  if (rel.startsWith('../') || rel !== rel.trim() || rel.startsWith('#'))
    throw new FilterError(
      `group-matrix playwright filter: '${planPath}' cannot be named in a test list relative to testDir '${testDir}'. Pass --test-dir with the config's testDir.`,
    );
  return rel;
}

function writeList(dir: string, name: string, lines: string[]): string {
  const list = path.join(dir, name);
  fs.writeFileSync(list, [...new Set(lines)].join('\n') + '\n');
  return list;
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

const USAGE =
  'usage: node dist/filters/playwright/index.js args [--test-dir DIR] [--nul] | list-args [--test-dir DIR] [--nul] | check <list.json>';

cli((argv) => {
  const listDir = process.env['RUNNER_TEMP'] || os.tmpdir();
  const nul = argv.includes('--nul');
  if (argv[0] === 'args') return printArgs(playwrightArgs(testDirOf(argv), listDir), nul);
  if (argv[0] === 'list-args') return printArgs(playwrightListArgs(testDirOf(argv), listDir), nul);
  if (argv[0] === 'check')
    return runCheck('playwright', argv, (file) =>
      testsOfPlaywrightJson(
        file,
        readRunnerJson(
          'playwright',
          file,
          `run PLAYWRIGHT_JSON_OUTPUT_FILE=${file} playwright test with the arguments of list-args`,
        ),
      ),
    );
  throw new FilterError(USAGE);
});
