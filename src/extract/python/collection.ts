/**
 * pytest's collection and `get_closest_marker`, replayed over one module as read by
 * module-model.ts: which functions and classes (its own, imported, inherited from other modules)
 * become test items, the parametrizations of each (marks and fixtures), and the group each item
 * resolves to. What cannot be known is planned as one entry per function and said at its line.
 */
import type { GroupValue, Problem } from '../../model.js';
import type { ExtractSettings } from '../extractor.js';
import {
  isClassInfo,
  isUnittest,
  linearize,
  unusedMarkWarnings,
  type ClassInfo,
  type FuncInfo,
  type MroEntry,
} from './definitions.js';
import { expandParametrized, foundTest, type FoundTest, type StaticParametrize } from './expand.js';
import {
  hookNotices,
  inexactIdsNotice,
  skipNotices,
  unreadNotices,
  writeNotices,
} from './collection-notices.js';
import { fixtureCalls, requestsAnyioBackend, type Node } from './collection-fixtures.js';
import { classLayer, layerOf } from './fixtures.js';
import { closestGroup, isGroupMark } from './marks.js';
import { boundCallable } from './bound-callables.js';
import { ModuleModel, type BindingKind } from './module-model.js';
import { boundToTestCase } from './state-machine.js';
import { nameFilter, type NameFilter } from './naming.js';
import { expandedNames, parameterizedClasses } from './parameterized.js';
import { readParametrize } from './params.js';
import { ItemFilter } from './select.js';
import type { Stmt } from './structure.js';
import type { Suite } from './suite.js';
import { suiteContext, type SuiteContext } from './suite-context.js';
import { GENERATE_TESTS, ID_HOOK } from './hooks.js';
import type { Mark, Parametrize } from './values.js';

export function collectModule(
  path: string,
  stmts: Stmt[],
  settings: ExtractSettings,
  suite: Suite,
): { tests: FoundTest[]; problems: Problem[] } {
  return new Collector(path, settings, suite).run(stmts);
}

class Collector {
  private readonly problems: Problem[] = [];
  private readonly seenProblems = new Set<string>();
  private readonly tests: FoundTest[] = [];
  private readonly isFunc: NameFilter;
  private readonly isClass: NameFilter;
  private readonly mroCache = new Map<ClassInfo, MroEntry[]>();
  private readonly classMarkCache = new Map<ClassInfo, Mark[]>();
  private context!: SuiteContext;
  /** `--deselect` and `-m` of `addopts`; null when there are none. */
  private readonly select: ItemFilter | null;
  /** Every `pytest_generate_tests` that may parametrize this module's tests: conftests', plugins', its own. */
  private generateTests: FuncInfo[] = [];
  /** A `pytest_make_parametrize_id` hook applies: parametrized ids may not be pytest's. */
  private idHook = false;

  constructor(
    private readonly path: string,
    private readonly settings: ExtractSettings,
    private readonly suite: Suite,
  ) {
    this.isFunc = nameFilter(settings.pytest.functions);
    this.isClass = nameFilter(settings.pytest.classes);
    this.select = settings.pytest.select ? new ItemFilter(settings.pytest.select) : null;
  }

  run(stmts: Stmt[]): { tests: FoundTest[]; problems: Problem[] } {
    const model = new ModuleModel(this.path, stmts, this.suite);
    this.context = suiteContext(this.suite, this.path, (p) => this.report(p));
    this.generateTests = [
      ...this.context.generateTests,
      ...model.hooks.filter((h) => h.name === GENERATE_TESTS),
    ];
    const moduleTest = model.ns.final('__test__')?.value();
    if (!(moduleTest?.t === 'bool' && !moduleTest.v)) {
      const marks = model.marksNamed(model.ns, 'pytestmark', 0);
      const moduleNode = this.node(this.path, marks, 0, [
        ...this.context.layers,
        layerOf(model, model.ns, false),
      ]);
      hookNotices([...this.context.hooks, ...model.hooks], this.context.said, (p) => this.report(p));
      skipNotices(this.path, model.skips, (p) => this.report(p));
      writeNotices(this.path, model, (p) => this.report(p));
      this.idHook = [...this.context.hooks, ...model.hooks].some((h) => h.name === ID_HOOK);
      for (const name of model.ns.names()) {
        const kind = model.kindOf(model.ns, name);
        if (kind.k === 'def') this.function(kind.f, name, moduleNode, null);
        else if (kind.k === 'class') this.collectClass(kind.c, name, moduleNode);
        else if (kind.k !== 'other') {
          const named = this.isFunc(name) || this.isClass(name);
          // Any unittest.TestCase subclass in the namespace is collected, whatever its name: a
          // class that `from m import X` (or `X = m.Y`) binds is looked at too.
          if (named || (kind.k === 'import' ? kind.from : kind.expr.k === 'name' || boundToTestCase(kind)))
            this.foreign(model, name, kind, moduleNode, named);
        }
      }
    }
    const { marker, pytest } = this.settings;
    for (const w of unusedMarkWarnings(model.funcs, model.classes, marker, pytest, this.isFunc, this.isClass))
      this.problem('warning', w.line, w.title, w.message);
    for (const p of this.suite.pending.splice(0)) this.report(p);
    return { tests: this.tests, problems: this.problems };
  }

