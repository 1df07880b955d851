/**
 * The statements structure.ts reads from a module or class body: what pytest's collection and the
 * values it sees depend on (definitions, bindings, in-place changes, code run at import), each
 * with the condition it runs under.
 */
import type { Expr, OpaqueExpr } from './expr.js';

/** The innermost condition a statement runs under: `if`, `for`, `except`, ... and its line. */
export interface Guard {
  word: string;
  line: number;
  /** A `for` header: its target and iterable (mutations.ts replays simple loops), and its own guard. */
  loop?: { target: OpaqueExpr; iter: OpaqueExpr; outer: Guard | null; exits: boolean };
}

/** A parameter of a `def`, as pytest's `getfuncargnames` reads them. */
export interface Param {
  name: string;
  kind: 'positional' | 'keyword' | 'star' | 'starstar';
  hasDefault: boolean;
}

export type Stmt =
  | {
      k: 'def';
      name: string;
      line: number;
      decorators: Expr[];
      params: Param[];
      guard: Guard | null;
      /** The body's source (as the tokenizer holds it) for a `pytest_generate_tests` hook, else null. */
      body: string | null;
      /** `async def`. */
      isAsync: boolean;
    }
  | {
      k: 'class';
      name: string;
      line: number;
      decorators: Expr[];
      bases: Expr[];
      /** `metaclass=...` among the bases, else null. */
      metaclass: Expr | null;
      body: Stmt[];
      guard: Guard | null;
    }
  | { k: 'assign'; name: string; value: Expr; line: number; guard: Guard | null }
  /** `a, b = value`: the names in the target's shape (nested tuples of names). */
  | { k: 'unpack'; target: Expr; value: Expr; line: number; guard: Guard | null }
  | { k: 'augassign'; name: string; op: string; value: Expr; line: number; guard: Guard | null }
  /** `import a.b as c` (asname null: binds `a`). */
  | { k: 'import'; module: string; asname: string | null; line: number; guard: Guard | null }
  /** `from .m import n as a`; `module` keeps its leading dots. */
  | { k: 'from'; module: string; name: string; asname: string | null; line: number; guard: Guard | null }
  /** Some other statement binding `name` (a `for` target, `with ... as`, `del`), value unknown. */
  | { k: 'bind'; name: string; line: number; why: string; guard: Guard | null }
  /** `name.append(...)`, `name[k] = v`, `del name[k]`: the value of `name` changes in place. */
  | {
      k: 'mutate';
      name: string;
      line: number;
      how: string;
      guard: Guard | null;
      /** `name.attr = ...`: the attribute, and the value when it is `True` or `False`. */
      attr?: { name: string; flag: boolean | undefined };
      /** The whole statement, for mutations.ts to replay. */
      stmt?: OpaqueExpr;
    }
  /** `pytest.skip(...)`/`pytest.importorskip(...)` run at import: the module may be skipped. */
  | { k: 'skip'; call: string; line: number; guard: Guard | null }
  /** `globals()[...] = f`, `setattr(Cls, name, f)`: names bound by code, not read. */
  | { k: 'write'; how: string; target: string | null; line: number; guard: Guard | null };
