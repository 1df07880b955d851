/**
 * An f-string token's pieces: its literal text (escapes decoded) and its replacement fields, each
 * field's expression parsed by the caller's parser. Nested fields in a format spec are read too.
 */
import type { Expr, FField } from './expr.js';
import { unescapeBody } from './literals.js';

/** Parses a field's expression text; null when it is not one expression. */
export type ParseField = (text: string, line: number) => Expr | null;

/** Thrown while reading pieces for text this reader does not decode (`\\N{...}`). */
class NotRead extends Error {}

/**
 * An f-string token's literal text and fields. The field expressions are parsed from their text;
 * null when the token holds something not read here (a nested quote of the same kind in a
 * format spec, say).
 */
export function parseFString(
  tok: string,
  line: number,
  parseField: ParseField,
): Array<string | FField> | null {
  let i = 0;
  let raw = false;
  while (/[a-zA-Z]/.test(tok[i]!)) {
    if (tok[i] === 'r' || tok[i] === 'R') raw = true;
    if (tok[i] === 't' || tok[i] === 'T') return null; // template strings are not str
    i++;
  }
  const q = tok[i]!;
  const triple = tok.startsWith(q + q + q, i);
  const body = tok.slice(i + (triple ? 3 : 1), tok.length - (triple ? 3 : 1));
  const r = readPieces(body, 0, raw, line, false, parseField);
  return r && r.end === body.length ? r.pieces : null;
}

/** Literal text and `{fields}` from `at`, up to the end (or, in a format spec, a `}`). */
function readPieces(
  body: string,
  at: number,
  raw: boolean,
  line: number,
  inSpec: boolean,
  parseField: ParseField,
): { pieces: Array<string | FField>; end: number } | null {
  const pieces: Array<string | FField> = [];
  let text = '';
  let i = at;
  const flush = (): void => {
    if (text === '') return;
    const d = raw ? text : unescapeBody(text, false);
    if (d === null) throw new NotRead();
    pieces.push(d);
    text = '';
  };
  try {
    while (i < body.length) {
      const c = body[i]!;
      if (c === '{') {
        if (body[i + 1] === '{' && !inSpec) {
          text += '{';
          i += 2;
          continue;
        }
        flush();
        const field = readField(body, i + 1, raw, line, parseField);
        if (!field) return null;
        pieces.push(field.field);
        i = field.end;
      } else if (c === '}') {
        if (inSpec) break;
        if (body[i + 1] !== '}') return null;
        text += '}';
        i += 2;
      } else if (c === '\\' && !raw) {
        // An escape; `\N{NAME}` holds braces that are not a field.
        const close = body[i + 1] === 'N' && body[i + 2] === '{' ? body.indexOf('}', i) : -1;
        const next = close === -1 ? i + 2 : close + 1;
        text += body.slice(i, next);
        i = next;
      } else {
        text += c;
        i++;
      }
    }
    flush();
  } catch (e) {
    if (e instanceof NotRead) return null;
    throw e;
  }
  return { pieces, end: i };
}

/** A field from just after its `{` to just after its `}`. */
function readField(
  body: string,
  at: number,
  raw: boolean,
  line: number,
  parseField: ParseField,
): { field: FField; end: number } | null {
  // The expression runs to a `!`, `:`, `=` or `}` at bracket depth 0 outside strings.
  let depth = 0;
  let i = at;
  let quote = '';
  for (; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (body.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = body.startsWith(c + c + c, i) ? c + c + c : c;
      i += quote.length - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === ':' || (c === '!' && body[i + 1] !== '='))) break;
    else if (depth === 0 && c === '=' && !'=!<>'.includes(body[i - 1] ?? '') && body[i + 1] !== '=') break;
  }
  let exprText = body.slice(at, i);
  let debug: string | null = null;
  if (body[i] === '=') {
    debug = exprText + '=';
    i++;
    while (body[i] === ' ') debug += body[i++];
    exprText = exprText.trim();
  }
  const expr = parseField(exprText, line);
  if (!expr) return null;
  let conv: string | null = null;
  if (body[i] === '!') {
    conv = body[i + 1] ?? null;
    i += 2;
  }
  let spec: Array<string | FField> | null = null;
  if (body[i] === ':') {
    const r = readPieces(body, i + 1, raw, line, true, parseField);
    if (!r) return null;
    spec = r.pieces;
    i = r.end;
  }
  if (body[i] !== '}') return null;
  // `{x=}` shows repr(x) unless a conversion or spec says otherwise.
  if (debug !== null && conv === null && spec === null) conv = 'r';
  return { field: { expr, conv, spec, debug }, end: i + 1 };
}
