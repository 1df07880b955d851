/**
 * Python's text of values: `str()`, `repr()`, `format()` with the format-spec mini-language, and
 * the `%` and `str.format` templates, as far as test suites build ids and group names with them.
 * Each returns null where Python's output cannot be known here (an object's address, a set's
 * order), and the caller turns that into an unknown value.
 */
import { fixed, scientific } from './float-format.js';
import { pyFloatStr } from './literals.js';
import type { PyVal } from './values.js';

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function pyStr(v: PyVal): string | null {
  return v.t === 'str' ? v.v : pyRepr(v);
}

export function pyRepr(v: PyVal): string | null {
  switch (v.t) {
    case 'str':
      return reprStr(v.v);
    case 'bytes':
      return reprBytes(v.v);
    case 'int':
      return v.v.toString();
    case 'float':
      return pyFloatStr(v.v);
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'tuple': {
      const items = reprAll(v.items);
      if (items === null) return null;
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'list': {
      const items = reprAll(v.items);
      return items === null ? null : `[${items.join(', ')}]`;
    }
    case 'dict': {
      const keys = reprAll(v.keys);
      const values = reprAll(v.values);
      if (keys === null || values === null) return null;
      return `{${keys.map((k, i) => `${k}: ${values[i]}`).join(', ')}}`;
    }
    case 'set':
      // Order follows hashing, which is random for strings.
      return v.items.length === 0 ? 'set()' : null;
    case 'range':
      return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
    default:
      return null;
  }
}

function reprAll(items: PyVal[]): string[] | null {
  const out: string[] = [];
  for (const item of items) {
    const r = pyRepr(item);
    if (r === null) return null;
    out.push(r);
  }
  return out;
}

function reprStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && (cp < 0x20 || cp === 0x7f || NON_PRINTABLE.test(ch))) out += escapeCode(cp);
    else out += ch;
  }
  return out + q;
}

function reprBytes(b: number[]): string {
  const has = (c: string): boolean => b.includes(c.charCodeAt(0));
  const q = has("'") && !has('"') ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

function escapeCode(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** A conversion of an f-string or `str.format` field: `!s`, `!r`, `!a`. */
export function convert(v: PyVal, conv: string | null): PyVal | null {
  if (conv === null) return v;
  const text = conv === 's' ? pyStr(v) : conv === 'r' || conv === 'a' ? pyRepr(v) : null;
  if (text === null) return null;
  return { t: 'str', v: conv === 'a' ? asciiOnly(text) : text };
}

function asciiOnly(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCode(cp);
  }
  return out;
}

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parseSpec(spec: string): Spec | null {
  const m = SPEC_RE.exec(spec);
  if (!m) return null;
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? '',
  };
}

/** `format(v, spec)`; null when the spec or the value is beyond what is read here. */
export function pyFormat(v: PyVal, spec: string): string | null {
  if (spec === '') return pyStr(v);
  const s = parseSpec(spec);
  if (!s) return null;
  if (v.t === 'str') {
    if (s.type !== '' && s.type !== 's') return null;
    if (s.sign !== '-' || s.align === '=' || s.grouping) return null;
    const text = s.precision === null ? v.v : [...v.v].slice(0, s.precision).join('');
    return pad(text, s, '<');
  }
  if (v.t === 'bool' && s.type === '') return pad(v.v ? 'True' : 'False', s, '<');
  if (v.t === 'int' || v.t === 'bool') {
    const n = v.t === 'int' ? v.v : v.v ? 1n : 0n;
    if ('eEfFgG%'.includes(s.type) && s.type !== '') return formatFloat(Number(n), s);
    return formatInt(n, s);
  }
  if (v.t === 'float') return formatFloat(v.v, s);
  return s.type === '' && s.precision === null && !s.grouping && s.sign === '-'
    ? pad(pyStr(v) ?? '', s, '<')
    : null;
}

function formatInt(n: bigint, s: Spec): string | null {
  if (s.precision !== null) return null;
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case '':
    case 'd':
    case 'n':
      digits = abs.toString();
      break;
    case 'x':
    case 'X':
      digits = abs.toString(16);
      if (s.type === 'X') digits = digits.toUpperCase();
      if (s.alt) prefix = s.type === 'x' ? '0x' : '0X';
      break;
    case 'o':
      digits = abs.toString(8);
      if (s.alt) prefix = '0o';
      break;
    case 'b':
      digits = abs.toString(2);
      if (s.alt) prefix = '0b';
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(n)), s, '<');
    default:
      return null;
  }
  if (s.grouping)
    digits = group(digits, s.grouping, s.type === '' || s.type === 'd' || s.type === 'n' ? 3 : 4);
  return signed(neg, prefix, digits, s);
}

