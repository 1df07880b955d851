/**
 * The static evaluator: an expression's value from the names bound where it runs, without
 * running any code. Literals, containers, comprehensions, f-strings and the operators and
 * builtins test suites build parameter lists with are computed as Python computes them; a mark
 * keeps its arguments unevaluated (read only when the mark is a group or a `parametrize`); anything
 * else (a call into the suite's code, a set's order, a value read at run time) is `unknown`, with
 * the reason and the line.
 */
import type { Expr, FField } from './expr.js';
import { BUILTINS, getAttr } from './builtins.js';
import { callValue } from './calls.js';
import { binaryOp, compareOp, unaryOp } from './operators.js';
import { parseOrOpaque } from './parse-expr.js';
import { convert, pyFormat } from './pyformat.js';
import { iterate, MAX_ITEMS } from './iterate.js';
import { itemOf, sliceOf } from './subscript.js';
import { hashKey, newMark, truthy, unknown, type Env, type PyVal } from './values.js';

/** A comprehension's scope: its loop variables, then the scope it sits in. */
class LocalEnv implements Env {
  readonly names = new Map<string, PyVal>();
  constructor(private readonly parent: Env) {}
  lookup(name: string): PyVal | undefined {
    return this.names.get(name) ?? this.parent.lookup(name);
  }
  get outer(): Env {
    return this;
  }
  get file(): string {
    return this.parent.file;
  }
}

const MAX_DEPTH = 100;
let depth = 0;

export function evaluate(e: Expr, env: Env): PyVal {
  if (depth >= MAX_DEPTH) return unknown('the value nests too deeply to be read', e.line);
  depth++;
  try {
    return evaluateOnce(e, env);
  } finally {
    depth--;
  }
}

function evaluateOnce(e: Expr, env: Env): PyVal {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'name': {
      let v = lookupName(e.parts[0]!, env, e.line);
      for (let i = 1; i < e.parts.length && v.t !== 'unknown'; i++) v = getAttr(v, e.parts[i]!, e.line);
      return v;
    }
    case 'attr': {
      const obj = evaluate(e.obj, env);
      return obj.t === 'unknown' ? obj : getAttr(obj, e.name, e.line);
    }
    case 'call':
      return evaluateCall(e, env);
    case 'seq': {
      const items = evaluateItems(e.items, env);
      if (!Array.isArray(items)) return items;
      return e.list ? { t: 'list', items } : { t: 'tuple', items };
    }
    case 'set': {
      const items = evaluateItems(e.items, env);
      return Array.isArray(items) ? { t: 'set', items: dedupe(items) } : items;
    }
    case 'dict':
      return evaluateDict(e.items, env, e.line);
    case 'comp':
      return evaluateComprehension(e, env);
    case 'binop': {
      const left = evaluate(e.left, env);
      if (left.t === 'unknown') return left;
      const right = evaluate(e.right, env);
      if (right.t === 'unknown') return right;
      return binaryOp(e.op, left, right, e.line);
    }
    case 'unary': {
      const v = evaluate(e.operand, env);
      return v.t === 'unknown' ? v : unaryOp(e.op, v, e.line);
    }
    case 'boolop': {
      let v: PyVal = { t: 'none' };
      for (const item of e.values) {
        v = evaluate(item, env);
        const b = truthy(v);
        if (b === undefined)
          return v.t === 'unknown' ? v : unknown('a condition cannot be decided statically', e.line);
        if (e.op === 'and' ? !b : b) return v;
      }
      return v;
    }
    case 'compare': {
      let left = evaluate(e.left, env);
      for (let i = 0; i < e.ops.length; i++) {
        if (left.t === 'unknown') return left;
        const right = evaluate(e.rights[i]!, env);
        if (right.t === 'unknown') return right;
        const r = compareOp(e.ops[i]!, left, right, e.line);
        if (r.t !== 'bool') return r;
        if (!r.v) return r;
        left = right;
      }
      return { t: 'bool', v: true };
    }
    case 'ifexp': {
      const test = evaluate(e.test, env);
      const b = truthy(test);
      if (b === undefined)
        return test.t === 'unknown' ? test : unknown('a condition cannot be decided statically', e.line);
      return evaluate(b ? e.body : e.orelse, env);
    }
    case 'sub': {
      const obj = evaluate(e.obj, env);
      if (obj.t === 'unknown') return obj;
      if (e.index.k === 'slice') {
        const b = (x: Expr | null): PyVal | null => (x === null ? null : evaluate(x, env));
        return sliceOf(obj, b(e.index.lo), b(e.index.hi), b(e.index.step), e.line);
      }
      const index = evaluate(e.index, env);
      return index.t === 'unknown' ? index : itemOf(obj, index, e.line);
    }
    case 'slice':
      return unknown('a slice outside a subscript', e.line);
    case 'star':
      return unknown('`*` outside a call or a display', e.line);
    case 'joined':
      return evaluateJoined(e.pieces, env, e.line);
    case 'fstr':
    case 'other': {
      const parsed = parsedRange(e);
      if (parsed.k === 'other') {
        return unknown(`\`${parsed.text}\` cannot be read without running the code`, e.line);
      }
      return evaluate(parsed, env);
    }
  }
}

