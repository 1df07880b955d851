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

export class PySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const C_TAB = 9;
const C_LF = 10;
const C_FF = 12;
const C_SPACE = 32;
const C_HASH = 35;
const C_BSLASH = 92;
const C_DQ = 34;
const C_SQ = 39;

/**
 * Identifier characters: 1 for a start, 2 for a digit; every byte of 0x80 or more (a UTF-8
 * byte, or a char beyond Latin-1 folded by `charCodes`) is a letter (Python's XID rules, roughly).
 */
const IDENT = new Uint8Array(256).fill(1, 128);
for (let c = 48; c <= 57; c++) IDENT[c] = 2;
for (let c = 65; c <= 90; c++) IDENT[c] = 1;
for (let c = 97; c <= 122; c++) IDENT[c] = 1;
IDENT[95] = 1;

// Past the end, `codes[p]` is undefined, which no table entry and no comparison matches.
const isIdentStart = (c: number | undefined): boolean => IDENT[c!] === 1;
const isIdentChar = (c: number | undefined): boolean => IDENT[c!]! > 0;

/** Operator characters, and the characters that can extend one into a longer operator. */
const SINGLE_OP = new Uint8Array(256);
for (const ch of '+-*/%@&|^~<>=.,:;') SINGLE_OP[ch.charCodeAt(0)] = 1;
const COMBINES = new Uint8Array(256);
for (const ch of '=*/<>.-') COMBINES[ch.charCodeAt(0)] = 1;

/** Characters that matter while skipping a function body; everything else is passed over. */
const SKIP_STOP = new Uint8Array(256);
for (const ch of '\n"#\'()[]{}\\') SKIP_STOP[ch.charCodeAt(0)] = 1;
/** Letters that can prefix a string literal. */
const PREFIX_CHAR = new Uint8Array(256);
for (const ch of 'rRbBuUfFtT') PREFIX_CHAR[ch.charCodeAt(0)] = 1;

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);
const NUMBER_RE = /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?/y;
const OP_RE = /\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|==|!=|<=|>=|<<|>>|\*\*|\/\/|[+\-*/%&|^@]=|[-+*/%@&|^~<>=.,:;!]/y;

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

class Tokenizer {
  private n = 0;
  private kind!: Uint8Array;
  private start!: Int32Array;
  private end!: Int32Array;
  private lineOf!: Int32Array;
  private op!: Uint8Array;
  private pos = 0;
  private line = 1;
  /** Open brackets: char code and line, for "was never closed" at the right place. */
  private brackets: number[] = [];
  private bracketLines: number[] = [];
  private indents: number[] = [0];
  /** Index of the first token of the current logical line. */
  private lineFirst = 0;
  /** The logical line just ended was `def ...:` with its body on the lines below. */
  private bodyPending = false;
  /** Set by skipIndentation. */
  private column = 0;
  /** Next backslash at or after the last search (src.length when none): see scanString. */
  private nextBackslash = -1;