function formatFloat(x: number, s: Spec): string | null {
  if (!Number.isFinite(x)) return null;
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  let body: string;
  switch (s.type) {
    case 'f':
    case 'F':
      body = fixed(abs, s.precision ?? 6);
      break;
    case '%':
      body = fixed(abs * 100, s.precision ?? 6) + '%';
      break;
    case 'e':
    case 'E': {
      const [m, exp] = scientific(abs, s.precision ?? 6);
      body = `${m}${s.type}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
      break;
    }
    case '':
      if (s.precision !== null) return null;
      body = pyFloatStr(abs);
      break;
    default:
      return null;
  }
  if (s.grouping) {
    const dot = body.indexOf('.');
    const int = dot === -1 ? body : body.slice(0, dot);
    body = group(int, s.grouping, 3) + (dot === -1 ? '' : body.slice(dot));
  }
  return signed(neg, '', body, s);
}

function group(digits: string, sep: string, every: number): string {
  let out = '';
  for (let i = digits.length; i > 0; i -= every)
    out = digits.slice(Math.max(0, i - every), i) + (out ? sep + out : '');
  return out;
}

function signed(neg: boolean, prefix: string, digits: string, s: Spec): string {
  const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
  if (s.align === '=') {
    const fill = Math.max(0, s.width - sign.length - prefix.length - digits.length);
    return sign + prefix + s.fill.repeat(fill) + digits;
  }
  return pad(sign + prefix + digits, s, '>');
}

function pad(text: string, s: Spec, defaultAlign: string): string {
  const len = [...text].length;
  if (len >= s.width) return text;
  const n = s.width - len;
  const align = s.align || defaultAlign;
  if (align === '<') return text + s.fill.repeat(n);
  if (align === '^') return s.fill.repeat(Math.floor(n / 2)) + text + s.fill.repeat(n - Math.floor(n / 2));
  return s.fill.repeat(n) + text;
}

/** `template % args`: null for a directive or value not read here. */
export function percentFormat(template: string, args: PyVal): string | null {
  const positional = args.t === 'tuple' ? args.items : [args];
  const mapping = args.t === 'dict' ? args : null;
  let next = 0;
  let out = '';
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([diouxXeEfFgGcrsa%])/gy;
  let last = 0;
  for (let i = template.indexOf('%'); i !== -1; i = template.indexOf('%', last)) {
    out += template.slice(last, i);
    re.lastIndex = i;
    const m = re.exec(template);
    if (!m) return null;
    last = re.lastIndex;
    const [, key, flags = '', width, precision, type] = m;
    if (type === '%') {
      out += '%';
      continue;
    }
    if (width === '*') return null;
    let value: PyVal | undefined;
    if (key !== undefined) {
      if (!mapping) return null;
      const k = mapping.keys.findIndex((kk) => kk.t === 'str' && kk.v === key);
      value = k === -1 ? undefined : mapping.values[k];
    } else value = positional[next++];
    if (value === undefined) return null;
    let spec = '';
    if (flags.includes('-')) spec += '<';
    else if (flags.includes('0') && type !== 's' && type !== 'r') spec += '0=';
    if (flags.includes('+')) spec += '+';
    else if (flags.includes(' ')) spec += ' ';
    if (flags.includes('#')) spec += '#';
    spec += width ?? '';
    if (precision !== undefined) spec += `.${precision}`;
    let text: string | null;
    if (type === 's' || type === 'r' || type === 'a') {
      const conv = convert(value, type);
      text = conv && conv.t === 'str' ? pyFormat(conv, spec.replace('0=', '')) : null;
    } else {
      const t = type === 'i' || type === 'u' ? 'd' : type!;
      if (value.t === 'float' && 'doxXc'.includes(t)) value = { t: 'int', v: BigInt(Math.trunc(value.v)) };
      text = value.t === 'str' ? null : pyFormat(value, spec + t);
    }
    if (text === null) return null;
    out += text;
  }
  if (mapping === null && next < positional.length) return null; // TypeError: not all arguments converted
  return out + template.slice(last);
}

/** `template.format(*args, **kwargs)`: null for a field not read here (attributes, nesting). */
export function strFormat(template: string, args: PyVal[], kwargs: Map<string, PyVal>): string | null {
  let out = '';
  let auto = 0;
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '}') {
      if (template[i + 1] !== '}') return null;
      out += '}';
      i += 2;
      continue;
    }
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    if (template[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    const close = template.indexOf('}', i);
    if (close === -1) return null;
    const field = template.slice(i + 1, close);
    if (field.includes('{')) return null; // nested fields in the spec
    i = close + 1;
    const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (!m) return null;
    const [, name = '', conv, spec = ''] = m;
    const index = /^(\w*)(?:\[(\d+)\])?$/.exec(name);
    if (!index) return null;
    let value: PyVal | undefined;
    if (index[1] === '') value = args[auto++];
    else if (/^\d+$/.test(index[1]!)) value = args[Number(index[1])];
    else value = kwargs.get(index[1]!);
    if (value === undefined) return null;
    if (index[2] !== undefined) {
      if (value.t !== 'tuple' && value.t !== 'list') return null;
      value = value.items[Number(index[2])];
      if (value === undefined) return null;
    }
    const converted = convert(value, conv ?? null);
    if (converted === null) return null;
    const text = pyFormat(converted, spec);
    if (text === null) return null;
    out += text;
  }
  return out;
}
