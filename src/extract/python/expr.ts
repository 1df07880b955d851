/**
 * The part of Python's expression grammar that marks are written in: dotted names, calls,
 * literals, tuples and lists. Anything else is kept as an opaque "other" with its line and
 * text, so the caller can say what it found.
 */
import { fromByteString } from '../decode.js';
import { decodeStringToken, parseNumber, type PyValue } from './literals.js';
import { Tok, type Tokens } from './tokenize.js';

export type Expr =
  | { k: 'name'; parts: string[]; line: number }
  | { k: 'call'; fn: Expr; args: Expr[]; kwargs: Array<[string, Expr]>; line: number }
  | { k: 'lit'; v: PyValue; line: number }
  | { k: 'seq'; list: boolean; items: Expr[]; line: number }
  | FStringExpr
  | OpaqueExpr
  // Made only by the full parser (parse-expr.ts), when a value is evaluated.
  | { k: 'attr'; obj: Expr; name: string; line: number }
  | { k: 'sub'; obj: Expr; index: Expr; line: number }
  | { k: 'slice'; lo: Expr | null; hi: Expr | null; step: Expr | null; line: number }
  | { k: 'dict'; items: Array<[Expr | null, Expr]>; line: number }
  | { k: 'set'; items: Expr[]; line: number }
  | { k: 'star'; value: Expr; line: number }
  | {
      k: 'comp';
      kind: 'list' | 'set' | 'gen' | 'dict';
      elt: Expr;
      value: Expr | null;
      gens: CompFor[];
      line: number;
    }
  | { k: 'binop'; op: string; left: Expr; right: Expr; line: number }
  | { k: 'unary'; op: string; operand: Expr; line: number }
  | { k: 'boolop'; op: 'and' | 'or'; values: Expr[]; line: number }
  | { k: 'compare'; left: Expr; ops: string[]; rights: Expr[]; line: number }
  | { k: 'ifexp'; test: Expr; body: Expr; orelse: Expr; line: number }
  | { k: 'joined'; pieces: Array<string | FField>; line: number };

/** One `for ... in ... if ...` clause of a comprehension. */
export interface CompFor {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

/** A replacement field of an f-string: `{expr!conv:spec}`, or `{expr=}`. */
export interface FField {
  expr: Expr;
  conv: string | null;
  spec: Array<string | FField> | null;
  /** For `{expr=}`: the text printed before the value. */
  debug: string | null;
}

/** Where an expression's tokens are, so the full parser can read it when its value is needed. */
export interface TokenRange {
  readonly tokens: Tokens;
  /** First token, and one past the last. */
  readonly first: number;
  readonly end: number;
}

/** Adjacent string literals of which one is an f-string: read by the full parser on demand. */
export interface FStringExpr {
  k: 'fstr';
  line: number;
  text: string;
  range: TokenRange;
}

/**
 * An expression kept as source text for a message. Most are never shown (data tables, options
 * dicts), so the text is made the first time it is read.
 */
export class OpaqueExpr {
  readonly k = 'other';
  private shown: string | undefined;
  constructor(
    readonly line: number,
    /** The tokens, for the full parser (parse-expr.ts) when the value is needed. */
    readonly range: TokenRange,
  ) {}
  get text(): string {
    const t = this.range.tokens;
    const last = Math.max(this.range.first, this.range.end - 1);
    return (this.shown ??= snippet(t.src, t.start[this.range.first]!, t.end[last]!));
  }
}

/**
 * Source text for a message: whitespace runs as one space, at most 80 characters. Only what
 * can be shown is read: a class's dict of options is opaque too, and may be long.
 */
function snippet(src: string, from: number, to: number): string {
  let end = Math.min(to, from + 160);
  for (;;) {
    // A cut through a UTF-8 character spoils only the last character, which is then cut off.
    const raw = fromByteString(src.slice(from, end)).replace(/\s+/g, ' ');
    if (raw.length > 80) return raw.slice(0, 77) + '...';
    if (end === to) return raw;
    end = Math.min(to, from + (end - from) * 4);
  }
}

/** An expression as a message shows it. */
export function describeExpr(e: Expr): string {
  if (e.k === 'name') return e.parts.join('.');
  if (e.k === 'other' || e.k === 'fstr') return e.text;
  return e.k === 'call' ? `${describeExpr(e.fn)}(...)` : 'a value';
}

export class Cursor {
  i = 0;
  /** Set when skipping over a `for` at bracket depth 0: the enclosing display is a comprehension. */
  private sawFor = false;

