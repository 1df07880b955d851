/**
 * What a test module inherits from the directories above it: the fixtures of every conftest.py
 * from the rootdir down (and of the modules their `pytest_plugins` name), and the collection
 * hooks they define. Worked out once per directory.
 */
import path from 'node:path';
import { fnmatchRegExp } from '../../discover/fnmatch.js';
import type { Problem } from '../../model.js';
import { toPosix } from '../../paths.js';
import type { ModuleModel } from './module-model.js';
import type { FuncInfo } from './definitions.js';
import { iniLayer, layerOf } from './fixtures.js';
import type { Suite } from './suite.js';
import type { Binding } from './namespace.js';
import type { PyVal } from './values.js';
import { GENERATE_TESTS } from './hooks.js';

export interface SuiteContext {
  /** Fixture layers, most general first: `pytest_plugins` modules, then conftests from the rootdir down. */
  layers: ReturnType<typeof layerOf>[];
  /** Collection hooks of those conftests and plugin modules. */
  hooks: FuncInfo[];
  /** Every `pytest_generate_tests` of those (pytest calls them all; the module's own is added by the caller). */
  generateTests: FuncInfo[];
  /** Hooks already reported this run. */
  said: Set<FuncInfo>;
}

const contexts = new WeakMap<Suite, Map<string, Omit<SuiteContext, 'said'>>>();
const saidBySuite = new WeakMap<Suite, Set<FuncInfo>>();

const dirOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

export function suiteContext(suite: Suite, path: string, report: (p: Problem) => void): SuiteContext {
  let byDir = contexts.get(suite);
  if (!byDir) contexts.set(suite, (byDir = new Map()));
  let said = saidBySuite.get(suite);
  if (!said) saidBySuite.set(suite, (said = new Set()));
  const dir = dirOf(path);
  let ctx = byDir.get(dir);
  if (!ctx) byDir.set(dir, (ctx = build(suite, dir, report)));
  return { ...ctx, said };
}

function build(suite: Suite, dir: string, report: (p: Problem) => void): Omit<SuiteContext, 'said'> {
  const root = suite.layout.rootdir;
  const dirs: string[] = [];
  for (let d = dir; ; d = dirOf(d)) {
    dirs.unshift(d);
    if (d === root || d === '') break;
  }
  const plugins: ReturnType<typeof layerOf>[] = [];
  const layers: ReturnType<typeof layerOf>[] = [];
  const hooks: FuncInfo[] = [];
  const registered = new Set<string>();
  for (const d of dirs) {
    const file = d ? `${d}/conftest.py` : 'conftest.py';
    if (!suite.files.isFile(file)) continue;
    const model = suite.load(file);
    if (!model) continue;
    layers.push(layerOf(model, model.ns, false));
    hooks.push(...model.hooks);
    for (const plugin of pluginsOf(suite, file, model, report, registered)) {
      plugins.push(layerOf(plugin, plugin.ns, false));
      hooks.push(...plugin.hooks);
    }
  }
  const generateTests = hooks.filter((h) => h.name === GENERATE_TESTS);
  // The `usefixtures` ini setting seeds every test's closure, before any autouse fixture
  // (FixtureManager's autouse names of the session, `config.getini("usefixtures")`).
  const ini = suite.layout.usefixtures.length > 0 ? [iniLayer(suite.layout.usefixtures)] : [];
  return { layers: [...ini, ...plugins, ...layers], hooks, generateTests };
}

/** The closest conftest's `collect_ignore` or `collect_ignore_glob` for a directory, resolved. */
interface IgnoreList {
  /** Repo-relative paths (`collect_ignore`) or fnmatch patterns on absolute paths (`_glob`). */
  paths: Set<string>;
  globs: RegExp[];
}

/** Per suite: each directory's lists in force, and whether the directory itself is left out. */
interface IgnoreState {
  lists: Map<string, IgnoreList | null>;
  dirs: Map<string, boolean>;
  said: Set<string>;
  /** Per name, per directory: the conftest binding in force there. */
  closest: { collect_ignore: Map<string, Found | null>; collect_ignore_glob: Map<string, Found | null> };
}

