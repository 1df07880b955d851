import type { TSESTree } from '@typescript-eslint/typescript-estree';
import {
  CALLED_MODIFIERS,
  DESCRIBE_ROOTS,
  INDIRECT,
  MODIFIERS,
  TABLE_MODIFIERS,
  TEST_ROOTS,
} from './chains.js';
import type { Resolver } from './resolve.js';
import { memberKey, type Scope, unwrap } from './scope.js';

/** What a recognised call declares. */
export type CallKind = 'describe' | 'test';

export interface TestCall {
  kind: CallKind;
  /** `.each` / `.for`: one call stands for a table of tests whose titles are formatted at run time. */
  each: boolean;
  /** The call whose arguments are `(title, options?, fn)`. */
  call: TSESTree.CallExpression;
}

/** What a call is, read statically. */
export type ReadCall =
  /** A test or describe declaration. */
  | { type: 'declaration'; found: TestCall }
  /** Playwright's `test.skip(condition, reason)` and the like: an annotation at run time, no test. */
  | { type: 'annotation' }
  /** A call that may declare tests, but in a way not read: said at its line, the file planned whole. */
  | { type: 'unreadable'; what: string }
  /** A call of a function imported from a module that is not read (`import { itWithDb } from './helpers'`). */
  | { type: 'imported'; name: string; source: string };

/** `globalThis.test`, `global.it`, `window.describe`: the runner's globals. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
/** Playwright's `test.skip/fixme/fail(...)` declare a test or annotate one, by their arguments. */
const PLAYWRIGHT_ANNOTATIONS = new Set(['skip', 'fixme', 'fail']);

/**
 * What `node` is: a test or describe declaration through one of the allowlisted chains
 * (`describe`, `it.only`, `test.concurrent.each(table)`, `test.describe.parallel.only`,
 * `describe.skipIf(x)`, tagged templates `` it.each`table` ``) whose root is the runner's (see
 * `Resolver`); a Playwright annotation; a call through a name that cannot be followed; a call of
 * an imported function; or null for anything else.
 */
export function readCall(node: TSESTree.CallExpression, scope: Scope, resolver: Resolver): ReadCall | null {
  const direct = node.callee;
  // `test.each(table)` is the table call; the declaration is the call of its result.
  if (direct.type === 'MemberExpression') {
    const key = memberKey(direct);
    if (key !== null && CALLED_MODIFIERS.has(key)) return null;
  }
  const links: string[] = [];
  let callee: TSESTree.Node = node.callee;
  let root: string;
  for (;;) {
    if (callee.type === 'Identifier') {
      root = callee.name;
      break;
    }
    if (callee.type === 'MemberExpression') {
      const key = memberKey(callee);
      if (key === null) return null;
      links.unshift(key);
      callee = callee.object;
    } else if (callee.type === 'CallExpression' || callee.type === 'TaggedTemplateExpression') {
      const inner: TSESTree.Node = callee.type === 'CallExpression' ? callee.callee : callee.tag;
      if (inner.type !== 'MemberExpression') return null;
      const name = memberKey(inner);
      if (name === null || !CALLED_MODIFIERS.has(name) || name === 'extend') return null;
      links.unshift(name);
      callee = inner.object;
    } else if (
      callee.type === 'TSNonNullExpression' ||
      callee.type === 'TSAsExpression' ||
      callee.type === 'TSSatisfiesExpression'
    ) {
      callee = callee.expression;
    } else if (callee.type === 'SequenceExpression') {
      // `(0, test)(...)`, as compilers write an imported function's call.
      callee = callee.expressions[callee.expressions.length - 1]!;
    } else {
      return null;
    }
  }
  // `globalThis.test(...)` is the global, whatever a local `test` is.
  const global = GLOBAL_OBJECTS.has(root) && scope.lookup(root) === undefined && links.length > 0;
  const value = global ? resolver.global(links.shift()!) : resolver.name(root, scope);
  if (value === null) return null;
  if (value.kind === 'unknown') return { type: 'unreadable', what: `'${root}' is ${value.why}` };
  if (value.kind === 'imported') return { type: 'imported', name: root, source: value.source };
  let chain: string[];
  if (value.kind === 'namespace') chain = links;
  else chain = [...value.chain, ...links];
  const indirect = chain.find((link) => INDIRECT.has(link));
  if (indirect && (DESCRIBE_ROOTS.has(chain[0]!) || TEST_ROOTS.has(chain[0]!)))
    return { type: 'unreadable', what: `the runner's '${chain[0]}' is called through .${indirect}` };
  return readChain(chain, node, value.playwright, scope, resolver);
}

