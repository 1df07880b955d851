/**
 * Lists and dicts filled by statements after their binding, read where Python's result is certain:
 * `X.append(v)`, `X.extend(it)`, `X.insert(i, v)`, `X.update(d)` and `X[k] = v` at module or class
 * level, also inside `for` loops (nested too) whose body is that one statement, replayed over the
 * known iterables. Anything else (another statement in the loop, `break`/`continue`, an `if`, a
 * method that reorders or removes) stays unknown, and the test that uses the name is said.
 */
import { bindTarget, dictSet, evaluate } from './evaluate.js';
import type { Expr, OpaqueExpr } from './expr.js';
import { iterate, MAX_ITEMS } from './iterate.js';
import { parseOrOpaque } from './parse-expr.js';
import type { Guard, Stmt } from './structure.js';
import { Tok } from './tokenize.js';
import { unknown, type Env, type PyVal } from './values.js';

type Mutate = Extract<Stmt, { k: 'mutate' }>;

/** Per `for` loop of one module or class body: where its body starts and how many statements it has. */
export class LoopBodies {
  private readonly start = new Map<Guard, number>();
  private readonly size = new Map<Guard, number>();

  /** Called for every statement, in order, with its position. */
  note(s: Stmt, pos: number): void {
    const g = s.guard;
    if (!g) return;
    // A loop's body starts at its first statement; a nested loop counts once in the loop around it.
    for (let o: Guard | null = g; o?.loop && !this.start.has(o); o = o.loop.outer) {
      this.start.set(o, pos);
      if (o.loop.outer) this.size.set(o.loop.outer, (this.size.get(o.loop.outer) ?? 0) + 1);
    }
    // A loop's own target bindings are its header, not its body.
    if (s.k === 'bind' && g.loop && s.line === g.line) return;
    this.size.set(g, (this.size.get(g) ?? 0) + 1);
  }

  /** The loops (outermost first) a mutation replays, or null when it cannot be replayed. */
  loops(g: Guard | null): { loops: Guard[]; start: number } | null {
    const out: Guard[] = [];
    for (let o = g; o; o = o.loop ? o.loop.outer : null) {
      if (!o.loop || o.loop.exits || this.size.get(o) !== 1) return null;
      out.unshift(o);
    }
    return { loops: out, start: out.length ? this.start.get(out[0]!)! : 0 };
  }
}

class LoopEnv implements Env {
  readonly names = new Map<string, PyVal>();
  constructor(private readonly parent: Env) {}
  lookup(name: string): PyVal | undefined {
    return this.names.get(name) ?? this.parent.lookup(name);
  }
  get outer(): Env {
    return this.parent.outer === this.parent ? this : this.parent.outer;
  }
  get file(): string {
    return this.parent.file;
  }
}

/**
 * The value of `s.name` after the mutation `s`: `before` (the value before it, or before the loops
 * around it) changed by the statement, replayed over the loops. `why`: the reason when not read.
 */
export function mutated(
  s: Mutate,
  bodies: LoopBodies,
  before: (pos: number) => PyVal | undefined,
  envAt: (pos: number) => Env,
  pos: number,
  why: string,
): PyVal {
  const plan = s.stmt ? bodies.loops(s.guard) : null;
  if (!plan) return unknown(why, s.line);
  const at = plan.loops.length ? plan.start : pos;
  const initial = before(at);
  if (!initial || initial.t === 'unknown') return initial ?? unknown(why, s.line);
  let acc: PyVal = copy(initial);
  let steps = 0;
  const run = (i: number, env: Env): PyVal | null => {
    if (i === plan.loops.length) {
      if (++steps > MAX_ITEMS) return unknown('the loop runs too many times to be read', s.line);
      const next = apply(acc, s, env);
      if (next.t === 'unknown') return next;
      acc = next;
      return null;
    }
    const loop = plan.loops[i]!.loop!;
    const iterable = evaluate(parseOrOpaque(loop.iter.range, loop.iter.line), env);
    if (iterable.t === 'unknown') return iterable;
    const items = iterate(iterable, loop.iter.line);
    if (!Array.isArray(items)) return items;
    const target = parseOrOpaque(loop.target.range, loop.target.line);
    for (const item of items) {
      const local = new LoopEnv(env);
      const failed = bindTarget(target, item, local.names, loop.target.line);
      if (failed) return failed;
      const r = run(i + 1, local);
      if (r) return r;
    }
    return null;
  };
  return run(0, envAt(at)) ?? acc;
}

