/**
 * What the tokenizer and the function-body skipper share: strings (f-strings with nested fields
 * included) and indentation, read over the source's bytes while counting lines.
 */
import {
  C_BSLASH,
  C_COLON,
  C_DQ,
  C_EQUALS,
  C_FF,
  C_HASH,
  C_LF,
  C_SPACE,
  C_SQ,
  C_TAB,
  C_UPPER_N,
  C_BANG,
  C_LBRACE,
  C_RBRACE,
  isCloseBracket,
  isIdentChar,
  isIdentStart,
  isOpenBracket,
  STRING_PREFIXES,
} from './chars.js';

/** A reader of one source: its text, its bytes, and where the line count stands. */
export interface Scanner {
  /** The source the offsets point into (a byte string when read from a file). */
  readonly src: string;
  /** `src`'s char codes, what every loop reads; `src` serves native searches and slices. */
  readonly codes: Uint8Array;
  /** The 1-based line at the current position. */
  line: number;
  /** Next backslash at or after the last search (src.length when none): see scanString. */
  nextBackslash: number;
  /** Set by skipIndentation: the column of the line's first character. */
  column: number;
}

export class PySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Passes a line's leading whitespace; leaves its column (tabs to multiples of 8) in `column`. */
export function skipIndentation(s: Scanner, p: number): number {
  const codes = s.codes;
  let col = 0;
  for (;;) {
    const c = codes[p];
    if (c === C_SPACE) col++;
    else if (c === C_TAB) col = (Math.floor(col / 8) + 1) * 8;
    else if (c === C_FF) col = 0;
    else break;
    p++;
  }
  s.column = col;
  return p;
}

/** Scans a string starting at its opening quote; returns the offset after the closing quote. */
export function scanString(s: Scanner, q: number, raw: boolean, isF: boolean): number {
  const src = s.src;
  const codes = s.codes;
  const quote = codes[q];
  const triple = codes[q + 1] === quote && codes[q + 2] === quote;
  const startLine = s.line;
  let p = q + (triple ? 3 : 1);
  const len = src.length;
  if (triple && !isF) {
    // A docstring or SQL block: with no backslash before the closing quotes, indexOf finds
    // the end (no escape can hide it). Only the newlines in between need counting.
    const close = src.indexOf(quote === C_DQ ? '"""' : "'''", p);
    if (s.nextBackslash < p) s.nextBackslash = indexOrEnd(src, '\\', p);
    if (close !== -1 && s.nextBackslash > close) {
      for (let nl = src.indexOf('\n', p); nl !== -1 && nl < close; nl = src.indexOf('\n', nl + 1)) s.line++;
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
      if (n === C_LF) s.line++;
      if (isF && n === C_LBRACE) {
        p++; // `\{` in an f-string still opens a field
      } else if (isF && !raw && n === C_UPPER_N && codes[p + 2] === C_LBRACE) {
        const close = src.indexOf('}', p + 3);
        p = close === -1 ? len : close + 1; // `\N{NAME}` is an escape, not a field
      } else {
        p += 2;
      }
    } else if (c === C_LF) {
      if (!triple) break;
      s.line++;
      p++;
    } else if (isF && c === C_LBRACE) {
      if (codes[p + 1] === C_LBRACE) p += 2;
      else p = scanField(s, p + 1, startLine);
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
function scanField(s: Scanner, p: number, strLine: number): number {
  const src = s.src;
  const codes = s.codes;
  const len = src.length;
  let depth = 0;
  while (p < len) {
    const c = codes[p];
    if (c === C_DQ || c === C_SQ) {
      p = scanString(s, p, false, false);
    } else if (isIdentStart(c)) {
      let e = p + 1;
      while (e < len && isIdentChar(codes[e])) e++;
      const q = codes[e];
      const prefix = src.slice(p, e).toLowerCase();
      if ((q === C_DQ || q === C_SQ) && e - p <= 2 && STRING_PREFIXES.has(prefix)) {
        p = scanString(s, e, prefix.includes('r'), prefix.includes('f') || prefix.includes('t'));
      } else {
        p = e;
      }
    } else if (isOpenBracket(c)) {
      depth++;
      p++;
    } else if (c === C_RBRACE) {
      if (depth === 0) return p + 1;
      depth--;
      p++;
    } else if (isCloseBracket(c)) {
      depth--;
      p++;
    } else if (c === C_COLON && depth === 0) {
      return scanSpec(s, p + 1, strLine);
    } else if (c === C_HASH) {
      // A comment in a multi-line field (PEP 701): it runs to the line's end, quotes and all.
      const nl = src.indexOf('\n', p);
      p = nl === -1 ? len : nl;
    } else if (c === C_LF) {
      s.line++;
      p++;
    } else if (c === C_BANG && depth === 0 && codes[p + 1] !== C_EQUALS) {
      // `!r`: the conversion; what follows is `:spec` or `}`.
      p += 2;
    } else {
      p++;
    }
  }
  throw new PySyntaxError("f-string: expecting '}'", strLine);
}

function scanSpec(s: Scanner, p: number, strLine: number): number {
  const src = s.src;
  const codes = s.codes;
  while (p < src.length) {
    const c = codes[p];
    if (c === C_RBRACE) return p + 1;
    if (c === C_LBRACE) p = scanField(s, p + 1, strLine);
    else {
      if (c === C_LF) s.line++;
      p++;
    }
  }
  throw new PySyntaxError("f-string: expecting '}'", strLine);
}

function indexOrEnd(src: string, needle: string, from: number): number {
  const i = src.indexOf(needle, from);
  return i === -1 ? src.length : i;
}