/** An opaque expression's full parse, made once (a name bound to a table may be read by many tests). */
const parsedCache = new WeakMap<object, Expr>();
export function parsedRange(e: Extract<Expr, { k: 'fstr' | 'other' }>): Expr {
  let parsed = parsedCache.get(e);
  if (!parsed) parsedCache.set(e, (parsed = parseOrOpaque(e.range, e.line)));
  return parsed;
}

/** An expression as the full parser reads it (an opaque one parsed, once). */
export function parsed(e: Expr): Expr {
  return e.k === 'other' || e.k === 'fstr' ? parsedRange(e) : e;
}

export function lookupName(name: string, env: Env, line: number): PyVal {
  const v = env.lookup(name);
  if (v !== undefined) return v;
  const builtin = BUILTINS.get(name);
  if (builtin !== undefined) return builtin;
  return unknown(`\`${name}\` is not defined where it is used`, line, env.file);
}

function evaluateCall(e: Extract<Expr, { k: 'call' }>, env: Env): PyVal {
  // `pytest.mark.x(...)`, the commonest call of all: the mark is made once, with these arguments.
  const f = e.fn;
  if (f.k === 'name' && f.parts.length > 1) {
    let owner = lookupName(f.parts[0]!, env, f.line);
    for (let i = 1; i < f.parts.length - 1 && owner.t !== 'unknown'; i++)
      owner = getAttr(owner, f.parts[i]!, f.line);
    if (owner.t === 'markgen')
      return { t: 'mark', mark: newMark(f.parts[f.parts.length - 1]!, e.args, e.kwargs, e.line, env) };
  }
  const fn = evaluate(f, env);
  if (fn.t === 'unknown') return fn;
  if (fn.t === 'mark') {
    // A mark keeps its arguments as written, with the names they see: read only if needed.
    const m = fn.mark;
    const fresh = m.args.length === 0 && m.kwargs.length === 0;
    const args = fresh ? e.args : [...m.args, ...e.args];
    const kwargs = fresh ? e.kwargs : [...m.kwargs, ...e.kwargs];
    return { t: 'mark', mark: newMark(m.name, args, kwargs, e.line, env) };
  }
  const keep = fn.t === 'builtin' && KEEPS_UNKNOWN_ARGS.has(fn.name);
  const args = evaluateItems(e.args, env, keep);
  if (!Array.isArray(args)) return args;
  // An option either cannot read (`ids=lambda ...`) is kept as unknown: the fixture and its
  // `params` still exist, and what reads the option says what is lost.
  const kwargs = new Map<string, PyVal>();
  for (const [name, value] of e.kwargs) {
    const v = evaluate(value, env);
    if (v.t === 'unknown' && !(keep && name !== '**')) return v;
    if (name !== '**') {
      kwargs.set(name, v);
      continue;
    }
    if (v.t !== 'dict') return unknown('`**` of something that is not a dict', e.line);
    for (let i = 0; i < v.keys.length; i++) {
      const k = v.keys[i]!;
      if (k.t !== 'str') return unknown('`**` of a dict whose keys are not strings', e.line);
      kwargs.set(k.v, v.values[i]!);
    }
  }
  return callValue(fn, args, kwargs, e.line, env.file);
}

// Calls read although an argument cannot be: pytest.param's id and marks, pytest.fixture's other
// options (said where used), and the number and names of hypothesis.given's strategies.
const KEEPS_UNKNOWN_ARGS = new Set(['pytest.param', 'pytest.fixture', 'hypothesis.given']);
/**
 * Items of a display or call, with `*` unpacked; the first unknown instead when there is one
 * (`keepUnknown`: an unknown item is kept, only an unknown `*` makes the whole unknown).
 */
function evaluateItems(items: Expr[], env: Env, keepUnknown = false): PyVal[] | PyVal {
  const out: PyVal[] = [];
  for (const written of items) {
    // The light parser keeps `*x` as opaque text: parse it to see the star (PEP 448 unpacking).
    const item = written.k === 'other' ? parsedRange(written) : written;
    if (item.k === 'star') {
      const v = evaluate(item.value, env);
      const inner = iterate(v, item.line);
      if (!Array.isArray(inner)) return inner;
      out.push(...inner);
    } else {
      const v = evaluate(item, env);
      if (v.t === 'unknown' && !keepUnknown) return v;
      out.push(v);
    }
    if (out.length > MAX_ITEMS) return unknown(`more than ${MAX_ITEMS} items`, item.line);
  }
  return out;
}

function evaluateDict(items: Array<[Expr | null, Expr]>, env: Env, line: number): PyVal {
  const d: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], values: [] };
  for (const [k, v] of items) {
    const value = evaluate(v, env);
    if (value.t === 'unknown') return value;
    if (k === null) {
      if (value.t !== 'dict') return unknown('`**` of something that is not a dict', line);
      for (let i = 0; i < value.keys.length; i++) {
        const r = dictSet(d, value.keys[i]!, value.values[i]!, line);
        if (r) return r;
      }
      continue;
    }
    const key = evaluate(k, env);
    if (key.t === 'unknown') return key;
    const r = dictSet(d, key, value, line);
    if (r) return r;
  }
  return d;
}

