/**
 * One module as Python runs it, without running it: its names over time (namespace.ts), the
 * functions and classes it defines with the marks, fixture options and `parameterized` inputs
 * their decorators give them, and its classes' bodies. Test modules, conftest.py files and the
 * helper modules they import are all read this way.
 */
import type { Problem } from '../../model.js';
import type { ExtractSettings } from '../extractor.js';
import { HAS_INIT_REF, marksOf, NO_TESTS_REF, TESTCASE_REF } from './builtins.js';
import { isFrozen } from './dataclass.js';
import { enumInfoOf } from './enums.js';
import { isStateMachine, STATE_MACHINE_REF } from './state-machine.js';
import {
  fixtureDef,
  type Base,
  type ClassInfo,
  type FixtureDef,
  type FuncInfo,
  type UnreadDecorator,
} from './definitions.js';
import { bindTarget, evaluate } from './evaluate.js';
import { describeExpr, type Expr } from './expr.js';
import { dataclassInit, isDataclass, unreadDecorator, unreadMetaclass, withoutGiven } from './decorators.js';
import { checkMarks } from './mark-check.js';
import { ClassEnv, guarded, KnownBinding, LazyBinding, ModuleEnv, Namespace } from './namespace.js';
import { binaryOp } from './operators.js';
import { afterAliasChange, Aliases } from './aliases.js';
import { COLLECTION_HOOKS } from './hooks.js';
import { LoopBodies, mutated } from './mutations.js';
import { parseOrOpaque } from './parse-expr.js';
import type { Stmt } from './structure.js';
import { unknown, type Env, type Mark, type PyVal } from './values.js';

/** What reading a module needs from the suite around it: imports, and where problems go. */
export interface ModuleContext {
  readonly settings: ExtractSettings;
  /** The value `import module` binds (`module` may start with dots: a relative import). */
  importModule(from: string, module: string, line: number): PyVal;
  /** The value `from module import name` binds. */
  importFrom(from: string, module: string, name: string, line: number): PyVal;
  /** The names `from module import *` binds, or null when the module is not read (outside the suite). */
  starNames(from: string, module: string, line: number): string[] | null;
  report(problem: Problem): void;
}

const OTHER: BindingKind = { k: 'other' };

/** How a name came to be bound, for collection: definitions are known without evaluating anything. */
export type BindingKind =
  | { k: 'def'; f: FuncInfo }
  | { k: 'class'; c: ClassInfo }
  /** `import m` or (`from`) `from m import name`. */
  | { k: 'import'; line: number; from: boolean }
  | { k: 'value'; expr: Expr; line: number; guarded?: boolean }
  | { k: 'other' };

export class ModuleModel {
  readonly ns = new Namespace<BindingKind>();
  readonly funcs: FuncInfo[] = [];
  readonly classes: ClassInfo[] = [];
  /** Functions named like pytest's hooks that change collection (`pytest_generate_tests`, ...). */
  readonly hooks: FuncInfo[] = [];
  /** `pytest.skip(...)`/`pytest.importorskip(...)` run at import: they may skip the module. */
  readonly skips: Extract<Stmt, { k: 'skip' }>[] = [];
  /** `globals()[...] = ...`, `setattr(...)`: names bound by code at import time. */
  readonly writes: Extract<Stmt, { k: 'write' }>[] = [];
  private pos = 0;

  constructor(
    readonly file: string,
    stmts: Stmt[],
    private readonly ctx: ModuleContext,
  ) {
    this.walk(stmts, this.ns, null);
  }

  /** The names code at the end of the module sees (what importers and pytest see). */
  get env(): Env {
    return new ModuleEnv(this.ns, Infinity, this.file);
  }

  /** How the name's final binding came about. */
  kindOf(ns: Namespace<BindingKind>, name: string): BindingKind {
    return ns.kindOf(name) ?? OTHER;
  }

  private next(): number {
    return ++this.pos;
  }

