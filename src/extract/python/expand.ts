/**
 * The test cases pytest makes of one function: every test is built here, and a statically
 * parametrized function becomes one case per parametrization, with pytest's ids and indices.
 */
import type { GroupValue, TestCase } from '../../model.js';
import type { Mark, Parametrize } from './values.js';

/** A test case with what the differential test needs beyond the model. */
export interface FoundTest extends TestCase {
  /** False when the `[id]` part depends on runtime values. */
  idExact: boolean;
}

export type StaticParametrize = Extract<Parametrize, { static: true }>;

/** A group as `get_closest_marker` finds it: undefined for none, null for one that cannot be read. */
type ClosestGroup = GroupValue | null | undefined;

/**
 * Every test is made here, with all its fields in one order (absent ones undefined): the plan
 * reads hundreds of thousands of them at the same sites, which stay fast only while every test
 * has the same shape (hidden class).
 */
export function foundTest(
  id: string,
  fn: string,
  file: string,
  line: number,
  group: GroupValue | null,
  argnames: readonly string[] | undefined,
  params: readonly number[] | undefined,
  idExact: boolean,
): FoundTest {
  return { id, function: fn, file, line, group, argnames, params, paramsPerCall: undefined, idExact };
}

/**
 * One case per parametrization of `fn`: the cross product of every call's parameter sets, first
 * call outermost (pytest's order). A case's group is the function's own (`own`), else its
 * parameter sets' marks, else the outer nodes' (`outer`).
 */
export function expandParametrized(
  fn: string,
  file: string,
  statics: StaticParametrize[],
  own: ClosestGroup,
  outer: ClosestGroup,
  firstGroup: (marks: Mark[]) => ClosestGroup,
): FoundTest[] {
  const out: FoundTest[] = [];
  const argnames = statics.length === 1 ? statics[0]!.argnames : statics.flatMap((p) => p.argnames);
  const total = statics.reduce((n, p) => n * p.sets.length, 1);
  const pick = new Array<number>(statics.length);
  for (let flat = 0; flat < total; flat++) {
    let rest = flat;
    for (let ci = statics.length - 1; ci >= 0; ci--) {
      const n = statics[ci]!.sets.length;
      pick[ci] = rest % n;
      rest = (rest - pick[ci]!) / n;
    }
    const params = new Array<number>(argnames.length);
    let at = 0;
    let renumbered = false;
    let id = '';
    let idExact = true;
    let paramGroup: ClosestGroup;
    for (let ci = 0; ci < statics.length; ci++) {
      const p = statics[ci]!;
      const index = pick[ci]!;
      const set = p.sets[index]!;
      id = ci === 0 ? set.id : `${id}-${set.id}`;
      if (!set.idExact) idExact = false;
      if (paramGroup === undefined) paramGroup = firstGroup(set.marks);
      // pytest 7.4, ≥8.4 and 9 renumber direct argnames with the item's position among all
      // parametrizations; 8.0–8.3 keep each call's own index. The plan carries both.
      for (let a = 0; a < p.argnames.length; a++) {
        const value = p.direct[a] ? flat : index;
        params[at++] = value;
        if (value !== index) renumbered = true;
      }
    }
    const test = foundTest(
      [fn, '[', id, ']'].join(''),
      fn,
      file,
      statics[0]!.sets[pick[0]!]!.line,
      (own !== undefined ? own : paramGroup !== undefined ? paramGroup : outer) ?? null,
      argnames,
      params,
      idExact,
    );
    if (renumbered) test.paramsPerCall = perCallIndices(statics, pick, argnames.length);
    out.push(test);
  }
  return out;
}

/** Each argname's index within its own `parametrize` call (pytest 8.0–8.3's numbering). */
function perCallIndices(calls: StaticParametrize[], pick: number[], count: number): number[] {
  const perCall = new Array<number>(count);
  let at = 0;
  for (let ci = 0; ci < calls.length; ci++)
    for (let a = 0; a < calls[ci]!.argnames.length; a++) perCall[at++] = pick[ci]!;
  return perCall;
}
