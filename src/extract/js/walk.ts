import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Runner } from '../../model.js';
import { readCall, type TestCall } from './calls.js';
import { Resolver } from './resolve.js';
import { opensScope, Scope } from './scope.js';

/** One test declaration read statically. */
export interface JsTest {
  /** Describe titles from the outside in, then the test's title (anonymous describes left out). */
  titles: string[];
  line: number;
  /** Tag lists from the outside in: file docblock is not here; each describe's, then the test's. */
  tagLevels: string[][];
}

/** Something that stops the file's tests from being read one by one. */
export interface Dynamic {
  line: number;
  what: string;
  /** A warning for what is written in a form that cannot be read; a notice for a name that cannot be followed. */
  severity: 'warning' | 'notice';
}

export interface Walked {
  tests: JsTest[];
  dynamic: Dynamic[];
  /** Each tag read from a title, at its declaration's line (a describe's once). */
  titleTags: { tag: string; line: number }[];
}

type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** Where a call sits, for calls that are not at a declaration's place. */
const ELSEWHERE = 'inside a loop, a condition or a helper function';
const IN_TEST = "inside another test's body";

/**
 * The tests of a parsed file. Declarations are read only where their place is static: top level,
 * or directly in a describe callback. A declaration anywhere else (a loop, a helper function, an
 * `if`) and a title or tag that is not a plain string are reported, never guessed. Calls are the
 * runner's when their root name resolves to it (see `Resolver`): a local `test` is not a test, an
 * aliased import of the runner's is.
 */
export function walkProgram(program: TSESTree.Program, runner: Runner): Walked {
  return new Walker(runner).run(program);
}

class Walker {
  private readonly tests: JsTest[] = [];
  private readonly dynamic: Dynamic[] = [];
  private readonly titleTags: { tag: string; line: number }[] = [];
  private readonly resolver: Resolver;

  constructor(runner: Runner) {
    this.resolver = new Resolver(runner);
  }

  run(program: TSESTree.Program): Walked {
    this.statements(program.body, new Scope(program, null), [], []);
    return { tests: this.tests, dynamic: this.dynamic, titleTags: this.titleTags };
  }

  /** Statements at a declaration's place: the program's, or a describe callback's. */
  private statements(list: TSESTree.Node[], scope: Scope, titles: string[], tagLevels: string[][]): void {
    for (const statement of list) {
      let expr: TSESTree.Node | null = statement.type === 'ExpressionStatement' ? statement.expression : null;
      if (expr?.type === 'AwaitExpression') expr = expr.argument;
      if (expr?.type !== 'CallExpression') {
        this.visit(statement, scope, ELSEWHERE, true);
        continue;
      }
      const read = readCall(expr, scope, this.resolver);
      if (read?.type === 'declaration') {
        this.declaration(read.found, scope, titles, tagLevels);
        continue;
      }
      this.visit(statement, scope, ELSEWHERE, true);
    }
  }