function readChain(
  chain: string[],
  node: TSESTree.CallExpression,
  playwright: boolean,
  scope: Scope,
  resolver: Resolver,
): ReadCall | null {
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
  if (playwright && kind === 'test') {
    // `test.slow()` marks tests slow; it never declares one (Playwright reads `test.slow('t', fn)`
    // as an annotation too).
    if (mods.includes('slow') && mods.every((m) => m === 'slow')) return { type: 'annotation' };
    if (mods.length === 1 && PLAYWRIGHT_ANNOTATIONS.has(mods[0]!)) {
      const read = playwrightModifier(node, scope, resolver);
      if (read !== 'declaration') return read;
    }
  }
  for (const m of mods) if (!MODIFIERS.has(m) && !CALLED_MODIFIERS.has(m)) return null;
  // `test.describe.configure({ mode })`, `test.step(...)` etc. fall out above; `test.only` with
  // no arguments is not a declaration either.
  if (node.arguments.length === 0) return null;
  const each = mods.some((m) => TABLE_MODIFIERS.has(m));
  return { type: 'declaration', found: { kind, each, call: node } };
}

/**
 * `test.skip(...)`, `test.fixme(...)`, `test.fail(...)` in Playwright: a declaration when called
 * with a title and a body (`(title, fn)` or `(title, details, fn)`), else an annotation of the
 * running test or of the enclosing describe (`test.skip()`, `test.skip(condition, reason)`,
 * `test.skip(({ browserName }) => ..., reason)`). Playwright decides by the arguments' types at
 * run time; eslint-plugin-playwright by their shape: a body function last means a declaration.
 * When the shape does not settle it and the types cannot be told, the call is unreadable.
 */
function playwrightModifier(
  node: TSESTree.CallExpression,
  scope: Scope,
  resolver: Resolver,
): 'declaration' | ReadCall {
  const args = node.arguments;
  const last = args[args.length - 1];
  if (args.length >= 2 && last && isFunctionLiteral(last)) return 'declaration';
  const kind = (i: number): ValueKind => {
    const a = args[i];
    if (!a) return 'missing';
    return a.type === 'SpreadElement' ? 'unknown' : valueKind(a, scope, resolver, 0);
  };
  // Playwright: typeof a0 === 'string' && (typeof a1 === 'function' || (typeof a1 === 'object' && typeof a2 === 'function')).
  const title = maybe(kind(0), 'string');
  const body = or(maybe(kind(1), 'function'), and(maybe(kind(1), 'object'), maybe(kind(2), 'function')));
  const declares = and(title, body);
  if (declares === false) return { type: 'annotation' };
  return {
    type: 'unreadable',
    what: `this call may declare a test or mark the running one, depending on its arguments' values`,
  };
}

type ValueKind = 'string' | 'function' | 'object' | 'primitive' | 'unknown' | 'missing';
/** true, false, or undefined for "cannot tell". */
type Maybe = boolean | undefined;

function maybe(kind: ValueKind, wanted: 'string' | 'function' | 'object'): Maybe {
  if (kind === 'unknown') return undefined;
  return kind === wanted;
}
function and(a: Maybe, b: Maybe): Maybe {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}
function or(a: Maybe, b: Maybe): Maybe {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : undefined;
}

function isFunctionLiteral(node: TSESTree.Node): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

/** The `typeof` of an expression's value, where the expression alone settles it. */
function valueKind(node: TSESTree.Expression, scope: Scope, resolver: Resolver, depth: number): ValueKind {
  const e = unwrap(node);
  switch (e.type) {
    case 'Literal':
      if (typeof e.value === 'string') return 'string';
      // null and regular expressions are objects to typeof.
      if (e.value === null || e.value instanceof RegExp || 'regex' in e) return 'object';
      return 'primitive';
    case 'TemplateLiteral':
      return 'string';
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
      return 'function';
    case 'ObjectExpression':
    case 'ArrayExpression':
      return 'object';
    case 'UnaryExpression':
      return e.operator === 'typeof' ? 'string' : 'primitive';
    case 'UpdateExpression':
      return 'primitive';
    case 'BinaryExpression':
      // `+` may join strings; every other operator gives a number or a boolean.
      return e.operator === '+' ? 'unknown' : 'primitive';
    case 'ConditionalExpression': {
      const a = valueKind(e.consequent, scope, resolver, depth);
      return a === valueKind(e.alternate, scope, resolver, depth) ? a : 'unknown';
    }
    case 'Identifier': {
      if (e.name === 'undefined' && scope.lookup('undefined') === undefined) return 'primitive';
      const b = scope.lookup(e.name);
      // `const REASON = 'needs a sink'`: a constant settles it.
      if (b?.kind === 'variable' && b.constant && b.keys.length === 0 && depth < 4)
        return valueKind(b.init, b.scope, resolver, depth + 1);
      return 'unknown';
    }
    default:
      return 'unknown';
  }
}
