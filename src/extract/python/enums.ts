/**
 * Enum classes of the suite: which kind of Enum a class is (from its bases), its members in
 * definition order, and pytest's id for a member. Only what parametrize lists need: a member's
 * `name` and `value`, iterating the class, and `str(member)`.
 */
import type { ClassInfo } from './definitions.js';
import { asciiEscapedStr } from './literals.js';
import { hashKey, int, str, unknown, type EnumInfo, type EnumKind, type PyVal } from './values.js';

/** The enum module's classes, by the kind of member each makes. */
const ENUM_BASES: Record<string, EnumKind> = {
  Enum: 'plain',
  Flag: 'plain',
  IntEnum: 'int',
  IntFlag: 'int',
  StrEnum: 'str',
};

/**
 * The kind of Enum a class with these base values is, or null when it is not an Enum: a plain
 * `Enum`, one mixed with `str` (its members are strings), with `int`, or with something else.
 */
export function enumInfoOf(bases: PyVal[]): EnumInfo | null {
  let kind: EnumKind | null = null;
  let mixin: EnumKind | null = null;
  let flag = false;
  for (const b of bases) {
    if (b.t === 'class' && typeof b.ref === 'object' && b.ref !== null) {
      const suite = 'ns' in b.ref;
      const own = suite ? undefined : ENUM_BASES[b.name];
      const inherited = suite ? (b.ref as ClassInfo).enum : null;
      const k = own ?? inherited?.kind;
      if (k !== undefined) {
        kind = k === 'plain' ? (kind ?? 'plain') : k;
        flag ||= b.name === 'Flag' || b.name === 'IntFlag' || inherited?.flag === true;
      } else if (b.name !== 'object') mixin = 'mixed';
    } else if (b.t === 'builtin' && (b.name === 'str' || b.name === 'int') && b.self === undefined)
      mixin = b.name === 'str' ? 'str' : 'int';
    else mixin = 'mixed';
  }
  if (kind === null) return null;
  return { kind: mixin ?? kind, flag };
}

/** What `enum.auto()` evaluates to: its value is given by the class, once members are known. */
export const AUTO: PyVal = { t: 'builtin', name: 'enum.auto-value', self: undefined };

interface Members {
  /** Canonical members in definition order (aliases left out, as iteration does). */
  list: PyVal[];
  /** Every member name, aliases included, to its member. */
  byName: Map<string, PyVal>;
  /** Why iteration cannot be known (a value that decides aliasing is unknown). */
  unread: PyVal | null;
}

const cache = new WeakMap<ClassInfo, Members>();

/** Whether a name in an Enum body is a member: not `_sunder_`, `__dunder__` or a definition. */
function isMemberName(c: ClassInfo, name: string): boolean {
  if (name.startsWith('_')) return false;
  return c.ns.kindOf(name)?.k === 'value';
}

function members(c: ClassInfo, line: number): Members {
  let m = cache.get(c);
  if (m) return m;
  m = { list: [], byName: new Map(), unread: null };
  cache.set(c, m);
  const custom = c.ns.final('__new__') !== undefined || c.ns.final('_generate_next_value_') !== undefined;
  const { kind, flag } = c.enum!;
  const seen = new Map<string, PyVal>();
  let last: PyVal | null = null;
  for (const name of c.ns.names()) {
    if (!isMemberName(c, name)) continue;
    let value = c.ns.final(name)!.value();
    if (value.t === 'func' || value.t === 'class') continue;
    if (value === AUTO)
      value = custom
        ? unknown('`enum.auto()` with a custom generator', line)
        : autoValue(kind, flag, name, last);
    if (custom) value = unknown(`the value of \`${c.name}.${name}\`, made by its \`__new__\``, line);
    const key = hashKey(value);
    const canonical = key === undefined ? undefined : seen.get(key);
    if (canonical) {
      m.byName.set(name, canonical);
      continue;
    }
    const member: PyVal = { t: 'enum', ref: c, name, value, kind };
    if (key !== undefined) seen.set(key, member);
    else m.unread ??= unknown(`the members of \`${c.name}\`, whose values are not all known`, line);
    m.byName.set(name, member);
    m.list.push(member);
    last = value;
  }
  return m;
}

/** `enum.auto()`: the last integer plus one (a Flag: the next power of two), a StrEnum: the name. */
function autoValue(kind: EnumKind, flag: boolean, name: string, last: PyVal | null): PyVal {
  if (kind === 'str') return str(name.toLowerCase());
  if (last === null) return int(1);
  if (last.t !== 'int') return unknown('`enum.auto()` after a value that is not an integer', 0);
  if (!flag) return int(last.v + 1n);
  let p = 1n;
  while (p <= last.v) p <<= 1n;
  return int(p);
}

/** `Cls.NAME` of an Enum class: the member, or undefined when `name` is not one. */
export function enumMember(c: ClassInfo, name: string, line: number): PyVal | undefined {
  return isMemberName(c, name) ? members(c, line).byName.get(name) : undefined;
}

/** `for m in Cls`: the members in definition order, aliases left out. */
export function enumMembers(c: ClassInfo, line: number): PyVal[] | PyVal {
  const m = members(c, line);
  return m.unread ?? m.list;
}

/** A member's attributes that parametrize lists read: `name` and `value`. */
export function memberAttr(v: Extract<PyVal, { t: 'enum' }>, attr: string, line: number): PyVal {
  if (attr === 'name' || attr === '_name_') return str(v.name);
  if (attr === 'value' || attr === '_value_') return v.value;
  return unknown(`the attribute \`${attr}\` of an Enum member is not read statically`, line);
}

/** Whether a class or a suite base of it defines `name` (`__str__`, ...). */
function defines(c: ClassInfo, name: string): boolean {
  return c.ns.final(name) !== undefined || c.bases.some((b) => b.k === 'class' && defines(b.c, name));
}

/**
 * pytest's id for a member (`_idval_from_value`): a str member is a `str`, so its value; an int
 * member is an `int`, so `str(member)`, which is its value on Python 3.11+ and `Cls.NAME` before
 * (inexact); any other member `str(member)`, `Cls.NAME` unless the class writes its own `__str__`.
 */
export function memberId(v: Extract<PyVal, { t: 'enum' }>): { id: string | null; exact: boolean } {
  const c = v.ref as ClassInfo;
  if (v.kind === 'str')
    return v.value.t === 'str' ? { id: asciiEscapedStr(v.value.v), exact: true } : { id: null, exact: false };
  if (v.kind === 'int') return { id: v.value.t === 'int' ? v.value.v.toString() : null, exact: false };
  if (v.kind === 'mixed' || defines(c, '__str__')) return { id: null, exact: false };
  return { id: `${c.name}.${v.name}`, exact: true };
}
