/** The str, dict, list and tuple methods test suites build parameters and names with. */
import { iterate } from './iterate.js';
import { strFormat } from './pyformat.js';
import { bool, hashKey, NONE, str, unknown, type PyVal } from './values.js';

export type Args = PyVal[];
export type Kwargs = Map<string, PyVal>;
/** A callable's implementation: arguments already evaluated, `self` for a bound method. */
export type Impl = (args: Args, kwargs: Kwargs, line: number, self: PyVal | undefined) => PyVal;

function needStr(v: PyVal | undefined, what: string, line: number): string | PyVal {
  if (v === undefined) return unknown(`${what} without an argument`, line);
  return v.t === 'str' ? v.v : v.t === 'unknown' ? v : unknown(`${what} of a ${v.t} value`, line);
}

const items = (v: PyVal, line: number): PyVal[] | PyVal => iterate(v, line);

function stringMethods(): Array<[string, Impl]> {
  const s = (self: PyVal | undefined): string => (self as { v: string }).v;
  const strArg = (a: Args, i: number): string | null | undefined => {
    const v = a[i];
    if (v === undefined || v.t === 'none') return undefined;
    return v.t === 'str' ? v.v : null;
  };
  const mapStr =
    (f: (x: string, a: Args) => string | null): Impl =>
    (a, _k, line, self) => {
      const r = f(s(self), a);
      return r === null ? unknown('a string method with arguments not read here', line) : str(r);
    };
  return [
    [
      'str.format',
      (a, k, line, self) => {
        const r = strFormat(s(self), a, k);
        return r === null ? unknown('a `str.format()` template not read here', line) : str(r);
      },
    ],
    [
      'str.join',
      (a, _k, line, self) => {
        const it = a[0] ? items(a[0], line) : unknown('`join()` without an argument', line);
        if (!Array.isArray(it)) return it;
        const parts: string[] = [];
        for (const v of it) {
          const p = needStr(v, '`join()`', line);
          if (typeof p !== 'string') return p;
          parts.push(p);
        }
        return str(parts.join(s(self)));
      },
    ],
    ['str.upper', mapStr((x) => x.toUpperCase())],
    ['str.lower', mapStr((x) => x.toLowerCase())],
    [
      'str.title',
      mapStr((x) => x.replace(/[A-Za-z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())),
    ],
    ['str.capitalize', mapStr((x) => (x ? x[0]!.toUpperCase() + x.slice(1).toLowerCase() : x))],
    [
      'str.zfill',
      mapStr((x, a) => {
        const w = a[0]?.t === 'int' ? Number(a[0].v) : null;
        if (w === null) return null;
        const sign = x[0] === '-' || x[0] === '+' ? x[0] : '';
        return sign + x.slice(sign.length).padStart(w - sign.length, '0');
      }),
    ],
    [
      'str.replace',
      mapStr((x, a) => {
        const from = strArg(a, 0);
        const to = strArg(a, 1);
        if (typeof from !== 'string' || typeof to !== 'string' || a.length > 2) return null;
        return x.split(from).join(to);
      }),
    ],
    [
      'str.removeprefix',
      mapStr((x, a) => {
        const p = strArg(a, 0);
        return typeof p !== 'string' ? null : x.startsWith(p) ? x.slice(p.length) : x;
      }),
    ],
    [
      'str.removesuffix',
      mapStr((x, a) => {
        const p = strArg(a, 0);
        return typeof p !== 'string' ? null : p && x.endsWith(p) ? x.slice(0, -p.length) : x;
      }),
    ],
    ...(['strip', 'lstrip', 'rstrip'] as const).map((m): [string, Impl] => [
      `str.${m}`,
      mapStr((x, a) => {
        const chars = strArg(a, 0);
        if (chars === null) return null;
        const set = chars === undefined ? ' \t\n\r\x0b\x0c' : chars;
        let i = 0;
        let j = x.length;
        if (m !== 'rstrip') while (i < j && set.includes(x[i]!)) i++;
        if (m !== 'lstrip') while (j > i && set.includes(x[j - 1]!)) j--;
        return x.slice(i, j);
      }),
    ]),
    [
      'str.split',
      (a, k, line, self) => {
        const sep =
          strArg(a, 0) ?? (k.get('sep')?.t === 'str' ? (k.get('sep') as { v: string }).v : undefined);
        if (sep === null || a.length > 1 || k.has('maxsplit'))
          return unknown('`split()` with arguments not read here', line);
        const parts =
          sep === undefined
            ? s(self)
                .split(/\s+/)
                .filter((p) => p !== '')
            : s(self).split(sep);
        return { t: 'list', items: parts.map(str) };
      },
    ],
    [
      'str.startswith',
      (a, _k, line, self) =>
        a[0]?.t === 'str'
          ? bool(s(self).startsWith(a[0].v))
          : unknown('`startswith()` of a value not read here', line),
    ],
    [
      'str.endswith',
      (a, _k, line, self) =>
        a[0]?.t === 'str'
          ? bool(s(self).endsWith(a[0].v))
          : unknown('`endswith()` of a value not read here', line),
    ],
  ];
}

/** Methods by `type.name`: `str.format`, `dict.items`, `seq.index`, ... */
export const METHODS: Array<[string, Impl]> = [
  ...stringMethods(),
  ['dict.keys', (_a, _k, _line, self) => ({ t: 'list', items: [...(self as { keys: PyVal[] }).keys] })],
  ['dict.values', (_a, _k, _line, self) => ({ t: 'list', items: [...(self as { values: PyVal[] }).values] })],
  [
    'dict.items',
    (_a, _k, _line, self) => {
      const d = self as { keys: PyVal[]; values: PyVal[] };
      return {
        t: 'list',
        items: d.keys.map((key, i) => ({ t: 'tuple', items: [key, d.values[i]!] }) as PyVal),
      };
    },
  ],
  [
    'dict.get',
    (a, _k, line, self) => {
      const d = self as { keys: PyVal[]; values: PyVal[] };
      const h = a[0] ? hashKey(a[0]) : undefined;
      if (h === undefined) return unknown('`dict.get()` of a key not known', line);
      const at = d.keys.findIndex((key) => hashKey(key) === h);
      return at === -1 ? (a[1] ?? NONE) : d.values[at]!;
    },
  ],
  ['dict.copy', (_a, _k, _line, self) => ({ ...(self as Extract<PyVal, { t: 'dict' }>) })],
  ['seq.copy', (_a, _k, _line, self) => ({ ...(self as Extract<PyVal, { t: 'list' }>) })],
];
