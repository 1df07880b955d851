/**
 * Calls the evaluator knows: Python's builtins, pytest's `param` and `fixture`, `itertools`, the
 * `parameterized` decorators and the methods in methods.ts. A call into the suite's own code, or
 * into anything else, is unknown: its result is known only by running it.
 */
import { fn, marksOf } from './builtins.js';
import { newInstance } from './dataclass.js';
import type { ClassInfo } from './definitions.js';
import { AUTO } from './enums.js';
import { iterate } from './iterate.js';
import { ITERTOOLS } from './itertools.js';
import { METHODS, type Args, type Impl, type Kwargs } from './methods.js';
import { order } from './operators.js';
import { pyRepr, pyStr } from './pyformat.js';
import { bool, hashKey, int, str, truthy, unknown, type PyVal } from './values.js';

export function callValue(f: PyVal, args: Args, kwargs: Kwargs, line: number, _file: string): PyVal {
  if (f.t === 'builtin') {
    const impl = IMPLS.get(f.name);
    if (impl) return impl(args, kwargs, line, f.self);
    return unknown(`a call of \`${f.name}\`, not read statically`, line);
  }
  if (f.t === 'func')
    return unknown(`a call of \`${f.name}()\`, whose result is known only by running it`, line);
  if (f.t === 'class' && (f.ref as Partial<ClassInfo>).frozenDataclass)
    return newInstance(f.ref as ClassInfo, args, kwargs, line);
  if (f.t === 'class') return unknown(`an instance of \`${f.name}\`, known only by running the code`, line);
  if (f.t === 'unknown') return f;
  return unknown(`a call of a ${f.t} value`, line);
}

function items(v: PyVal, line: number): PyVal[] | PyVal {
  return iterate(v, line);
}

