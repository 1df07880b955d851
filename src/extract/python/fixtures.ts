/**
 * Parametrized fixtures, as pytest's FixtureManager applies them: the fixtures a test can see
 * (its class and module, every conftest.py from the rootdir down, the modules `pytest_plugins`
 * names), its fixture closure (autouse, `usefixtures`, its arguments, and theirs), and the
 * parametrizations the closure's fixtures add, in pytest's order (the closure sorted by scope).
 */
import type { ClassInfo, FixtureDef, FuncInfo, MroEntry } from './definitions.js';
import type { BindingKind, ModuleModel } from './module-model.js';
import type { Namespace } from './namespace.js';
import { parametrizeFrom } from './params.js';
import { evaluate } from './evaluate.js';
import type { Mark, Parametrize, PyVal } from './values.js';

/** pytest's own fixtures (and the commonest plugins'): never parametrized, never reported unknown. */
export const BUILTIN_FIXTURES = new Set([
  'request',
  'tmp_path',
  'tmp_path_factory',
  'tmpdir',
  'tmpdir_factory',
  'monkeypatch',
  'capsys',
  'capsysbinary',
  'capfd',
  'capfdbinary',
  'caplog',
  'recwarn',
  'pytestconfig',
  'record_property',
  'record_xml_attribute',
  'record_testsuite_property',
  'cache',
  'doctest_namespace',
  'testdir',
  'pytester',
  'subtests',
  'worker_id',
  'testrun_uid',
  'mocker',
  'class_mocker',
  'module_mocker',
  'package_mocker',
  'session_mocker',
  'event_loop',
]);

const SCOPES = ['function', 'class', 'module', 'package', 'session'];

/** One holder of fixtures (a conftest, a module, a class), as pytest registers them. */
interface Layer {
  /** Fixture defs by the name they are registered under. */
  byName(name: string): FixtureInfo | undefined;
  /** Autouse fixture names, in the order pytest registers them (its `dir()`: alphabetical). */
  autouse: string[];
  /** Whether any fixture here has `params` (if none anywhere, no closure needs working out). */
  parametrized: boolean;
}

export interface FixtureInfo {
  def: FixtureDef;
  /** The fixture function's own argument names (what it requests). */
  argnames: string[];
}

/** Fixtures registered by a module's or class's namespace (its own definitions and what it imports). */
export function layerOf(model: ModuleModel, ns: Namespace<BindingKind>, method: boolean): Layer {
  const byName = new Map<string, FixtureInfo>();
  const autouse: string[] = [];
  let parametrized = false;
  for (const name of ns.names()) {
    const kind = model.kindOf(ns, name);
    let f: FuncInfo | null = null;
    if (kind.k === 'def') f = kind.f;
    else if (kind.k === 'import' && kind.from) {
      // `from module import name` may bring a fixture in (pytest registers it here too).
      const v = ns.final(name)!.value();
      if (v.t === 'func') f = v.ref as FuncInfo;
    }
    if (!f?.fixture) continue;
    byName.set(f.fixture.name, { def: f.fixture, argnames: argnamesOf(f, method) });
    if (f.fixture.autouse) autouse.push(f.fixture.name);
    if (f.fixture.params !== null) parametrized = true;
  }
  autouse.sort();
  return { byName: (name) => byName.get(name), autouse, parametrized };
}

/** The `usefixtures` ini setting as a layer: it defines no fixture, and names what every test uses first. */
export function iniLayer(usefixtures: string[]): Layer {
  return { byName: () => undefined, autouse: usefixtures, parametrized: false };
}

/** The fixtures of a class and its bases (pytest reads them from an instance: inherited ones count). */
export function classLayer(mro: MroEntry[]): Layer {
  const local = mro.filter((e): e is ClassInfo => !('k' in e)).reverse();
  const layers = local.map((c) => layerOf(c.model, c.ns, true));
  return {
    byName: (name) => {
      for (let i = layers.length - 1; i >= 0; i--) {
        const f = layers[i]!.byName(name);
        if (f) return f;
      }
      return undefined;
    },
    autouse: [...new Set(layers.flatMap((l) => l.autouse))].sort(),
    parametrized: layers.some((l) => l.parametrized),
  };
}

/**
 * pytest's `getfuncargnames`: parameters without defaults, positional-or-keyword or keyword-only,
 * without the first one of a method (`self`), unless it is a staticmethod.
 */
export function argnamesOf(f: FuncInfo, method: boolean): string[] {
  const names = f.params
    .filter((p) => (p.kind === 'positional' || p.kind === 'keyword') && !p.hasDefault)
    .map((p) => p.name);
  return method && !f.staticmethod ? names.slice(1) : names;
}

/** What the test's fixtures add to its items. */
export interface FixtureParams {
  /** One parametrization per parametrized fixture in the closure, in pytest's order. */
  calls: Parametrize[];
  /** Names the test needs that no fixture, no `parametrize` and no builtin provides. */
  unresolved: string[];
  /** Every name of the closure (autouse, usefixtures, arguments and what their fixtures request). */
  closure: string[];
}