  private walk(
    stmts: Stmt[],
    ns: Namespace<BindingKind>,
    cls: { info: ClassInfo; env: (pos: number) => Env } | null,
  ): void {
    const envAt = cls ? cls.env : (pos: number) => new ModuleEnv(ns, pos, this.file);
    const bodies = new LoopBodies();
    const aliases = new Aliases();
    // Names sharing their object with `name`, changed in place: they hold the changed value.
    const sharedChanged = (name: string, pos: number, line: number): void => {
      const changed = ns.final(name)!;
      for (const other of aliases.of(name)) {
        const prev = ns.at(other, pos);
        const b = new LazyBinding(pos, line, () => {
          const v = afterAliasChange(prev?.value(), () => changed.value());
          return v ?? unknown(`\`${other}\` is not defined before line ${line}`, line);
        });
        ns.add(other, b, ns.kindOf(other) ?? OTHER);
      }
    };
    for (const s of stmts) {
      const pos = this.next();
      bodies.note(s, pos);
      switch (s.k) {
        case 'import': {
          const bound = s.asname ?? s.module.split('.')[0]!;
          const module = s.asname ? s.module : bound;
          const b = new LazyBinding(pos, s.line, () => this.ctx.importModule(this.file, module, s.line));
          ns.add(bound, guarded(bound, s.guard, b), { k: 'import', line: s.line, from: false });
          aliases.rebind(bound, null);
          break;
        }
        case 'from': {
          if (s.name === '*') {
            for (const name of this.ctx.starNames(this.file, s.module, s.line) ?? []) {
              const b = new LazyBinding(pos, s.line, () =>
                this.ctx.importFrom(this.file, s.module, name, s.line),
              );
              ns.add(name, guarded(name, s.guard, b), { k: 'import', line: s.line, from: true });
              aliases.rebind(name, null);
            }
            break;
          }
          const bound = s.asname ?? s.name;
          const b = new LazyBinding(pos, s.line, () =>
            this.ctx.importFrom(this.file, s.module, s.name, s.line),
          );
          ns.add(bound, guarded(bound, s.guard, b), { k: 'import', line: s.line, from: true });
          aliases.rebind(bound, null);
          break;
        }
        case 'assign': {
          const b = new LazyBinding(pos, s.line, () => evaluate(s.value, envAt(pos)));
          const value: BindingKind = { k: 'value', expr: s.value, line: s.line, guarded: s.guard !== null };
          ns.add(s.name, guarded(s.name, s.guard, b), value);
          const v = s.value;
          aliases.rebind(s.name, v.k === 'name' && v.parts.length === 1 ? v.parts[0]! : null);
          break;
        }
        case 'unpack': {
          const target = parseOrOpaque((s.target as Extract<Expr, { k: 'other' }>).range, s.line);
          const names = targetNames(target);
          let values: Map<string, PyVal> | PyVal | undefined;
          const all = (): Map<string, PyVal> | PyVal => {
            if (values) return values;
            const v = evaluate(s.value, envAt(pos));
            const out = new Map<string, PyVal>();
            const failed = v.t === 'unknown' ? v : bindTarget(target, v, out, s.line);
            return (values = failed ?? out);
          };
          for (const name of names ?? []) {
            const b = new LazyBinding(pos, s.line, () => {
              const v = all();
              return v instanceof Map ? v.get(name)! : v;
            });
            ns.add(name, guarded(name, s.guard, b), OTHER);
            aliases.rebind(name, null);
          }
          break;
        }
        case 'augassign': {
          const before = ns.at(s.name, pos) ?? null;
          const b = new LazyBinding(pos, s.line, () => {
            const left = before
              ? before.value()
              : unknown(`\`${s.name}\` is not defined before \`${s.op}=\``, s.line);
            if (left.t === 'unknown') return left;
            const right = evaluate(s.value, envAt(pos));
            return right.t === 'unknown' ? right : binaryOp(s.op, left, right, s.line);
          });
          ns.add(s.name, guarded(s.name, s.guard, b), OTHER);
          // `+=` on a list (`|=` on a set or dict) changes the object in place.
          sharedChanged(s.name, pos, s.line);
          break;
        }
        case 'bind': {
          const why = `\`${s.name}\` is bound by ${s.why}, which is read only at run time`;
          ns.add(s.name, { pos, line: s.line, value: () => unknown(why, s.line) }, OTHER);
          aliases.rebind(s.name, null);
          break;
        }
        case 'mutate': {
          // `test_x.attr = v` on a function or class keeps it what it is; `__test__` is read.
          const kind = s.attr && !s.guard ? ns.kindOf(s.name) : undefined;
          if (kind?.k === 'def' || kind?.k === 'class') {
            if (s.attr!.name === '__test__') (kind.k === 'def' ? kind.f : kind.c).testAttr = s.attr!.flag;
            break;
          }
          const why = `\`${s.name}\` is changed in place by ${s.how}, which is read only at run time`;
          const before = (at: number): PyVal | undefined => ns.at(s.name, at)?.value();
          const b = new LazyBinding(pos, s.line, () => mutated(s, bodies, before, envAt, pos, why));
          ns.add(s.name, b, OTHER);
          sharedChanged(s.name, pos, s.line);
          break;
        }
        case 'skip':
          this.skips.push(s);
          break;
        case 'write':
          this.writes.push(s);
          break;
        case 'def': {
          // Only decorators are evaluated: most functions have none, and need no scope.
          const f = this.funcInfo(s, s.decorators.length > 0 ? envAt(pos) : null);
          ns.add(s.name, new KnownBinding(pos, s.line, { t: 'func', name: s.name, ref: f }), {
            k: 'def',
            f,
          });
          aliases.rebind(s.name, null);
          break;
        }
        case 'class': {
          const c = this.classInfo(s, pos, envAt);
          // The name is bound once the body has run.
          const after = this.next();
          ns.add(s.name, new KnownBinding(after, s.line, { t: 'class', name: s.name, ref: c }), {
            k: 'class',
            c,
          });
          aliases.rebind(s.name, null);
          break;
        }
      }
    }
  }