  private declaration(found: TestCall, scope: Scope, titles: string[], tagLevels: string[][]): void {
    const { call, kind } = found;
    const line = call.loc.start.line;
    const args = call.arguments;
    const first = args[0];
    let title: string | null | undefined;
    if (kind === 'describe' && first && isFn(first))
      title = undefined; // Playwright's anonymous describe
    else title = first ? staticString(first) : null;
    if (title === null) {
      this.say({ line, severity: 'warning', what: `the ${kind} title is not a plain string` });
      return;
    }
    const tags: string[] = [];
    if (title !== undefined)
      for (const tag of titleTags(title)) {
        tags.push(tag);
        this.titleTags.push({ tag, line });
      }
    for (const option of args.slice(1)) {
      if (option.type !== 'ObjectExpression') continue;
      const read = optionTags(option);
      if (read === null) {
        this.say({ line, severity: 'warning', what: `the ${kind}'s tags are not plain strings` });
        return;
      }
      tags.push(...read);
    }
    const nextTitles = title === undefined ? titles : [...titles, title];
    const nextTags = [...tagLevels, tags];
    if (kind === 'test') {
      this.tests.push({ titles: nextTitles, line, tagLevels: nextTags });
      // Its body runs when the test runs: a declaration there is not read.
      for (const a of args) this.visit(a, scope, IN_TEST);
      return;
    }
    const body = [...args].reverse().find(isFn);
    for (const a of args) if (a !== body) this.visit(a, scope, ELSEWHERE);
    const last = args[args.length - 1];
    if (!body && args.length >= 2 && last && last.type !== 'ObjectExpression') {
      // `describe('queues', queueTests)`: the runner calls the function, whose tests are not read here.
      this.say({
        line,
        severity: 'notice',
        what: `the describe's body is not a function written here, and the tests it declares are not read`,
      });
    }
    if (!body) return;
    const inner = new Scope(body, scope);
    for (const p of body.params) this.visit(p, inner, ELSEWHERE);
    if (body.body.type === 'BlockStatement') this.statements(body.body.body, inner, nextTitles, nextTags);
    else
      this.statements(
        [{ type: 'ExpressionStatement', expression: body.body } as TSESTree.ExpressionStatement],
        inner,
        nextTitles,
        nextTags,
      );
  }

  /**
   * Any other code: a declaration found here is reported; Playwright's annotations are not tests.
   * `level`: the node runs where tests are declared (the program's or a describe callback's
   * statements, their loops and conditions), not inside a function.
   */
  private visit(node: TSESTree.Node, scope: Scope, where: string, level = false): void {
    if (node.type === 'CallExpression') {
      const read = readCall(node, scope, this.resolver);
      if (read?.type === 'declaration')
        this.say({
          line: node.loc.start.line,
          severity: 'warning',
          what: `a ${read.found.kind} declared ${where}`,
        });
      else if (read?.type === 'unreadable')
        this.say({ line: node.loc.start.line, severity: 'notice', what: read.what });
      else if ((read === null || read.type === 'imported') && !this.isRunnerApi(node.callee, scope))
        for (const a of node.arguments) this.escape(a, scope, 'is passed to a function here');
    } else if (node.type === 'ArrayExpression') {
      for (const e of node.elements) if (e) this.escape(e, scope, 'is put in an array here');
    } else if (node.type === 'ObjectExpression') {
      for (const p of node.properties)
        if (p.type === 'Property') this.escape(p.value, scope, 'is put in an object here');
    }
    let inner = scope;
    if (opensScope(node)) {
      inner = new Scope(node, scope);
      if (isFn(node) || node.type === 'FunctionDeclaration') {
        // The body's block is the function's scope (its names are collected with the parameters).
        for (const p of node.params) this.visit(p, inner, where);
        if (node.body) {
          if (node.body.type === 'BlockStatement')
            for (const st of node.body.body) this.visit(st, inner, where);
          else this.visit(node.body, inner, where);
        }
        return;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) this.visit(child, inner, where, level);
      } else if (isNode(value)) this.visit(value, inner, where, level);
    }
    if (level && node.type === 'ExpressionStatement') this.helperCall(node, scope);
  }

  /**
   * A call, where tests are declared, of a function imported from a module that is not read: a
   * title and a body make it look like a test; a function of the suite's own modules
   * (`behavesLikeAStore(make)`, shared examples) may declare tests, which the runner lists under
   * this file. Either way this file's tests are not all known. A package's function
   * (`dotenv.config()`, `chai.use(x)`) is taken to declare none.
   */
  private helperCall(statement: TSESTree.ExpressionStatement, scope: Scope): void {
    let expr: TSESTree.Node = statement.expression;
    if (expr.type === 'AwaitExpression') expr = expr.argument;
    if (expr.type !== 'CallExpression') return;
    const read = readCall(expr, scope, this.resolver);
    if (read?.type !== 'imported') return;
    const line = expr.loc.start.line;
    // Said already at this line (the runner's `it` passed to it): one notice is enough.
    if (this.dynamic.some((d) => d.line === line)) return;
    if (looksDeclared(expr))
      this.say({
        line,
        severity: 'notice',
        what: `'${read.name}' comes from '${read.source}', which is not read, and is called like a test declaration (a title and a body)`,
      });
    else if (isSuiteModule(read.source))
      this.say({
        line,
        severity: 'notice',
        what: `'${read.name}' comes from the suite's module '${read.source}', which is not read, and is called where tests are declared: the tests it may declare (shared examples) are not known`,
      });
  }

  /** Records what stops the file from being read test by test, once per line and reason. */
  private say(d: Dynamic): void {
    if (!this.dynamic.some((o) => o.line === d.line && o.what === d.what)) this.dynamic.push(d);
  }

  /**
   * The runner's own function used as a value (`shared(it)`, `[test, test.skip]`, `{ test }`):
   * what is declared through it elsewhere cannot be read, so it is said here.
   */
  private escape(node: TSESTree.Node, scope: Scope, how: string): void {
    let root: TSESTree.Node = node;
    while (root.type === 'MemberExpression') root = root.object;
    if (root.type !== 'Identifier') return;
    const value = this.resolver.value(node as TSESTree.Expression, scope);
    if (value?.kind !== 'fn' && value?.kind !== 'namespace') return;
    this.say({
      line: node.loc.start.line,
      severity: 'notice',
      what: `the runner's '${root.name}' ${how}, and the tests declared through it cannot be read`,
    });
  }

  /** Whether a call's callee is the runner's API (`expect(...)`, `mergeTests(...)`, `test.extend(...)`). */
  private isRunnerApi(callee: TSESTree.Node, scope: Scope): boolean {
    let root: TSESTree.Node = callee;
    while (root.type === 'MemberExpression' || root.type === 'CallExpression')
      root = root.type === 'MemberExpression' ? root.object : root.callee;
    return root.type === 'Identifier' && this.resolver.isRunnerApi(root.name, scope);
  }
}