  /**
   * @param codes `src`'s char codes (`codes[i] === src.charCodeAt(i)` for every Latin-1 char):
   *   what every loop reads; `src` serves native searches (indexOf) and slices.
   */
  constructor(
    private readonly src: string,
    private readonly codes: Uint8Array,
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
          this.skipFunctionBody();
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

  /** Whether the logical line that just ended is `def ...:` / `async def ...:` with no inline body. */
  private endsDefHeader(): boolean {
    const last = this.n - 1;
    if (last < this.lineFirst || this.kind[last] !== Tok.Op || this.codes[this.start[last]!] !== 58) return false;
    let first = this.lineFirst;
    if (this.kind[first] === Tok.Name && this.src.startsWith('async', this.start[first]!) && this.end[first]! - this.start[first]! === 5) first++;
    return this.kind[first] === Tok.Name && this.end[first]! - this.start[first]! === 3 && this.src.startsWith('def', this.start[first]!);
  }

  /**
   * Skips a function's indented body without tokenizing it: pytest collects nothing defined
   * inside a function, and bodies are most of a test file's bytes. Strings (f-strings included),
   * comments, brackets and continuations are still followed, so the block ends exactly where
   * Python's would. Leaves the position at the start of the first line after the body and
   * emits an empty INDENT/DEDENT pair in its place.
   */
  private skipFunctionBody(): void {
    const src = this.src;
    const codes = this.codes;
    const len = src.length;
    const top = this.indents[this.indents.length - 1]!;
    let p = this.pos;
    let skipped = false;
    while (p < len) {
      const lineStart = p;
      p = this.skipIndentation(p);
      const col = this.column;
      const c = codes[p];
      if (c === C_LF) {
        p++;
        this.line++;
        continue;
      }
      if (c === C_HASH) {
        const nl = src.indexOf('\n', p);
        if (nl === -1) p = len;
        else {
          p = nl + 1;
          this.line++;
        }
        continue;
      }
      if (p >= len) break;
      if (col <= top) {
        p = lineStart;
        break;
      }
      skipped = true;
      p = this.skipLogicalLine(p);
    }
    if (!skipped) return; // not an indented body: the normal path reports what is wrong
    this.pos = p;
    this.push(Tok.Indent, p, p);
    this.push(Tok.Dedent, p, p);
  }

  /** From inside a logical line to just after its final newline (or the end of the file). */
  private skipLogicalLine(p: number): number {
    const src = this.src;
    const codes = this.codes;
    const len = src.length;
    let depth = 0;
    let openLine = 0;
    while (p < len) {
      const c = codes[p];
      if (SKIP_STOP[c!] === 0) {
        p++;
        continue;
      }
      if (c === C_LF) {
        p++;
        this.line++;
        if (depth === 0) return p;
      } else if (c === C_HASH) {
        const nl = src.indexOf('\n', p);
        p = nl === -1 ? len : nl;
      } else if (c === C_BSLASH) {
        if (codes[p + 1] === C_LF) {
          this.line++;
          p += 2;
        } else p++;
      } else if (c === C_DQ || c === C_SQ) {
        p = this.skipStringAt(p);
      } else if (c === 40 || c === 91 || c === 123) {
        if (depth === 0) openLine = this.line;
        depth++;
        p++;
      } else {
        if (depth > 0) depth--;
        p++;
      }
    }
    if (depth > 0) throw new PySyntaxError('a bracket was never closed', openLine);
    return p;
  }

  /** A string met while skipping: its prefix (r, b, f, rb, ...) is read back from the quote. */
  private skipStringAt(q: number): number {
    const codes = this.codes;
    let s = q;
    while (s > q - 2 && s > 0 && PREFIX_CHAR[codes[s - 1]!] === 1) s--;
    if (s > 0 && isIdentChar(codes[s - 1])) s = q; // part of a longer name: no prefix
    let raw = false;
    let isF = false;
    for (let i = s; i < q; i++) {
      const c = codes[i]! | 0x20;
      if (c === 114) raw = true;
      else if (c === 102 || c === 116) isF = true;
    }
    return this.scanString(q, raw, isF);
  }

  /** Passes a line's leading whitespace; leaves its column (tabs to multiples of 8) in `column`. */
  private skipIndentation(p: number): number {
    const codes = this.codes;
    let col = 0;
    for (;;) {
      const c = codes[p];
      if (c === C_SPACE) col++;
      else if (c === C_TAB) col = (Math.floor(col / 8) + 1) * 8;
      else if (c === C_FF) col = 0;
      else break;
      p++;
    }
    this.column = col;
    return p;
  }

  /** Measures a logical line's indentation; returns true when the line is blank or a comment. */
  private indentation(): boolean {
    const src = this.src;
    const codes = this.codes;
    const p = this.skipIndentation(this.pos);
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
          const endPos = this.scanString(p, prefix.includes('r'), isF);
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
      const endPos = this.scanString(at, false, false);
      this.pos = endPos;
      this.pushAt(Tok.String, at, endPos, line);
      return;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && isDigit(codes[at + 1]!))) {
      NUMBER_RE.lastIndex = at;
      NUMBER_RE.test(src);
      this.pos = NUMBER_RE.lastIndex;
      this.push(Tok.Number, at, this.pos);
      return;
    }
    if (c === 40 || c === 91 || c === 123) {
      this.brackets.push(c);
      this.bracketLines.push(this.line);
      this.pos++;
      this.pushOp(c, at);
      return;
    }
    if (c === 41 || c === 93 || c === 125) {
      const open = this.brackets.pop();
      this.bracketLines.pop();
      const want = c === 41 ? 40 : c - 2;
      if (open !== want) {
        const close = String.fromCharCode(c);
        throw new PySyntaxError(
          open === undefined ? `unmatched '${close}'` : `closing parenthesis '${close}' does not match opening parenthesis '${String.fromCharCode(open)}'`,
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
    throw new PySyntaxError(`invalid character '${String.fromCodePoint(src.codePointAt(at) ?? c)}'`, this.line);
  }

  /** Scans a string starting at its opening quote; returns the offset after the closing quote. */
  private scanString(q: number, raw: boolean, isF: boolean): number {
    const src = this.src;
    const codes = this.codes;
    const quote = codes[q];
    const triple = codes[q + 1] === quote && codes[q + 2] === quote;
    const startLine = this.line;
    let p = q + (triple ? 3 : 1);
    const len = src.length;
    if (triple && !isF) {
      // A docstring or SQL block: with no backslash before the closing quotes, indexOf finds
      // the end (no escape can hide it). Only the newlines in between need counting.
      const close = src.indexOf(quote === C_DQ ? '"""' : "'''", p);
      if (this.nextBackslash < p) this.nextBackslash = indexOrEnd(src, '\\', p);
      if (close !== -1 && this.nextBackslash > close) {
        for (let nl = src.indexOf('\n', p); nl !== -1 && nl < close; nl = src.indexOf('\n', nl + 1)) this.line++;
        return close + 3;
      }
    }
    while (p < len) {
      const c = codes[p];
      if (c === quote) {
        if (!triple) return p + 1;
        if (codes[p + 1] === quote && codes[p + 2] === quote) return p + 3;
        p++;
      } else if (c === C_BSLASH) {
        // Even in raw strings a backslash keeps the next quote (or newline) inside the string.
        const n = codes[p + 1];
        if (n === C_LF) this.line++;
        if (isF && n === 123) {
          p++; // `\{` in an f-string still opens a field
        } else if (isF && !raw && n === 78 && codes[p + 2] === 123) {
          const close = src.indexOf('}', p + 3);
          p = close === -1 ? len : close + 1; // `\N{NAME}` is an escape, not a field
        } else {
          p += 2;
        }
      } else if (c === C_LF) {
        if (!triple) break;
        this.line++;
        p++;
      } else if (isF && c === 123) {
        if (codes[p + 1] === 123) p += 2;
        else p = this.scanField(p + 1, startLine);
      } else {
        p++;
      }
    }
    throw new PySyntaxError(
      triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal',
      startLine,
    );
  }

  /**
   * Scans an f-string replacement field from just after its `{` to just after its `}`: an
   * expression (which may hold any string, brackets, even the enclosing quote), then an optional
   * `!conv` and `:spec`, the spec being literal text with nested fields.
   */
  private scanField(p: number, strLine: number): number {
    const src = this.src;
    const codes = this.codes;
    const len = src.length;
    let depth = 0;
    while (p < len) {
      const c = codes[p];
      if (c === C_DQ || c === C_SQ) {
        p = this.scanString(p, false, false);
      } else if (isIdentStart(c)) {
        let e = p + 1;
        while (e < len && isIdentChar(codes[e])) e++;
        const q = codes[e];
        const prefix = src.slice(p, e).toLowerCase();
        if ((q === C_DQ || q === C_SQ) && e - p <= 2 && STRING_PREFIXES.has(prefix)) {
          p = this.scanString(e, prefix.includes('r'), prefix.includes('f') || prefix.includes('t'));
        } else {
          p = e;
        }
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        p++;
      } else if (c === 41 || c === 93) {
        depth--;
        p++;
      } else if (c === 125) {
        if (depth === 0) return p + 1;
        depth--;
        p++;
      } else if (c === 58 && depth === 0) {
        return this.scanSpec(p + 1, strLine);
      } else if (c === C_LF) {
        this.line++;
        p++;
      } else if (c === 33 && depth === 0 && codes[p + 1] !== 61) {
        // `!r`: the conversion; what follows is `:spec` or `}`.
        p += 2;
      } else {
        p++;
      }
    }
    throw new PySyntaxError("f-string: expecting '}'", strLine);
  }

  private scanSpec(p: number, strLine: number): number {
    const src = this.src;
    const codes = this.codes;
    while (p < src.length) {
      const c = codes[p];
      if (c === 125) return p + 1;
      if (c === 123) p = this.scanField(p + 1, strLine);
      else {
        if (c === C_LF) this.line++;
        p++;
      }
    }
    throw new PySyntaxError("f-string: expecting '}'", strLine);
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

function indexOrEnd(src: string, needle: string, from: number): number {
  const i = src.indexOf(needle, from);
  return i === -1 ? src.length : i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
