/**
 * The values the static evaluator computes: Python's data types as far as test suites build
 * parameter lists and group names from them, pytest's objects (marks, `pytest.param`), the
 * suite's own functions, classes and modules, and `unknown`, which says why and where a value
 * could not be known without running code.
 */
import type { GroupValue } from '../../model.js';
import type { Expr } from './expr.js';
import type { PyValue } from './literals.js';

export type PyVal =
  | PyValue
  | { t: 'tuple'; items: PyVal[] }
  | { t: 'list'; items: PyVal[] }
  /** A set's iteration order depends on hashing (random for strings): only its members are known. */
  | { t: 'set'; items: PyVal[] }
  /** Insertion-ordered, as Python's dict. */
  | { t: 'dict'; keys: PyVal[]; values: PyVal[] }
  | { t: 'range'; start: bigint; stop: bigint; step: bigint }
  /** `pytest.mark`. */
  | { t: 'markgen' }
  /** A mark decorator: `pytest.mark.x` or `pytest.mark.x(...)`. */
  | { t: 'mark'; mark: Mark }
  /** `pytest.param(*values, marks=..., id=...)`. */
  | { t: 'param'; values: PyVal[]; marks: Mark[]; id: PyVal | undefined; line: number }
  /** A module: pytest's, the standard library's we model, the suite's own, or one we cannot read. */
  | { t: 'module'; name: string; suite: SuiteModuleRef | null }
  /** A callable the evaluator knows (`len`, `pytest.param`, `str.format` bound to `self`, ...). */
  | { t: 'builtin'; name: string; self: PyVal | undefined }
  /** A function defined in the suite (its `__name__` is known; calling it is not). */
  | { t: 'func'; name: string; ref: unknown }
  /** A class defined in the suite, or one the evaluator knows by name (`unittest.TestCase`). */
  | { t: 'class'; name: string; ref: unknown }
  /** A member of an Enum class of the suite (`ref`, a ClassInfo): its name and its value. */
  | { t: 'enum'; ref: unknown; name: string; value: PyVal; kind: EnumKind }
  /** An instance of a frozen dataclass of the suite (`ref`, a ClassInfo), made with keyword arguments. */
  | { t: 'instance'; ref: unknown; attrs: Map<string, PyVal> }
  | Unknown;

/** What an Enum's members are besides members: nothing else, `str`s, `int`s, or something else. */
export type EnumKind = 'plain' | 'str' | 'int' | 'mixed';
export interface EnumInfo {
  kind: EnumKind;
  /** A `Flag`: `auto()` gives powers of two. */
  flag: boolean;
}

/** A value that cannot be known statically: why, and where the reason lies. */
export interface Unknown {
  t: 'unknown';
  why: string;
  line: number;
  /** The file of `line`, when it is not the file being read (a helper module). */
  file: string | undefined;
  /** Set when the value comes from a module outside the suite (an installed package). */
  outside?: true;
}

/** A module of the suite, read statically: its value of a name as pytest would see it after import. */
export interface SuiteModuleRef {
  /** Repo-relative path of the module's file. */
  file: string;
  /** The module's value of `name` once it has run; undefined when the module does not bind it. */
  attr(name: string): PyVal | undefined;
}

/** Where code runs: the names it sees. */
export interface Env {
  /** The value bound to `name` here; undefined when nothing binds it (then Python's builtins). */
  lookup(name: string): PyVal | undefined;
  /** The scope a comprehension's own scope sits in: a class body's comprehensions skip the class. */
  readonly outer: Env;
  /** Repo-relative path of the file the code is in. */
  readonly file: string;
}

/** A mark as pytest stores it: name plus accumulated call arguments. */
export interface Mark {
  name: string;
  args: Expr[];
  kwargs: Array<[string, Expr]>;
  line: number;
  /** Where the arguments are evaluated (the names they see); null for a mark without arguments. */
  env: Env | null;
  /** For `parametrize`: read where the decorator runs, with the names bound at that point. */
  parametrize: Parametrize | undefined;
  /** For a group mark: its value, read once (every test under the mark asks for it). */
  groupRead: GroupRead | undefined;
}

/**
 * Every mark is made here, with all its fields in one order: the collector reads marks at hot
 * sites, which stay fast only while every mark has the same shape (hidden class).
 */