/** `name('title', ..., () => {...})`: the shape of a declaration. */
function looksDeclared(call: TSESTree.CallExpression): boolean {
  const args = call.arguments;
  const first = args[0];
  const last = args[args.length - 1];
  return args.length >= 2 && !!first && staticString(first) !== null && !!last && isFn(last);
}

/** A module of the suite itself: a relative or absolute path, or a path alias (`@/x`, `~/x`, `#x`). */
function isSuiteModule(source: string): boolean {
  return /^(?:\.|\/|~|#|@\/)/.test(source);
}

/** A string literal, or a template literal without expressions; null for anything else. */
export function staticString(node: TSESTree.Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/**
 * The tags inside a title, by Playwright's rule (TestCase.tags: `title.match(/@[\S]+/g)`): an `@`
 * and every character up to the next white space, wherever the `@` is (`checkout:@P1` is tagged
 * `@P1`, `report (@P2)` is tagged `@P2)`). Jest and Vitest have no such rule; the same one serves.
 */
export function titleTags(title: string): string[] {
  return title.match(/@\S+/g) ?? [];
}

/** `{ tag: '@a' }`, `{ tag: ['@a', '@b'] }`, `{ tags: [...] }`; null when one is not static. */
function optionTags(options: TSESTree.ObjectExpression): string[] | null {
  const out: string[] = [];
  for (const prop of options.properties) {
    if (prop.type === 'SpreadElement') return null;
    const key = prop.computed
      ? null
      : prop.key.type === 'Identifier'
        ? prop.key.name
        : staticString(prop.key);
    if (key !== 'tag' && key !== 'tags') continue;
    const value = prop.value;
    if (value.type === 'ArrayExpression') {
      for (const element of value.elements) {
        const s = element ? staticString(element) : null;
        if (s === null) return null;
        out.push(s);
      }
    } else {
      const s = staticString(value);
      if (s === null) return null;
      out.push(s);
    }
  }
  return out;
}

function isFn(node: TSESTree.Node): node is Fn {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

function isNode(value: unknown): value is TSESTree.Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
