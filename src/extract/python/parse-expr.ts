/**
 * Python's whole expression grammar, for the values the evaluator needs: the statement reader
 * keeps what it does not read itself as a token range (OpaqueExpr, FStringExpr), and this parser
 * reads such a range only when a group, a `parametrize` or a name used by one asks for its value.
 * Anything it cannot read (a lambda, `await`, a walrus) stays opaque, and so unknown.
 */
import { type Expr, OpaqueExpr, type TokenRange } from './expr.js';
import { AtomParser, NotRead } from './parse-atoms.js';
import { PySyntaxError, Tok, tokenize, type Tokens } from './tokenize.js';

/** The expression a token range holds (a tuple when it holds top-level commas). */
function parseRange(range: TokenRange): Expr {
  const p = new Parser(range.tokens, range.first, range.end);
  const e = p.exprList();
  return p.atEnd() ? e : new OpaqueExpr(p.line(range.first), range);
}

/** Parses source text holding one expression (an f-string field); null when it is not one. */
export function parseText(text: string, line: number): Expr | null {
  let tokens: Tokens;
  try {
    tokens = tokenize(`(${text}\n)`);
  } catch (e) {
    if (e instanceof PySyntaxError) return null;
    throw e;
  }
  // The range is the inside of the parentheses, so newlines inside a field are allowed.
  let end = tokens.count;
  while (end > 0 && tokens.kind[end - 1] !== Tok.Op) end--;
  const p = new Parser(tokens, 1, end - 1, line - 1);
  const e = p.exprList();
  return p.atEnd() ? e : null;
}

const COMPARE = new Set(['<', '>', '==', '>=', '<=', '!=', 'in', 'is']);
const BINARY: Array<Set<string>> = [
  new Set(['|']),
  new Set(['^']),
  new Set(['&']),
  new Set(['<<', '>>']),
  new Set(['+', '-']),
  new Set(['*', '/', '//', '%', '@']),
];

class Parser extends AtomParser {
  /** `a, b, *c` (a tuple when there is a comma), as on the right of `=` or in a subscript. */
  exprList(): Expr {
    const line = this.line();
    const first = this.starOrExpr();
    if (!this.is(',')) return first;
    const items = [first];
    while (this.eat(',')) {
      if (this.atListEnd()) break;
      items.push(this.starOrExpr());
    }
    return { k: 'seq', list: false, items, line };
  }

  private atListEnd(): boolean {
    return this.atEnd() || this.is(')') || this.is(']') || this.is('}') || this.is('=') || this.is(':');
  }

  protected override starOrExpr(): Expr {
    if (this.is('*')) {
      const line = this.line();
      this.i++;
      return { k: 'star', value: this.orExpr(), line };
    }
    return this.test();
  }

  /** An expression with `if`/`else` and `lambda` (Python's `test`). */
  override test(): Expr {
    if (this.is('lambda')) throw new NotRead();
    const line = this.line();
    const body = this.orTest();
    if (this.is('if')) {
      this.i++;
      const test = this.orTest();
      this.expect('else');
      const orelse = this.test();
      return { k: 'ifexp', test, body, orelse, line };
    }
    if (this.is(':=')) throw new NotRead();
    return body;
  }

  protected override orTest(): Expr {
    return this.boolOp('or', () => this.andTest());
  }

  private andTest(): Expr {
    return this.boolOp('and', () => this.notTest());
  }

  private boolOp(op: 'and' | 'or', next: () => Expr): Expr {
    const line = this.line();
    const first = next();
    if (!this.is(op)) return first;
    const values = [first];
    while (this.eat(op)) values.push(next());
    return { k: 'boolop', op, values, line };
  }