function copy(v: PyVal): PyVal {
  if (v.t === 'list') return { t: 'list', items: [...v.items] };
  if (v.t === 'dict') return { t: 'dict', keys: [...v.keys], values: [...v.values] };
  return v;
}

/** `acc` changed by the statement (in place on the copy made above), or why not. */
function apply(acc: PyVal, s: Mutate, env: Env): PyVal {
  const range = s.stmt!.range;
  const assign = assignAt(s.stmt!);
  if (assign !== null) {
    const target = parseOrOpaque({ ...range, end: assign }, s.line);
    if (target.k !== 'sub' || acc.t !== 'dict') return unknown(`${s.how} is not read`, s.line);
    if (range.end <= assign + 1) return unknown(`${s.how} is not read`, s.line);
    const key = evaluate(target.index, env);
    if (key.t === 'unknown') return key;
    const value = evaluate(parseOrOpaque({ ...range, first: assign + 1 }, s.line), env);
    if (value.t === 'unknown') return value;
    return dictSet(acc, key, value, s.line) ?? acc;
  }
  const e = parseOrOpaque(range, s.line);
  // `X.append(...)`: the parser reads `X.append` as one dotted name.
  const method =
    e.k !== 'call' || e.args.some((a) => a.k === 'star')
      ? null
      : e.fn.k === 'attr' && e.fn.obj.k === 'name' && e.fn.obj.parts.length === 1
        ? e.fn.name
        : e.fn.k === 'name' && e.fn.parts.length === 2
          ? e.fn.parts[1]!
          : null;
  if (!method || e.k !== 'call') return unknown(`${s.how} is not read`, s.line);
  const args = e.args.map((a) => evaluate(a, env));
  const bad = args.find((a) => a.t === 'unknown');
  if (bad) return bad;
  if (acc.t === 'list' && e.kwargs.length === 0) {
    if (method === 'append' && args.length === 1) return (acc.items.push(args[0]!), acc);
    if (method === 'extend' && args.length === 1) {
      const items = iterate(args[0]!, s.line);
      return Array.isArray(items) ? (acc.items.push(...items), acc) : items;
    }
    if (method === 'insert' && args.length === 2 && args[0]!.t === 'int') {
      const n = acc.items.length;
      let i = Number(args[0]!.v);
      i = i < 0 ? Math.max(0, n + i) : Math.min(n, i);
      return (acc.items.splice(i, 0, args[1]!), acc);
    }
  }
  if (acc.t === 'dict' && method === 'update' && args.length <= 1) {
    const from = args[0];
    if (from && from.t !== 'dict') return unknown(`${s.how} with something that is not a dict`, s.line);
    const pairs: Array<[PyVal, PyVal]> = from ? from.keys.map((k, i) => [k, from.values[i]!]) : [];
    for (const [k, v] of e.kwargs) {
      const value = evaluate(v as Expr, env);
      if (value.t === 'unknown') return value;
      pairs.push([{ t: 'str', v: k }, value]);
    }
    for (const [k, v] of pairs) {
      const r = dictSet(acc, k, v, s.line);
      if (r) return r;
    }
    return acc;
  }
  return unknown(`${s.how} is not read`, s.line);
}

/** The token of a `=` at depth 0 in the statement (an item assignment), or null. */
function assignAt(stmt: OpaqueExpr): number | null {
  const { tokens: t, first, end } = stmt.range;
  let depth = 0;
  for (let i = first; i < end; i++) {
    const text = t.src.slice(t.start[i]!, t.end[i]!);
    if (t.kind[i] !== Tok.Op) continue;
    if (text === '(' || text === '[' || text === '{') depth++;
    else if (text === ')' || text === ']' || text === '}') depth--;
    else if (depth === 0 && text === '=') return i;
  }
  return null;
}
