/**
 * `--deselect` and `-m` of `addopts`, replayed on the items the collector makes: pytest drops
 * them after collection (`pytest_collection_modifyitems` in `_pytest/main.py` and
 * `_pytest/mark/__init__.py`), so they are not planned. Where the reader cannot know an item's
 * id or marks (a parametrization it does not read, said where it is), the entry is kept: the
 * plugin sees what pytest deselected and does not count it missing.
 */
import { evaluateMarkExpr } from '../../discover/mark-expression.js';
import type { ItemSelect } from '../extractor.js';
import type { FoundTest, StaticParametrize } from './expand.js';
import type { Mark } from './values.js';

export class ItemFilter {
  constructor(private readonly s: ItemSelect) {}

  /**
   * Whether pytest keeps a whole-function entry. `complete`: the entry is the function's only
   * item; otherwise it stands for parametrizations whose ids and marks are unknown.
   */
  keepsWhole(test: FoundTest, marks: Mark[], complete: boolean): boolean {
    const names = new Set(marks.map((m) => m.name));
    return this.keeps(test, complete, (n) => (names.has(n) ? true : complete ? false : undefined));
  }

  /** The items pytest keeps of a statically parametrized function (in `expandParametrized`'s order). */
  keepsParams(tests: FoundTest[], marks: Mark[], calls: StaticParametrize[]): FoundTest[] {
    const base = marks.map((m) => m.name);
    const pick = new Array<number>(calls.length);
    return tests.filter((test, flat) => {
      let rest = flat;
      for (let ci = calls.length - 1; ci >= 0; ci--) {
        const n = calls[ci]!.sets.length;
        pick[ci] = rest % n;
        rest = (rest - pick[ci]!) / n;
      }
      const names = new Set(base);
      for (let ci = 0; ci < calls.length; ci++)
        for (const m of calls[ci]!.sets[pick[ci]!]!.marks) names.add(m.name);
      return this.keeps(test, test.idExact, (n) => names.has(n));
    });
  }

  private keeps(test: FoundTest, idKnown: boolean, has: (name: string) => boolean | undefined): boolean {
    const nodeid = this.s.nodeidPrefix + test.id;
    const fn = this.s.nodeidPrefix + test.function;
    for (const prefix of this.s.deselect) {
      if (idKnown ? nodeid.startsWith(prefix) : fn.startsWith(prefix)) return false;
    }
    if (this.s.markExpr && evaluateMarkExpr(this.s.markExpr, has) === false) return false;
    return true;
  }
}