  private funcInfo(s: Extract<Stmt, { k: 'def' }>, env: Env | null): FuncInfo {
    const marks: Mark[] = [];
    let fixture: FixtureDef | null = null;
    let expand: PyVal | null = null;
    let staticmethod = false;
    let params = s.params;
    let unread: UnreadDecorator[] | null = null;
    // `own_markers` order: the decorator nearest the `def` first.
    for (let i = s.decorators.length - 1; i >= 0; i--) {
      const d = evaluate(s.decorators[i]!, env!);
      if (d.t === 'mark') marks.push(d.mark);
      else if (d.t === 'builtin' && (d.name === 'pytest.fixture' || d.name === 'fixture-options')) {
        fixture = fixtureDef(s.name, s.line, this.file, d.self, s.decorators[i]!.line);
      } else if (d.t === 'builtin' && d.name === 'parameterized.expand-options') expand = d.self ?? null;
      else if (d.t === 'builtin' && d.name === 'staticmethod') staticmethod = true;
      else if (d.t === 'builtin' && d.name === 'hypothesis.given-options')
        params = withoutGiven(params, d.self);
      else {
        const u = unreadDecorator(s.decorators[i]!, d);
        if (u) (unread ??= []).push(u);
      }
    }
    const f: FuncInfo = {
      name: s.name,
      line: s.line,
      file: this.file,
      marks,
      fixture,
      params,
      expand,
      staticmethod,
      unread: unread ?? NONE_UNREAD,
      guard: s.guard,
      used: false,
      testAttr: undefined,
      body: s.body,
      isAsync: s.isAsync,
    };
    if (marks.length > 0) checkMarks(marks, this.ctx.settings.marker, this.file, (p) => this.ctx.report(p));
    this.funcs.push(f);
    if (COLLECTION_HOOKS.has(s.name)) this.hooks.push(f);
    return f;
  }