  /** A test bound to a name this module imports or assigns: collected here too, as pytest does. */
  private foreign(
    model: ModuleModel,
    name: string,
    kind: Extract<BindingKind, { line: number }>,
    node: Node,
    named: boolean,
  ): void {
    const line = kind.line;
    const here = { ...node, line };
    if (kind.k === 'value' && !kind.guarded && this.isFunc(name)) {
      const made = boundCallable(model, model.ns, name, kind.expr, line);
      if (made) return this.function(made, name, here, null);
    }
    const v = model.ns.final(name)!.value();
    if (v.t === 'func' && this.isFunc(name)) this.function(v.ref as FuncInfo, name, here, null);
    else if (v.t === 'class' && isClassInfo(v.ref)) {
      if (named || isUnittest(this.mro(v.ref as ClassInfo)))
        this.collectClass(v.ref as ClassInfo, name, here);
    } else if (v.t === 'unknown' && (named || boundToTestCase(kind))) {
      const looks = named
        ? 'looks like a test, and pytest collects what this module binds to it'
        : 'is bound to a `TestCase` attribute, which pytest collects under this name when it is a unittest class';
      this.problem(
        'notice',
        line,
        'Imported test not read',
        `\`${name}\` ${looks}, but its value cannot be read (${v.why}); its tests are not planned from this file.`,
      );
    }
  }

  /** A class attribute named like a test that is not a `def`: an alias of a function, or a value. */
  private boundMethod(k: ClassInfo, member: string, line: number, node: Node, unittest: boolean): void {
    const v = k.ns.final(member)!.value();
    if (v.t === 'func') this.function(v.ref as FuncInfo, member, node, k, unittest);
    else if (v.t === 'unknown' && k.file === this.path) {
      this.problem(
        'notice',
        line,
        'Imported test not read',
        `\`${k.name}.${member}\` looks like a test method, and pytest collects what the class binds to it, but its value cannot be read (${v.why}); its tests are not planned.`,
      );
    }
  }

  private function(f: FuncInfo, name: string, node: Node, cls: ClassInfo | null, unittest = false): void {
    if (f.fixture) return;
    if (f.expand) {
      const names = expandedNames(f, name, (p) => this.report(p));
      for (const generated of names ?? []) this.emit(f, generated, node, unittest, cls !== null, true);
      f.used = true;
      return;
    }
    if (f.testAttr === false) return;
    if (unittest ? name.startsWith('test') : this.isFunc(name) || f.testAttr === true)
      this.emit(f, name, node, unittest, cls !== null, false);
  }

  private mro(c: ClassInfo): MroEntry[] {
    let m = this.mroCache.get(c);
    if (!m) this.mroCache.set(c, (m = linearize(c, (b) => this.mro(b))));
    return [...m];
  }

