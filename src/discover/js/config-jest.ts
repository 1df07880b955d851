import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Problem } from '../../model.js';
import { fromJson, member, type StaticObject } from './config-static.js';
import {
  configObject,
  fallbackNotice,
  firstPresent,
  jsFilesUnder,
  readConfigText,
  type ConfigSelection,
  stringAt,
  stringsAt,
  Unreadable,
} from './config-select.js';
import { toPosix } from '../../paths.js';

/** Jest 30's defaults (jest-config's Defaults). */
const DEFAULT_TEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];
const DEFAULT_IGNORE = ['/node_modules/'];
/** jest-config's JEST_CONFIG_EXT_ORDER: the first present wins. */
const CONFIG_NAMES = ['js', 'ts', 'mjs', 'mts', 'cjs', 'cts', 'json'].map((e) => `jest.config.${e}`);
const DEFAULTS_WORDS = '`**/__tests__/**`, `*.test.*`, `*.spec.*`';

/**
 * What Jest collects from the working directory: its `jest.config.*` or package.json `"jest"`,
 * matched as Jest does, against absolute paths (testMatch with picomatch, `dot`; testRegex and
 * testPathIgnorePatterns as regexes; only under `roots`).
 */
export async function jestSelection(root: string, problems: Problem[]): Promise<ConfigSelection> {
  const name = firstPresent(root, CONFIG_NAMES);
  let source: string | null = null;
  let config: StaticObject | Unreadable | null = null;
  if (name?.endsWith('.json')) {
    source = name;
    const text = readConfigText(path.join(root, name));
    config = text instanceof Unreadable ? text : jsonConfig(text, 1);
  } else if (name) {
    source = name;
    config = await configObject(path.join(root, name));
  } else {
    const text = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const json = JSON.parse(text) as Record<string, unknown>;
    if ('jest' in json) {
      source = 'package.json';
      const line = text.slice(0, text.indexOf('"jest"')).split('\n').length;
      const value = fromJson(json['jest'], line);
      config = value.kind === 'object' ? value : new Unreadable('"jest"', 'not an object', line);
    }
  }
  try {
    return fromConfig(root, config instanceof Unreadable ? throwIt(config) : config);
  } catch (err) {
    if (!(err instanceof Unreadable)) throw err;
    problems.push(fallbackNotice('jest', source!, err, DEFAULTS_WORDS));
    return fromConfig(root, null);
  }
}

function fromConfig(root: string, config: StaticObject | null): ConfigSelection {
  const projects = config ? inlineProjects(config) : [];
  if (projects.length > 0) {
    // Each project is a config of its own, as if it were the file's only one: its rootDir (the
    // config's directory unless it sets one), its own testMatch, roots and ignores; the top-level
    // settings of those kinds apply to none. Jest runs the union.
    const selections = projects.map((p) => fromConfig(root, p));
    return {
      runner: 'jest',
      files: async () => [...new Set((await Promise.all(selections.map((s) => s.files()))).flat())],
    };
  }
  const configDir = toPosix(path.resolve(root));
  const setting = (key: string): string[] | undefined => (config ? stringsAt(config, key) : undefined);
  const rootDirSetting = config ? stringAt(config, 'rootDir') : undefined;
  const rootDir = rootDirSetting === undefined ? configDir : path.posix.resolve(configDir, rootDirSetting);
  const testRegex = setting('testRegex') ?? [];
  const testMatchSetting = setting('testMatch');
  if (config && testRegex.length === 0 && testMatchSetting === undefined && config.props.has('preset'))
    throw new Unreadable(
      'preset',
      'a preset, which may set testMatch or testRegex',
      config.props.get('preset')!.line,
    );
  // Jest takes testMatch or testRegex; with testRegex set, the default testMatch is dropped.
  const testMatch = testMatchSetting ?? (testRegex.length > 0 ? [] : DEFAULT_TEST_MATCH);
  const ignore = (setting('testPathIgnorePatterns') ?? DEFAULT_IGNORE).map((p) =>
    p.replaceAll('<rootDir>', rootDir),
  );
  const roots = (setting('roots') ?? ['<rootDir>']).map((r) =>
    path.posix.resolve(rootDir, replaceRootDir(r, rootDir)),
  );

  const globs = testMatch.map((g) => replaceRootDir(g, escapeGlob(rootDir)));
  const matchers = globs.map((g) => picomatch(g, { dot: true }, true));
  const regexes = testRegex.map((r) => new RegExp(r));
  const ignored = ignore.length > 0 ? new RegExp(ignore.join('|')) : null;
  // Jest's haste map sees only files whose extension is in moduleFileExtensions.
  const extensions = setting('moduleFileExtensions');
  const keep = (file: string): boolean =>
    (extensions === undefined || extensions.includes(path.posix.extname(file).slice(1))) &&
    (testMatch.length === 0 || globsMatch(matchers, file)) &&
    (ignored === null || !ignored.test(file)) &&
    (regexes.length === 0 || regexes.some((re) => re.test(file)));
  return {
    runner: 'jest',
    files: async () => (await Promise.all(roots.map((r) => jsFilesUnder(r)))).flat().filter(keep),
  };
}

/**
 * `projects` written as config objects. An empty list is no projects (the top-level config is the
 * one project); paths or globs of other configs, or anything else, cannot be read here.
 */
function inlineProjects(config: StaticObject): StaticObject[] {
  const value = member(config, 'projects');
  if (value === undefined) return [];
  if (value.kind === 'unknown') throw new Unreadable('projects', value.what, value.line);
  const items = value.kind === 'array' ? value.items : [value];
  const objects = items.filter((item): item is StaticObject => item.kind === 'object');
  const other = items.find((item) => item.kind !== 'object');
  if (other)
    throw new Unreadable(
      'projects',
      other.kind === 'string'
        ? 'a list naming other configs or directories (paths or globs)'
        : 'a list whose entries are not all config objects',
      other.line,
    );
  for (const p of objects)
    if (p.props.has('projects'))
      throw new Unreadable('projects', 'a project with projects of its own', p.props.get('projects')!.line);
  return objects;
}

/** jest-util's globsToMatcher: negated globs only exclude, unless every glob is negated. */
function globsMatch(matchers: picomatch.MatcherWithState[], file: string): boolean {
  let kept: boolean | undefined;
  let negatives = 0;
  for (const m of matchers) {
    const negated = m.state.negated || m.state.negatedExtglob === true;
    if (negated) negatives++;
    const matched = m(file);
    if (!matched && negated) kept = false;
    else if (matched && !negated) kept = true;
  }
  return negatives === matchers.length ? kept !== false : kept === true;
}

/** jest-config's replaceRootDirInPath: only a leading `<rootDir>` is replaced. */
function replaceRootDir(value: string, rootDir: string): string {
  return value.startsWith('<rootDir>')
    ? path.posix.join(rootDir, `./${value.slice('<rootDir>'.length)}`)
    : value;
}

function escapeGlob(p: string): string {
  return p.replace(/([()*{}[\]!?\\])/g, '\\$1');
}

function jsonConfig(text: string, line: number): StaticObject | Unreadable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return new Unreadable('the config', `not valid JSON (${(err as Error).message})`, line);
  }
  const v = fromJson(value, line);
  return v.kind === 'object' ? v : new Unreadable('the config', 'not an object', line);
}

function throwIt(reason: Unreadable): never {
  throw reason;
}
