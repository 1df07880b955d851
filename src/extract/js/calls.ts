import type { TSESTree } from '@typescript-eslint/typescript-estree';

/** What a recognised call declares. */
export type CallKind = 'describe' | 'test';

export interface TestCall {
  kind: CallKind;
  /** `.each` / `.for`: one call stands for a table of tests whose titles are formatted at run time. */
  each: boolean;
  /** The call whose arguments are `(title, options?, fn)`. */
  call: TSESTree.CallExpression;
}

// The allowlist, after eslint-plugin-jest's parseJestFnCall: a chain is a root name followed by
// modifiers; anything else (test.step, test.use, test.extend, beforeEach, a user's helper) is not
// a test declaration.
const DESCRIBE_ROOTS = new Set(['describe', 'fdescribe', 'xdescribe', 'suite']);
const TEST_ROOTS = new Set(['it', 'fit', 'xit', 'test', 'xtest']);
const MODIFIERS = new Set([
  'only',
  'skip',
  'todo',
  'concurrent',
  'sequential',
  'serial',
  'parallel',
  'fixme',
  'fails',
  'failing',
  'shuffle',
]);
/** Modifiers that take arguments before the test's own: `test.skipIf(cond)('t', fn)`. */
const CALLED_MODIFIERS = new Set(['each', 'for', 'skipIf', 'runIf', 'extend']);
const TABLE_MODIFIERS = new Set(['each', 'for']);

/**
 * Whether `node` declares a test or a describe block, through one of the allowlisted chains:
 * `describe`, `it.only`, `test.concurrent.each(table)`, `test.describe.parallel.only`,
 * `describe.skipIf(x)`, tagged templates `` it.each`table` ``.
 */
export function testCall(node: TSESTree.CallExpression): TestCall | null {
  const direct = node.callee;
  // `test.each(table)` is the table call; the declaration is the call of its result.
  if (
    direct.type === 'MemberExpression' &&
    direct.property.type === 'Identifier' &&
    CALLED_MODIFIERS.has(direct.property.name)
  )
    return null;
  const chain: string[] = [];
  let each = false;
  let callee: TSESTree.Node = node.callee;
  for (;;) {
    if (callee.type === 'Identifier') {
      chain.unshift(callee.name);
      break;
    }
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      chain.unshift(callee.property.name);
      callee = callee.object;
    } else if (callee.type === 'CallExpression' || callee.type === 'TaggedTemplateExpression') {
      const inner: TSESTree.Node = callee.type === 'CallExpression' ? callee.callee : callee.tag;
      if (inner.type !== 'MemberExpression' || inner.computed || inner.property.type !== 'Identifier')
        return null;
      const name = inner.property.name;
      if (!CALLED_MODIFIERS.has(name) || name === 'extend') return null;
      if (TABLE_MODIFIERS.has(name)) each = true;
      chain.unshift(name);
      callee = inner.object;
    } else {
      return null;
    }
  }
  const [root, ...rest] = chain;
  if (root === undefined) return null;
  let kind: CallKind;
  let mods = rest;
  if (DESCRIBE_ROOTS.has(root)) kind = 'describe';
  else if (TEST_ROOTS.has(root)) {
    // Playwright: test.describe(...) and its modifiers.
    if (rest[0] === 'describe') {
      kind = 'describe';
      mods = rest.slice(1);
    } else kind = 'test';
  } else return null;
  for (const m of mods) if (!MODIFIERS.has(m) && !CALLED_MODIFIERS.has(m)) return null;
  // `test.describe.configure({ mode })`, `test.step(...)` etc. fall out above; `test.only` with
  // no arguments is not a declaration either.
  if (node.arguments.length === 0) return null;
  return { kind, each, call: node };
}