  private collectClass(c: ClassInfo, name: string, parent: Node, generated?: { suffix: string }): void {
    if (c.paramClass && !generated) {
      const classes = parameterizedClasses(c, name, (p) => this.report(p));
      for (const g of classes ?? []) this.collectClass(c, g, parent, { suffix: g });
      // The decorated class stays, with its own test methods deleted.
    }
    const mro = this.mro(c);
    const local = mro.filter((e): e is ClassInfo => !('k' in e));
    const unittest = isUnittest(mro);
    const testAttr = local.find((k) => k.testAttr !== undefined)?.testAttr;
    // pytest collects a class whose `__test__` is True whatever its name (its isnosetest).
    if (!unittest && !this.isClass(name) && testAttr !== true) {
      if (
        mro.some((e) => 'k' in e && e.k === 'unknown') &&
        local.some((k) => [...k.ns.names()].some((n) => n.startsWith('test')))
      ) {
        this.problem(
          'notice',
          here(c, this.path, parent.line),
          'Base class not read',
          `\`${name}\` does not match python_classes (${this.settings.pytest.classes.join(', ')}), but it inherits from a class that is not read; if that class is a unittest.TestCase, pytest collects its test methods, which are not planned.`,
        );
      }
      return;
    }
    if (testAttr === false) return;
    if (!unittest && local.some((k) => k.hasInit)) return;
    const line = here(c, this.path, parent.line);
    for (const e of mro) {
      if ('k' in e && e.k === 'unknown') {
        const why = e.why ? ` (${e.why.why})` : '';
        this.problem(
          'notice',
          line,
          'Base class not read',
          `\`${c.name}\` inherits from \`${e.text}\`, which is not read${why}: test methods and marks it holds are not seen here.`,
        );
      }
    }
    for (const k of local) k.used = true;
    unreadNotices(c, line, this.path, (p) => this.report(p));
    const node = this.node(`${parent.prefix}::${name}`, [...this.classMarks(c), ...parent.outer], line, [
      ...parent.layers,
      classLayer(mro),
    ]);
    const seen = new Set<string>();
    let found = false;
    for (const k of local) {
      for (const member of k.ns.names()) {
        if (seen.has(member)) continue;
        seen.add(member);
        // `parameterized_class` deletes the decorated class's own test methods.
        if (k === c && c.paramClass && !generated && member.startsWith('test')) continue;
        const kind = k.model.kindOf(k.ns, member);
        if (kind.k === 'def') {
          const before = this.tests.length;
          this.function(kind.f, member, node, k, unittest);
          if (this.tests.length > before) found = true;
        } else if (kind.k === 'class' && !unittest) {
          this.collectClass(kind.c, member, node);
        } else if (
          (kind.k === 'value' || kind.k === 'import') &&
          (unittest ? member.startsWith('test') : this.isFunc(member))
        ) {
          // `test_b = test_a` in a class body: pytest collects every function in the class's `__dict__`.
          const before = this.tests.length;
          this.boundMethod(k, member, kind.line, node, unittest);
          if (this.tests.length > before) found = true;
        }
      }
    }
    if (unittest && !found) {
      const run = local.map((k) => k.model.kindOf(k.ns, 'runTest')).find((m) => m.k === 'def');
      if (run?.k === 'def') this.emit(run.f, 'runTest', node, true, true, false);
    }
  }

  /** Marks of a class node: its MRO's `pytestmark` lists, base classes first (pytest ≥7.2). */
  private classMarks(c: ClassInfo): Mark[] {
    let marks = this.classMarkCache.get(c);
    if (!marks) {
      const local = this.mro(c).filter((e): e is ClassInfo => !('k' in e));
      marks = local.length === 1 ? local[0]!.marks : local.reverse().flatMap((k) => k.marks);
      this.classMarkCache.set(c, marks);
    }
    return marks;
  }

  /** What every test under a module or class node shares, worked out once per node. */
  private node(prefix: string, outer: Mark[], line: number, layers: Node['layers']): Node {
    return {
      prefix,
      outer,
      outerParametrize: outer.filter((m) => m.name === 'parametrize'),
      outerGroup: closestGroup(this.settings.marker, outer),
      line,
      layers,
    };
  }

