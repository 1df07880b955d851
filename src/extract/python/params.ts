/** `@pytest.mark.parametrize` read through the evaluator: its parameter sets, their marks and pytest's ids. */
import { detached } from '../decode.js';
import { evaluate } from './evaluate.js';
import { memberId } from './enums.js';
import { iterate } from './iterate.js';
import { asciiEscapedBytes, asciiEscapedStr, idFromValue, pyLength } from './literals.js';
import type { Mark, ParamSet, Parametrize, PyVal, Unknown } from './values.js';

/**
 * pytest 9 falls back to `argname + index` for auto ids of str/bytes longer than this (7.x and 8.x
 * print them whole): such an id is the one pytest 9 gives, and marked inexact.
 */
const LONG_STR = 100;

export function readParametrize(m: Mark): Parametrize {
  const arg = (pos: number, kw: string): PyVal | undefined => {
    const e = m.args[pos] ?? m.kwargs.find(([k]) => k === kw)?.[1];
    return e && m.env ? evaluate(e, m.env) : undefined;
  };
  const file = m.env?.file ?? '';
  const names = arg(0, 'argnames');
  const argnames = readArgnames(names);
  if (!argnames)
    return dynamic(
      m.line,
      file,
      'its argument names are not known',
      names?.t === 'unknown' ? names : undefined,
    );
  const values = arg(1, 'argvalues');
  if (!values) return dynamic(m.line, file, 'it has no list of values');
  const written = m.args[1] ?? m.kwargs.find(([k]) => k === 'argvalues')?.[1];
  // A list written out in the decorator gives each parameter set its own line.
  const lines =
    written?.k === 'seq' && written.items.every((e) => e.k !== 'star')
      ? written.items.map((e) => e.line)
      : undefined;
  return parametrizeFrom(
    argnames,
    values,
    arg(3, 'ids') ?? null,
    readIndirect(arg(2, 'indirect'), argnames),
    m.line,
    file,
    lines,
  );
}

function dynamic(line: number, file: string, why: string, u?: Unknown): Parametrize {
  if (!u) return { static: false, line, why };
  const where =
    u.file !== undefined && u.file !== file
      ? ` (${u.file}:${u.line})`
      : u.line !== line
        ? ` (line ${u.line})`
        : '';
  return { static: false, line, why: `${why}: ${u.why}${where}` };
}

/** The values of a one-argname set, reused: they are read before the next set is. */
const ONE: PyVal[] = [];

/**
 * The parameter sets of a parametrization (a `parametrize` mark, or a fixture's `params`): each
 * with its marks and pytest's id; `direct` says, per argname, whether pytest renumbers its index.
 */
export function parametrizeFrom(
  argnames: string[],
  values: PyVal,
  ids: PyVal | null,
  direct: boolean[],
  line: number,
  file: string,
  lines?: number[],
): Parametrize {
  const items = iterate(values, line);
  if (!Array.isArray(items))
    return dynamic(line, file, 'its list of values is not known', items.t === 'unknown' ? items : undefined);
  const idList = ids === null || ids.t === 'none' ? null : iterate(ids, line);
  const sets: ParamSet[] = [];
  const multi = argnames.length > 1;
  for (const [idx, item] of items.entries()) {
    let setValues: PyVal[];
    let marks: Mark[] = [];
    let explicit: { id: string | null; exact: boolean } | null = null;
    if (item.t === 'param') {
      setValues = item.values;
      marks = item.marks;
      if (item.id?.t === 'str') explicit = { id: idFromValue(item.id), exact: true };
      else if (item.id?.t === 'unknown') explicit = { id: null, exact: false };
    } else if (item.t === 'unknown') {
      return dynamic(line, file, `parameter set ${idx} is not known`, item);
    } else if (!multi) {
      setValues = ONE;
      ONE[0] = item;
    } else {
      const inner = item.t === 'tuple' || item.t === 'list' ? item.items : null;
      if (!inner)
        return dynamic(line, file, `parameter set ${idx} is not a tuple of ${argnames.length} values`);
      setValues = inner;
    }
    if (multi && setValues.length !== argnames.length && !(setValues.length === 0 && item.t === 'param')) {
      return dynamic(
        line,
        file,
        `parameter set ${idx} has ${setValues.length} values for ${argnames.length} names`,
      );
    }
    if (!explicit && idList !== null) {
      if (!Array.isArray(idList))
        explicit = { id: null, exact: false }; // a callable or unknown ids
      else {
        const given = idList[idx];
        if (given && given.t !== 'none') {
          const id = idOf(given);
          explicit = id === null ? { id: null, exact: false } : { id, exact: true };
        }
      }
    }
    let id: string;
    let idExact = explicit?.exact ?? true;
    if (explicit?.id != null) id = explicit.id;
    else {
      id = '';
      for (let i = 0; i < argnames.length; i++) {
        const v = setValues[i];
        const auto = v === undefined ? null : idOf(v);
        if (auto === null && (v === undefined || v.t === 'unknown' || v.t === 'module')) idExact = false;
        else if (v?.t === 'enum' && !memberId(v).exact) idExact = false;
        else if (auto === null && (v?.t === 'str' || v?.t === 'bytes')) idExact = false; // longer than LONG_STR
        const part = auto ?? argnames[i]! + idx;
        id = i === 0 ? part : `${id}-${part}`;
      }
    }
    sets.push({ line: item.t === 'param' ? item.line : (lines?.[idx] ?? line), marks, id, idExact });
  }
  // pytest 9 names the one item of an empty list `NOTSET`; 7.x and 8.x `argname0`.
  if (sets.length === 0) sets.push({ line, marks: [], id: 'NOTSET', idExact: false });
  makeUnique(sets);
  return { static: true, line, argnames, direct, sets };
}