const ignoreStates = new WeakMap<Suite, IgnoreState>();

/**
 * Whether pytest leaves a file out through `collect_ignore` / `collect_ignore_glob` of a conftest
 * (`_pytest/main.py`, `pytest_ignore_collect`): asked of every directory on the way down and of
 * the file, each against the list of the closest conftest above it that defines one, its
 * entries relative to that conftest's directory (a path equal to it, or an fnmatch on the
 * absolute path where `*` crosses `/`). A list that cannot be read is said, and read as empty.
 * Each directory's answer is worked out once, from its parent's.
 */
export function ignoredByConftest(suite: Suite, file: string, report: (p: Problem) => void): boolean {
  if (!suite.settings.python) return false;
  let state = ignoreStates.get(suite);
  if (!state)
    ignoreStates.set(
      suite,
      (state = {
        lists: new Map(),
        dirs: new Map(),
        said: new Set(),
        closest: { collect_ignore: new Map(), collect_ignore_glob: new Map() },
      }),
    );
  const st = state;
  const root = suite.settings.python.root;
  const absolute = (rel: string): string => toPosix(path.resolve(root, rel));
  const listFor = (dir: string): IgnoreList | null => {
    let list = st.lists.get(dir);
    if (list === undefined) {
      list = readLists(suite, dir, absolute, report, st.said, st.closest);
      st.lists.set(dir, list);
    }
    return list;
  };
  const matches = (list: IgnoreList | null, p: string): boolean =>
    list !== null &&
    (list.paths.has(p) || (list.globs.length > 0 && list.globs.some((re) => re.test(absolute(p)))));
  const dirIgnored = (dir: string): boolean => {
    if (dir === '') return false;
    let v = st.dirs.get(dir);
    if (v === undefined) {
      const parent = dirOf(dir);
      v = dirIgnored(parent) || matches(listFor(parent), dir);
      st.dirs.set(dir, v);
    }
    return v;
  };
  const dir = dirOf(file);
  return dirIgnored(dir) || matches(listFor(dir), file);
}

/** The lists in force in `dir`: each name from the closest conftest (from `dir` up to the rootdir) that binds it. */
function readLists(
  suite: Suite,
  dir: string,
  absolute: (rel: string) => string,
  report: (p: Problem) => void,
  said: Set<string>,
  closest: IgnoreState['closest'],
): IgnoreList | null {
  const out: IgnoreList = { paths: new Set(), globs: [] };
  let any = false;
  for (const name of ['collect_ignore', 'collect_ignore_glob'] as const) {
    const found = closestBinding(suite, dir, name, closest[name]);
    if (!found) continue;
    any = true;
    const d = found.dir;
    const value = found.binding.value();
    if (value.t === 'unknown') namedInUnread(suite, found.dir, found.file, name, report, said);
    for (const entry of entries(value, found.file, name, report, said)) {
      const joined = path.posix.normalize(d ? `${d}/${entry}` : entry);
      if (name === 'collect_ignore')
        out.paths.add(path.posix.isAbsolute(entry) ? toPosix(path.relative(absolute(''), entry)) : joined);
      else out.globs.push(fnmatchRegExp(path.posix.isAbsolute(entry) ? entry : absolute(joined)));
    }
  }
  return any ? out : null;
}

/** A conftest's binding of `collect_ignore` or `collect_ignore_glob`, and where it is. */
interface Found {
  dir: string;
  file: string;
  binding: Binding;
}

/**
 * The closest conftest from `dir` up to the rootdir that binds `name`, remembered per directory:
 * each directory asks its own conftest only, then its parent's answer.
 */
function closestBinding(
  suite: Suite,
  dir: string,
  name: string,
  memo: Map<string, Found | null>,
): Found | null {
  let found = memo.get(dir);
  if (found !== undefined) return found;
  const file = dir ? `${dir}/conftest.py` : 'conftest.py';
  const binding = suite.files.isFile(file) ? suite.load(file)?.ns.final(name) : undefined;
  if (binding) found = { dir, file, binding };
  else
    found = dir === suite.layout.rootdir || dir === '' ? null : closestBinding(suite, dirOf(dir), name, memo);
  memo.set(dir, found);
  return found;
}

