/**
 * Reads the statements that decide what pytest collects and the values it sees: imports,
 * assignments, decorated `def`s and `class`es, and the statements that rebind or change a name.
 * Compound statements (`if`, `try`, `with`, ...) are read through, since what they define lands
 * in the enclosing namespace, but a statement under a condition says so (its guard); function
 * bodies are skipped whole.
 */
import { Cursor, OpaqueExpr, type Expr } from './expr.js';
import { GENERATE_TESTS } from './hooks.js';
import {
  attributeSet,
  dotted,
  isMainGuard,
  moduleSkipAt,
  mutation,
  namespaceWrite,
  namesUntil,
  readParams,
  readValue,
  skipBody,
  skipToColon,
  skipValue,
} from './statement-scan.js';
import { exitsLoop, statementAt } from './statement-range.js';
import type { Guard, Stmt } from './statements.js';
import { PySyntaxError, Tok, type Tokens } from './tokenize.js';

export type { Guard, Param, Stmt } from './statements.js';

/** Headers whose block runs only under a condition (`try:` and `with` blocks always run). */
const CONDITIONAL = new Set(['if', 'elif', 'else', 'for', 'while', 'except', 'match', 'case']);
const COMPOUND = new Set([...CONDITIONAL, 'try', 'finally', 'with', 'async']);
/** Names whose assigned value pytest reads, whatever it is (an unreadable one is reported). */
const READ_WHOLE = new Set(['pytestmark', '__test__']);

export function readStructure(tokens: Tokens): Stmt[] {
  return new Reader(new Cursor(tokens)).block(false, null);
}

class Reader {
  constructor(private readonly c: Cursor) {}

  block(nested: boolean, guard: Guard | null): Stmt[] {
    const c = this.c;
    const out: Stmt[] = [];
    for (;;) {
      const k = c.kind();
      if (k === Tok.End) {
        if (nested) throw new PySyntaxError('unexpected end of file', c.line());
        return out;
      }
      if (k === Tok.Dedent) {
        c.i++;
        if (nested) return out;
        continue;
      }
      if (k === Tok.Indent) throw new PySyntaxError('unexpected indent', c.line());
      if (k === Tok.Newline || c.is(';')) {
        c.i++;
        continue;
      }
      this.statement(out, guard);
    }
  }

  private statement(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    if (c.is('@')) {
      const decorators: Expr[] = [];
      while (c.is('@')) {
        c.i++;
        decorators.push(c.expr());
        this.endOfLine();
      }
      if (c.is('async') && c.is('def', c.i + 1)) c.i++;
      if (c.is('def')) return this.funcDef(out, decorators, guard);
      if (c.is('class')) return this.classDef(out, decorators, guard);
      throw new PySyntaxError('invalid syntax: a decorator must be followed by def or class', c.line());
    }
    if (c.kind() === Tok.Name) {
      if (c.is('def')) return this.funcDef(out, [], guard);
      if (c.is('async') && c.is('def', c.i + 1)) {
        c.i++;
        return this.funcDef(out, [], guard);
      }
      if (c.is('class')) return this.classDef(out, [], guard);
      if (c.is('import')) return this.importStmt(out, guard);
      if (c.is('from')) return this.fromStmt(out, guard);
      if (c.is('del')) return this.delStmt(out, guard);
      const word = c.text();
      // `match` and `case` are keywords only as statement headers; `match = ...` is a name.
      const soft = (word === 'match' || word === 'case') && c.kind(c.i + 1) === Tok.Op && !c.is('(', c.i + 1);
      if (COMPOUND.has(word) && !soft) return this.compound(out, word, guard);
      if (c.is('=', c.i + 1)) return this.assignment(out, guard);
      if (c.is(':', c.i + 1)) return this.annotated(out, guard);
      if (c.is(',', c.i + 1)) return this.maybeUnpack(out, guard);
      if (c.kind(c.i + 1) === Tok.Op && /^(?:[-+*/%&|^@<>]|\/\/|\*\*|<<|>>)=$/.test(c.text(c.i + 1))) {
        return this.augmented(out, guard);
      }
      if (c.is('.', c.i + 1) || c.is('[', c.i + 1)) {
        const how = mutation(c, word);
        if (how) {
          const at = { attr: attributeSet(c), stmt: statementAt(c) };
          out.push({ k: 'mutate', name: word, line: c.line(), how, guard, ...at });
        }
      }
      const write = namespaceWrite(c, word);
      if (write) out.push({ k: 'write', ...write, line: c.line(), guard });
      const skip = moduleSkipAt(c, c.i);
      if (skip) out.push({ k: 'skip', call: skip, line: c.line(), guard });
    }
    this.simple(out, guard, null);
  }

