/**
 * A Python tokenizer that knows just enough of the grammar to never be fooled: strings of every
 * prefix (f-strings with nested fields and reused quotes, as Python 3.12 reads them), comments,
 * bracket nesting, continuations and INDENT/DEDENT. Tokens live in parallel typed arrays so a
 * multi-megabyte file costs no per-token objects.
 *
 * The source is read as a byte string (extract/decode.ts): every character this tokenizer acts
 * on is ASCII, and any other character (a UTF-8 byte of 0x80 or more) counts as a letter, as a
 * non-ASCII character did before; token texts are turned back into real text where they are read.
 */

import {
  C_BSLASH,
  C_COLON,
  C_DOT,
  C_DQ,
  C_FF,
  C_HASH,
  C_LF,
  C_LPAREN,
  C_RPAREN,
  C_SPACE,
  C_SQ,
  C_TAB,
  COMBINES,
  isCloseBracket,
  isDigit,
  isIdentChar,
  isIdentStart,
  isOpenBracket,
  SINGLE_OP,
  STRING_PREFIXES,
} from './chars.js';
import { PySyntaxError, scanString, skipIndentation, type Scanner } from './scan.js';
import { skipFunctionBody } from './skip-body.js';

export { PySyntaxError } from './scan.js';

export const enum Tok {
  Name = 1,
  Number,
  /** Any non-f string literal, prefix and quotes included. */
  String,
  /** An f-string (or t-string): never a literal value. */
  FString,
  Op,
  Newline,
  Indent,
  Dedent,
  End,
}

export interface Tokens {
  /** The source the offsets point into (a byte string when read from a file). */
  readonly src: string;
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly line: Int32Array;
  /** For a one-character operator, its char code (0 otherwise): the parser's commonest test. */
  readonly op: Uint8Array;
}

const NUMBER_RE =
  /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?/y;
const OP_RE =
  /\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|==|!=|<=|>=|<<|>>|\*\*|\/\/|[+\-*/%&|^@]=|[-+*/%@&|^~<>=.,:;!]/y;

/**
 * With `reuse`, the tokens live in a buffer this thread keeps for the next `tokenize(…, true)`,
 * which overwrites them: for a caller that is done with one file's tokens before it reads the
 * next (allocating and zeroing a fresh buffer per file is a measurable share of the time).
 */
export function tokenize(src: string, reuse = false, codes: Uint8Array = charCodes(src)): Tokens {
  return new Tokenizer(src, codes, reuse).run();
}

/**
 * `src`'s char codes as bytes, for a caller without them (the hot loops read a byte array,
 * about twice as fast as `charCodeAt`); a char beyond Latin-1 becomes 0xff, a letter like it.
 */
export function charCodes(src: string): Uint8Array {
  const codes = Buffer.from(src, 'latin1');
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) > 0xff) codes[i] = 0xff;
  return codes;
}

const BYTES_PER_TOKEN = 14;
let kept: ArrayBuffer | null = null;

class Tokenizer implements Scanner {
  private n = 0;
  private kind!: Uint8Array;
  private start!: Int32Array;
  private end!: Int32Array;
  private lineOf!: Int32Array;
  private op!: Uint8Array;
  private pos = 0;
  line = 1;
  /** Open brackets: char code and line, for "was never closed" at the right place. */
  private brackets: number[] = [];
  private bracketLines: number[] = [];
  private indents: number[] = [0];
  /** Index of the first token of the current logical line. */
  private lineFirst = 0;
  /** The logical line just ended was `def ...:` with its body on the lines below. */
  private bodyPending = false;
  private finalLinePassed = false;
  column = 0;
  nextBackslash = -1;

  /**
   * @param codes `src`'s char codes (`codes[i] === src.charCodeAt(i)` for every Latin-1 char):
   *   what every loop reads; `src` serves native searches (indexOf) and slices.
   */
  constructor(
    readonly src: string,
    readonly codes: Uint8Array,
    private readonly reuse: boolean,
  ) {
    // Function bodies are skipped, so tokens are sparse: start small and let grow() double.
    const cap = Math.max(64, src.length >> 5);
    this.allocate(reuse && kept !== null ? Math.max(cap, kept.byteLength / BYTES_PER_TOKEN) : cap);
  }

