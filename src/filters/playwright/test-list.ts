// The Playwright filter's work, apart from its CLI (index.ts) so tests can call it: the test list
// of a job, with its lines relative to the config's rootDir, which comes from the plan (the
// collect job read the config statically): this code reads no config, so the filter bundle
// carries no parser.
import fs from 'node:fs';
import path from 'node:path';
import { titlesOfId } from '../../extract/js/names.js';
import { PLAYWRIGHT_CONFIG_NAMES } from '../../discover/js/playwright-config-names.js';
import { nameSelectedFiles } from '../check.js';
import { FilterError, readSelection, type Selection } from '../selection.js';
import { helperModules } from './helper-modules.js';

export interface PlaywrightOptions {
  /** Where the test list is written (RUNNER_TEMP). */
  listDir: string;
  /** `--test-dir DIR`: Playwright's rootDir as the user gives it, over the plan's. */
  testDir?: string | undefined;
  /** `--config FILE`: the config given to Playwright with `-c` (a file or a directory). */
  config?: string | undefined;
  /** The directory Playwright runs in; the process's by default. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export function playwrightArgs(options: PlaywrightOptions): string[] {
  const cwd = options.cwd ?? process.cwd();
  const selection = readSelection('playwright', options.env, cwd);
  const rootDir = rootDirOf(selection, options, cwd);
  const lines: string[] = [];
  for (const test of selection.job.tests) {
    const rel = listPath(rootDir, path.resolve(selection.root, test.file), test.file);
    // A file with no one-by-one tests, or a job holding all of a file, is named by the file alone.
    const titles = selection.byName && test.id !== test.file ? titlesOfId(test.file, test.id) : [];
    lines.push([rel, ...titles].join(' › '));
    // A file run whole runs the tests its helper modules declare for it too.
    if (titles.length === 0)
      for (const helper of helperModules(path.resolve(selection.root, test.file), selection.runnerFiles)) {
        const line = path.relative(rootDir, helper).split(path.sep).join('/');
        if (!path.isAbsolute(line) && line === line.trim() && !line.startsWith('#')) lines.push(line);
      }
  }
  return [`--test-list=${writeList(options.listDir, `group-matrix-${selection.job.id}.testlist`, lines)}`];
}

/**
 * `--list` of the job's name-selected files, whole (a test list naming each file alone), with the
 * json reporter: Playwright writes it to env PLAYWRIGHT_JSON_OUTPUT_FILE. `--list` runs no test,
 * global setup or web server. Nothing when the job selects no test by name.
 */
export function playwrightListArgs(options: PlaywrightOptions): string[] {
  const cwd = options.cwd ?? process.cwd();
  const selection = readSelection('playwright', options.env, cwd);
  const files = nameSelectedFiles(selection);
  if (files.length === 0) return [];
  const rootDir = rootDirOf(selection, options, cwd);
  const lines = files.map((f) => listPath(rootDir, f, path.relative(selection.root, f)));
  const list = writeList(options.listDir, `group-matrix-${selection.job.id}.check.testlist`, lines);
  return ['--list', '--reporter=json', `--test-list=${list}`];
}

/**
 * A file as a test list names it: relative to rootDir, POSIX (`../` when a project's testDir is
 * outside it: Playwright compares `path.relative(rootDir, file)` with the line's file).
 */
function listPath(rootDir: string, file: string, planPath: string): string {
  const rel = path.relative(rootDir, file).split(path.sep).join('/');
  // Playwright trims each line and skips those starting with `#`.
  if (path.isAbsolute(rel) || rel !== rel.trim() || rel.startsWith('#'))
    throw new FilterError(
      `group-matrix playwright filter: '${planPath}' cannot be named in a test list relative to the rootDir '${rootDir}' (Playwright trims each line and skips lines starting with '#'). Rename the file.`,
    );
  return rel;
}

function writeList(dir: string, name: string, lines: string[]): string {
  const list = path.join(dir, name);
  fs.writeFileSync(list, [...new Set(lines)].join('\n') + '\n');
  return list;
}

const TEST_DIR_HINT =
  "pass --test-dir with the config's top-level testDir (its directory when it states none): the directory Playwright names test list files from, its config.rootDir";

/**
 * The directory the test list's files are relative to, Playwright's `config.rootDir`: `--test-dir`
 * when given; else the plan's rootDir of the config Playwright runs with (`--config`, else the
 * first `playwright.config.*` of the directory it runs in, as Playwright picks it); else, with no
 * config at all, the directory itself (Playwright's own default). Never guessed: a config the
 * plan could not read or does not list is an error naming it.
 */
function rootDirOf(selection: Selection, options: PlaywrightOptions, cwd: string): string {
  if (options.testDir) return path.resolve(cwd, options.testDir);
  const prefix = 'group-matrix playwright filter:';
  const planned = selection.playwrightConfigs;
  const config = configFile(cwd, options.config);
  if (config === null) {
    if (!planned || planned.length === 0) return cwd;
    throw new FilterError(
      `${prefix} there is no playwright.config.* in ${cwd}, and the plan lists the Playwright configs ${planned.map((c) => `'${c.config}'`).join(', ')}. Run the filter in the directory Playwright runs in, or pass --config with the config you give Playwright with -c, or ${TEST_DIR_HINT}.`,
    );
  }
  // Directories as the file system names them (a symlinked checkout); the config's own name kept,
  // as Playwright keeps it (a config that is a symlink still has its directory).
  const at = path.join(real(path.dirname(config)), path.basename(config));
  const rel = path.relative(real(selection.root), at).split(path.sep).join('/');
  if (!planned)
    throw new FilterError(
      `${prefix} the plan lists no Playwright config rootDirs (it was written by an older group-matrix), so the directory the test list of '${rel}' is relative to is unknown. Re-run the collect job with this version, or ${TEST_DIR_HINT}.`,
    );
  const entry = planned.find((c) => c.config === rel);
  if (!entry)
    throw new FilterError(
      `${prefix} the plan has no rootDir for the Playwright config '${rel}' (it lists ${planned.map((c) => `'${c.config}'`).join(', ') || 'none'}: the configs of the directories above its Playwright tests), so the directory its test list is relative to is unknown. Run the filter in the directory Playwright runs in, or ${TEST_DIR_HINT}.`,
    );
  if (entry.root_dir === null)
    throw new FilterError(
      `${prefix} the collect job could not read the Playwright config '${rel}' statically (its testDir, or the config itself, is computed), so the directory its test list is relative to is unknown: ${TEST_DIR_HINT}.`,
    );
  return path.resolve(selection.root, entry.root_dir);
}

/** The config Playwright runs with: `-c FILE|DIR` as given, else the first of the directory. */
function configFile(cwd: string, given: string | undefined): string | null {
  const at = given === undefined ? cwd : path.resolve(cwd, given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(at);
  } catch {
    throw new FilterError(`group-matrix playwright filter: --config '${given}': ${at} does not exist.`);
  }
  if (!stat.isDirectory()) return at;
  const name = PLAYWRIGHT_CONFIG_NAMES.find((n) => fs.existsSync(path.join(at, n)));
  if (name) return path.join(at, name);
  if (given !== undefined)
    throw new FilterError(
      `group-matrix playwright filter: --config '${given}': no playwright.config.* in ${at}.`,
    );
  return null;
}

/** A directory as the file system names it. */
function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
