/**
 * pytest's collection and `get_closest_marker`, replayed over the statements of one module:
 * which functions and classes become test items, and which group mark each item resolves to.
 */
import type { GroupValue, Problem } from '../../model.js';
import type { ExtractSettings } from '../extractor.js';
import { describeExpr, type Expr } from './expr.js';
import {
  closestGroup,
  isGroupMark,
  markList,
  markOf,
  readGroup,
  resolveName,
  type Mark,
  type Scope,
  type Value,
} from './marks.js';
import {
  classBases,
  linearize,
  unusedMarkWarnings,
  type ClassInfo,
  type FuncInfo,
  type Member,
  type MroEntry,
} from './definitions.js';
import { expandParametrized, foundTest, type FoundTest, type StaticParametrize } from './expand.js';
import { nameFilter, type NameFilter } from './naming.js';
import { readParametrize } from './params.js';
import type { Stmt } from './structure.js';

/** A module or class as the tests under it see it. */
interface Node {
  /** `path::Outer::Inner`: the node id the tests' names are appended to. */
  prefix: string;
  /** Marks of this node and every node around it, closest first. */
  outer: Mark[];
  outerParametrize: Mark[];
  outerGroup: GroupValue | null | undefined;
}

export function collectModule(
  path: string,
  stmts: Stmt[],
  settings: ExtractSettings,
): { tests: FoundTest[]; problems: Problem[] } {
  return new Collector(path, settings).run(stmts);
}

class Collector {
  private readonly problems: Problem[] = [];
  private readonly seenProblems = new Set<string>();
  private readonly funcs: FuncInfo[] = [];
  private readonly classes: ClassInfo[] = [];
  private readonly tests: FoundTest[] = [];
  private readonly isFunc: NameFilter;
  private readonly isClass: NameFilter;
  private readonly module: Scope = { names: new Map() };
  private readonly moduleMembers = new Map<string, Member>();
  private moduleMarks: Mark[] = [];
  private moduleTest: boolean | undefined;

  constructor(
    private readonly path: string,
    private readonly settings: ExtractSettings,
  ) {
    this.isFunc = nameFilter(settings.pytest.functions);
    this.isClass = nameFilter(settings.pytest.classes);
  }

  run(stmts: Stmt[]): { tests: FoundTest[]; problems: Problem[] } {
    this.body(stmts, this.module, this.moduleMembers, null);
    if (this.moduleTest !== false) {
      const moduleNode = this.node(this.path, this.moduleMarks);
      for (const [name, m] of this.moduleMembers) {
        if (m.k === 'func' && this.isFunc(name) && !m.f.fixture) this.emit(m.f, name, moduleNode);
        else if (m.k === 'class') this.collectClass(m.c, name, moduleNode);
        else if (m.k === 'other' && m.from !== undefined && (this.isFunc(name) || this.isClass(name))) {
          this.problem(
            'notice',
            0,
            'Imported test not read',
            `\`${name}\` is imported from \`${m.from}\`; pytest collects it in this module too, but it is not read here, so its tests are not planned from this file.`,
          );
        }
      }
    }
    const { marker, pytest } = this.settings;
    for (const w of unusedMarkWarnings(this.funcs, this.classes, marker, pytest, this.isFunc, this.isClass))
      this.problem('warning', w.line, w.title, w.message);
    return { tests: this.tests, problems: this.problems };
  }

  private body(stmts: Stmt[], scope: Scope, members: Map<string, Member>, cls: ClassInfo | null): void {
    for (const s of stmts) {
      switch (s.k) {
        case 'import': {
          const bound = s.asname ?? s.module.split('.')[0]!;
          const v: Value =
            s.module === 'pytest' || (s.asname === null && s.module.startsWith('pytest.'))
              ? { v: 'pytest' }
              : s.module === 'unittest' || (s.asname === null && s.module.startsWith('unittest.'))
                ? { v: 'unittest' }
                : { v: 'other' };
          scope.names.set(bound, v);
          members.set(bound, { k: 'other' });
          break;
        }
        case 'from': {
          const bound = s.asname ?? s.name;
          let v: Value = { v: 'other' };
          if (s.module === 'pytest') {
            if (s.name === 'mark') v = { v: 'mark' };
            else if (s.name === 'param') v = { v: 'param' };
            else if (s.name === 'fixture') v = { v: 'fixture' };
          } else if (
            (s.module === 'unittest' || s.module === 'unittest.case') &&
            (s.name === 'TestCase' || s.name === 'IsolatedAsyncioTestCase')
          ) {
            v = { v: 'testcase' };
          }
          scope.names.set(bound, v);
          members.set(bound, v.v === 'other' ? { k: 'other', from: s.module } : { k: 'other' });
          break;
        }
        case 'bind':
          scope.names.set(s.name, { v: 'other' });
          members.set(s.name, { k: 'other' });
          break;
        case 'assign':
          this.assign(s.name, s.value, s.line, scope, members, cls);
          break;
        case 'def': {
          const f = this.funcInfo(s.name, s.line, s.decorators, scope);
          scope.names.set(s.name, { v: 'other' });
          members.set(s.name, { k: 'func', f });
          break;
        }
        case 'class': {
          const c = this.classInfo(s, scope);
          scope.names.set(s.name, { v: 'other' });
          members.set(s.name, { k: 'class', c });
          break;
        }
      }
    }
  }

