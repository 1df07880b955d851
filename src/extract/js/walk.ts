import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { testCall, type TestCall } from './calls.js';

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
}

export interface Walked {
  tests: JsTest[];
  dynamic: Dynamic[];
}

type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/**
 * The tests of a parsed file. Declarations are read only where their place is static: top level,
 * or directly in a describe callback. A declaration anywhere else (a loop, a helper function, an
 * `if`) and a title or tag that is not a plain string are reported, never guessed.
 */
export function walkProgram(program: TSESTree.Program): Walked {
  const tests: JsTest[] = [];
  const dynamic: Dynamic[] = [];
  const handled = new Set<TSESTree.Node>();

  const visitBody = (statements: TSESTree.Node[], titles: string[], tagLevels: string[][]): void => {
    for (const statement of statements) {
      if (statement.type !== 'ExpressionStatement') continue;
      let expr: TSESTree.Node = statement.expression;
      if (expr.type === 'AwaitExpression') expr = expr.argument;
      if (expr.type !== 'CallExpression') continue;
      const call = testCall(expr);
      if (call) visitCall(call, titles, tagLevels);
    }
  };

  const visitCall = (found: TestCall, titles: string[], tagLevels: string[][]): void => {
    const { call, kind } = found;
    handled.add(call);
    const line = call.loc.start.line;
    const args = call.arguments;
    const first = args[0];
    let title: string | null | undefined;
    if (kind === 'describe' && first && isFn(first))
      title = undefined; // Playwright's anonymous describe
    else title = first ? staticString(first) : null;
    if (title === null) {
      dynamic.push({ line, what: `the ${kind} title is not a plain string` });
      return;
    }
    const tags: string[] = [];
    if (title !== undefined) tags.push(...titleTags(title));
    for (const option of args.slice(1)) {
      if (option.type !== 'ObjectExpression') continue;
      const read = optionTags(option);
      if (read === null) {
        dynamic.push({ line, what: `the ${kind}'s tags are not plain strings` });
        return;
      }
      tags.push(...read);
    }
    const nextTitles = title === undefined ? titles : [...titles, title];
    const nextTags = [...tagLevels, tags];
    if (kind === 'test') {
      tests.push({ titles: nextTitles, line, tagLevels: nextTags });
      return;
    }
    const body = [...args].reverse().find(isFn);
    if (!body) return;
    if (body.body.type === 'BlockStatement') visitBody(body.body.body, nextTitles, nextTags);
    else
      visitBody(
        [{ type: 'ExpressionStatement', expression: body.body } as TSESTree.ExpressionStatement],
        nextTitles,
        nextTags,
      );
  };

  visitBody(program.body, [], []);

  // Every other declaration sits where its number or title is decided at run time.
  walkAll(program, (node) => {
    if (node.type !== 'CallExpression' || handled.has(node)) return;
    const call = testCall(node);
    if (call)
      dynamic.push({
        line: node.loc.start.line,
        what: `a ${call.kind} declared inside a loop, a condition or a helper function`,
      });
  });
  return { tests, dynamic };
}

/** A string literal, or a template literal without expressions; null for anything else. */
export function staticString(node: TSESTree.Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** `@tag` tokens inside a title (Playwright's rule: a whitespace-separated word starting with `@`). */
export function titleTags(title: string): string[] {
  return [...title.matchAll(/(?:^|\s)(@\S+)/g)].map((m) => m[1]!);
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

function walkAll(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const key of Object.keys(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) walkAll(child, visit);
    } else if (isNode(value)) walkAll(value, visit);
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
