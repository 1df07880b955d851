/** Python literal values as pytest sees them: decoding source literals and printing ids. */
import {
  CASE_BIT,
  C_LOWER_B,
  C_LOWER_J,
  C_LOWER_O,
  C_LOWER_R,
  C_LOWER_U,
  C_LOWER_X,
  C_ZERO,
} from './chars.js';

/** A value a literal can spell (the evaluator's other values build on these: values.ts). */
export type PyValue =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: number[] }
  | { t: 'bool'; v: boolean }
  | { t: 'none' };

/** Decodes one string token (prefix and quotes included). Returns null for `\N{...}`, which needs Unicode names. */
export function decodeStringToken(tok: string): { bytes: boolean; text: string } | null {
  let i = 0;
  let raw = false;
  let bytes = false;
  for (; ; i++) {
    const c = tok.charCodeAt(i) | CASE_BIT;
    if (c === C_LOWER_R) raw = true;
    else if (c === C_LOWER_B) bytes = true;
    else if (c !== C_LOWER_U) break;
  }
  const q = tok[i]!;
  const triple = tok.startsWith(q + q + q, i);
  const body = tok.slice(i + (triple ? 3 : 1), tok.length - (triple ? 3 : 1));
  if (raw || !body.includes('\\')) return { bytes, text: body };
  const text = unescapeBody(body, bytes);
  return text === null ? null : { bytes, text };
}

const SIMPLE: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** A string literal's body with its escapes decoded; null for `\\N{...}` (needs Unicode names). */
export function unescapeBody(body: string, bytes: boolean): string | null {
  const out: string[] = [];
  let last = 0;
  let i = body.indexOf('\\');
  while (i !== -1) {
    out.push(body.slice(last, i));
    const c = body[i + 1] ?? '';
    let next = i + 2;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      out.push(simple);
    } else if (c >= '0' && c <= '7') {
      let j = i + 1;
      while (j < i + 4 && body[j]! >= '0' && body[j]! <= '7') j++;
      out.push(String.fromCharCode(parseInt(body.slice(i + 1, j), 8) & (bytes ? 0xff : 0x1ff)));
      next = j;
    } else if (c === 'x' || (!bytes && (c === 'u' || c === 'U'))) {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return null;
      out.push(String.fromCodePoint(parseInt(hex, 16)));
      next = i + 2 + n;
    } else if (c === 'N' && !bytes) {
      return null;
    } else {
      // Unknown escapes keep their backslash (a DeprecationWarning in Python, not an error).
      out.push('\\' + c);
    }
    last = next;
    i = body.indexOf('\\', next);
  }
  out.push(body.slice(last));
  return out.join('');
}

function allDigits(tok: string): boolean {
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return tok.length > 0;
}

/** Parses a number token: int (as bigint) or float; complex numbers give null. */
export function parseNumber(tok: string): PyValue | null {
  // Most numbers in test files are small plain integers: no regex, no string parse to BigInt.
  if (tok.length < 16 && allDigits(tok)) return { t: 'int', v: BigInt(Number(tok)) };
  const s = tok.includes('_') ? tok.replace(/_/g, '') : tok;
  const last = s.charCodeAt(s.length - 1) | CASE_BIT;
  if (last === C_LOWER_J) return null;
  const second = s.charCodeAt(1) | CASE_BIT;
  if (s.charCodeAt(0) === C_ZERO && (second === C_LOWER_X || second === C_LOWER_O || second === C_LOWER_B))
    return { t: 'int', v: BigInt(s.toLowerCase()) };
  if (allDigits(s)) return { t: 'int', v: BigInt(s) };
  return { t: 'float', v: Number(s) };
}

/** `str(float)` in Python: shortest round-trip digits, exponent outside [1e-4, 1e16). */
export function pyFloatStr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e16) {
    // Here JS and Python both print the shortest round-trip digits without an exponent;
    // Python adds `.0` to a whole number.
    const js = String(x);
    return js.includes('.') ? js : `${js}.0`;
  }
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  if (exp < -4 || exp >= 16) {
    const m = mant.includes('.') ? mant : mant;
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= 0) {
    out =
      digits.length <= exp + 1
        ? digits + '0'.repeat(exp + 1 - digits.length) + '.0'
        : `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    out = `0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  return neg ? '-' + out : out;
}

/** pytest's `ascii_escaped` of a str: `str.encode("unicode_escape")`. */
export function asciiEscapedStr(s: string): string {
  if (isPlainAscii(s)) return s;
  const out: string[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x5c) out.push('\\\\');
    else if (cp === 9) out.push('\\t');
    else if (cp === 10) out.push('\\n');
    else if (cp === 13) out.push('\\r');
    else if (cp >= 0x20 && cp < 0x7f) out.push(ch);
    else if (cp < 0x100) out.push('\\x' + hex(cp, 2));
    else if (cp < 0x10000) out.push('\\u' + hex(cp, 4));
    else out.push('\\U' + hex(cp, 8));
  }
  return out.join('');
}

/** Printable ASCII without a backslash: nothing to escape (a loop: ids are short, a regex call costs more). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x5c) return false;
  }
  return true;
}

/**
 * pytest's `ascii_escaped` of bytes: backslashreplace, then its table for what is left
 * unprintable: `\t`, `\n`, `\r` by name, the rest as `\xNN`.
 */
export function asciiEscapedBytes(b: number[]): string {
  return b.map(escapedByte).join('');
}

function escapedByte(c: number): string {
  if (c >= 0x20 && c < 0x7f) return String.fromCharCode(c);
  return c === 9 ? '\\t' : c === 10 ? '\\n' : c === 13 ? '\\r' : '\\x' + hex(c, 2);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's `str()` of a literal, as pytest uses it for an id. */
export function idFromValue(v: PyValue): string {
  switch (v.t) {
    case 'str':
      return asciiEscapedStr(v.v);
    case 'bytes':
      return asciiEscapedBytes(v.v);
    case 'int':
      return v.v.toString();
    case 'float':
      return pyFloatStr(v.v);
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'none':
      return 'None';
  }
}

/** Length as Python counts it (code points for str, bytes for bytes). */
export function pyLength(v: PyValue): number {
  if (v.t === 'str') {
    let n = 0;
    for (const _ of v.v) n++;
    return n;
  }
  return v.t === 'bytes' ? v.v.length : 0;
}
