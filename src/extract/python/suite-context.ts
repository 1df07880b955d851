/**
 * What a test module inherits from the directories above it: the fixtures of every conftest.py
 * from the rootdir down (and of the modules their `pytest_plugins` name), and the collection
 * hooks they define. Worked out once per directory.
 */
import type { Problem } from '../../model.js';
import type { FuncInfo } from './definitions.js';
import { layerOf } from './fixtures.js';
import type { Suite } from './suite.js';

export interface SuiteContext {
  /** Fixture layers, most general first: `pytest_plugins` modules, then conftests from the rootdir down. */
  layers: ReturnType<typeof layerOf>[];
  /** Collection hooks of those conftests and plugin modules. */
  hooks: FuncInfo[];
  /** The closest `pytest_generate_tests` (the module's own is added by the caller). */
  generateTests: FuncInfo | null;
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
  for (const d of dirs) {
    const file = d ? `${d}/conftest.py` : 'conftest.py';
    if (!suite.files.isFile(file)) continue;
    const model = suite.load(file);
    if (!model) continue;
    layers.push(layerOf(model, model.ns, false));
    hooks.push(...model.hooks);
    const named = model.ns.final('pytest_plugins')?.value();
    const names =
      named?.t === 'str' ? [named.v] : named?.t === 'list' || named?.t === 'tuple' ? named.items : [];
    if (named?.t === 'unknown') {
      report({
        severity: 'notice',
        file,
        line: named.line,
        title: 'pytest_plugins not read',
        message: `\`pytest_plugins\` cannot be read (${named.why}); fixtures of the plugins it names are not seen, and a parametrized one would be missed.`,
      });
    }
    for (const n of names) {
      if (typeof n !== 'string' && n.t !== 'str') continue;
      const module = typeof n === 'string' ? n : n.v;
      const found = suite.resolve(file, module);
      if (!found || typeof found === 'string' || found.file.endsWith('/')) continue;
      const plugin = suite.load(found.file);
      if (!plugin) continue;
      plugins.push(layerOf(plugin, plugin.ns, false));
      hooks.push(...plugin.hooks);
    }
  }
  const generateTests = [...hooks].reverse().find((h) => h.name === 'pytest_generate_tests') ?? null;
  return { layers: [...plugins, ...layers], hooks, generateTests };
}