  private emit(
    f: FuncInfo,
    name: string,
    node: Node,
    unittest: boolean,
    method: boolean,
    generated: boolean,
  ): void {
    f.used = true;
    if (f.unread.length > 0 || f.guard) unreadNotices(f, node.line, this.path, (p) => this.report(p));
    // join() copies: a test's strings must not hold on to the file's source (a concatenation or
    // a slice would keep the whole source alive for as long as the plan lives).
    const fn = [node.prefix, '::', name].join('');
    const line = f.file === this.path ? f.line : node.line;
    const own = f.marks;
    let parametrize: Mark[] = unittest ? [] : node.outerParametrize;
    if (!unittest && own.some((m) => m.name === 'parametrize'))
      parametrize = [...own.filter((m) => m.name === 'parametrize'), ...parametrize];
    const ownGroup = closestGroup(this.settings.marker, own);
    const group = (ownGroup !== undefined ? ownGroup : node.outerGroup) ?? null;
    const whole = (g: GroupValue | null, idExact: boolean): FoundTest =>
      foundTest(fn, fn, this.path, line, g, undefined, undefined, idExact);
    const marked = parametrize.map((m) => (m.parametrize ??= readParametrize(m)));
    let calls: Parametrize[] = marked;
    // Most suites have no parametrized fixture anywhere (nor a `pytest_generate_tests`, nor anyio's
    // backend fixture): then fixtures add nothing, and the closure is not worked out.
    if (
      !unittest &&
      (this.generateTests.length > 0 ||
        node.layers.some((l) => l.parametrized) ||
        requestsAnyioBackend(f, own, node.outer))
    ) {
      const fixtures = fixtureCalls(this.generateTests, this.path, f, node, [...own, ...node.outer], marked, {
        method,
        generated,
      });
      if ('dynamic' in fixtures) calls = [fixtures.dynamic, ...marked];
      else if (fixtures.calls.length > 0) calls = [...fixtures.calls, ...marked];
    }
    // pytest-repeat's `repeat(n)` mark makes n items (`[1-n]`, ...) through the plugin's own hook.
    if (!unittest && (own.some(isRepeat) || node.outer.some(isRepeat))) {
      const why = 'a `repeat` mark: pytest-repeat makes it several items (`[1-3]`, ...) from its own hook';
      calls = [{ static: false, line, why }, ...calls];
    }
    const select = this.select;
    const push = (t: FoundTest, complete: boolean): void => {
      if (!select || select.keepsWhole(t, [...own, ...node.outer], complete)) this.tests.push(t);
    };
    if (calls.length === 0) {
      push(whole(group, true), true);
      return;
    }
    const dynamic = calls.find((p) => !p.static);
    if (dynamic && !dynamic.static) {
      const paramGroups = calls.some(
        (p) => p.static && p.sets.some((s) => s.marks.some((m) => isGroupMark(this.settings.marker, m.name))),
      );
      if (paramGroups && ownGroup === undefined) {
        this.problem(
          'error',
          dynamic.line,
          'Group of parametrized test unknown',
          `\`${name}\` takes groups from \`pytest.param(..., marks=...)\`, but one of its parametrizations cannot be read (${dynamic.why}), so which parameters get which group is unknown. Write the parameter list out literally, or put the group on the function.`,
        );
        push(whole(null, false), false);
        return;
      }
      this.problem(
        'notice',
        dynamic.line,
        'Parametrization not read',
        `\`${name}\`: ${dynamic.why}. It is planned as one entry that stands for all its parametrizations (they run in one job); a group one of them carries at run time is checked by the plugin.`,
      );
      push(whole(group, false), false);
      return;
    }
    const tests = expandParametrized(
      fn,
      this.path,
      calls as StaticParametrize[],
      ownGroup,
      node.outerGroup,
      (marks) => closestGroup(this.settings.marker, marks),
    );
    if (this.idHook) for (const t of tests) t.idExact = false;
    else if (tests.some((t) => !t.idExact))
      inexactIdsNotice(name, line, (sev, l, t, m) => this.problem(sev, l, t, m));
    const kept = select
      ? select.keepsParams(tests, [...own, ...node.outer], calls as StaticParametrize[])
      : tests;
    for (const t of kept) this.tests.push(t);
  }

  private report(p: Problem): void {
    const key = `${p.file}|${p.severity}|${p.line}|${p.title}|${p.message}`;
    if (this.seenProblems.has(key)) return;
    this.seenProblems.add(key);
    this.problems.push(p);
  }

  private problem(severity: Problem['severity'], line: number, title: string, message: string): void {
    this.report({ severity, file: this.path, ...(line > 0 ? { line } : {}), title, message });
  }
}

const isRepeat = (m: Mark): boolean => m.name === 'repeat';

/** The line in `path` where a class's tests come from: its own line, or where this file brings it in. */
function here(c: ClassInfo, path: string, fallback: number): number {
  return c.file === path ? c.line : fallback;
}
