/** `obj[index]` and `obj[lo:hi:step]` over the values the evaluator knows. */
import { iterate } from './iterate.js';
import { hashKey, unknown, type PyVal } from './values.js';

export function itemOf(obj: PyVal, index: PyVal, line: number): PyVal {
  if (obj.t === 'dict') {
    const h = hashKey(index);
    const at = h === undefined ? -1 : obj.keys.findIndex((k) => hashKey(k) === h);
    return at === -1 ? unknown('a dict has no such key (KeyError)', line) : obj.values[at]!;
  }
  const items = sequenceItems(obj);
  if (!items) return unknown(`a subscript of a ${obj.t} value`, line);
  if (index.t !== 'int' && index.t !== 'bool') return unknown('an index that is not an integer', line);
  let i = Number(index.t === 'int' ? index.v : index.v ? 1n : 0n);
  if (i < 0) i += items.length;
  const item = items[i];
  return item === undefined ? unknown('an index out of range (IndexError)', line) : item;
}

export function sliceOf(
  obj: PyVal,
  lo: PyVal | null,
  hi: PyVal | null,
  step: PyVal | null,
  line: number,
): PyVal {
  const items = sequenceItems(obj);
  if (!items) return unknown(`a slice of a ${obj.t} value`, line);
  const bound = (v: PyVal | null): number | null | PyVal => {
    if (v === null || v.t === 'none') return null;
    return v.t === 'int'
      ? Number(v.v)
      : v.t === 'unknown'
        ? v
        : unknown('a slice bound that is not an integer', line);
  };
  const l = bound(lo);
  const h = bound(hi);
  const s = bound(step);
  for (const b of [l, h, s]) if (b !== null && typeof b === 'object') return b;
  const st = (s as number | null) ?? 1;
  if (st === 0) return unknown('a slice step of zero (ValueError)', line);
  const n = items.length;
  const norm = (b: number | null, dflt: number): number => {
    if (b === null) return dflt;
    const x = b < 0 ? b + n : b;
    return st > 0 ? Math.min(Math.max(x, 0), n) : Math.min(Math.max(x, -1), n - 1);
  };
  const start = norm(l as number | null, st > 0 ? 0 : n - 1);
  const stop = norm(h as number | null, st > 0 ? n : -1);
  const picked: PyVal[] = [];
  for (let i = start; st > 0 ? i < stop : i > stop; i += st) picked.push(items[i]!);
  if (obj.t === 'str') return { t: 'str', v: picked.map((c) => (c as { v: string }).v).join('') };
  if (obj.t === 'bytes') return { t: 'bytes', v: picked.map((c) => Number((c as { v: bigint }).v)) };
  return obj.t === 'list' ? { t: 'list', items: picked } : { t: 'tuple', items: picked };
}

function sequenceItems(v: PyVal): PyVal[] | null {
  if (v.t === 'list' || v.t === 'tuple') return v.items;
  if (v.t === 'str') return Array.from(v.v, (c) => ({ t: 'str', v: c }) as PyVal);
  if (v.t === 'bytes') return v.v.map((b) => ({ t: 'int', v: BigInt(b) }) as PyVal);
  if (v.t === 'range') {
    const r = iterate(v, 0);
    return Array.isArray(r) ? r : null;
  }
  return null;
}
