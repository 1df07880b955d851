/** What names mean in a test module (pytest, its `mark`, aliases) and which expressions are marks. */
import { detached } from '../decode.js';
import type { GroupValue, MarkerSpec } from '../../model.js';
import type { Expr } from './expr.js';
import { pyFloatStr } from './literals.js';

/** A mark as pytest stores it: name plus accumulated call arguments. */
export interface Mark {
  name: string;
  args: Expr[];
  kwargs: Array<[string, Expr]>;
  line: number;
  /** For `parametrize`: read where the decorator runs, with the names bound at that point. */
  parametrize: Parametrize | undefined;
  /** For a group mark: its value, read once (every test under the mark asks for it). */
  groupRead: GroupRead | undefined;
}

/**
 * Every mark is made here, with all its fields in one order: the collector reads marks at hot
 * sites, which stay fast only while every mark has the same shape (hidden class).
 */
export function newMark(name: string, args: Expr[], kwargs: Array<[string, Expr]>, line: number): Mark {
  return { name, args, kwargs, line, parametrize: undefined, groupRead: undefined };
}

/** One parameter set of a `parametrize` call. */
export interface ParamSet {
  line: number;
  marks: Mark[];
  /** pytest's id for this set (made unique across the call). */
  id: string;
  /** False when the id depends on runtime values (an object's `__name__`, an `ids=` callable). */
  idExact: boolean;
}

export type Parametrize =
  | { static: true; line: number; argnames: string[]; direct: boolean[]; sets: ParamSet[] }
  | { static: false; line: number; why: string };

export type Value =
  | { v: 'pytest' }
  | { v: 'mark' }
  | { v: 'param' }
  | { v: 'fixture' }
  | { v: 'unittest' }
  | { v: 'testcase' }
  | { v: 'marks'; marks: Mark[]; single: boolean }
  | { v: 'func'; ref: unknown }
  | { v: 'class'; ref: unknown }
  | { v: 'other'; from?: string };

export type Scope = { names: Map<string, Value>; parent?: Scope };

export function lookup(scope: Scope, name: string): Value | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const v = s.names.get(name);
    if (v) return v;
  }
  return undefined;
}

/** What a dotted name refers to, as far as marks are concerned. */
export function resolveName(scope: Scope, parts: readonly string[]): Value | undefined {
  const head = lookup(scope, parts[0]!);
  if (!head) return undefined;
  if (parts.length === 1) return head;
  if (head.v === 'pytest') {
    if (parts[1] === 'mark')
      return parts.length === 2 ? { v: 'mark' } : parts.length === 3 ? markValue(parts[2]!) : undefined;
    if (parts.length === 2 && parts[1] === 'param') return { v: 'param' };
    if (parts.length === 2 && parts[1] === 'fixture') return { v: 'fixture' };
    return undefined;
  }
  if (head.v === 'mark' && parts.length === 2) return markValue(parts[1]!);
  if (head.v === 'unittest' && parts.length === 2 && /^(TestCase|IsolatedAsyncioTestCase)$/.test(parts[1]!))
    return { v: 'testcase' };
  return undefined;
}

function markValue(name: string): Value {
  return { v: 'marks', marks: [newMark(name, [], [], 0)], single: true };
}

/** The single mark an expression evaluates to, or null. */
export function markOf(scope: Scope, e: Expr): Mark | null {
  if (e.k === 'name') {
    const v = resolveName(scope, e.parts);
    if (v?.v !== 'marks' || !v.single) return null;
    const m = v.marks[0]!;
    return newMark(m.name, m.args, m.kwargs, m.line || e.line);
  }
  if (e.k === 'call' && e.fn.k === 'name') {
    const base = markOf(scope, e.fn);
    if (!base) return null;
    return newMark(base.name, [...base.args, ...e.args], [...base.kwargs, ...e.kwargs], e.line);
  }
  return null;
}

/**
 * The marks a `pytestmark`-like value holds. `unknown` lists what could not be read (a name
 * bound elsewhere, a call), so the caller can say so.
 */