/** Sets `d[key] = value` in place (a repeated key keeps its first position); an unknown on failure. */
export function dictSet(
  d: Extract<PyVal, { t: 'dict' }>,
  key: PyVal,
  value: PyVal,
  line: number,
): PyVal | null {
  const h = hashKey(key);
  if (h === undefined) return unknown('a dict key that is not hashable or not known', line);
  const at = d.keys.findIndex((k) => hashKey(k) === h);
  if (at === -1) {
    d.keys.push(key);
    d.values.push(value);
  } else d.values[at] = value;
  return null;
}

function dedupe(items: PyVal[]): PyVal[] {
  const seen = new Set<string>();
  return items.filter((v) => {
    const h = hashKey(v);
    if (h === undefined) return true;
    if (seen.has(h)) return false;
    seen.add(h);
    return true;
  });
}

function evaluateComprehension(e: Extract<Expr, { k: 'comp' }>, env: Env): PyVal {
  const out: PyVal[] = [];
  const outKeys: PyVal[] = [];
  // The first iterable is evaluated where the comprehension is; the rest in its own scope.
  const first = iterate(evaluate(e.gens[0]!.iter, env), e.line);
  if (!Array.isArray(first)) return first;
  const failure = loop(0, first, new LocalEnv(env.outer));
  if (failure) return failure;
  switch (e.kind) {
    case 'list':
    case 'gen':
      return { t: 'list', items: out };
    case 'set':
      return { t: 'set', items: dedupe(out) };
    case 'dict': {
      const d: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], values: [] };
      for (let i = 0; i < out.length; i++) {
        const r = dictSet(d, outKeys[i]!, out[i]!, e.line);
        if (r) return r;
      }
      return d;
    }
  }

  function loop(g: number, items: PyVal[], scope: LocalEnv): PyVal | null {
    const gen = e.gens[g]!;
    for (const item of items) {
      const inner = new LocalEnv(scope);
      const bound = bindTarget(gen.target, item, inner.names, e.line);
      if (bound) return bound;
      let keep = true;
      for (const cond of gen.ifs) {
        const c = evaluate(cond, inner);
        const b = truthy(c);
        if (b === undefined)
          return c.t === 'unknown' ? c : unknown('a condition cannot be decided statically', e.line);
        if (!b) {
          keep = false;
          break;
        }
      }
      if (!keep) continue;
      if (g + 1 < e.gens.length) {
        const next = iterate(evaluate(e.gens[g + 1]!.iter, inner), e.line);
        if (!Array.isArray(next)) return next;
        const r = loop(g + 1, next, inner);
        if (r) return r;
        continue;
      }
      const v = evaluate(e.elt, inner);
      if (v.t === 'unknown') return v;
      if (e.kind === 'dict') {
        const value = evaluate(e.value!, inner);
        if (value.t === 'unknown') return value;
        outKeys.push(v);
        out.push(value);
      } else out.push(v);
      if (out.length > MAX_ITEMS) return unknown(`more than ${MAX_ITEMS} items`, e.line);
    }
    return null;
  }
}

/** Binds a `for` target (a name or nested tuples of names, one starred) to a value. */
export function bindTarget(
  target: Expr,
  value: PyVal,
  names: Map<string, PyVal>,
  line: number,
): PyVal | null {
  if (target.k === 'name' && target.parts.length === 1) {
    names.set(target.parts[0]!, value);
    return null;
  }
  if (target.k !== 'seq') return unknown('a loop target that is not a name or a tuple of names', line);
  const items = iterate(value, line);
  if (!Array.isArray(items)) return items;
  const star = target.items.findIndex((t) => t.k === 'star');
  const n = target.items.length;
  if (star === -1 ? items.length !== n : items.length < n - 1) {
    return unknown(`cannot unpack ${items.length} values into ${n} names`, line);
  }
  for (let i = 0; i < n; i++) {
    const t = target.items[i]!;
    let v: PyVal;
    if (star === -1 || i < star) v = items[i]!;
    else if (i === star) v = { t: 'list', items: items.slice(star, items.length - (n - 1 - star)) };
    else v = items[items.length - (n - i)]!;
    const r = bindTarget(t.k === 'star' ? t.value : t, v, names, line);
    if (r) return r;
  }
  return null;
}

function evaluateJoined(pieces: Array<string | FField>, env: Env, line: number): PyVal {
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const v = evaluate(piece.expr, env);
    if (v.t === 'unknown') return v;
    const converted = convert(v, piece.conv);
    if (converted === null) return unknown('an f-string field whose text is known only at run time', line);
    let spec = '';
    if (piece.spec) {
      const s = evaluateJoined(piece.spec, env, line);
      if (s.t !== 'str') return s;
      spec = s.v;
    }
    const text = pyFormat(converted, spec);
    if (text === null) return unknown(`an f-string field formatted with \`${spec}\`, not read here`, line);
    out += (piece.debug ?? '') + text;
  }
  return { t: 'str', v: out };
}
