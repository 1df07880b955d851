/**
 * Frozen dataclasses of the suite: an instance made with keyword arguments holds those values, and
 * its other fields their class defaults, for good (a frozen instance cannot change). Parameter
 * lists built from such records (`pytest.param(p, id=p.name) for p in PROVIDERS`) read their fields.
 */
import type { ClassInfo } from './definitions.js';
import { unknown, type PyVal } from './values.js';

/** Whether `@dataclass(...)`'s options say `frozen=True` (a bare `@dataclass` is not frozen). */
export function isFrozen(d: Extract<PyVal, { t: 'builtin' }>): boolean {
  const o = d.self;
  if (o?.t !== 'dict') return false;
  const at = o.keys.findIndex((k) => k.t === 'str' && k.v === 'frozen');
  const v = at === -1 ? undefined : o.values[at];
  return v?.t === 'bool' && v.v;
}

/** `Cls(name=..., ...)` of a frozen dataclass; positional arguments need the fields' order, not read. */
export function newInstance(c: ClassInfo, args: PyVal[], kwargs: Map<string, PyVal>, line: number): PyVal {
  if (args.length > 0)
    return unknown(`an instance of \`${c.name}\` made with positional arguments, not read statically`, line);
  if (c.ns.final('__post_init__') !== undefined || c.ns.final('__init__') !== undefined)
    return unknown(`an instance of \`${c.name}\`, whose \`__init__\` runs code`, line);
  return { t: 'instance', ref: c, attrs: new Map(kwargs) };
}

/** A field of an instance: given when it was made, else the class's default. */
export function instanceAttr(v: Extract<PyVal, { t: 'instance' }>, name: string, line: number): PyVal {
  const given = v.attrs.get(name);
  if (given !== undefined) return given;
  const c = v.ref as ClassInfo;
  const own = c.ns.final(name)?.value();
  return own ?? unknown(`the attribute \`${name}\` of a \`${c.name}\` instance is not read statically`, line);
}
