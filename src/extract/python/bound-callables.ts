/**
 * Test names bound to a callable made in place, which pytest collects like a def of that name:
 * `test_x = lambda: ...` and `test_x = functools.partial(check, ...)` over a def of the module.
 * Neither carries marks of its own (a partial does not copy its function's `pytestmark`).
 */
import type { FuncInfo } from './definitions.js';
import { OpaqueExpr, type Expr } from './expr.js';
import type { BindingKind, ModuleModel } from './module-model.js';
import type { Namespace } from './namespace.js';

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
  });
  if (expr instanceof OpaqueExpr) {
    // A lambda without parameters; one with parameters would request fixtures by their names.
    return /^lambda\s*:/.test(expr.text) ? made([]) : null;
  }
  if (expr.k !== 'call' || expr.args.length === 0) return null;
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
