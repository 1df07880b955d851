import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Problem } from '../../model.js';
import { member } from './config-static.js';
import {
  configObject,
  fallbackNotice,
  firstPresent,
  NEVER,
  type ConfigSelection,
  stringAt,
  stringsAt,
  Unreadable,
} from './config-select.js';
import { toPosix } from '../../paths.js';

/** Vitest 4's defaults (`configDefaults`). */
const DEFAULT_INCLUDE = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
/** Vitest's CONFIG_NAMES × CONFIG_EXTENSIONS: the first present wins. */
const CONFIG_NAMES = ['vitest.config', 'vite.config'].flatMap((n) =>
  ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((e) => `${n}.${e}`),
);
/** Files we can read; an include could name others (`.json`, `.vue`). */
const JS_EXTENSION = /\.[cm]?[jt]sx?$/;
const DEFAULTS_WORDS = '`**/*.{test,spec}.?(c|m)[jt]s?(x)`';

/**
 * What Vitest collects from the working directory: `test.include` minus `test.exclude` of its
 * `vitest.config.*` / `vite.config.*`, globbed (with `dot`) relative to `test.dir` or the root.
 */
export async function vitestSelection(root: string, problems: Problem[]): Promise<ConfigSelection> {
  const name = firstPresent(root, CONFIG_NAMES);
  const base = toPosix(path.resolve(root));
  if (!name) return select(base, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  try {
    const config = await configObject(path.join(root, name));
    if (config instanceof Unreadable) throw config;
    if (config.props.has('root'))
      throw new Unreadable('root', 'a root other than the config directory', config.props.get('root')!.line);
    const test = member(config, 'test');
    if (test === undefined) return select(base, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
    if (test.kind !== 'object')
      throw new Unreadable('test', test.kind === 'unknown' ? test.what : 'not an object', test.line);
    for (const key of ['projects', 'workspace'])
      if (test.props.has(key))
        throw new Unreadable(
          `test.${key}`,
          'a list of projects, each with its own settings',
          test.props.get(key)!.line,
        );
    const dir = stringAt(test, 'dir');
    return select(
      dir === undefined ? base : path.posix.resolve(base, dir),
      stringsAt(test, 'include') ?? DEFAULT_INCLUDE,
      stringsAt(test, 'exclude') ?? DEFAULT_EXCLUDE,
    );
  } catch (err) {
    if (!(err instanceof Unreadable)) throw err;
    problems.push(fallbackNotice('vitest', name, err, DEFAULTS_WORDS));
    return select(base, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  }
}

/** Vitest globs `include` with tinyglobby from `dir` (with `dot`), `exclude` as its ignore list. */
function select(dir: string, include: string[], exclude: string[]): ConfigSelection {
  return {
    runner: 'vitest',
    files: async () =>
      (
        await glob(include, {
          cwd: dir,
          ignore: [...exclude, ...NEVER],
          dot: true,
          absolute: true,
          expandDirectories: false,
        })
      )
        .map(toPosix)
        .filter((f) => JS_EXTENSION.test(f)),
  };
}
