import path from 'node:path';
import picomatch from 'picomatch';
import type { Problem } from '../../model.js';
import { member, type StaticObject } from './config-static.js';
import {
  configObject,
  fallbackNotice,
  firstPresent,
  jsFilesUnder,
  type Pattern,
  patternsAt,
  type Selection,
  stringAt,
  toPosix,
  Unreadable,
} from './config-select.js';

const DEFAULT_TEST_MATCH = '**/*.@(spec|test).?(c|m)[jt]s?(x)';
const CONFIG_NAMES = ['ts', 'js', 'mts', 'mjs', 'cts', 'cjs'].map((e) => `playwright.config.${e}`);
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
export async function playwrightSelection(root: string, problems: Problem[]): Promise<Selection> {
  const configDir = toPosix(path.resolve(root));
  const defaults: Project = { testDir: configDir, testMatch: [DEFAULT_TEST_MATCH], testIgnore: [] };
  const name = firstPresent(root, CONFIG_NAMES);
  let projects = [defaults];
  if (name) {
    try {
      const config = await configObject(path.join(root, name));
      if (config instanceof Unreadable) throw config;
      projects = projectsOf(config, configDir);
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

/** Playwright's `takeFirst(project's, config's, default)`, for each project. */
function projectsOf(config: StaticObject, configDir: string): Project[] {
  const top = settings(
    config,
    {
      testDir: configDir,
      testMatch: [DEFAULT_TEST_MATCH],
      testIgnore: [],
    },
    configDir,
  );
  const list = member(config, 'projects');
  if (list === undefined) return [top];
  if (list.kind !== 'array')
    throw new Unreadable('projects', list.kind === 'unknown' ? list.what : 'not a list', list.line);
  if (list.items.length === 0) return [top];
  return list.items.map((item) => {
    if (item.kind !== 'object')
      throw new Unreadable('a project', item.kind === 'unknown' ? item.what : 'not an object', item.line);
    return settings(item, top, configDir);
  });
}

function settings(object: StaticObject, inherited: Project, configDir: string): Project {
  const testDir = stringAt(object, 'testDir');
  return {
    testDir: testDir === undefined ? inherited.testDir : path.posix.resolve(configDir, testDir),
    testMatch: patternsAt(object, 'testMatch') ?? inherited.testMatch,
    testIgnore: patternsAt(object, 'testIgnore') ?? inherited.testIgnore,
  };
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
