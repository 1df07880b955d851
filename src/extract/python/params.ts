/** `@pytest.mark.parametrize` read statically: its parameter sets, their marks and pytest's ids. */
import { detached } from '../decode.js';
import type { Expr } from './expr.js';
import { idFromValue, pyLength } from './literals.js';
import { markList, resolveName, type Mark, type ParamSet, type Parametrize, type Scope } from './marks.js';

/** pytest 9 falls back to `argname + index` for auto ids of str/bytes longer than this. */
const LONG_STR = 100;

export function readParametrize(scope: Scope, m: Mark): Parametrize {
  const arg = (pos: number, kw: string): Expr | undefined =>
    m.args[pos] ?? m.kwargs.find(([k]) => k === kw)?.[1];
  const namesExpr = arg(0, 'argnames');
  const valuesExpr = arg(1, 'argvalues');
  const line = m.line;
  const argnames = readArgnames(namesExpr);
  if (!argnames) return { static: false, line, why: 'its argument names are not literal' };
  if (!valuesExpr || valuesExpr.k !== 'seq')
    return { static: false, line, why: 'its list of values is not written out literally' };
  const idsExpr = arg(3, 'ids');
  const direct = readIndirect(arg(2, 'indirect'), argnames);
  const sets: ParamSet[] = [];
  const multi = argnames.length > 1;
  for (const [idx, item] of valuesExpr.items.entries()) {
    let values: Expr[] | null;
    let marks: Mark[] = [];
    let explicit: { id: string | null; exact: boolean } | null = null;
    const p = paramCall(scope, item);
    if (p) {
      values = p.args;
      const marksExpr = p.kwargs.find(([k]) => k === 'marks')?.[1];
      if (marksExpr) {
        const r = markList(scope, marksExpr);
        if (r.unknown.length > 0)
          return {
            static: false,
            line: item.line,
            why: '`marks=` of a `pytest.param` is not a mark written out',
          };
        marks = r.marks;
      }
      const idExpr = p.kwargs.find(([k]) => k === 'id')?.[1];
      if (idExpr && !(idExpr.k === 'lit' && idExpr.v.t === 'none')) {
        explicit =
          idExpr.k === 'lit' && idExpr.v.t === 'str'
            ? { id: idFromValue(idExpr.v), exact: true }
            : { id: null, exact: false };
      }
    } else if (!multi) {
      values = [item];
    } else {
      values = item.k === 'seq' ? item.items : null;
    }
    if (!explicit && idsExpr) {
      const fromList = idFromList(idsExpr, idx);
      if (fromList.id !== null || !fromList.exact) explicit = fromList;
    }
    let id: string;
    let idExact = explicit?.exact ?? true;
    if (explicit?.id != null) id = explicit.id;
    else {
      const parts = argnames.map((name, i) => {
        const v = values?.[i];
        if (v?.k === 'lit') {
          if ((v.v.t === 'str' || v.v.t === 'bytes') && pyLength(v.v) > LONG_STR) return name + idx;
          const s = idFromValue(v.v);
          if (s !== null) return s;
          return name + idx;
        }
        if (v?.k === 'seq') return name + idx;
        idExact = false;
        return name + idx;
      });
      id = parts.join('-');
    }
    sets.push({ line: item.line, marks, id, idExact });
  }
  if (sets.length === 0) sets.push({ line, marks: [], id: 'NOTSET', idExact: true });
  makeUnique(sets);
  return { static: true, line, argnames, direct, sets };
}

function paramCall(scope: Scope, e: Expr): { args: Expr[]; kwargs: Array<[string, Expr]> } | null {
  if (e.k !== 'call' || e.fn.k !== 'name') return null;
  return resolveName(scope, e.fn.parts)?.v === 'param' ? e : null;
}

/** The argnames, copied: every parametrized test of the plan holds them (`TestCase.argnames`). */
function readArgnames(e: Expr | undefined): string[] | null {
  if (e?.k === 'lit' && e.v.t === 'str')
    return e.v.v.split(',').flatMap((s) => (s.trim() === '' ? [] : [detached(s.trim())]));
  if (e?.k === 'seq') {
    const out: string[] = [];
    for (const item of e.items) {
      if (item.k !== 'lit' || item.v.t !== 'str') return null;
      out.push(detached(item.v.v));
    }
    return out;
  }
  return null;
}

/** Which argnames are direct: pytest renumbers `callspec.indices` only for those. */
function readIndirect(e: Expr | undefined, argnames: string[]): boolean[] {
  if (e?.k === 'lit' && e.v.t === 'bool') {
    const indirect = e.v.v;
    return argnames.map(() => !indirect);
  }
  if (e?.k === 'seq') {
    const ind = new Set(e.items.flatMap((i) => (i.k === 'lit' && i.v.t === 'str' ? [i.v.v] : [])));
    return argnames.map((n) => !ind.has(n));
  }
  return argnames.map(() => true);
}

function idFromList(ids: Expr, idx: number): { id: string | null; exact: boolean } {
  if (ids.k !== 'seq') return { id: null, exact: false };
  const e = ids.items[idx];
  if (!e) return { id: null, exact: true };
  if (e.k !== 'lit') return { id: null, exact: false };
  if (e.v.t === 'none') return { id: null, exact: true };
  return { id: idFromValue(e.v), exact: true };
}

/** pytest ≥8: duplicates get 0, 1, ... (with `_` after a trailing digit), skipping ids in use. */
function makeUnique(sets: ParamSet[]): void {
  const ids = sets.map((s) => s.id);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  if (counts.size === ids.length) return;
  const inUse = new Map(counts);
  const suffixes = new Map<string, number>();
  for (const [i, id] of ids.entries()) {
    if ((counts.get(id) ?? 0) <= 1) continue;
    const sep = /[0-9]$/.test(id) ? '_' : '';
    let n = suffixes.get(id) ?? 0;
    let next = `${id}${sep}${n}`;
    while ((inUse.get(next) ?? 0) > 0) next = `${id}${sep}${++n}`;
    inUse.set(id, inUse.get(id)! - 1);
    inUse.set(next, (inUse.get(next) ?? 0) + 1);
    suffixes.set(id, n + 1);
    sets[i]!.id = next;
  }
}