  private assign(
    name: string,
    value: Expr,
    line: number,
    scope: Scope,
    members: Map<string, Member>,
    cls: ClassInfo | null,
  ): void {
    if (name === 'pytestmark') {
      const r = markList(scope, value);
      if (r.tuple) {
        this.problem(
          'error',
          line,
          'Invalid pytestmark',
          '`pytestmark` is a tuple here; pytest accepts one mark or a list of marks and fails to collect this file. Write a list: `pytestmark = [...]`.',
        );
      }
      for (const u of r.unknown) {
        this.problem(
          'notice',
          u.line,
          'pytestmark not read',
          `\`pytestmark\` holds \`${describeExpr(u)}\`, which cannot be read without running the code; a group mark in it would be missed.`,
        );
      }
      this.checkMarks(r.marks, scope);
      if (cls) cls.marks = r.marks;
      else this.moduleMarks = r.marks;
    } else if (name === '__test__') {
      const t = value.k === 'lit' && value.v.t === 'bool' ? value.v.v : undefined;
      if (cls) cls.testAttr = t;
      else this.moduleTest = t;
    }
    scope.names.set(name, this.valueOf(scope, value));
    members.set(name, { k: 'other' });
  }

  /** What an assigned value means for later lookups: a mark alias, `pytest.mark` itself, ... */
  private valueOf(scope: Scope, e: Expr): Value {
    const m = markOf(scope, e);
    if (m) return { v: 'marks', marks: [m], single: true };
    if (e.k === 'name') return resolveName(scope, e.parts) ?? { v: 'other' };
    if (e.k === 'seq' && e.items.length > 0) {
      const r = markList(scope, e);
      if (r.unknown.length === 0) return { v: 'marks', marks: r.marks, single: false };
    }
    return { v: 'other' };
  }

  private funcInfo(name: string, line: number, decorators: Expr[], scope: Scope): FuncInfo {
    const marks: Mark[] = [];
    let fixture = false;
    for (let i = decorators.length - 1; i >= 0; i--) {
      const d = decorators[i]!;
      const m = markOf(scope, d);
      if (m) marks.push(m);
      else {
        const fn = d.k === 'call' ? d.fn : d;
        if (fn.k === 'name' && resolveName(scope, fn.parts)?.v === 'fixture') fixture = true;
      }
    }
    this.checkMarks(marks, scope);
    const f: FuncInfo = { name, line, marks, fixture, used: false };
    this.funcs.push(f);
    return f;
  }

  private classInfo(s: Extract<Stmt, { k: 'class' }>, scope: Scope): ClassInfo {
    const bases = classBases(s.bases, scope, (parts) => this.lookupMember(parts));
    const c: ClassInfo = {
      name: s.name,
      line: s.line,
      marks: [],
      bases,
      members: new Map(),
      testAttr: undefined,
      hasInit: false,
      used: false,
    };
    // Class bodies look names up in their own namespace, then the module's (never an outer class).
    const own: Scope = { names: new Map(), parent: this.module };
    this.body(s.body, own, c.members, c);
    const init = c.members.get('__init__') ?? c.members.get('__new__');
    c.hasInit = init !== undefined;
    const deco: Mark[] = [];
    for (let i = s.decorators.length - 1; i >= 0; i--) {
      const m = markOf(scope, s.decorators[i]!);
      if (m) deco.push(m);
    }
    this.checkMarks(deco, scope);
    c.marks = [...c.marks, ...deco];
    this.classes.push(c);
    return c;
  }

  private lookupMember(parts: string[]): Member | undefined {
    if (parts.length !== 1) return undefined;
    return this.moduleMembers.get(parts[0]!);
  }

  /** C3 linearisation over the classes this file defines; foreign bases stay opaque. */
  private readonly mroCache = new Map<ClassInfo, MroEntry[]>();
  private readonly classMarkCache = new Map<ClassInfo, Mark[]>();

  private mro(c: ClassInfo): MroEntry[] {
    let m = this.mroCache.get(c);
    if (!m) this.mroCache.set(c, (m = linearize(c, (b) => this.mro(b))));
    return [...m];
  }

