/** What a decorator does to the definition it decorates, when module-model.ts cannot take it as a mark or option. */
import { isClassInfo, type UnreadDecorator } from './definitions.js';
import type { Param } from './statements.js';
import { evaluate } from './evaluate.js';
import { describeExpr, type Expr } from './expr.js';
import type { Env, PyVal } from './values.js';

/**
 * A decorator whose effect is not known: a function of the suite, or a call whose result needs
 * running code. One from a package outside the suite (`mock.patch`, `hypothesis.given`) is
 * passed over: such decorators do not give the suite's own group marks.
 */
export function unreadDecorator(e: Expr, v: PyVal): UnreadDecorator | null {
  if (v.t === 'func')
    return { line: e.line, text: `@${describeExpr(e)}`, why: `\`${v.name}\` is a function of the suite` };
  if (v.t === 'unknown' && !v.outside) return { line: e.line, text: `@${describeExpr(e)}`, why: v.why };
  return null;
}

/**
 * `metaclass=M` with `M` a class of the suite (or not read): its code runs when the class is made
 * and may add, remove or rename test methods (httpretty's generates a thousand). One from outside
 * the suite (`abc.ABCMeta`) is taken to leave the methods alone.
 */
export function unreadMetaclass(e: Expr, v: PyVal): UnreadDecorator | null {
  const text = `metaclass=${describeExpr(e)}`;
  if (v.t === 'class' && isClassInfo(v.ref))
    return {
      line: e.line,
      text,
      why: `\`${v.name}\` is a class of the suite, whose code runs when the class is made`,
    };
  if (v.t === 'unknown' && !v.outside) return { line: e.line, text, why: v.why };
  return null;
}

/** `@dataclass` or `@dataclass(...)`: it gives the class an `__init__` unless `init=False`. */
export function isDataclass(e: Expr, v: PyVal, env: Env): boolean {
  if (v.t === 'builtin' && v.name === 'dataclasses.dataclass') return true;
  if (e.k !== 'call') return false;
  const f = evaluate(e.fn, env);
  return f.t === 'builtin' && f.name === 'dataclasses.dataclass';
}

export function dataclassInit(e: Expr, env: Env): boolean {
  const init = e.k === 'call' ? e.kwargs.find(([k]) => k === 'init') : undefined;
  if (!init) return true;
  const v = evaluate(init[1], env);
  return !(v.t === 'bool' && !v.v);
}

/**
 * The parameters pytest sees of a test under `@hypothesis.given(...)`: Hypothesis gives the
 * wrapper a signature without the ones its strategies fill (positional strategies fill the
 * rightmost positional parameters, keyword ones those named), so they request no fixture.
 */
export function withoutGiven(params: Param[], given: PyVal | undefined): Param[] {
  if (given?.t !== 'tuple') return params;
  const [count, names] = given.items;
  const drop = new Set(names?.t === 'tuple' ? names.items.flatMap((n) => (n.t === 'str' ? [n.v] : [])) : []);
  let left = count?.t === 'int' ? Number(count.v) : 0;
  for (let i = params.length - 1; i >= 0 && left > 0; i--) {
    if (params[i]!.kind !== 'positional') continue;
    drop.add(params[i]!.name);
    left--;
  }
  return params.filter((p) => !drop.has(p.name));
}