const IMPLS = new Map<string, Impl>([
  [
    'str',
    (a, _k, line) => {
      if (a.length === 0) return str('');
      const s = pyStr(a[0]!);
      return s === null ? unknown('the text of a value known only at run time', line) : str(s);
    },
  ],
  [
    'repr',
    (a, _k, line) => {
      const s = a[0] ? pyRepr(a[0]) : null;
      return s === null ? unknown('the repr of a value known only at run time', line) : str(s);
    },
  ],
  [
    'int',
    (a, _k, line) => {
      const v = a[0];
      if (v === undefined) return int(0);
      if (v.t === 'int') return v;
      if (v.t === 'bool') return int(v.v ? 1 : 0);
      if (v.t === 'float' && Number.isFinite(v.v)) return int(BigInt(Math.trunc(v.v)));
      if (v.t === 'str' && a.length === 1 && /^\s*[-+]?\d[\d_]*\s*$/.test(v.v))
        return int(BigInt(v.v.trim().replace(/_/g, '')));
      return unknown('`int()` of this value is not read statically', line);
    },
  ],
  [
    'float',
    (a, _k, line) => {
      const v = a[0];
      if (v === undefined) return { t: 'float', v: 0 };
      if (v.t === 'float') return v;
      if (v.t === 'int' || v.t === 'bool')
        return { t: 'float', v: v.t === 'int' ? Number(v.v) : v.v ? 1 : 0 };
      if (v.t === 'str' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v.v))
        return { t: 'float', v: Number(v.v) };
      // `float("inf")`, `float("-nan")`: Python accepts these words in any case, signed.
      const word = v.t === 'str' ? /^\s*([-+]?)(inf|infinity|nan)\s*$/i.exec(v.v) : null;
      if (word) {
        const sign = word[1] === '-' ? -1 : 1;
        return { t: 'float', v: word[2]!.toLowerCase() === 'nan' ? NaN : sign * Infinity };
      }
      return unknown('`float()` of this value is not read statically', line);
    },
  ],
  [
    'bool',
    (a, _k, line) => {
      if (a.length === 0) return bool(false);
      const b = truthy(a[0]!);
      return b === undefined ? unknown('the truth of a value known only at run time', line) : bool(b);
    },
  ],
  [
    'len',
    (a, _k, line) => {
      const v = a[0];
      if (v?.t === 'str') return int([...v.v].length);
      if (v?.t === 'dict') return int(v.keys.length);
      if (v?.t === 'set') return int(v.items.length);
      const it = v ? items(v, line) : unknown('`len()` without an argument', line);
      return Array.isArray(it) ? int(it.length) : it;
    },
  ],
  ['list', (a, _k, line) => collect(a[0], line, (it) => ({ t: 'list', items: it }))],
  ['tuple', (a, _k, line) => collect(a[0], line, (it) => ({ t: 'tuple', items: it }))],
  [
    'set',
    (a, _k, line) =>
      a[0]?.t === 'set' ? a[0] : collect(a[0], line, (it) => ({ t: 'set', items: dedupe(it) })),
  ],
  [
    'frozenset',
    (a, _k, line) =>
      a[0]?.t === 'set' ? a[0] : collect(a[0], line, (it) => ({ t: 'set', items: dedupe(it) })),
  ],
  [
    'dict',
    (a, k, line) => {
      const d: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], values: [] };
      if (a[0]) {
        const src =
          a[0].t === 'dict'
            ? a[0].keys.map(
                (key, i) => ({ t: 'tuple', items: [key, (a[0] as { values: PyVal[] }).values[i]!] }) as PyVal,
              )
            : items(a[0], line);
        if (!Array.isArray(src)) return src;
        for (const pair of src) {
          const kv = items(pair, line);
          if (!Array.isArray(kv) || kv.length !== 2)
            return unknown('`dict()` of items that are not pairs', line);
          put(d, kv[0]!, kv[1]!);
        }
      }
      for (const [key, value] of k) put(d, str(key), value);
      return d;
    },
  ],
  [
    'range',
    (a, _k, line) => {
      const n = a.map((v) => (v.t === 'int' ? v.v : v.t === 'bool' ? (v.v ? 1n : 0n) : null));
      if (n.some((x) => x === null) || n.length === 0 || n.length > 3)
        return unknown('`range()` of values that are not integers', line);
      const [start, stop, step] = n.length === 1 ? [0n, n[0]!, 1n] : [n[0]!, n[1]!, n[2] ?? 1n];
      if (step === 0n) return unknown('`range()` with a step of zero', line);
      return { t: 'range', start, stop, step };
    },
  ],
  [
    'sorted',
    (a, k, line) => {
      if ((k.has('key') && k.get('key')!.t !== 'none') || a.length !== 1)
        return unknown('`sorted()` with a key function', line);
      const it = items(a[0]!, line);
      const source = a[0]!.t === 'set' ? (a[0] as { items: PyVal[] }).items : it;
      if (!Array.isArray(source)) return source;
      const out = [...source];
      let ok = true;
      out.sort((x, y) => {
        const c = order(x, y);
        if (c === undefined) ok = false;
        return c ?? 0;
      });
      if (!ok) return unknown('`sorted()` of values without an order', line);
      const reverse = k.get('reverse');
      if (reverse && truthy(reverse)) out.reverse();
      return { t: 'list', items: out };
    },
  ],
  ['reversed', (a, _k, line) => collect(a[0], line, (it) => ({ t: 'list', items: [...it].reverse() }))],
  [
    'enumerate',
    (a, k, line) => {
      const start = a[1] ?? k.get('start') ?? int(0);
      if (start.t !== 'int') return unknown('`enumerate()` with a start that is not an integer', line);
      return collect(a[0], line, (it) => ({
        t: 'list',
        items: it.map((v, i) => ({ t: 'tuple', items: [int(start.v + BigInt(i)), v] }) as PyVal),
      }));
    },
  ],
  [
    'zip',
    (a, _k, line) => {
      const lists: PyVal[][] = [];
      for (const v of a) {
        const it = items(v, line);
        if (!Array.isArray(it)) return it;
        lists.push(it);
      }
      const n = lists.length === 0 ? 0 : Math.min(...lists.map((l) => l.length));
      const out: PyVal[] = [];
      for (let i = 0; i < n; i++) out.push({ t: 'tuple', items: lists.map((l) => l[i]!) });
      return { t: 'list', items: out };
    },
  ],
  ['min', (a, k, line) => extreme(a, k, line, -1)],
  ['max', (a, k, line) => extreme(a, k, line, 1)],
  [
    'sum',
    (a, _k, line) => {
      const it = a[0] ? items(a[0], line) : [];
      if (!Array.isArray(it)) return it;
      let total = 0n;
      for (const v of it) {
        if (v.t !== 'int') return unknown('`sum()` of values that are not integers', line);
        total += v.v;
      }
      return int(total);
    },
  ],
  ['any', (a, _k, line) => boolFold(a[0], line, true)],
  ['all', (a, _k, line) => boolFold(a[0], line, false)],
  [
    'abs',
    (a, _k, line) => {
      const v = a[0];
      if (v?.t === 'int') return int(v.v < 0n ? -v.v : v.v);
      if (v?.t === 'float') return { t: 'float', v: Math.abs(v.v) };
      return unknown('`abs()` of a value that is not a number', line);
    },
  ],
  [
    'chr',
    (a, _k, line) =>
      a[0]?.t === 'int'
        ? str(String.fromCodePoint(Number(a[0].v)))
        : unknown('`chr()` of a value that is not an integer', line),
  ],
  [
    'ord',
    (a, _k, line) =>
      a[0]?.t === 'str' && [...a[0].v].length === 1
        ? int(a[0].v.codePointAt(0)!)
        : unknown('`ord()` of a value that is not one character', line),
  ],
  [
    'map',
    (a, _k, line) => {
      const f = a[0];
      if (f?.t !== 'builtin' || a.length !== 2) return unknown('`map()` with a function of the suite', line);
      return collect(a[1], line, (it) => {
        const out: PyVal[] = [];
        for (const v of it) {
          const r = callValue(f, [v], new Map(), line, '');
          if (r.t === 'unknown') return r;
          out.push(r);
        }
        return { t: 'list', items: out };
      });
    },
  ],
  [
    'filter',
    (a, _k, line) => {
      if (a[0]?.t !== 'none') return unknown('`filter()` with a function', line);
      return collect(a[1], line, (it) => ({ t: 'list', items: it.filter((v) => truthy(v) === true) }));
    },
  ],
  ['mark.with_args', (_a, _k, line) => unknown('`with_args()` of a mark, not read statically', line)],
  ['enum.auto', () => AUTO],
  [
    'dataclasses.dataclass',
    (a, k, line) => {
      if (a.length > 0) return unknown('`dataclass()` applied by hand', line);
      const options: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], values: [] };
      for (const [key, value] of k) put(options, str(key), value);
      return fn('dataclasses.dataclass-options', options);
    },
  ],
  [
    'pytest.param',
    (a, k, line) => {
      for (const key of k.keys())
        if (key !== 'marks' && key !== 'id') return unknown(`\`pytest.param()\` with \`${key}=\``, line);
      const marks = k.get('marks');
      const list = marks === undefined ? [] : marksOf(marks, line);
      if (!Array.isArray(list)) return list;
      const id = k.get('id');
      if (id && id.t !== 'str' && id.t !== 'none' && id.t !== 'unknown')
        return unknown('`pytest.param(id=...)` that is not a string', line);
      return { t: 'param', values: a, marks: list, id, line };
    },
  ],
  [
    'pytest.fixture',
    (a, k, line) => {
      // `@pytest.fixture(...)` returns a decorator holding its options; `pytest.fixture(f)` applied by hand is not read.
      if (a.length > 0 && a[0]!.t === 'func')
        return unknown('`pytest.fixture()` applied to a function', line);
      const options: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], values: [] };
      const names = ['scope', 'params', 'autouse', 'ids', 'name'];
      a.forEach((v, i) => names[i] !== undefined && put(options, str(names[i]!), v));
      for (const [key, value] of k) put(options, str(key), value);
      // Which name it is registered under, and whether every test uses it, are not guessed.
      for (const key of ['name', 'autouse']) {
        const v = k.get(key);
        if (v?.t === 'unknown') return v;
      }
      return fn('fixture-options', options);
    },
  ],
  [
    'parameterized.expand',
    (a, k, line) =>
      decoratorOptions(
        'parameterized.expand-options',
        ['input', 'name_func', 'doc_func', 'skip_on_empty'],
        a,
        k,
        line,
      ),
  ],
  [
    'parameterized_class',
    (a, k, line) =>
      decoratorOptions(
        'parameterized_class-options',
        ['attrs', 'input_values', 'class_name_func', 'classname_func'],
        a,
        k,
        line,
      ),
  ],
  ['parameterized.param', (a) => fn('parameterized-param', { t: 'tuple', items: a })],
  [
    // Hypothesis fills these arguments itself: how many from the right, or which by name.
    'hypothesis.given',
    (a, k) =>
      fn('hypothesis.given-options', {
        t: 'tuple',
        items: [int(BigInt(a.length)), { t: 'tuple', items: [...k.keys()].map(str) }],
      }),
  ],
  ...ITERTOOLS,
  ...METHODS,
]);