/**
 * pytest's `_idval_from_value`: strings escaped, numbers and booleans as `str()`, a function or
 * class by its `__name__`; null where pytest falls back to `argname + index` (and where the value
 * is not known, which the caller marks inexact).
 */
export function idOf(v: PyVal): string | null {
  switch (v.t) {
    case 'str':
      // Code points never outnumber UTF-16 units: most strings need no count.
      return v.v.length > LONG_STR && pyLength(v) > LONG_STR ? null : asciiEscapedStr(v.v);
    case 'bytes':
      return v.v.length > LONG_STR ? null : asciiEscapedBytes(v.v);
    case 'int':
    case 'float':
    case 'bool':
    case 'none':
      return idFromValue(v);
    case 'func':
    case 'class':
      return v.name;
    case 'builtin':
      return builtinName(v.name);
    case 'enum':
      return memberId(v).id;
    case 'module':
      return moduleName(v);
    default:
      return null;
  }
}

/**
 * A module's `__name__`, which pytest takes for its id: the name it was imported by, for a module
 * from outside the suite (`os.path` is `posixpath`: not known here); null for one of the suite,
 * whose `__name__` depends on its package and the import mode.
 */
function moduleName(v: Extract<PyVal, { t: 'module' }>): string | null {
  return v.suite === null && v.name !== 'os.path' ? v.name : null;
}

/**
 * The `__name__` of a callable the evaluator knows: `len`, `int`, a bound method (`str.upper`:
 * `upper`), `itertools.product`: `product`. Null for the evaluator's own intermediate values
 * (`fixture-options`, ...), which a suite cannot name.
 */
function builtinName(name: string): string | null {
  if (name.includes('-')) return null;
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(dot + 1);
}

/** The argnames, copied: every parametrized test of the plan holds them (`TestCase.argnames`). */
function readArgnames(v: PyVal | undefined): string[] | null {
  if (v?.t === 'str') {
    // Most parametrizations name one argument: no split, no intermediate arrays.
    if (!v.v.includes(',')) {
      const name = v.v.trim();
      return name === '' ? [] : [detached(name)];
    }
    const out: string[] = [];
    for (const part of v.v.split(',')) {
      const name = part.trim();
      if (name !== '') out.push(detached(name));
    }
    return out;
  }
  if (v?.t === 'list' || v?.t === 'tuple') {
    const out: string[] = [];
    for (const item of v.items) {
      if (item.t !== 'str') return null;
      out.push(detached(item.v));
    }
    return out;
  }
  return null;
}

/** Which argnames are direct: pytest renumbers `callspec.indices` only for those. */
function readIndirect(v: PyVal | undefined, argnames: string[]): boolean[] {
  if (v?.t === 'bool') return argnames.map(() => !v.v);
  if (v?.t === 'list' || v?.t === 'tuple') {
    const ind = new Set(v.items.flatMap((i) => (i.t === 'str' ? [i.v] : [])));
    return argnames.map((n) => !ind.has(n));
  }
  return argnames.map(() => true);
}

/**
 * pytest ≥8: duplicates get 0, 1, ... (with `_` after a trailing digit), skipping ids in use.
 * pytest 7.x does neither (`[10] [11]` where 8+ says `[1_0] [1_1]`), so such ids are inexact.
 */
export function makeUnique(sets: Array<{ id: string; idExact: boolean }>): void {
  if (allDistinct(sets)) return;
  const ids = sets.map((s) => s.id);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  if (counts.size === ids.length) return;
  const inUse = new Map(counts);
  const suffixes = new Map<string, number>();
  const skipped = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if ((counts.get(id) ?? 0) <= 1) continue;
    const sep = /[0-9]$/.test(id) ? '_' : '';
    let n = suffixes.get(id) ?? 0;
    let next = `${id}${sep}${n}`;
    while ((inUse.get(next) ?? 0) > 0) {
      next = `${id}${sep}${++n}`;
      skipped.add(id);
    }
    inUse.set(id, inUse.get(id)! - 1);
    inUse.set(next, (inUse.get(next) ?? 0) + 1);
    suffixes.set(id, n + 1);
    sets[i]!.id = next;
    if (sep) sets[i]!.idExact = false;
  }
  for (const [i, id] of ids.entries()) if (skipped.has(id)) sets[i]!.idExact = false;
}

/** Whether no two sets share an id: most lists are short, and compared pairwise without a Set. */
function allDistinct(sets: Array<{ id: string }>): boolean {
  const n = sets.length;
  if (n > 16) return new Set(sets.map((s) => s.id)).size === n;
  for (let i = 1; i < n; i++) {
    const id = sets[i]!.id;
    for (let j = 0; j < i; j++) if (sets[j]!.id === id) return false;
  }
  return true;
}