  private classInfo(s: Extract<Stmt, { k: 'class' }>, pos: number, envAt: (pos: number) => Env): ClassInfo {
    const env = envAt(pos);
    let initBase = false;
    const baseValues = s.bases.map((b) => evaluate(b, env));
    const bases: Base[] = s.bases.flatMap((b, i) => {
      const v = baseValues[i]!;
      if (v.t === 'class' && (v.ref === HAS_INIT_REF || v.ref === STATE_MACHINE_REF)) initBase = true;
      return baseOf(b, v) ?? [];
    });
    const ns = new Namespace<BindingKind>();
    const c: ClassInfo = {
      name: s.name,
      line: s.line,
      file: this.file,
      marks: [],
      bases,
      ns,
      model: this,
      testAttr: undefined,
      hasInit: false,
      paramClass: null,
      unread: NONE_UNREAD,
      guard: s.guard,
      used: false,
      attr: (name) => ns.final(name)?.value(),
      enum: enumInfoOf(baseValues),
      frozenDataclass: false,
      stateMachine: isStateMachine(baseValues),
    };
    this.walk(s.body, ns, { info: c, env: (p) => new ClassEnv(ns, p, env.outer) });
    c.hasInit = initBase || ns.final('__init__') !== undefined || ns.final('__new__') !== undefined;
    const testAttr = ns.final('__test__')?.value();
    c.testAttr = testAttr?.t === 'bool' ? testAttr.v : undefined;
    const body = this.marksNamed(ns, 'pytestmark', s.line);
    const deco: Mark[] = [];
    for (let i = s.decorators.length - 1; i >= 0; i--) {
      const d = evaluate(s.decorators[i]!, env);
      if (d.t === 'mark') deco.push(d.mark);
      else if (d.t === 'builtin' && d.name === 'parameterized_class-options') c.paramClass = d.self ?? null;
      else if (isDataclass(s.decorators[i]!, d, env)) {
        if (dataclassInit(s.decorators[i]!, env)) c.hasInit = true;
        if (d.t === 'builtin') c.frozenDataclass = isFrozen(d);
      } else {
        const u = unreadDecorator(s.decorators[i]!, d);
        if (u) c.unread = [...c.unread, u];
      }
    }
    const meta = s.metaclass && unreadMetaclass(s.metaclass, evaluate(s.metaclass, env));
    if (meta) c.unread = [...c.unread, meta];
    checkMarks(deco, this.ctx.settings.marker, this.file, (p) => this.ctx.report(p));
    c.marks = [...body, ...deco];
    this.classes.push(c);
    return c;
  }

  /** The marks a `pytestmark` in `ns` holds once its code has run, reporting what cannot be read. */
  marksNamed(ns: Namespace<BindingKind>, name: string, fallbackLine: number): Mark[] {
    const b = ns.final(name);
    if (!b) return [];
    const v = b.value();
    const line = b.line || fallbackLine;
    if (v.t === 'tuple') {
      this.ctx.report({
        severity: 'error',
        file: this.file,
        line,
        title: 'Invalid pytestmark',
        message:
          '`pytestmark` is a tuple here; pytest accepts one mark or a list of marks and fails to collect this file. Write a list: `pytestmark = [...]`.',
      });
    }
    const marks = marksOf(v.t === 'tuple' ? { t: 'list', items: v.items } : v, line);
    if (!Array.isArray(marks)) {
      const u = marks.t === 'unknown' ? marks : null;
      this.ctx.report({
        severity: 'notice',
        file: this.file,
        line: u?.file === undefined || u.file === this.file ? (u?.line ?? line) : line,
        title: 'pytestmark not read',
        message: `\`pytestmark\` cannot be read without running the code${u ? ` (${u.why})` : ''}; a group mark in it would be missed.`,
      });
      return [];
    }
    checkMarks(marks, this.ctx.settings.marker, this.file, (p) => this.ctx.report(p));
    return marks;
  }
}

/** Most definitions have no decorator that cannot be read: they share this empty list. */
const NONE_UNREAD: UnreadDecorator[] = [];

/** A base class as collection sees it; null for one known to hold no tests (`object`, `abc.ABC`). */
function baseOf(e: Expr, v: PyVal): Base | null {
  if (v.t === 'class') {
    if (v.ref === TESTCASE_REF) return { k: 'testcase' };
    if (v.ref === NO_TESTS_REF || v.ref === HAS_INIT_REF || v.ref === STATE_MACHINE_REF) return null;
    return { k: 'class', c: v.ref as ClassInfo };
  }
  return { k: 'unknown', text: describeExpr(e), why: v.t === 'unknown' ? v : null };
}

/** The names a `for`/unpacking target binds; null when it is not made of names. */
function targetNames(e: Expr): string[] | null {
  if (e.k === 'name' && e.parts.length === 1) return [e.parts[0]!];
  if (e.k === 'star') return targetNames(e.value);
  if (e.k !== 'seq') return null;
  const out: string[] = [];
  for (const item of e.items) {
    const names = targetNames(item);
    if (!names) return null;
    out.push(...names);
  }
  return out;
}
