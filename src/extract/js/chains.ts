// The allowlist, after eslint-plugin-jest's parseJestFnCall: a chain is a root name followed by
// modifiers; anything else (test.step, test.use, test.info, beforeEach, a user's helper) is not a
// test declaration.

export const DESCRIBE_ROOTS = new Set(['describe', 'fdescribe', 'xdescribe', 'suite']);
export const TEST_ROOTS = new Set(['it', 'fit', 'xit', 'test', 'xtest']);
export const MODIFIERS = new Set([
  'only',
  'skip',
  'todo',
  'concurrent',
  'sequential',
  'serial',
  'parallel',
  'fixme',
  'fail',
  'fails',
  'failing',
  'shuffle',
]);
/** Modifiers that take arguments before the test's own: `test.skipIf(cond)('t', fn)`. */
export const CALLED_MODIFIERS = new Set(['each', 'for', 'skipIf', 'runIf', 'extend']);
export const TABLE_MODIFIERS = new Set(['each', 'for']);
/** Ways to call a function whose arguments the reader does not line up with a declaration's. */
export const INDIRECT = new Set(['call', 'apply', 'bind']);

/** Whether `test.<link>` is still a function that declares tests (`test.skip`, `test.describe`), not `test.step`. */
export function declaresThrough(link: string): boolean {
  return MODIFIERS.has(link) || CALLED_MODIFIERS.has(link) || link === 'describe';
}