  run(): Tokens {
    const src = this.src;
    const codes = this.codes;
    const len = src.length;
    let atLineStart = true;
    let lineHasTokens = false;
    while (this.pos < len) {
      if (atLineStart && this.brackets.length === 0) {
        atLineStart = false;
        if (this.bodyPending) {
          this.bodyPending = false;
          const end = skipFunctionBody(this, this.pos, this.indents[this.indents.length - 1]!);
          if (end !== -1) {
            // The body stands as an empty INDENT/DEDENT pair.
            this.pos = end;
            if (end === len) this.passFinalLine();
            this.push(Tok.Indent, end, end);
            this.push(Tok.Dedent, end, end);
          }
        }
        if (this.indentation() || this.pos >= len) continue;
      }
      const c = codes[this.pos];
      if (c === C_SPACE || c === C_TAB || c === C_FF) {
        this.pos++;
      } else if (c === C_LF) {
        if (this.brackets.length === 0 && lineHasTokens) {
          this.bodyPending = this.endsDefHeader();
          this.push(Tok.Newline, this.pos, this.pos + 1);
          lineHasTokens = false;
        }
        this.pos++;
        this.line++;
        atLineStart = this.brackets.length === 0;
      } else if (c === C_HASH) {
        const nl = src.indexOf('\n', this.pos);
        this.pos = nl === -1 ? len : nl;
      } else if (c === C_BSLASH) {
        if (codes[this.pos + 1] !== C_LF) {
          throw new PySyntaxError('unexpected character after line continuation character', this.line);
        }
        this.pos += 2;
        this.line++;
      } else {
        if (!lineHasTokens) this.lineFirst = this.n;
        lineHasTokens = true;
        this.token(c!);
      }
    }
    if (this.brackets.length > 0) {
      const open = String.fromCharCode(this.brackets[this.brackets.length - 1]!);
      throw new PySyntaxError(`'${open}' was never closed`, this.bracketLines[this.bracketLines.length - 1]!);
    }
    if (lineHasTokens) this.push(Tok.Newline, len, len);
    this.passFinalLine();
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(Tok.Dedent, len, len);
    }
    this.push(Tok.End, len, len);
    // A reused buffer holds an earlier file's tokens past the end: clear what a lookahead may read.
    for (let i = this.n; i < Math.min(this.n + 2, this.kind.length); i++) this.kind[i] = this.op[i] = 0;
    return {
      src,
      count: this.n,
      kind: this.kind,
      start: this.start,
      end: this.end,
      line: this.lineOf,
      op: this.op,
    };
  }

  /**
   * CPython reads a file that lacks a final newline as if it had one: what comes after the last
   * line (the closing dedents, the end) stands on the line below it, as after a final newline.
   */
  private passFinalLine(): void {
    if (!this.finalLinePassed && this.src.length > 0 && this.codes[this.src.length - 1] !== C_LF) this.line++;
    this.finalLinePassed = true;
  }

  /** Whether the logical line that just ended is `def ...:` / `async def ...:` with no inline body. */
  private endsDefHeader(): boolean {
    const last = this.n - 1;
    if (last < this.lineFirst || this.kind[last] !== Tok.Op || this.codes[this.start[last]!] !== C_COLON)
      return false;
    let first = this.lineFirst;
    if (
      this.kind[first] === Tok.Name &&
      this.src.startsWith('async', this.start[first]!) &&
      this.end[first]! - this.start[first]! === 5
    )
      first++;
    return (
      this.kind[first] === Tok.Name &&
      this.end[first]! - this.start[first]! === 3 &&
      this.src.startsWith('def', this.start[first]!)
    );
  }

  /** Measures a logical line's indentation; returns true when the line is blank or a comment. */
  private indentation(): boolean {
    const src = this.src;
    const codes = this.codes;
    const p = skipIndentation(this, this.pos);
    const col = this.column;
    const c = codes[p];
    if (c === C_LF || c === C_HASH || p >= src.length) {
      this.pos = p;
      return c === C_LF || c === C_HASH;
    }
    // A continuation line right after indentation does not start a logical line's content.
    if (c === C_BSLASH) {
      this.pos = p;
      return false;
    }
    const top = this.indents[this.indents.length - 1]!;
    if (col > top) {
      this.indents.push(col);
      this.push(Tok.Indent, p, p);
    } else if (col < top) {
      while (col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.push(Tok.Dedent, p, p);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        throw new PySyntaxError('unindent does not match any outer indentation level', this.line);
      }
    }
    this.pos = p;
    return false;
  }

  private token(c: number): void {
    const src = this.src;
    const codes = this.codes;
    const at = this.pos;
    if (isIdentStart(c)) {
      let p = at + 1;
      while (p < src.length && isIdentChar(codes[p])) p++;
      const q = codes[p];
      if ((q === C_DQ || q === C_SQ) && p - at <= 2) {
        const prefix = src.slice(at, p).toLowerCase();
        if (STRING_PREFIXES.has(prefix)) {
          const line = this.line;
          const isF = prefix.includes('f') || prefix.includes('t');
          const endPos = scanString(this, p, prefix.includes('r'), isF);
          this.pos = endPos;
          this.pushAt(isF ? Tok.FString : Tok.String, at, endPos, line);
          return;
        }
      }
      this.pos = p;
      this.push(Tok.Name, at, p);
      return;
    }
    if (c === C_DQ || c === C_SQ) {
      const line = this.line;
      const endPos = scanString(this, at, false, false);
      this.pos = endPos;
      this.pushAt(Tok.String, at, endPos, line);
      return;
    }
    if (isDigit(c) || (c === C_DOT && isDigit(codes[at + 1]))) {
      NUMBER_RE.lastIndex = at;
      NUMBER_RE.test(src);
      this.pos = NUMBER_RE.lastIndex;
      this.push(Tok.Number, at, this.pos);
      return;
    }
    if (isOpenBracket(c)) {
      this.brackets.push(c);
      this.bracketLines.push(this.line);
      this.pos++;
      this.pushOp(c, at);
      return;
    }
    if (isCloseBracket(c)) {
      const open = this.brackets.pop();
      this.bracketLines.pop();
      const want = c === C_RPAREN ? C_LPAREN : c - 2; // `]` and `}` sit two after their openers
      if (open !== want) {
        const close = String.fromCharCode(c);
        throw new PySyntaxError(
          open === undefined
            ? `unmatched '${close}'`
            : `closing parenthesis '${close}' does not match opening parenthesis '${String.fromCharCode(open)}'`,
          this.line,
        );
      }
      this.pos++;
      this.pushOp(c, at);
      return;
    }
    if (SINGLE_OP[c] === 1 && COMBINES[codes[at + 1]!] !== 1) {
      this.pos = at + 1;
      this.pushOp(c, at);
      return;
    }
    OP_RE.lastIndex = at;
    if (OP_RE.test(src)) {
      this.pos = OP_RE.lastIndex;
      if (this.pos === at + 1) this.pushOp(c, at);
      else this.push(Tok.Op, at, this.pos);
      return;
    }
    throw new PySyntaxError(
      `invalid character '${String.fromCodePoint(src.codePointAt(at) ?? c)}'`,
      this.line,
    );
  }

  private push(k: Tok, s: number, e: number): void {
    this.pushAt(k, s, e, this.line);
  }

  private pushAt(k: Tok, s: number, e: number, line: number): void {
    if (this.n === this.kind.length) this.grow();
    const i = this.n++;
    this.kind[i] = k;
    this.start[i] = s;
    this.end[i] = e;
    this.lineOf[i] = line;
    this.op[i] = 0;
  }

  private pushOp(c: number, at: number): void {
    this.pushAt(Tok.Op, at, at + 1, this.line);
    this.op[this.n - 1] = c;
  }

  private grow(): void {
    const { kind, start, end, lineOf, op } = this;
    this.allocate(kind.length * 2);
    this.kind.set(kind);
    this.start.set(start);
    this.end.set(end);
    this.lineOf.set(lineOf);
    this.op.set(op);
  }

  /** The token arrays share one buffer: one allocation per file instead of five. */
  private allocate(cap: number): void {
    const buffer =
      this.reuse && kept !== null && kept.byteLength === cap * BYTES_PER_TOKEN
        ? kept
        : new ArrayBuffer(cap * BYTES_PER_TOKEN);
    if (this.reuse) kept = buffer;
    this.start = new Int32Array(buffer, 0, cap);
    this.end = new Int32Array(buffer, cap * 4, cap);
    this.lineOf = new Int32Array(buffer, cap * 8, cap);
    this.kind = new Uint8Array(buffer, cap * 12, cap);
    this.op = new Uint8Array(buffer, cap * 13, cap);
  }
}
