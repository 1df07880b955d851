/** Token ranges of simple statements and loop headers, kept for mutations.ts to read on demand. */
import { type Cursor, OpaqueExpr } from './expr.js';
import { Tok } from './tokenize.js';

/**
 * The statement from `first` to its end (the line's end or a `;` at depth 0), or with `header`
 * to the `:` that ends a compound header. The cursor does not move.
 */
export function statementAt(c: Cursor, first = c.i, header = false): OpaqueExpr {
  let depth = 0;
  let i = first;
  for (; c.kind(i) !== Tok.Newline && c.kind(i) !== Tok.End; i++) {
    if (c.is('(', i) || c.is('[', i) || c.is('{', i)) depth++;
    else if (c.is(')', i) || c.is(']', i) || c.is('}', i)) depth--;
    else if (depth === 0 && (header ? c.is(':', i) : c.is(';', i))) break;
  }
  return new OpaqueExpr(c.line(), { tokens: c.t, first, end: i });
}

/** Whether a loop's tokens hold `break`, `continue` or `return`, which a replay would not follow. */
export function exitsLoop(c: Cursor, first: number, end: number): boolean {
  for (let i = first; i < end; i++)
    if (c.kind(i) === Tok.Name && (c.is('break', i) || c.is('continue', i) || c.is('return', i))) return true;
  return false;
}