  private notTest(): Expr {
    if (this.is('not')) {
      const line = this.line();
      this.i++;
      return { k: 'unary', op: 'not', operand: this.notTest(), line };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const line = this.line();
    const left = this.orExpr();
    const ops: string[] = [];
    const rights: Expr[] = [];
    for (;;) {
      let op: string;
      if (this.is('not') && this.is('in', this.i + 1)) {
        op = 'not in';
        this.i += 2;
      } else if (this.is('is') && this.is('not', this.i + 1)) {
        op = 'is not';
        this.i += 2;
      } else if (this.kind() !== 0 && COMPARE.has(this.text())) {
        op = this.text();
        this.i++;
      } else break;
      ops.push(op);
      rights.push(this.orExpr());
    }
    return ops.length === 0 ? left : { k: 'compare', left, ops, rights, line };
  }

  protected override orExpr(level = 0): Expr {
    if (level === BINARY.length) return this.unary();
    const line = this.line();
    let left = this.orExpr(level + 1);
    while (this.kind() === Tok.Op && BINARY[level]!.has(this.text())) {
      const op = this.text();
      this.i++;
      left = { k: 'binop', op, left, right: this.orExpr(level + 1), line };
    }
    return left;
  }

  private unary(): Expr {
    const line = this.line();
    if (this.is('-') || this.is('+') || this.is('~')) {
      const op = this.text();
      this.i++;
      const operand = this.unary();
      if (op === '-' && operand.k === 'lit' && (operand.v.t === 'int' || operand.v.t === 'float')) {
        return operand.v.t === 'int'
          ? { k: 'lit', v: { t: 'int', v: -operand.v.v }, line }
          : { k: 'lit', v: { t: 'float', v: -operand.v.v }, line };
      }
      return { k: 'unary', op, operand, line };
    }
    return this.power();
  }

  private power(): Expr {
    const line = this.line();
    if (this.is('await')) throw new NotRead();
    const base = this.trailers(this.atom());
    if (this.eat('**')) return { k: 'binop', op: '**', left: base, right: this.unary(), line };
    return base;
  }

  protected override trailers(e: Expr): Expr {
    for (;;) {
      const line = this.line();
      if (this.is('.')) {
        this.i++;
        if (this.kind() !== Tok.Name) throw new NotRead();
        const name = this.text();
        this.i++;
        e =
          e.k === 'name'
            ? { k: 'name', parts: [...e.parts, name], line: e.line }
            : { k: 'attr', obj: e, name, line };
      } else if (this.is('(')) {
        this.i++;
        e = this.callArgs(e, line);
      } else if (this.is('[')) {
        this.i++;
        const index = this.subscript();
        this.expect(']');
        e = { k: 'sub', obj: e, index, line };
      } else {
        return e;
      }
    }
  }

  private callArgs(fn: Expr, line: number): Expr {
    const args: Expr[] = [];
    const kwargs: Array<[string, Expr]> = [];
    while (!this.eat(')')) {
      if (this.atEnd()) throw new NotRead();
      if (this.kind() === Tok.Name && this.is('=', this.i + 1)) {
        const name = this.text();
        this.i += 2;
        kwargs.push([name, this.test()]);
      } else if (this.is('**')) {
        this.i++;
        kwargs.push(['**', this.test()]);
      } else if (this.is('*')) {
        const at = this.line();
        this.i++;
        args.push({ k: 'star', value: this.test(), line: at });
      } else {
        const at = this.line();
        const arg = this.test();
        if (this.is('for') || (this.is('async') && this.is('for', this.i + 1))) {
          args.push({ k: 'comp', kind: 'gen', elt: arg, value: null, gens: this.compFors(), line: at });
        } else args.push(arg);
      }
      if (!this.eat(',') && !this.is(')')) throw new NotRead();
    }
    return { k: 'call', fn, args, kwargs, line };
  }

  private subscript(): Expr {
    const line = this.line();
    const items: Expr[] = [];
    let comma = false;
    do {
      if (this.is(']')) break;
      items.push(this.sliceItem());
      if (this.is(',')) comma = true;
    } while (this.eat(','));
    return comma || items.length !== 1 ? { k: 'seq', list: false, items, line } : items[0]!;
  }

  private sliceItem(): Expr {
    const line = this.line();
    const lo = this.is(':') ? null : this.starOrExpr();
    if (!this.is(':')) return lo!;
    this.i++;
    const hi = this.is(':') || this.is(']') || this.is(',') ? null : this.test();
    let step: Expr | null = null;
    if (this.eat(':')) step = this.is(']') || this.is(',') ? null : this.test();
    return { k: 'slice', lo, hi, step, line };
  }

  protected parseField(text: string, line: number): Expr | null {
    return parseText(text, line);
  }
}

/** Parses a range, keeping it opaque when it holds something this parser does not read. */
export function parseOrOpaque(range: TokenRange, line: number): Expr {
  try {
    return parseRange(range);
  } catch (e) {
    if (e instanceof NotRead) return new OpaqueExpr(line, range);
    throw e;
  }
}