export function markList(scope: Scope, e: Expr): { marks: Mark[]; unknown: Expr[]; tuple: boolean } {
  const single = markOf(scope, e);
  if (single) return { marks: [single], unknown: [], tuple: false };
  if (e.k === 'name') {
    const v = resolveName(scope, e.parts);
    if (v?.v === 'marks')
      return {
        marks: v.marks.map((m) => newMark(m.name, m.args, m.kwargs, m.line || e.line)),
        unknown: [],
        tuple: false,
      };
  }
  if (e.k === 'seq') {
    const marks: Mark[] = [];
    const unknown: Expr[] = [];
    for (const item of e.items) {
      const r = markList(scope, item);
      marks.push(...r.marks);
      unknown.push(...r.unknown);
    }
    return { marks, unknown, tuple: !e.list };
  }
  return { marks: [], unknown: [e], tuple: false };
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export type GroupRead =
  { ok: true; value: GroupValue } | { ok: false; title: string; message: string; line: number };

/**
 * `get_closest_marker` over one node's marks: the first group mark's value; null when that
 * mark cannot be read (the error is reported where it is written); undefined when there is none.
 */
export function closestGroup(spec: MarkerSpec, marks: Mark[]): GroupValue | null | undefined {
  for (const m of marks) {
    if (!isGroupMark(spec, m.name)) continue;
    const r = readGroup(spec, m);
    return r.ok ? r.value : null;
  }
  return undefined;
}

/** Whether a mark is the group marker. */
export function isGroupMark(spec: MarkerSpec, name: string): boolean {
  if (!spec.isPattern) return name === spec.prefix;
  return (
    name.length > spec.prefix.length + spec.suffix.length &&
    name.startsWith(spec.prefix) &&
    name.endsWith(spec.suffix)
  );
}

/**
 * The group a matching mark carries, or why it cannot be read. Read once per mark; a string value
 * is copied out of the file's source, since every test of the plan holds it (a slice of 13 or more
 * characters would keep the whole source alive as long as the plan).
 */
export function readGroup(spec: MarkerSpec, m: Mark): GroupRead {
  if (m.groupRead === undefined) {
    const read = readGroupOnce(spec, m);
    m.groupRead =
      read.ok && typeof read.value === 'string' ? { ok: true, value: detached(read.value) } : read;
  }
  return m.groupRead;
}

function readGroupOnce(spec: MarkerSpec, m: Mark): GroupRead {
  if (spec.isPattern)
    return { ok: true, value: m.name.slice(spec.prefix.length, m.name.length - spec.suffix.length) };
  const first = m.args[0];
  if (first?.k === 'lit') {
    if (first.v.t === 'str') return { ok: true, value: first.v.v };
    if (first.v.t === 'int' && first.v.v <= MAX && first.v.v >= -MAX)
      return { ok: true, value: Number(first.v.v) };
  }
  const written = `${spec.prefix}(...)`;
  const arg = m.args[0] ?? m.kwargs.find(([k]) => k === 'group')?.[1];
  const fix = `Write a literal, like \`${spec.prefix}(2)\` or \`${spec.prefix}("db")\`.`;
  if (!arg) {
    const star = m.kwargs.find(([k]) => k === '**');
    if (star) return nonLiteral(m.line, star[1], written, fix);
    return {
      ok: false,
      title: 'Group marker without a value',
      line: m.line,
      message: `\`${spec.prefix}\` has no value here, so the test's group is unknown. ${fix}`,
    };
  }
  if (arg.k === 'lit') {
    const v = arg.v;
    if (v.t === 'int') {
      if (v.v > BigInt(Number.MAX_SAFE_INTEGER) || v.v < -BigInt(Number.MAX_SAFE_INTEGER)) {
        return {
          ok: false,
          title: 'Invalid group value',
          line: arg.line,
          message: `The group number ${v.v} is too large to plan with. ${fix}`,
        };
      }
      return { ok: true, value: Number(v.v) };
    }
    if (v.t === 'str') return { ok: true, value: v.v };
    const shown =
      v.t === 'bool'
        ? v.v
          ? 'True'
          : 'False'
        : v.t === 'none'
          ? 'None'
          : v.t === 'float'
            ? pyFloatStr(v.v)
            : v.t === 'bytes'
              ? 'a bytes literal'
              : 'a tuple or list';
    return {
      ok: false,
      title: 'Invalid group value',
      line: arg.line,
      message: `\`${spec.prefix}(${shown})\`: a group is an integer or a string, not ${v.t === 'float' ? 'a float' : shown}. ${fix}`,
    };
  }
  return nonLiteral(arg.line, arg, written, fix);
}

function nonLiteral(line: number, arg: Expr, written: string, fix: string): GroupRead {
  const what =
    arg.k === 'fstr'
      ? `the f-string ${arg.text}`
      : arg.k === 'other'
        ? `\`${arg.text}\``
        : arg.k === 'name'
          ? `the name \`${arg.parts.join('.')}\``
          : 'a computed value';
  return {
    ok: false,
    title: 'Non-literal group marker',
    line,
    message: `The group in \`${written}\` is ${what}, which cannot be read without running the code. ${fix}`,
  };
}
