/** `itertools.product`, `chain`, `combinations` and `permutations`, materialized as lists. */
import { iterate, MAX_ITEMS } from './iterate.js';
import type { Args, Impl, Kwargs } from './methods.js';
import { unknown, type PyVal } from './values.js';

const items = (v: PyVal, line: number): PyVal[] | PyVal => iterate(v, line);

export const ITERTOOLS: Array<[string, Impl]> = [
  [
    'itertools.product',
    (a, k, line) => {
      const repeat = k.get('repeat');
      const pools: PyVal[][] = [];
      for (const v of a) {
        const it = items(v, line);
        if (!Array.isArray(it)) return it;
        pools.push(it);
      }
      const times = repeat?.t === 'int' ? Number(repeat.v) : 1;
      const all = Array.from({ length: times }, () => pools).flat();
      let out: PyVal[][] = [[]];
      for (const pool of all) {
        out = out.flatMap((prefix) => pool.map((x) => [...prefix, x]));
        if (out.length > MAX_ITEMS) return unknown(`a product of more than ${MAX_ITEMS} items`, line);
      }
      return { t: 'list', items: out.map((items) => ({ t: 'tuple', items }) as PyVal) };
    },
  ],
  [
    'itertools.chain',
    (a, _k, line) => {
      const out: PyVal[] = [];
      for (const v of a) {
        const it = items(v, line);
        if (!Array.isArray(it)) return it;
        out.push(...it);
      }
      return { t: 'list', items: out };
    },
  ],
  ['itertools.combinations', (a, k, line) => choose(a, k, line, false)],
  ['itertools.permutations', (a, k, line) => choose(a, k, line, true)],
];

function choose(a: Args, k: Kwargs, line: number, ordered: boolean): PyVal {
  const it = a[0] ? items(a[0], line) : unknown('`itertools` without an iterable', line);
  if (!Array.isArray(it)) return it;
  const rv = a[1] ?? k.get('r');
  const r =
    rv === undefined || rv.t === 'none' ? (ordered ? it.length : -1) : rv.t === 'int' ? Number(rv.v) : -1;
  if (r < 0) return unknown('`combinations()` without a length', line);
  const out: PyVal[] = [];
  const pick = (start: number, chosen: number[]): void => {
    if (out.length > MAX_ITEMS) return;
    if (chosen.length === r) {
      out.push({ t: 'tuple', items: chosen.map((i) => it[i]!) });
      return;
    }
    for (let i = ordered ? 0 : start; i < it.length; i++) {
      if (ordered && chosen.includes(i)) continue;
      pick(i + 1, [...chosen, i]);
    }
  };
  pick(0, []);
  return out.length > MAX_ITEMS ? unknown(`more than ${MAX_ITEMS} items`, line) : { t: 'list', items: out };
}