  constructor(readonly t: Tokens) {}

  kind(at = this.i): Tok {
    return this.t.kind[at] as Tok;
  }
  line(at = this.i): number {
    return this.t.line[at]!;
  }
  text(at = this.i): string {
    return fromByteString(this.t.src.slice(this.t.start[at], this.t.end[at]));
  }
  /** True when token `at` is the operator or name `s` (compared without slicing). */
  is(s: string, at = this.i): boolean {
    const t = this.t;
    if (s.length === 1) return t.op[at] === s.charCodeAt(0); // every one-character `s` is an operator
    const st = t.start[at]!;
    if (t.end[at]! - st !== s.length) return false;
    const k = t.kind[at];
    if (k !== Tok.Op && k !== Tok.Name) return false;
    return t.src.startsWith(s, st);
  }

  /** Parses one expression; stops before `,`, a closing bracket, `=`, `;` or the end of the line. */
  expr(): Expr {
    const first = this.i;
    const e = this.unary();
    if (this.atExprEnd()) return e;
    this.skipRest();
    return this.other(first);
  }

  /**
   * Passes an expression that cannot hold a mark without reading it: a literal, a dict, or a
   * list or tuple whose first item is not a name (a table of test data, often long). Returns
   * null, leaving the position alone, when the expression may hold one.
   */
  skipIfNoMark(): Expr | null {
    const first = this.i;
    const k = this.kind();
    const opaque =
      k === Tok.Number ||
      k === Tok.String ||
      k === Tok.FString ||
      this.is('{') ||
      ((this.is('[') || this.is('(')) && this.kind(first + 1) !== Tok.Name);
    if (!opaque) return null;
    this.skipRest();
    return this.other(first);
  }

  private atExprEnd(): boolean {
    const k = this.kind();
    if (k !== Tok.Op) return k === Tok.Newline || k === Tok.End || k === Tok.Dedent || k === Tok.Indent;
    return this.is(',') || this.is(')') || this.is(']') || this.is('}') || this.is('=') || this.is(';');
  }

  /** Skips to the end of the current expression, keeping brackets balanced. */
  private skipRest(): void {
    let depth = 0;
    for (;;) {
      const k = this.kind();
      if (k === Tok.Newline || k === Tok.End) return;
      if (k === Tok.Op) {
        if (this.is('(') || this.is('[') || this.is('{')) depth++;
        else if (this.is(')') || this.is(']') || this.is('}')) {
          if (depth === 0) return;
          depth--;
        } else if (depth === 0 && (this.is(',') || this.is('=') || this.is(';'))) return;
      } else if (depth === 0 && k === Tok.Name && this.is('for')) {
        this.sawFor = true;
      }
      this.i++;
    }
  }

  other(first: number): OpaqueExpr {
    return new OpaqueExpr(this.line(first), { tokens: this.t, first, end: Math.max(first + 1, this.i) });
  }

  private unary(): Expr {
    const first = this.i;
    if (this.is('-') || this.is('+')) {
      const neg = this.is('-');
      this.i++;
      const e = this.unary();
      if (e.k === 'lit' && (e.v.t === 'int' || e.v.t === 'float')) {
        if (!neg) return e;
        return e.v.t === 'int'
          ? { ...e, line: this.line(first), v: { t: 'int', v: -e.v.v } }
          : { ...e, line: this.line(first), v: { t: 'float', v: -e.v.v } };
      }
      return this.other(first);
    }
    if (this.is('*') || this.is('**')) {
      this.i++;
      this.unary();
      return this.other(first);
    }
    return this.primary();
  }

  private primary(): Expr {
    const first = this.i;
    const line = this.line();
    const k = this.kind();
    let e: Expr;
    if (k === Tok.Name) {
      const name = this.text();
      this.i++;
      if (name === 'True' || name === 'False') e = { k: 'lit', v: { t: 'bool', v: name === 'True' }, line };
      else if (name === 'None') e = { k: 'lit', v: { t: 'none' }, line };
      else e = { k: 'name', parts: [name], line };
    } else if (k === Tok.Number) {
      const v = parseNumber(this.text());
      this.i++;
      e = v ? { k: 'lit', v, line } : this.other(first);
    } else if (k === Tok.String || k === Tok.FString) {
      e = this.strings();
    } else if (this.is('(') || this.is('[')) {
      e = this.display();
    } else {
      if (this.is('{')) this.skipBracket();
      else if (k === Tok.Op) this.i++;
      e = this.other(first);
    }
    return this.trailers(e, first);
  }

