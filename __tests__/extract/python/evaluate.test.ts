// The static evaluator against Python itself: every expression below is evaluated by CPython
// (`repr(eval(...))`) and by ours (`pyRepr(evaluate(...))`); they must agree, and what ours cannot
// know must be `unknown`, never a different value.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/extract/python/evaluate.js';
import { parseText } from '../../../src/extract/python/parse-expr.js';
import { pyRepr } from '../../../src/extract/python/pyformat.js';
import type { Env, PyVal } from '../../../src/extract/python/values.js';
import { PYTHON } from '../../helpers/pytest.js';

/** Names bound before the expression, in order (each sees the earlier ones). */
type Case = [setup: Array<[string, string]>, expr: string];

const TAGS: Array<[string, string]> = [
  ['CLOUDS', '["vm", "k8s"]'],
  ['TLS', '[True, False]'],
];
const CASES: Case[] = [
  [[], '1 + 2 * 3 - 4 // 3 % 5'],
  [[], '-7 // 2, -7 % 2, 7 // -2, 2 ** 10, 2 ** -1, 7 / 2'],
  [[], '"a" + "b" * 3, [1] * 2 + [3], (1,) + (2, 3)'],
  [
    [],
    '1 < 2 < 3, 1 < 3 < 2, "a" in "cat", 3 not in [1, 2], None is None, [1, 2] == [1, 2], (1, 2) < (1, 3)',
  ],
  [[], 'not [], 0 or "x", 1 and 2, "" and 1, 1 if 0 else 2'],
  [[['SMALL', '"small"']], 'SMALL'],
  [
    [
      ['USER', '"operator"'],
      ['OTHER', '"backup"'],
    ],
    '[USER, OTHER]',
  ],
  [TAGS, '[f"{tls}-{cloud}" for tls in TLS for cloud in CLOUDS]'],
  [TAGS, '{(c, t): f"{c}/{t!r}" for c in CLOUDS for t in TLS if t}'],
  [TAGS, 'list(zip(CLOUDS, TLS)), list(enumerate(CLOUDS, 1)), dict(a=1, **{"b": 2})'],
  [
    [['D', '{"x": 1, "y": 2}']],
    'list(D.keys()), list(D.values()), list(D.items()), D["y"], D.get("z", 0), len(D)',
  ],
  [[['L', 'list(range(10))']], 'L[2:5], L[::-3], L[-1], L[-3:], L[:0], sorted(L, reverse=True)[:2]'],
  [[], '"%s-%d-%05.1f-%r" % ("a", 3, 2.25, "q")'],
  [[], '"%.1f %.0f %.0f %.2e %.3e %e %.0e" % (0.35, 0.5, 1.5, 12345.678, 9.9995, 0.0001234, 95)'],
  [[], '"%.2f%%" % 12.345, f"{0.125:.2%}", f"{2.675:.2f}", f"{1e22:.1f}"'],
  [[], '"%(name)s is %(age)d" % {"name": "x", "age": 9}'],
  [[], '"{}-{:>5}-{:03d}-{!r}-{name}".format("a", "b", 7, "c", name="n")'],
  [[], 'f"{1+1=}", f"{3.14159:.2f}", f"{255:#x}", f"{1234567:,}", f"{\'ab\':^6}|"'],
  [[], 'str(1.0), str(1e16), str(1e-5), repr(0.1), str(True), str(None), repr("it\'s"), repr(b"\\x00a")'],
  [[], 'int("42"), float("2.5"), bool(0), tuple("ab"), list(reversed([1, 2, 3]))'],
  [[], 'str(float("inf")), repr(float(" -Infinity ")), str(float("NaN")), float("+inf") > 1e308'],
  [
    [],
    '"-".join(["a", "b"]), "A_b".lower(), "x".upper(), " pad ".strip(), "a,b".split(","), "a b  c".split()',
  ],
  [[], 'min(3, 1, 2), max([1, 5, 2]), sum([1, 2, 3]), any([0, 1]), all([1, 0]), abs(-3)'],
  [[], '[*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}'],
  [
    [['P', '[(1, "a"), (2, "b")]']],
    '[x for x, _ in P], [(y, x) for (x, y) in P], [a for a, *rest in [(1, 2, 3)]]',
  ],
  [[], '"{0}{1}{0}".format("a", "b"), "{0[1]}".format(["x", "y"])'],
  [[], '[i * i for i in range(5) if i % 2], {i: str(i) for i in range(3)}'],
  [[], 'list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"]))'],
];

/** Values ours must not claim to know (the set's order, a call into code). */
const UNKNOWN: Case[] = [
  [[], '[x for x in {"a", "b", "c"}]'],
  [[['f', 'len']], 'g(1)'],
  [[], 'sorted(x, key=len)'],
];

class MapEnv implements Env {
  readonly names = new Map<string, PyVal>();
  readonly file = 'test_eval.py';
  lookup(name: string): PyVal | undefined {
    return this.names.get(name);
  }
  get outer(): Env {
    return this;
  }
}

function ours(c: Case): PyVal {
  const env = new MapEnv();
  for (const [name, text] of c[0]) env.names.set(name, evaluate(parseText(text, 1)!, env));
  const e = parseText(c[1], 1);
  if (!e) throw new Error(`ours cannot parse ${c[1]}`);
  return evaluate(e, env);
}

function python(cases: Case[]): string[] {
  const script = `
import json, sys
out = []
for setup, expr in json.load(sys.stdin):
    ns = {}
    for name, text in setup:
        ns[name] = eval(text, ns)
    out.append(repr(eval(expr, ns)))
print(json.dumps(out))
`;
  const r = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

describe('the static evaluator agrees with CPython', () => {
  const expected = python(CASES);
  it.each(CASES.map((c, i) => [c[1], c, expected[i]!] as const))('%s', (_text, c, want) => {
    const v = ours(c);
    expect(v.t === 'unknown' ? `unknown: ${v.why}` : pyRepr(v)).toBe(want);
  });

  it.each(UNKNOWN.map((c) => [c[1], c] as const))('%s is unknown, not guessed', (_text, c) => {
    expect(ours(c).t).toBe('unknown');
  });
});
