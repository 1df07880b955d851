import path from 'node:path';
import picomatch from 'picomatch';
import type { PlaywrightConfigRoot, Problem } from '../../model.js';
import { member, type StaticObject } from './config-static.js';
import {
  configObject,
  fallbackNotice,
  firstPresent,
  jsFilesUnder,
  type Pattern,
  patternsAt,
  type ConfigSelection,
  stringAt,
  Unreadable,
} from './config-select.js';
import { PLAYWRIGHT_CONFIG_NAMES } from './playwright-config-names.js';
import { toPosix } from '../../paths.js';

export { PLAYWRIGHT_CONFIG_NAMES };

const DEFAULT_TEST_MATCH = '**/*.@(spec|test).?(c|m)[jt]s?(x)';
const DEFAULTS_WORDS = '`*.spec.*` and `*.test.*` under the config directory';

interface Project {
  testDir: string;
  testMatch: Pattern[];
  testIgnore: Pattern[];
}

/**
 * What Playwright collects from the working directory: for each project (or the config as one),
 * the files under `testDir` that match `testMatch` and not `testIgnore`, each matched as
 * Playwright does against the absolute path (globs case-insensitively, `**\/` prepended).
 */
export async function playwrightSelection(root: string, problems: Problem[]): Promise<ConfigSelection> {
  const configDir = toPosix(path.resolve(root));
  const defaults: Project = { testDir: configDir, testMatch: [DEFAULT_TEST_MATCH], testIgnore: [] };
  const name = firstPresent(root, PLAYWRIGHT_CONFIG_NAMES);
  let projects = [defaults];
  if (name) {
    try {
      const config = await configObject(path.join(root, name));
      if (config instanceof Unreadable) throw config;
      projects = perProject(config, (object, inherited) => settings(object, inherited, configDir), defaults);
    } catch (err) {
      if (!(err instanceof Unreadable)) throw err;
      problems.push(fallbackNotice('playwright', name, err, DEFAULTS_WORDS));
    }
  }
  return {
    runner: 'playwright',
    files: async () => {
      const found = new Set<string>();
      for (const p of projects) {
        const isTest = matcher(p.testMatch);
        const ignored = matcher(p.testIgnore);
        for (const f of await jsFilesUnder(p.testDir)) if (isTest(f) && !ignored(f)) found.add(f);
      }
      return [...found];
    },
  };
}

/**
 * The directories Playwright takes tests from, for the config at `file`: each project's testDir
 * (the config's when it has no projects), absolute POSIX, null where none is stated (Playwright
 * then takes the config's directory). Unreadable when only running the config could tell.
 */
export async function playwrightTestDirs(file: string): Promise<(string | null)[] | Unreadable> {
  const configDir = toPosix(path.dirname(path.resolve(file)));
  try {
    const config = await configObject(file);
    if (config instanceof Unreadable) return config;
    return perProject<string | null>(
      config,
      (object, inherited) => statedTestDir(object, configDir) ?? inherited,
      null,
    );
  } catch (err) {
    if (err instanceof Unreadable) return err;
    throw err;
  }
}

/**
 * Playwright's `config.rootDir` for the config at `file`, absolute POSIX: the config's own
 * top-level `testDir` resolved against its directory, else that directory (`FullConfigInternal`:
 * `pathResolve(configDir, userConfig.testDir) || configDir`; the projects' testDirs do not change
 * it). A `--test-list` names files relative to it. Null when only running the config could tell.
 */
export async function playwrightRootDir(file: string): Promise<string | null> {
  const configDir = toPosix(path.dirname(path.resolve(file)));
  try {
    const config = await configObject(file);
    if (config instanceof Unreadable) return null;
    return statedTestDir(config, configDir) ?? configDir;
  } catch (err) {
    if (err instanceof Unreadable) return null;
    throw err;
  }
}

/**
 * The Playwright configs that may run `files` (repo-relative POSIX, under `root`), each with its
 * rootDir, sorted by path: in every directory from each file's own up to `root`, the config
 * Playwright would pick there. A test list is written for the config of the directory Playwright
 * runs in, which is one of them: the nearest when run next to the tests, an outer one (with
 * projects) when run from higher up.
 */
export async function playwrightConfigRoots(
  root: string,
  files: readonly string[],
): Promise<PlaywrightConfigRoot[]> {
  const base = toPosix(path.resolve(root));
  const seen = new Set<string>();
  const configs = new Set<string>();
  for (const file of files) {
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
      if (seen.has(dir)) break; // its ancestors too have been looked at
      seen.add(dir);
      const name = firstPresent(path.join(root, dir), PLAYWRIGHT_CONFIG_NAMES);
      if (name) configs.add(path.posix.join(dir, name));
      if (dir === '.' || dir === '/' || dir === '') break;
    }
  }
  const sorted = [...configs].sort();
  const roots = await Promise.all(sorted.map((config) => playwrightRootDir(path.join(root, config))));
  return sorted.map((config, i) => {
    const rootDir = roots[i]!;
    return { config, rootDir: rootDir === null ? null : path.posix.relative(base, rootDir) || '.' };
  });
}

/**
 * Playwright's `takeFirst(project's, config's, default)`: `read` of each entry of `projects`,
 * inheriting what `read` took from the config itself (the config alone when it has no projects).
 */
function perProject<T>(
  config: StaticObject,
  read: (object: StaticObject, inherited: T) => T,
  defaults: T,
): T[] {
  const top = read(config, defaults);
  const list = member(config, 'projects');
  if (list === undefined) return [top];
  if (list.kind !== 'array')
    throw new Unreadable('projects', list.kind === 'unknown' ? list.what : 'not a list', list.line);
  if (list.items.length === 0) return [top];
  return list.items.map((item) => {
    if (item.kind !== 'object')
      throw new Unreadable('a project', item.kind === 'unknown' ? item.what : 'not an object', item.line);
    return read(item, top);
  });
}

function settings(object: StaticObject, inherited: Project, configDir: string): Project {
  return {
    testDir: statedTestDir(object, configDir) ?? inherited.testDir,
    testMatch: patternsAt(object, 'testMatch') ?? inherited.testMatch,
    testIgnore: patternsAt(object, 'testIgnore') ?? inherited.testIgnore,
  };
}

/** An object's own `testDir`, resolved against the config's directory. */
function statedTestDir(object: StaticObject, configDir: string): string | undefined {
  const testDir = stringAt(object, 'testDir');
  return testDir === undefined ? undefined : path.posix.resolve(configDir, testDir);
}

/** playwright's createFileMatcher. */
function matcher(patterns: Pattern[]): (file: string) => boolean {
  const regexes = patterns.filter((p) => typeof p !== 'string').map((p) => new RegExp(p.source, p.flags));
  const globs = patterns
    .filter((p) => typeof p === 'string')
    .map((p) => (p.startsWith('**/') ? p : `**/${p}`));
  const glob = globs.length > 0 ? picomatch(globs, { nocase: true, dot: true }) : () => false;
  return (file) =>
    regexes.some((re) => {
      re.lastIndex = 0;
      return re.test(file);
    }) || glob(file);
}