  private trailers(e: Expr, first: number): Expr {
    let plain = true;
    for (;;) {
      if (this.is('.') && this.kind(this.i + 1) === Tok.Name) {
        if (e.k === 'name' && plain) e.parts.push(this.text(this.i + 1));
        else plain = false;
        this.i += 2;
      } else if (this.is('(')) {
        const line = this.line();
        const call = this.callArgs();
        if (plain && e.k === 'name' && call)
          e = { k: 'call', fn: e, args: call.args, kwargs: call.kwargs, line };
        else plain = false;
      } else if (this.is('[')) {
        this.skipBracket();
        plain = false;
      } else {
        break;
      }
    }
    return plain ? e : this.other(first);
  }

  /** Skips a bracketed group starting at its opener. */
  skipBracket(): void {
    let depth = 0;
    do {
      if (this.kind() === Tok.End) return;
      if (this.is('(') || this.is('[') || this.is('{')) depth++;
      else if (this.is(')') || this.is(']') || this.is('}')) depth--;
      this.i++;
    } while (depth > 0);
  }

  /** Call arguments from `(` to after `)`; null when the call is a generator argument. */
  callArgs(): { args: Expr[]; kwargs: Array<[string, Expr]> } | null {
    this.i++;
    const args: Expr[] = [];
    const kwargs: Array<[string, Expr]> = [];
    const saw = this.sawFor;
    this.sawFor = false;
    while (!this.is(')') && !this.atLineEnd()) {
      if (this.kind() === Tok.Name && this.is('=', this.i + 1)) {
        const name = this.text();
        this.i += 2;
        kwargs.push([name, this.expr()]);
      } else if (this.is('**')) {
        const first = this.i;
        this.i++;
        this.expr();
        kwargs.push(['**', this.other(first)]);
      } else {
        args.push(this.expr());
      }
      if (this.is(',')) this.i++;
      else if (!this.is(')')) this.skipRest();
    }
    this.i++;
    const comp = this.sawFor;
    this.sawFor = saw;
    return comp ? null : { args, kwargs };
  }

  private atLineEnd(): boolean {
    const k = this.kind();
    return k === Tok.Newline || k === Tok.End;
  }

  /** `( ... )` or `[ ... ]`: a tuple, list or parenthesised expression; comprehensions are "other". */
  private display(): Expr {
    const first = this.i;
    const list = this.is('[');
    const close = list ? ']' : ')';
    const line = this.line();
    this.i++;
    const items: Expr[] = [];
    let comma = false;
    const saw = this.sawFor;
    this.sawFor = false;
    while (!this.is(close) && !this.atLineEnd()) {
      items.push(this.expr());
      if (this.is(',')) {
        comma = true;
        this.i++;
      } else if (!this.is(close)) {
        this.skipRest();
        if (!this.is(close) && !this.atLineEnd()) this.i++;
      }
    }
    this.i++;
    const comp = this.sawFor;
    this.sawFor = saw;
    if (comp) return this.other(first);
    if (!list && !comma && items.length === 1) return items[0]!;
    return { k: 'seq', list, items, line };
  }

  /** Adjacent string tokens concatenate; one f-string among them makes the whole non-literal. */
  private strings(): Expr {
    const first = this.i;
    const line = this.line();
    let fstr = false;
    let bytes = false;
    let ok = true;
    const parts: string[] = [];
    while (this.kind() === Tok.String || this.kind() === Tok.FString) {
      if (this.kind() === Tok.FString) fstr = true;
      else {
        const d = decodeStringToken(this.text());
        if (d === null) ok = false;
        else {
          bytes = d.bytes;
          parts.push(d.text);
        }
      }
      this.i++;
    }
    if (fstr) {
      const o = this.other(first);
      return { k: 'fstr', line, text: o.text, range: o.range };
    }
    if (!ok) return this.other(first);
    const s = parts.join('');
    if (bytes) return { k: 'lit', v: { t: 'bytes', v: Array.from(s, (c) => c.charCodeAt(0) & 0xff) }, line };
    return { k: 'lit', v: { t: 'str', v: s }, line };
  }
}
