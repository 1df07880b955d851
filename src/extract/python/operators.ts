/** Python's operators over the values the evaluator knows (int, float, str, bytes, containers). */
import { iterate } from './iterate.js';
import { percentFormat } from './pyformat.js';
import { bool, hashKey, pyEquals, truthy, unknown, type PyVal } from './values.js';

type Num = { t: 'int'; v: bigint } | { t: 'float'; v: number };

function num(v: PyVal): Num | null {
  if (v.t === 'int' || v.t === 'float') return v;
  if (v.t === 'bool') return { t: 'int', v: v.v ? 1n : 0n };
  return null;
}

const float = (v: Num): number => (v.t === 'int' ? Number(v.v) : v.v);

/** Floor division and modulo with Python's signs (the result takes the divisor's sign). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function binaryOp(op: string, a: PyVal, b: PyVal, line: number): PyVal {
  const na = num(a);
  const nb = num(b);
  if (na && nb) return arithmetic(op, na, nb, line);
  const cannot = (): PyVal => unknown(`\`${op}\` of ${a.t} and ${b.t} values`, line);
  switch (op) {
    case '+':
      if (a.t === 'str' && b.t === 'str') return { t: 'str', v: a.v + b.v };
      if (a.t === 'bytes' && b.t === 'bytes') return { t: 'bytes', v: [...a.v, ...b.v] };
      if ((a.t === 'list' && b.t === 'list') || (a.t === 'tuple' && b.t === 'tuple')) {
        return { t: a.t, items: [...a.items, ...b.items] };
      }
      return cannot();
    case '*': {
      const [seq, n] = nb ? [a, nb] : na ? [b, na] : [a, null];
      if (!n || n.t !== 'int') return cannot();
      const times = n.v < 0n ? 0 : Number(n.v);
      if (times > 100_000) return unknown('a repetition too large to read', line);
      if (seq.t === 'str') return { t: 'str', v: seq.v.repeat(times) };
      if (seq.t === 'list' || seq.t === 'tuple') {
        const items: PyVal[] = [];
        for (let i = 0; i < times; i++) items.push(...seq.items);
        return { t: seq.t, items };
      }
      return cannot();
    }
    case '%':
      if (a.t === 'str') {
        const s = percentFormat(a.v, b);
        return s === null ? unknown('a `%` template not read here', line) : { t: 'str', v: s };
      }
      return cannot();
    case '|':
      if (a.t === 'dict' && b.t === 'dict') {
        const keys = [...a.keys];
        const values = [...a.values];
        for (let i = 0; i < b.keys.length; i++) {
          const h = hashKey(b.keys[i]!);
          const at = keys.findIndex((k) => hashKey(k) === h);
          if (at === -1) {
            keys.push(b.keys[i]!);
            values.push(b.values[i]!);
          } else values[at] = b.values[i]!;
        }
        return { t: 'dict', keys, values };
      }
      if (a.t === 'set' && b.t === 'set') return { t: 'set', items: [...a.items, ...b.items] };
      return cannot();
    default:
      return cannot();
  }
}

function arithmetic(op: string, a: Num, b: Num, line: number): PyVal {
  if (a.t === 'int' && b.t === 'int') {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case '+':
        return { t: 'int', v: x + y };
      case '-':
        return { t: 'int', v: x - y };
      case '*':
        return { t: 'int', v: x * y };
      case '//':
        return y === 0n ? unknown('a division by zero', line) : { t: 'int', v: floorDiv(x, y) };
      case '%':
        return y === 0n ? unknown('a division by zero', line) : { t: 'int', v: x - floorDiv(x, y) * y };
      case '/':
        return y === 0n ? unknown('a division by zero', line) : { t: 'float', v: Number(x) / Number(y) };
      case '**':
        if (y < 0n) return { t: 'float', v: Number(x) ** Number(y) };
        if (y > 10_000n) return unknown('a power too large to read', line);
        return { t: 'int', v: x ** y };
      case '&':
        return { t: 'int', v: x & y };
      case '|':
        return { t: 'int', v: x | y };
      case '^':
        return { t: 'int', v: x ^ y };
      case '<<':
        return y > 10_000n ? unknown('a shift too large to read', line) : { t: 'int', v: x << y };
      case '>>':
        return { t: 'int', v: x >> y };
    }
    return unknown(`\`${op}\` of two integers`, line);
  }
  const x = float(a);
  const y = float(b);
  switch (op) {
    case '+':
      return { t: 'float', v: x + y };
    case '-':
      return { t: 'float', v: x - y };
    case '*':
      return { t: 'float', v: x * y };
    case '/':
      return y === 0 ? unknown('a division by zero', line) : { t: 'float', v: x / y };
    case '//':
      return y === 0 ? unknown('a division by zero', line) : { t: 'float', v: Math.floor(x / y) };
    case '%':
      return y === 0 ? unknown('a division by zero', line) : { t: 'float', v: x - Math.floor(x / y) * y };
    case '**':
      return { t: 'float', v: x ** y };
  }
  return unknown(`\`${op}\` of floats`, line);
}

export function unaryOp(op: string, v: PyVal, line: number): PyVal {
  if (op === 'not') {
    const b = truthy(v);
    return b === undefined ? unknown('a condition cannot be decided statically', line) : bool(!b);
  }
  const n = num(v);
  if (!n) return unknown(`\`${op}\` of a ${v.t} value`, line);
  if (op === '+') return n;
  if (op === '-') return n.t === 'int' ? { t: 'int', v: -n.v } : { t: 'float', v: -n.v };
  if (op === '~' && n.t === 'int') return { t: 'int', v: -n.v - 1n };
  return unknown(`\`${op}\` of a ${v.t} value`, line);
}

/** One comparison of a chain: `==`, `<`, `in`, `is`, ...; a bool or an unknown. */
export function compareOp(op: string, a: PyVal, b: PyVal, line: number): PyVal {
  switch (op) {
    case '==':
    case '!=': {
      const eq = pyEquals(a, b);
      if (eq === undefined) return unknown('a comparison of values not known', line);
      return bool(op === '==' ? eq : !eq);
    }
    case 'is':
    case 'is not': {
      // Only the singletons compare by identity reliably.
      const single = (v: PyVal): boolean => v.t === 'none' || v.t === 'bool';
      if (!single(a) && !single(b)) return unknown('`is` between objects', line);
      const same = a.t === b.t && (a.t === 'none' || (a as { v: boolean }).v === (b as { v: boolean }).v);
      return bool(op === 'is' ? same : !same);
    }
    case 'in':
    case 'not in': {
      let found: boolean | undefined;
      if (b.t === 'str' && a.t === 'str') found = b.v.includes(a.v);
      else if (b.t === 'dict') {
        const h = hashKey(a);
        found = h === undefined ? undefined : b.keys.some((k) => hashKey(k) === h);
      } else {
        const items = b.t === 'set' ? b.items : iterate(b, line);
        if (!Array.isArray(items)) return items;
        found = false;
        for (const item of items) {
          const eq = pyEquals(a, item);
          if (eq === undefined) return unknown('a membership test of values not known', line);
          if (eq) {
            found = true;
            break;
          }
        }
      }
      if (found === undefined) return unknown('a membership test of values not known', line);
      return bool(op === 'in' ? found : !found);
    }
  }
  const c = order(a, b);
  if (c === undefined) return unknown(`\`${op}\` between ${a.t} and ${b.t} values`, line);
  return bool(op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
}

/** Python's ordering of two values (numbers, str, bytes, tuples and lists of them); undefined when it has none. */
export function order(a: PyVal, b: PyVal): number | undefined {
  const na = num(a);
  const nb = num(b);
  if (na && nb) {
    if (na.t === 'int' && nb.t === 'int') return na.v < nb.v ? -1 : na.v > nb.v ? 1 : 0;
    const x = float(na);
    const y = float(nb);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.t === 'str' && b.t === 'str') {
    // Code point order (JS compares UTF-16 units, which differs above U+FFFF).
    const x = Array.from(a.v, (c) => c.codePointAt(0)!);
    const y = Array.from(b.v, (c) => c.codePointAt(0)!);
    return lexical(x, y);
  }
  if (a.t === 'bytes' && b.t === 'bytes') return lexical(a.v, b.v);
  if ((a.t === 'tuple' && b.t === 'tuple') || (a.t === 'list' && b.t === 'list')) {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      const eq = pyEquals(a.items[i]!, b.items[i]!);
      if (eq === undefined) return undefined;
      if (!eq) return order(a.items[i]!, b.items[i]!);
    }
    return a.items.length - b.items.length;
  }
  return undefined;
}

function lexical(x: number[], y: number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
