/**
 * The atoms of Python's expression grammar (names, literals, strings, displays, comprehensions)
 * and the token access the whole parser shares; parse-expr.ts adds the operators on top.
 */
import { fromByteString } from '../decode.js';
import type { CompFor, Expr, FField } from './expr.js';
import { decodeStringToken, parseNumber } from './literals.js';
import { parseFString } from './parse-fstring.js';
import { Tok, type Tokens } from './tokenize.js';

/** Thrown inside the parser for a construct it does not read; the range stays opaque. */
export class NotRead extends Error {}

export abstract class AtomParser {
  protected i: number;

  constructor(
    protected readonly t: Tokens,
    first: number,
    protected readonly end: number,
    /** Added to token lines (an f-string field is tokenized on its own). */
    protected readonly lineBase = 0,
  ) {
    this.i = first;
  }

  atEnd(): boolean {
    return this.i >= this.end;
  }
  line(at = this.i): number {
    return this.t.line[Math.min(at, this.t.count - 1)]! + this.lineBase;
  }
  protected kind(at = this.i): Tok | 0 {
    return at < this.end ? (this.t.kind[at] as Tok) : 0;
  }
  protected text(at = this.i): string {
    return fromByteString(this.t.src.slice(this.t.start[at], this.t.end[at]));
  }
  protected is(s: string, at = this.i): boolean {
    if (at >= this.end) return false;
    const k = this.t.kind[at];
    if (k !== Tok.Op && k !== Tok.Name) return false;
    const st = this.t.start[at]!;
    return this.t.end[at]! - st === s.length && this.t.src.startsWith(s, st);
  }
  protected eat(s: string): boolean {
    if (!this.is(s)) return false;
    this.i++;
    return true;
  }
  protected expect(s: string): void {
    if (!this.eat(s)) throw new NotRead();
  }
  protected atom(): Expr {
    const line = this.line();
    const k = this.kind();
    if (k === Tok.Name) {
      const name = this.text();
      this.i++;
      if (name === 'True' || name === 'False')
        return { k: 'lit', v: { t: 'bool', v: name === 'True' }, line };
      if (name === 'None') return { k: 'lit', v: { t: 'none' }, line };
      if (name === 'lambda' || name === 'yield' || name === 'await') throw new NotRead();
      return { k: 'name', parts: [name], line };
    }
    if (k === Tok.Number) {
      const v = parseNumber(this.text());
      this.i++;
      if (!v) throw new NotRead(); // complex numbers
      return { k: 'lit', v, line };
    }
    if (k === Tok.String || k === Tok.FString) return this.strings();
    if (this.is('(')) return this.paren();
    if (this.is('[')) return this.display(']', 'list');
    if (this.is('{')) return this.braces();
    if (this.is('...')) {
      this.i++;
      return { k: 'name', parts: ['Ellipsis'], line };
    }
    throw new NotRead();
  }
  protected paren(): Expr {
    const line = this.line();
    this.i++;
    if (this.eat(')')) return { k: 'seq', list: false, items: [], line };
    if (this.is('yield')) throw new NotRead();
    const first = this.starOrExpr();
    if (this.is('for') || (this.is('async') && this.is('for', this.i + 1))) {
      const gens = this.compFors();
      this.expect(')');
      return { k: 'comp', kind: 'gen', elt: first, value: null, gens, line };
    }
    if (this.eat(')')) return first.k === 'star' ? this.fail() : first;
    const items = [first];
    while (this.eat(',')) {
      if (this.is(')')) break;
      items.push(this.starOrExpr());
    }
    this.expect(')');
    return { k: 'seq', list: false, items, line };
  }
  protected fail(): never {
    throw new NotRead();
  }
  protected display(close: string, kind: 'list' | 'set'): Expr {
    const line = this.line();
    this.i++;
    const items: Expr[] = [];
    if (!this.eat(close)) {
      const first = this.starOrExpr();
      if (this.is('for') || (this.is('async') && this.is('for', this.i + 1))) {
        const gens = this.compFors();
        this.expect(close);
        return { k: 'comp', kind, elt: first, value: null, gens, line };
      }
      items.push(first);
      while (this.eat(',')) {
        if (this.is(close)) break;
        items.push(this.starOrExpr());
      }
      this.expect(close);
    }
    return kind === 'list' ? { k: 'seq', list: true, items, line } : { k: 'set', items, line };
  }
  protected braces(): Expr {
    const line = this.line();
    if (this.is('}', this.i + 1)) {
      this.i += 2;
      return { k: 'dict', items: [], line };
    }
    // A set display, unless the first item is `k: v` or `**d`.
    const save = this.i;
    this.i++;
    if (!this.is('**')) {
      const first = this.starOrExpr();
      if (!this.is(':')) {
        this.i = save;
        return this.display('}', 'set');
      }
      this.i++;
      const value = this.test();
      if (this.is('for') || (this.is('async') && this.is('for', this.i + 1))) {
        const gens = this.compFors();
        this.expect('}');
        return { k: 'comp', kind: 'dict', elt: first, value, gens, line };
      }
      const items: Array<[Expr | null, Expr]> = [[first, value]];
      return this.dictRest(items, line);
    }
    return this.dictRest([], line);
  }
  protected dictRest(items: Array<[Expr | null, Expr]>, line: number): Expr {
    for (;;) {
      if (items.length > 0 && !this.eat(',')) break;
      if (this.is('}')) break;
      if (this.eat('**')) items.push([null, this.orExpr()]);
      else {
        const key = this.test();
        this.expect(':');
        items.push([key, this.test()]);
      }
    }
    this.expect('}');
    return { k: 'dict', items, line };
  }
  protected compFors(): CompFor[] {
    const gens: CompFor[] = [];
    for (;;) {
      if (this.is('async')) throw new NotRead();
      if (!this.eat('for')) return gens;
      const target = this.targetList();
      this.expect('in');
      const iter = this.orTest();
      const ifs: Expr[] = [];
      while (this.eat('if')) ifs.push(this.orTest());
      gens.push({ target, iter, ifs });
    }
  }
  /** The target of a `for` clause: names, possibly nested in tuples or lists. */
  protected targetList(): Expr {
    const line = this.line();
    const first = this.target();
    if (!this.is(',')) return first;
    const items = [first];
    while (this.eat(',')) {
      if (this.is('in')) break;
      items.push(this.target());
    }
    return { k: 'seq', list: false, items, line };
  }
  protected target(): Expr {
    const line = this.line();
    if (this.is('(') || this.is('[')) {
      const close = this.is('(') ? ')' : ']';
      this.i++;
      const items: Expr[] = [];
      while (!this.eat(close)) {
        items.push(this.target());
        if (!this.eat(',') && !this.is(close)) throw new NotRead();
      }
      return { k: 'seq', list: close === ']', items, line };
    }
    if (this.is('*')) {
      this.i++;
      return { k: 'star', value: this.target(), line };
    }
    if (this.kind() !== Tok.Name) throw new NotRead();
    const e = this.trailers(this.atom());
    if (e.k !== 'name' || e.parts.length !== 1) throw new NotRead(); // attribute or item targets
    return e;
  }
  /** Adjacent string literals: one str, or a joined string when an f-string is among them. */
  protected strings(): Expr {
    const line = this.line();
    const pieces: Array<string | FField> = [];
    let fstring = false;
    let bytes = false;
    while (this.kind() === Tok.String || this.kind() === Tok.FString) {
      const text = this.text();
      const tokLine = this.line();
      if (this.kind() === Tok.FString) {
        fstring = true;
        const parsed = parseFString(text, tokLine, (t, l) => this.parseField(t, l));
        if (!parsed) throw new NotRead();
        pieces.push(...parsed);
      } else {
        const d = decodeStringToken(text);
        if (d === null) throw new NotRead();
        bytes = d.bytes;
        pieces.push(d.text);
      }
      this.i++;
    }
    if (!fstring) {
      const s = pieces.join('');
      return bytes
        ? { k: 'lit', v: { t: 'bytes', v: Array.from(s, (c) => c.charCodeAt(0) & 0xff) }, line }
        : { k: 'lit', v: { t: 'str', v: s }, line };
    }
    return { k: 'joined', pieces, line };
  }

  abstract test(): Expr;
  protected abstract starOrExpr(): Expr;
  protected abstract orTest(): Expr;
  protected abstract orExpr(): Expr;
  protected abstract trailers(e: Expr): Expr;
  /** Parses the text of an f-string field. */
  protected abstract parseField(text: string, line: number): Expr | null;
}
