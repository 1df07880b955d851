/** Iterating a value as Python's `for` does, when the order is known. */
import type { ClassInfo } from './definitions.js';
import { enumMembers } from './enums.js';
import { rangeLength, unknown, type PyVal } from './values.js';

/** The most items one value may hold; beyond it the value is unknown (a plan would not fit anyway). */
export const MAX_ITEMS = 100_000;

/** The items `for x in v` yields, in order; an unknown when they or their order are not known. */
export function iterate(v: PyVal, line: number): PyVal[] | PyVal {
  switch (v.t) {
    case 'tuple':
    case 'list':
      return v.items;
    case 'set':
      // CPython orders a set by hash, which is random for strings from run to run.
      if (v.items.length <= 1) return v.items;
      return unknown("a set's items, whose order changes from run to run (use a list, or sorted())", line);
    case 'dict':
      return v.keys;
    case 'str':
      return Array.from(v.v, (c) => ({ t: 'str', v: c }) as PyVal);
    case 'bytes':
      return v.v.map((b) => ({ t: 'int', v: BigInt(b) }) as PyVal);
    case 'range': {
      const n = rangeLength(v);
      if (n > BigInt(MAX_ITEMS)) return unknown(`a range of more than ${MAX_ITEMS} items`, line);
      const out: PyVal[] = [];
      for (let i = 0n; i < n; i++) out.push({ t: 'int', v: v.start + i * v.step });
      return out;
    }
    case 'unknown':
      return v;
    case 'class': {
      const info = v.ref as ClassInfo;
      if (info.enum) return enumMembers(info, line);
      return unknown('iterating a class value', line);
    }
    default:
      return unknown(`iterating a ${v.t === 'module' ? 'module' : v.t} value`, line);
  }
}