  private collectClass(c: ClassInfo, name: string, parent: Node): void {
    const mro = this.mro(c);
    const local = mro.filter((e): e is ClassInfo => !('k' in e));
    const unittest = mro.some((e) => 'k' in e && e.k === 'testcase');
    if (!unittest && !this.isClass(name)) return;
    const testAttr = local.find((k) => k.testAttr !== undefined)?.testAttr;
    if (testAttr === false) return;
    if (!unittest && local.some((k) => k.hasInit)) return;
    for (const e of mro) {
      if ('k' in e && e.k === 'unknown') {
        this.problem(
          'notice',
          c.line,
          'Base class not read',
          `\`${c.name}\` inherits from \`${e.text}\`, which is defined in another module: test methods and marks it holds are not seen here.`,
        );
      }
    }
    for (const k of local) k.used = true;
    const node = this.node(`${parent.prefix}::${c.name}`, [...this.classMarks(c), ...parent.outer]);
    const seen = new Set<string>();
    let found = false;
    for (const k of local) {
      for (const [member, m] of k.members) {
        if (seen.has(member)) continue;
        seen.add(member);
        if (m.k === 'func') {
          if (unittest ? member.startsWith('test') : this.isFunc(member) && !m.f.fixture) {
            this.emit(m.f, member, node, unittest);
            found = true;
          }
        } else if (m.k === 'class' && !unittest) {
          this.collectClass(m.c, member, node);
        }
      }
    }
    if (unittest && !found) {
      const run = local.map((k) => k.members.get('runTest')).find((m) => m !== undefined);
      if (run?.k === 'func') this.emit(run.f, 'runTest', node, true);
    }
  }

  /** Marks of a class node: its MRO's `pytestmark` lists, base classes first (pytest ≥7.2). */
  private classMarks(c: ClassInfo): Mark[] {
    let marks = this.classMarkCache.get(c);
    if (!marks) {
      const local = this.mro(c).filter((e): e is ClassInfo => !('k' in e));
      marks = local.reverse().flatMap((k) => k.marks);
      this.classMarkCache.set(c, marks);
    }
    return marks;
  }

  /** What every test under a module or class node shares, worked out once per node. */
  private node(prefix: string, outer: Mark[]): Node {
    return {
      prefix,
      outer,
      outerParametrize: outer.filter((m) => m.name === 'parametrize'),
      outerGroup: this.firstGroup(outer),
    };
  }

  private emit(f: FuncInfo, name: string, node: Node, unittest = false): void {
    f.used = true;
    // join() copies: a test's strings must not hold on to the file's source (a concatenation or
    // a slice would keep the whole source alive for as long as the plan lives).
    const fn = [node.prefix, '::', name].join('');
    const own = f.marks;
    let parametrize: Mark[] = unittest ? [] : node.outerParametrize;
    if (!unittest && own.some((m) => m.name === 'parametrize'))
      parametrize = [...own.filter((m) => m.name === 'parametrize'), ...parametrize];
    const ownGroup = this.firstGroup(own);
    const group = (ownGroup !== undefined ? ownGroup : node.outerGroup) ?? null;
    const whole = (g: GroupValue | null, idExact: boolean): FoundTest =>
      foundTest(fn, fn, this.path, f.line, g, undefined, undefined, idExact);
    if (parametrize.length === 0) {
      this.tests.push(whole(group, true));
      return;
    }
    const calls = parametrize.map((m) => m.parametrize ?? readParametrize(this.module, m));
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
          `\`${name}\` takes groups from \`pytest.param(..., marks=...)\`, but one of its \`parametrize\` calls cannot be read (${dynamic.why}), so which parameters get which group is unknown. Write the parameter list out literally, or put the group on the function.`,
        );
        this.tests.push(whole(null, false));
        return;
      }
      this.tests.push(whole(group, false));
      return;
    }
    const statics = calls as StaticParametrize[];
    for (const test of expandParametrized(fn, this.path, statics, ownGroup, node.outerGroup, (marks) =>
      this.firstGroup(marks),
    ))
      this.tests.push(test);
  }

  private firstGroup(marks: Mark[]): GroupValue | null | undefined {
    return closestGroup(this.settings.marker, marks);
  }

  /** Every group mark with an unreadable value is an error where it is written, winning or not. */
  private checkMarks(marks: Mark[], scope: Scope): void {
    for (const m of marks) {
      if (m.name === 'parametrize') {
        const p = readParametrize(scope, m);
        m.parametrize = p;
        if (p.static) for (const s of p.sets) this.checkMarks(s.marks, scope);
        continue;
      }
      if (!isGroupMark(this.settings.marker, m.name)) continue;
      const r = readGroup(this.settings.marker, m);
      if (!r.ok) this.problem('error', r.line, r.title, r.message);
    }
  }

  private problem(severity: Problem['severity'], line: number, title: string, message: string): void {
    const key = `${severity}|${line}|${title}|${message}`;
    if (this.seenProblems.has(key)) return;
    this.seenProblems.add(key);
    this.problems.push({ severity, file: this.path, ...(line > 0 ? { line } : {}), title, message });
  }
}