/**
 * The fixture closure of a test seeing `layers` (most general first), and the parametrizations
 * its fixtures add. `directArgs` are the names its `parametrize` marks cover: they are not
 * resolved as fixtures, and a fixture of that name is not parametrized.
 */
export function fixtureParams(
  layers: Layer[],
  usefixtures: string[],
  argnames: string[],
  parametrized: Set<string>,
): FixtureParams {
  const defsOf = (name: string): FixtureInfo[] => layers.flatMap((l) => l.byName(name) ?? []);
  const initial = dedupe([...layers.flatMap((l) => l.autouse), ...usefixtures, ...argnames]);
  // pytest up to 9.0 (getfixtureclosure): breadth first, each fixture's arguments appended.
  const closure = [...initial];
  const defs = new Map<string, FixtureInfo[]>();
  for (let i = 0; i < closure.length; i++) {
    const name = closure[i]!;
    if (parametrized.has(name) || defs.has(name)) continue;
    const found = defsOf(name);
    if (found.length === 0) continue;
    defs.set(name, found);
    for (const arg of found[found.length - 1]!.argnames) if (!closure.includes(arg)) closure.push(arg);
  }
  const scopeOf = (name: string): number => {
    const d = defs.get(name);
    const scope = d ? d[d.length - 1]!.def.scope : 'function';
    return Math.max(0, SCOPES.indexOf(scope ?? 'function'));
  };
  // A stable sort, widest scope first.
  const sorted = closure
    .map((name, i) => ({ name, i }))
    .sort((a, b) => scopeOf(b.name) - scopeOf(a.name) || a.i - b.i);
  const calls: Parametrize[] = [];
  const callNames: string[] = [];
  const unresolved: string[] = [];
  // A `scope=` that is not a literal puts its fixture somewhere in the scope order: the items
  // are the same, the order of the parts of their ids is not known.
  let scopeUnknown = false;
  for (const { name } of sorted) {
    if (parametrized.has(name)) continue;
    const chain = defs.get(name);
    if (!chain) {
      if (!BUILTIN_FIXTURES.has(name)) unresolved.push(name);
      continue;
    }
    // The closest definition; an override that requests its own name defers to the one it overrides.
    for (let i = chain.length - 1; i >= 0; i--) {
      const f = chain[i]!;
      if (f.def.params !== null) {
        calls.push(parametrizeFrom([name], f.def.params, f.def.ids, [false], f.def.decoLine, f.def.file));
        callNames.push(name);
        if (f.def.scope === null) scopeUnknown = true;
        break;
      }
      if (!f.argnames.includes(name)) break;
    }
  }
  // pytest 9.1 and later order the closure depth first: the same items, but the parts of their
  // ids in another order when a fixture's dependency comes after a later name of the closure.
  const depthFirst = () => {
    const inCalls = new Set(callNames);
    const order = depthFirstClosure(initial, defsOf, parametrized).filter((n) => inCalls.has(n));
    const rank = (name: string): number => {
      const d = defsOf(name);
      return Math.max(0, SCOPES.indexOf(d[d.length - 1]?.def.scope ?? 'function'));
    };
    const sortedDfs = order
      .map((name, i) => ({ name, i }))
      .sort((a, b) => rank(b.name) - rank(a.name) || a.i - b.i);
    return sortedDfs.some((e, i) => e.name !== callNames[i]);
  };
  if (calls.length > 1 && (scopeUnknown || depthFirst()))
    for (const c of calls) if (c.static) for (const set of c.sets) set.idExact = false;
  return { calls, unresolved, closure };
}

/**
 * pytest ≥9.1's `traverse_fixture_closure`: each name, then (depth first) the arguments of its
 * closest definition, and of the one it overrides when it requests its own name.
 */
function depthFirstClosure(
  initial: string[],
  defsOf: (name: string) => FixtureInfo[],
  ignore: Set<string>,
): string[] {
  const out: string[] = [];
  const index = new Map<string, number>();
  const visit = (name: string): void => {
    let at = index.get(name);
    if (at === -1) return;
    if (at === undefined) {
      out.push(name);
      index.set(name, -1);
    }
    const defs = ignore.has(name) ? [] : defsOf(name);
    if (defs.length === 0) return;
    at = index.get(name) ?? -1;
    if (-at > defs.length) return;
    index.set(name, at - 1);
    for (const dep of defs[defs.length + at]!.argnames) visit(dep);
    index.set(name, at);
  };
  for (const name of initial) visit(name);
  return out;
}

/** The names `usefixtures` marks request, closest mark first; null when one cannot be read. */
export function usefixturesOf(marks: Mark[]): string[] | PyVal {
  const out: string[] = [];
  for (const m of marks) {
    if (m.name !== 'usefixtures' || !m.env) continue;
    for (const arg of m.args) {
      const v = evaluate(arg, m.env);
      if (v.t !== 'str') return v;
      out.push(v.v);
    }
  }
  return out;
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}