/**
 * A `collect_ignore` that cannot be read (filled under a condition, by a call): the suite's files
 * and directories its lines name in string literals may be left out by pytest or not. Each is
 * said in its own right, so a test that pytest leaves out lies in a file the summary names.
 */
function namedInUnread(
  suite: Suite,
  dir: string,
  conftest: string,
  name: string,
  report: (p: Problem) => void,
  said: Set<string>,
): void {
  // Every directory below the conftest asks again: its file is read and scanned once.
  if (name !== 'collect_ignore' || said.has(conftest)) return;
  said.add(conftest);
  const bytes = suite.files.read(conftest);
  if (!bytes) return;
  const text = Buffer.from(bytes).toString('utf8');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/\bcollect_ignore\b/.test(lines[i]!)) continue;
    for (const m of lines[i]!.matchAll(/(["'])([^"'\\]+)\1/g)) {
      const rel = path.posix.normalize(dir ? `${dir}/${m[2]!}` : m[2]!);
      const key = `${conftest}|${rel}`;
      if (said.has(key) || !(suite.files.isFile(rel) || suite.files.isDir(rel))) continue;
      said.add(key);
      report({
        severity: 'notice',
        file: rel,
        title: 'Collection hook not read',
        message: `${conftest}:${i + 1} may add \`${m[2]!}\` to \`collect_ignore\` (a list read only at run time): it is planned all the same, and the plugin checks each job's tests at run time.`,
      });
    }
  }
}

function entries(
  v: PyVal,
  file: string,
  name: string,
  report: (p: Problem) => void,
  said: Set<string>,
): string[] {
  if ((v.t === 'list' || v.t === 'tuple') && v.items.every((x) => x.t === 'str'))
    return v.items.map((x) => (x as Extract<PyVal, { t: 'str' }>).v);
  const key = `${file}|${name}`;
  if (!said.has(key)) {
    said.add(key);
    report({
      severity: 'notice',
      file,
      ...(v.t === 'unknown' && v.line ? { line: v.line } : {}),
      title: 'Collection hook not read',
      message: `\`${name}\` cannot be read${v.t === 'unknown' ? ` (${v.why})` : ''}: the files it keeps pytest from collecting under this directory are planned all the same; the plugin checks each job's tests at run time.`,
    });
  }
  return [];
}

/**
 * The plugin modules `pytest_plugins` of `model` names, in the order pytest registers them:
 * each one, then the modules its own `pytest_plugins` names (PytestPluginManager.import_plugin
 * calls consider_module on every plugin it imports); a module already registered is not again.
 */
function pluginsOf(
  suite: Suite,
  file: string,
  model: ModuleModel,
  report: (p: Problem) => void,
  seen: Set<string>,
): ModuleModel[] {
  const named = model.ns.final('pytest_plugins')?.value();
  if (!named) return [];
  if (named.t === 'unknown') {
    report({
      severity: 'notice',
      file,
      line: named.line,
      title: 'pytest_plugins not read',
      message: `\`pytest_plugins\` cannot be read (${named.why}); fixtures of the plugins it names are not seen, and a parametrized one would be missed.`,
    });
    return [];
  }
  // pytest accepts one module name or a list or tuple of them.
  const names = named.t === 'str' ? [named] : named.t === 'list' || named.t === 'tuple' ? named.items : [];
  const out: ModuleModel[] = [];
  for (const n of names) {
    if (n.t !== 'str') continue;
    const found = suite.resolve(file, n.v);
    if (!found || typeof found === 'string' || found.file.endsWith('/') || seen.has(found.file)) continue;
    seen.add(found.file);
    const plugin = suite.load(found.file);
    if (!plugin) continue;
    out.push(plugin, ...pluginsOf(suite, found.file, plugin, report, seen));
  }
  return out;
}