  /**
   * Skips a statement; a trailing `:` followed by an indented block is a compound header whose
   * block is read in this scope, under `inner` when the header makes it conditional.
   */
  private simple(out: Stmt[], guard: Guard | null, inner: Guard | null): void {
    const c = this.c;
    let depth = 0;
    let lastColon = false;
    for (;;) {
      const k = c.kind();
      if (k === Tok.End) return;
      if (k === Tok.Newline) {
        c.i++;
        if (lastColon && c.kind() === Tok.Indent) {
          c.i++;
          out.push(...this.block(true, inner ?? guard));
        } else if (lastColon) {
          throw new PySyntaxError('expected an indented block', c.line());
        }
        return;
      }
      if (depth === 0 && c.is(';')) {
        c.i++;
        return;
      }
      if (c.is('(') || c.is('[') || c.is('{')) depth++;
      else if (c.is(')') || c.is(']') || c.is('}')) depth--;
      lastColon = depth === 0 && c.is(':');
      c.i++;
    }
  }

  /** `if`/`for`/`try`/`with`/... header: names its header binds, then its block under its guard. */
  private compound(out: Stmt[], word: string, guard: Guard | null): void {
    const c = this.c;
    const line = c.line();
    if (word === 'async') c.i++;
    const header = c.text();
    // `if __name__ == "__main__":` never runs when pytest imports a module: nothing it binds exists.
    if ((header === 'if' || header === 'elif') && isMainGuard(c, c.i + 1))
      return this.simple([], guard, null);
    const inner: Guard | null = CONDITIONAL.has(header) ? { word: header, line } : null;
    const bound = inner ?? guard;
    if (header === 'for') {
      c.i++;
      const first = c.i;
      for (const name of namesUntil(c, 'in'))
        out.push({ k: 'bind', name, line, why: `the \`for\` loop at line ${line}`, guard: bound });
      const target = new OpaqueExpr(line, { tokens: c.t, first, end: c.i });
      const iter = statementAt(c, c.i + 1, true);
      inner!.loop = { target, iter, outer: guard, exits: false };
      const start = c.i;
      this.simple(out, guard, inner);
      inner!.loop.exits = exitsLoop(c, start, c.i);
      return;
    } else if (header === 'with' || header === 'except') {
      // `with a as x, b as (y, z):` / `except E as e:` bind the names after each `as`.
      const start = c.i;
      let depth = 0;
      for (let i = c.i; ; i++) {
        const k = c.kind(i);
        if (k === Tok.Newline || k === Tok.End) break;
        if (c.is('(', i) || c.is('[', i)) depth++;
        else if (c.is(')', i) || c.is(']', i)) depth--;
        else if (c.is(':', i) && depth === 0) break;
        else if (c.is('as', i) && c.kind(i + 1) === Tok.Name) {
          out.push({
            k: 'bind',
            name: c.text(i + 1),
            line,
            why: `the \`${header}\` at line ${line}`,
            guard: bound,
          });
        }
      }
      c.i = start;
    }
    this.simple(out, guard, inner);
  }

  private endOfLine(): void {
    if (this.c.kind() !== Tok.Newline) throw new PySyntaxError('invalid syntax', this.c.line());
    this.c.i++;
  }

  private funcDef(out: Stmt[], decorators: Expr[], guard: Guard | null): void {
    const c = this.c;
    const isAsync = c.is('async', c.i - 1);
    c.i++;
    if (c.kind() !== Tok.Name) throw new PySyntaxError('invalid syntax: expected a function name', c.line());
    const name = c.text();
    const line = c.line();
    c.i++;
    if (c.is('[')) c.skipBracket(); // PEP 695 type parameters
    const params = c.is('(') ? readParams(c) : [];
    skipToColon(c);
    const colon = c.i - 1;
    skipBody(c);
    // Only a `pytest_generate_tests` hook's body is ever read (generate-tests.ts).
    const body = name === GENERATE_TESTS ? c.t.src.slice(c.t.end[colon], c.t.end[c.i - 1]) : null;
    out.push({ k: 'def', name, line, decorators, params, guard, body, isAsync });
  }

