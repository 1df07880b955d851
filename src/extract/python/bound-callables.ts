/**
 * Test names bound to a callable made in place, which pytest collects like a def of that name:
 * `test_x = lambda: ...` and `test_x = functools.partial(check, ...)` over a def of the module.
 * Neither carries marks of its own (a partial does not copy its function's `pytestmark`).
 * `test_x = pytest.mark.group("db")(check)` is the def itself with the mark added (a mark called
 * with one function applies to it, as `@` would).
 */
import type { FuncInfo } from './definitions.js';
import { OpaqueExpr, type Expr } from './expr.js';
import type { BindingKind, ModuleModel } from './module-model.js';
import { evaluate } from './evaluate.js';
import { parseOrOpaque } from './parse-expr.js';
import { ModuleEnv, type Namespace } from './namespace.js';
import type { Mark } from './values.js';

const NO_UNREAD: FuncInfo['unread'] = [];

/** The test function `expr` makes, or null when it is not a lambda or partial this reads. */
export function boundCallable(
  model: ModuleModel,
  ns: Namespace<BindingKind>,
  name: string,
  expr: Expr,
  line: number,
): FuncInfo | null {
  const made = (params: FuncInfo['params']): FuncInfo => ({
    name,
    line,
    file: model.file,
    marks: [],
    fixture: null,
    params,
    expand: null,
    staticmethod: false,
    unread: NO_UNREAD,
    guard: null,
    used: false,
    testAttr: undefined,
    body: null,
    isAsync: false,
  });
  if (expr instanceof OpaqueExpr) {
    // A lambda without parameters; one with parameters would request fixtures by their names.
    if (/^lambda\s*:/.test(expr.text)) return made([]);
    // The statement reader leaves a call of a call (`pytest.mark.x(...)(fn)`) unparsed.
    expr = parseOrOpaque(expr.range, expr.line);
    if (expr instanceof OpaqueExpr) return null;
  }
  if (expr.k !== 'call' || expr.args.length === 0) return null;
  const marked = markApplied(model, ns, name, expr);
  if (marked !== undefined)
    return marked && { ...made(marked.params), marks: marked.marks, line: marked.line };
  const fn = expr.fn.k === 'name' ? expr.fn.parts.join('.') : '';
  const partial =
    fn === 'functools.partial'
      ? model.kindOf(ns, 'functools').k === 'import'
      : fn === 'partial' && model.kindOf(ns, 'partial').k === 'import';
  const target = expr.args[0]!;
  if (!partial || target.k !== 'name' || target.parts.length !== 1) return null;
  if (expr.args.some((a) => a.k === 'star')) return null;
  const def = model.kindOf(ns, target.parts[0]!);
  if (def.k !== 'def' || def.f.fixture) return null;
  // The parameters the partial leaves open: pytest requests those as fixtures.
  const given = new Set(expr.kwargs.map(([k]) => k));
  const positional = expr.args.length - 1;
  return made(
    def.f.params.filter((p, i) => !(p.kind === 'positional' && i < positional) && !given.has(p.name)),
  );
}

/**
 * `mark(fn)`: the def `fn` names, with its marks as pytest sees them once the module has run:
 * its own, then every mark the module's bindings apply to it by a call, in order (`store_mark`
 * appends to the one function object, which every name bound to it shares). Undefined when
 * `expr` calls no mark, null when it applies one to something else.
 */
function markApplied(
  model: ModuleModel,
  ns: Namespace<BindingKind>,
  name: string,
  expr: Extract<Expr, { k: 'call' }>,
): { params: FuncInfo['params']; marks: Mark[]; line: number } | null | undefined {
  const mine = application(model, ns, name, expr);
  if (mine === undefined || mine === null) return mine;
  const def = mine.def;
  const applied: Array<{ pos: number; mark: Mark }> = [];
  for (const other of ns.names()) {
    const kind = ns.kindOf(other);
    if (other !== name && kind?.k !== 'value') continue;
    const e = other === name ? expr : valueCall((kind as { expr: Expr }).expr);
    const a = e && application(model, ns, other, e);
    if (a?.def === def) applied.push({ pos: ns.final(other)!.pos, mark: a.mark });
  }
  applied.sort((x, y) => x.pos - y.pos);
  // The def's own marks take effect through this name.
  def.used = true;
  return { params: def.params, marks: [...def.marks, ...applied.map((a) => a.mark)], line: def.line };
}

/** A binding's value as a call, parsed when the statement reader left it whole. */
function valueCall(e: Expr): Extract<Expr, { k: 'call' }> | null {
  const parsed = e instanceof OpaqueExpr && e.text.includes(')(') ? parseOrOpaque(e.range, e.line) : e;
  return parsed.k === 'call' ? parsed : null;
}

/** The mark `expr` (bound to `name`) applies and the def it applies it to (see markApplied). */
function application(
  model: ModuleModel,
  ns: Namespace<BindingKind>,
  name: string,
  expr: Extract<Expr, { k: 'call' }>,
): { def: FuncInfo; mark: Mark } | null | undefined {
  const binding = ns.final(name);
  if (!binding) return undefined;
  const mark = evaluate(expr.fn, new ModuleEnv(ns, binding.pos, model.file));
  if (mark.t !== 'mark') return undefined;
  if (expr.args.length !== 1 || expr.kwargs.length > 0) return null;
  const target = expr.args[0]!;
  const def = target.k === 'name' && target.parts.length === 1 ? model.kindOf(ns, target.parts[0]!) : null;
  if (def?.k !== 'def' || def.f.fixture) return null;
  return { def: def.f, mark: mark.mark };
}