function collect(v: PyVal | undefined, line: number, make: (items: PyVal[]) => PyVal): PyVal {
  if (v === undefined) return make([]);
  const it = items(v, line);
  return Array.isArray(it) ? make(it) : it;
}

function dedupe(list: PyVal[]): PyVal[] {
  const seen = new Set<string | undefined>();
  return list.filter((v) => {
    const h = hashKey(v);
    if (h !== undefined && seen.has(h)) return false;
    seen.add(h);
    return true;
  });
}

function put(d: Extract<PyVal, { t: 'dict' }>, key: PyVal, value: PyVal): void {
  const h = hashKey(key);
  const at = d.keys.findIndex((k) => hashKey(k) === h);
  if (at === -1) {
    d.keys.push(key);
    d.values.push(value);
  } else d.values[at] = value;
}

function extreme(a: Args, k: Kwargs, line: number, sign: number): PyVal {
  if (k.size > 0) return unknown('`min()`/`max()` with keyword arguments', line);
  const it = a.length === 1 ? items(a[0]!, line) : a;
  if (!Array.isArray(it)) return it;
  if (it.length === 0) return unknown('`min()`/`max()` of nothing', line);
  let best = it[0]!;
  for (const v of it.slice(1)) {
    const c = order(v, best);
    if (c === undefined) return unknown('`min()`/`max()` of values without an order', line);
    if (c * sign > 0) best = v;
  }
  return best;
}

function boolFold(v: PyVal | undefined, line: number, any: boolean): PyVal {
  const it = v ? items(v, line) : unknown('`any()`/`all()` without an argument', line);
  if (!Array.isArray(it)) return it;
  for (const x of it) {
    const b = truthy(x);
    if (b === undefined) return unknown('the truth of a value known only at run time', line);
    if (b === any) return bool(any);
  }
  return bool(!any);
}

function decoratorOptions(name: string, positional: string[], a: Args, k: Kwargs, line: number): PyVal {
  if (a.length > positional.length)
    return unknown(`\`${name.split('-')[0]}()\` with more arguments than read here`, line);
  const options: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], values: [] };
  a.forEach((v, i) => put(options, str(positional[i]!), v));
  for (const [key, value] of k) put(options, str(key), value);
  return fn(name, options);
}