  private classDef(out: Stmt[], decorators: Expr[], guard: Guard | null): void {
    const c = this.c;
    c.i++;
    if (c.kind() !== Tok.Name) throw new PySyntaxError('invalid syntax: expected a class name', c.line());
    const name = c.text();
    const line = c.line();
    c.i++;
    if (c.is('[')) c.skipBracket(); // PEP 695 type parameters
    const call = c.is('(') ? c.callArgs() : null;
    const bases = call?.args ?? [];
    const metaclass = call?.kwargs.find(([k]) => k === 'metaclass')?.[1] ?? null;
    if (!c.is(':')) throw new PySyntaxError("expected ':'", c.line());
    c.i++;
    let body: Stmt[];
    if (c.kind() === Tok.Newline) {
      c.i++;
      if (c.kind() !== Tok.Indent) throw new PySyntaxError('expected an indented block', c.line());
      c.i++;
      // A class body runs once, unconditionally, whatever guards the class statement.
      body = this.block(true, null);
    } else {
      const inline: Stmt[] = [];
      do this.statement(inline, null);
      while (c.kind(c.i - 1) !== Tok.Newline && c.kind() !== Tok.End);
      body = inline;
    }
    out.push({ k: 'class', name, line, decorators, bases, metaclass, body, guard });
  }

  private importStmt(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const line = c.line();
    c.i++;
    for (;;) {
      const module = dotted(c);
      let asname: string | null = null;
      if (c.is('as')) {
        asname = c.text(c.i + 1);
        c.i += 2;
      }
      if (module) out.push({ k: 'import', module, asname, line, guard });
      if (!c.is(',')) break;
      c.i++;
    }
    this.simple(out, guard, null);
  }

  private fromStmt(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const line = c.line();
    c.i++;
    const module = dotted(c);
    if (!c.is('import')) return this.simple(out, guard, null);
    c.i++;
    const paren = c.is('(');
    if (paren) c.i++;
    while (c.kind() === Tok.Name || c.is('*')) {
      const name = c.text();
      c.i++;
      let asname: string | null = null;
      if (c.is('as')) {
        asname = c.text(c.i + 1);
        c.i += 2;
      }
      out.push({ k: 'from', module, name, asname, line, guard });
      if (!c.is(',')) break;
      c.i++;
    }
    if (paren && c.is(')')) c.i++;
    this.simple(out, guard, null);
  }

  private delStmt(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const line = c.line();
    c.i++;
    while (c.kind() === Tok.Name) {
      const name = c.text();
      if (c.is('[', c.i + 1) || c.is('.', c.i + 1))
        out.push({ k: 'mutate', name, line, how: `\`del\` at line ${line}`, guard });
      else out.push({ k: 'bind', name, line, why: `\`del\` at line ${line}`, guard });
      // Pass this target to the next `,`.
      let depth = 0;
      while (c.kind() !== Tok.Newline && c.kind() !== Tok.End && !(depth === 0 && c.is(','))) {
        if (c.is('(') || c.is('[')) depth++;
        else if (c.is(')') || c.is(']')) depth--;
        c.i++;
      }
      if (!c.is(',')) break;
      c.i++;
    }
    this.simple(out, guard, null);
  }

  private assignment(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const names = [c.text()];
    const line = c.line();
    c.i += 2;
    const skip = moduleSkipAt(c, c.i);
    if (skip) out.push({ k: 'skip', call: skip, line, guard });
    let value = readValue(c, READ_WHOLE.has(names[0]!));
    while (c.is('=')) {
      c.i++;
      if (value.k === 'name' && value.parts.length === 1) names.push(value.parts[0]!);
      value = readValue(
        c,
        names.some((n) => READ_WHOLE.has(n)),
      );
    }
    for (const name of names) out.push({ k: 'assign', name, value, line, guard });
    this.simple(out, guard, null);
  }

  private annotated(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const name = c.text();
    const line = c.line();
    c.i += 2;
    c.expr();
    if (c.is('=')) {
      c.i++;
      out.push({ k: 'assign', name, value: readValue(c, READ_WHOLE.has(name)), line, guard });
    }
    this.simple(out, guard, null);
  }

  private augmented(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const name = c.text();
    const line = c.line();
    const op = c.text(c.i + 1).slice(0, -1);
    c.i += 2;
    out.push({ k: 'augassign', name, op, value: readValue(c, true), line, guard });
    this.simple(out, guard, null);
  }

  /** `a, b = ...` binds each name; a statement `a, b` that is not an assignment binds nothing. */
  private maybeUnpack(out: Stmt[], guard: Guard | null): void {
    const c = this.c;
    const first = c.i;
    const line = c.line();
    skipValue(c);
    if (!c.is('=')) {
      c.i = first;
      return this.simple(out, guard, null);
    }
    const target = new OpaqueExpr(line, { tokens: c.t, first, end: c.i });
    c.i++;
    const value = readValue(c, true);
    // Further `=` in a chain bind the same value to more targets; such chains are rare here.
    out.push({ k: 'unpack', target, value, line, guard });
    this.simple(out, guard, null);
  }
}
