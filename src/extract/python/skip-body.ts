/**
 * Skips a function's indented body without tokenizing it: pytest collects nothing defined inside
 * a function, and bodies are most of a test file's bytes. Strings (f-strings included), comments,
 * brackets and continuations are still followed, so the block ends exactly where Python's would.
 */
import {
  C_BSLASH,
  C_DQ,
  C_HASH,
  C_LF,
  C_SQ,
  CASE_BIT,
  C_LOWER_F,
  C_LOWER_R,
  C_LOWER_T,
  isIdentChar,
  isOpenBracket,
  PREFIX_CHAR,
  SKIP_STOP,
} from './chars.js';
import { PySyntaxError, scanString, skipIndentation, type Scanner } from './scan.js';

/**
 * From the start of the line after a `def ...:` header, indented deeper than `top`: returns the
 * start of the first line after the body, or -1 when no indented line follows (not a body: the
 * tokenizer then reports what is wrong). Lines are counted on `s` either way.
 */
export function skipFunctionBody(s: Scanner, from: number, top: number): number {
  const src = s.src;
  const codes = s.codes;
  const len = src.length;
  let p = from;
  let skipped = false;
  while (p < len) {
    const lineStart = p;
    p = skipIndentation(s, p);
    const col = s.column;
    const c = codes[p];
    if (c === C_LF) {
      p++;
      s.line++;
      continue;
    }
    if (c === C_HASH) {
      const nl = src.indexOf('\n', p);
      if (nl === -1) p = len;
      else {
        p = nl + 1;
        s.line++;
      }
      continue;
    }
    if (p >= len) break;
    if (col <= top) {
      p = lineStart;
      break;
    }
    skipped = true;
    p = skipLogicalLine(s, p);
  }
  return skipped ? p : -1;
}

/** From inside a logical line to just after its final newline (or the end of the file). */
function skipLogicalLine(s: Scanner, p: number): number {
  const src = s.src;
  const codes = s.codes;
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
      s.line++;
      if (depth === 0) return p;
    } else if (c === C_HASH) {
      const nl = src.indexOf('\n', p);
      p = nl === -1 ? len : nl;
    } else if (c === C_BSLASH) {
      if (codes[p + 1] === C_LF) {
        s.line++;
        p += 2;
      } else p++;
    } else if (c === C_DQ || c === C_SQ) {
      p = skipStringAt(s, p);
    } else if (isOpenBracket(c)) {
      if (depth === 0) openLine = s.line;
      depth++;
      p++;
    } else {
      // A closing bracket: the only other stop character.
      if (depth > 0) depth--;
      p++;
    }
  }
  if (depth > 0) throw new PySyntaxError('a bracket was never closed', openLine);
  return p;
}

/** A string met while skipping: its prefix (r, b, f, rb, ...) is read back from the quote. */
function skipStringAt(s: Scanner, q: number): number {
  const codes = s.codes;
  let start = q;
  while (start > q - 2 && start > 0 && PREFIX_CHAR[codes[start - 1]!] === 1) start--;
  if (start > 0 && isIdentChar(codes[start - 1])) start = q; // part of a longer name: no prefix
  let raw = false;
  let isF = false;
  for (let i = start; i < q; i++) {
    const c = codes[i]! | CASE_BIT;
    if (c === C_LOWER_R) raw = true;
    else if (c === C_LOWER_F || c === C_LOWER_T) isF = true;
  }
  return scanString(s, q, raw, isF);
}