export function newMark(
  name: string,
  args: Expr[],
  kwargs: Array<[string, Expr]>,
  line: number,
  env: Env | null,
): Mark {
  return { name, args, kwargs, line, env, parametrize: undefined, groupRead: undefined };
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

/** A group mark's value as read: the value, or why it cannot be read. */
export type GroupRead =
  { ok: true; value: GroupValue } | { ok: false; title: string; message: string; line: number };

export const NONE: PyVal = { t: 'none' };
export const TRUE: PyVal = { t: 'bool', v: true };
export const FALSE: PyVal = { t: 'bool', v: false };

export function unknown(why: string, line: number, file?: string): Unknown {
  return { t: 'unknown', why, line, file };
}

export const int = (v: bigint | number): PyVal => ({ t: 'int', v: BigInt(v) });
export const str = (v: string): PyVal => ({ t: 'str', v });
export const bool = (v: boolean): PyVal => (v ? TRUE : FALSE);

/** Python's type name, for messages. */
export function typeName(v: PyVal): string {
  switch (v.t) {
    case 'none':
      return 'NoneType';
    case 'markgen':
      return 'MarkGenerator';
    case 'mark':
      return 'MarkDecorator';
    case 'param':
      return 'ParameterSet';
    case 'builtin':
      return 'builtin_function_or_method';
    case 'func':
      return 'function';
    case 'class':
      return 'type';
    default:
      return v.t;
  }
}

/** Whether a value (or one inside it) is unknown: the first such, or undefined. */
export function firstUnknown(v: PyVal): Unknown | undefined {
  if (v.t === 'unknown') return v;
  if (v.t === 'tuple' || v.t === 'list' || v.t === 'set') {
    for (const item of v.items) {
      const u = firstUnknown(item);
      if (u) return u;
    }
  } else if (v.t === 'dict') {
    for (const item of [...v.keys, ...v.values]) {
      const u = firstUnknown(item);
      if (u) return u;
    }
  } else if (v.t === 'param') {
    for (const item of v.values) {
      const u = firstUnknown(item);
      if (u) return u;
    }
  }
  return undefined;
}

/** `bool(v)`, or undefined when it depends on something unknown. */
export function truthy(v: PyVal): boolean | undefined {
  switch (v.t) {
    case 'none':
      return false;
    case 'bool':
      return v.v;
    case 'int':
      return v.v !== 0n;
    case 'float':
      return v.v !== 0;
    case 'str':
      return v.v.length > 0;
    case 'bytes':
    case 'tuple':
    case 'list':
    case 'set':
      return (v.t === 'bytes' ? v.v : v.items).length > 0;
    case 'dict':
      return v.keys.length > 0;
    case 'range':
      return rangeLength(v) > 0n;
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

export function rangeLength(r: { start: bigint; stop: bigint; step: bigint }): bigint {
  if (r.step > 0n) return r.stop > r.start ? (r.stop - r.start + r.step - 1n) / r.step : 0n;
  return r.start > r.stop ? (r.start - r.stop - r.step - 1n) / -r.step : 0n;
}

/**
 * A key that is equal for values Python considers equal and hashable (`1 == 1.0 == True`), for
 * dict and set lookups; undefined for an unhashable or unknown value.
 */
export function hashKey(v: PyVal): string | undefined {
  switch (v.t) {
    case 'none':
      return 'N';
    case 'bool':
      return v.v ? 'n1' : 'n0';
    case 'int':
      return `n${v.v}`;
    case 'float':
      return Number.isInteger(v.v) ? `n${BigInt(v.v)}` : `f${v.v}`;
    case 'str':
      return `s${v.v}`;
    case 'bytes':
      return `b${v.v.join(',')}`;
    case 'tuple': {
      const parts: string[] = [];
      for (const item of v.items) {
        const k = hashKey(item);
        if (k === undefined) return undefined;
        parts.push(k);
      }
      return `t(${parts.map((p) => `${p.length}:${p}`).join('')})`;
    }
    case 'func':
    case 'class':
      // Identity: the same definition is the same object.
      return typeof v.ref === 'object' && v.ref !== null ? `o${identity(v.ref)}` : undefined;
    case 'module':
      return `m${v.name}`;
    case 'enum':
      // Identity; a member that is also a str or an int hashes as its value, which is not modelled.
      return v.kind === 'plain' && typeof v.ref === 'object' && v.ref !== null
        ? `e${identity(v.ref)}.${v.name}`
        : undefined;
    default:
      return undefined;
  }
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;
function identity(ref: object): number {
  let id = identities.get(ref);
  if (id === undefined) identities.set(ref, (id = nextIdentity++));
  return id;
}

/** `a == b`, or undefined when it cannot be known. */
export function pyEquals(a: PyVal, b: PyVal): boolean | undefined {
  if (a.t === 'unknown' || b.t === 'unknown') return undefined;
  const num = (x: PyVal): number | bigint | undefined =>
    x.t === 'int' ? x.v : x.t === 'bool' ? (x.v ? 1n : 0n) : x.t === 'float' ? x.v : undefined;
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) {
    // eslint-disable-next-line eqeqeq -- bigint == number compares values, as Python does.
    return na == nb;
  }
  if (a.t !== b.t) {
    // A list never equals a tuple; other mixed types are unequal unless they define __eq__.
    const plain = (x: PyVal): boolean =>
      ['str', 'bytes', 'none', 'tuple', 'list', 'dict', 'set', 'int', 'float', 'bool', 'range'].includes(x.t);
    return plain(a) && plain(b) ? false : undefined;
  }
  switch (a.t) {
    case 'str':
      return a.v === (b as typeof a).v;
    case 'bytes':
      return a.v.join() === (b as typeof a).v.join();
    case 'none':
      return true;
    case 'tuple':
    case 'list': {
      const bi = (b as typeof a).items;
      if (a.items.length !== bi.length) return false;
      for (let i = 0; i < bi.length; i++) {
        const e = pyEquals(a.items[i]!, bi[i]!);
        if (e !== true) return e;
      }
      return true;
    }
    default: {
      const ka = hashKey(a);
      const kb = hashKey(b);
      return ka !== undefined && kb !== undefined ? ka === kb : undefined;
    }
  }
}
