import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Runner } from '../../model.js';
import { CALLED_MODIFIERS, declaresThrough, INDIRECT } from './chains.js';
import { type Binding, memberKey, type Scope, unwrap } from './scope.js';

/**
 * What a name stands for, as eslint-plugin-jest's `resolveToJestFn` tells it: the runner's test
 * function (through a global, an import or `require` from the runner's module, renamed or not, a
 * namespace, or a fixture made with `.extend(...)`), or something else (a parameter, a local
 * function or variable, an import from another module), or a value group-matrix cannot follow.
 */
export type RunnerValue =
  /** The runner's `test`/`it`/`describe`/..., with the members already applied (`const t = test.skip` → ['test', 'skip']). */
  | { kind: 'fn'; chain: string[]; playwright: boolean }
  /** `import * as v from 'vitest'`: `v.test` is the runner's `test`. */
  | { kind: 'namespace'; playwright: boolean }
  /** Made from the runner's functions in a way not followed (`const t = ci ? it : it.skip`). */
  | { kind: 'unknown'; why: string }
  /** Imported from a module group-matrix does not read. */
  | { kind: 'imported'; source: string; name: string };

/** Names the runners define as globals (Jest; Vitest with `globals: true`). */
export const GLOBAL_FUNCTIONS = new Set([
  'describe',
  'fdescribe',
  'xdescribe',
  'suite',
  'it',
  'fit',
  'xit',
  'test',
  'xtest',
]);

/** The runners' other globals: `expect(test)` hands the runner its own function. */
const RUNNER_GLOBALS = new Set(['expect', 'jest', 'vi', 'vitest']);

const JEST_MODULES = new Set(['@jest/globals']);
const VITEST_MODULES = new Set(['vitest']);
const PLAYWRIGHT_MODULES = new Set(['@playwright/test', 'playwright/test']);

function isPlaywrightModule(source: string): boolean {
  return PLAYWRIGHT_MODULES.has(source) || source.startsWith('@playwright/experimental-ct-');
}

function isRunnerModule(source: string): boolean {
  return JEST_MODULES.has(source) || VITEST_MODULES.has(source) || isPlaywrightModule(source);
}

/** Resolves names in one file; each binding is resolved once. */
export class Resolver {
  private readonly cache = new Map<Binding, RunnerValue | null>();
  private readonly active = new Set<Binding>();

  constructor(private readonly runner: Runner) {}

  /** The global `name` (Jest's, Vitest's with `globals: true`), or null. */
  global(name: string): RunnerValue | null {
    return GLOBAL_FUNCTIONS.has(name)
      ? { kind: 'fn', chain: [name], playwright: this.runner === 'playwright' }
      : null;
  }

  /**
   * Whether `name` is part of a runner's API (imported from its module, or one of its globals):
   * `expect(test)` or `mergeTests(a, b)` hand the runner its own functions, which declares nothing.
   */
  isRunnerApi(name: string, scope: Scope): boolean {
    const b = scope.lookup(name);
    if (b === undefined) return GLOBAL_FUNCTIONS.has(name) || RUNNER_GLOBALS.has(name);
    return (b.kind === 'import' || b.kind === 'require') && b.source !== null && isRunnerModule(b.source);
  }

  /** What `name`, seen from `scope`, stands for; null when it is not the runner's. */
  name(name: string, scope: Scope): RunnerValue | null {
    const binding = scope.lookup(name);
    if (binding === undefined) return this.global(name);
    const cached = this.cache.get(binding);
    if (cached !== undefined) return cached;
    // A binding read through itself (`var t = t || it`) is not followed.
    if (this.active.has(binding)) return { kind: 'unknown', why: `'${name}' is defined through itself` };
    this.active.add(binding);
    const value = this.binding(name, binding);
    this.active.delete(binding);
    this.cache.set(binding, value);
    return value;
  }

  private binding(name: string, b: Binding): RunnerValue | null {
    switch (b.kind) {
      case 'local':
        return null;
      case 'import':
      case 'require':
        if (b.source === null)
          return b.imported === '*' || GLOBAL_FUNCTIONS.has(b.imported)
            ? { kind: 'unknown', why: `'${name}' is required from a module named at run time` }
            : null;
        return this.fromModule(b.source, b.imported, name);
      case 'variable': {
        let value = this.expression(b.init, b.scope);
        for (const key of b.keys) value = value && this.member(value, key);
        return value;
      }
    }
  }

  /** An export of a module, by its exported name ('*' the whole module). */
  private fromModule(source: string, imported: string, local: string): RunnerValue | null {
    if (isRunnerModule(source)) {
      const playwright = isPlaywrightModule(source);
      if (imported === '*') return { kind: 'namespace', playwright };
      // `import test from '@playwright/test'`: its default export is `test`.
      if (imported === 'default') return playwright ? { kind: 'fn', chain: ['test'], playwright } : null;
      return GLOBAL_FUNCTIONS.has(imported) ? { kind: 'fn', chain: [imported], playwright } : null;
    }
    // Playwright suites import `test` from a fixture module (`export const test = base.extend(...)`).
    if (this.runner === 'playwright' && (imported === 'test' || (imported === 'default' && local === 'test')))
      return { kind: 'fn', chain: ['test'], playwright: true };
    return { kind: 'imported', source, name: imported === '*' || imported === 'default' ? local : imported };
  }

  private member(value: RunnerValue, key: string): RunnerValue | null {
    switch (value.kind) {
      case 'fn':
        if (INDIRECT.has(key))
          return { kind: 'unknown', why: `the runner's '${value.chain[0]}' through .${key}` };
        // `test.info`, `test.step`: the runner's, but they declare no test.
        return declaresThrough(key) ? { ...value, chain: [...value.chain, key] } : null;
      case 'namespace':
        if (GLOBAL_FUNCTIONS.has(key)) return { kind: 'fn', chain: [key], playwright: value.playwright };
        if (key === 'default' && value.playwright) return { kind: 'fn', chain: ['test'], playwright: true };
        return null;
      case 'unknown':
      case 'imported':
        return value;
    }
  }

  /** What an expression's value is, as far as the runner's functions go (`test.skip`: the runner's; `test.step`: not). */
  value(expr: TSESTree.Expression, scope: Scope): RunnerValue | null {
    return this.expression(expr, scope);
  }

  /** The value of an expression a variable is bound to, as far as the runner's functions go. */
  private expression(expr: TSESTree.Expression, scope: Scope): RunnerValue | null {
    const e = unwrap(expr);
    switch (e.type) {
      case 'Identifier':
        return this.name(e.name, scope);
      case 'MemberExpression': {
        const key = memberKey(e);
        const object = this.expression(e.object as TSESTree.Expression, scope);
        if (!object) return null;
        if (key === null) return { kind: 'unknown', why: 'a member of the runner chosen at run time' };
        return this.member(object, key);
      }
      case 'CallExpression': {
        const callee = unwrap(e.callee as TSESTree.Expression);
        if (callee.type === 'MemberExpression') {
          const key = memberKey(callee);
          const object = this.expression(callee.object as TSESTree.Expression, scope);
          if (!object) return null;
          if (object.kind === 'fn') {
            // A fixture: `test.extend({...})` is a new `test` (Vitest, Playwright).
            if (key === 'extend') return { ...object, chain: [object.chain[0]!] };
            // `it.skipIf(x)`, `test.each(table)`: a test function with those modifiers.
            if (key !== null && CALLED_MODIFIERS.has(key))
              return { ...object, chain: [...object.chain, key] };
            if (key !== null && INDIRECT.has(key))
              return { kind: 'unknown', why: `the runner's '${object.chain[0]}' through .${key}` };
            // `test.info()`, `test.step(...)`: values, not test functions.
            return null;
          }
          if (object.kind === 'namespace' && key === 'mergeTests' && object.playwright)
            return { kind: 'fn', chain: ['test'], playwright: true };
          if (object.kind === 'unknown' || object.kind === 'imported') return object;
          return null;
        }
        if (callee.type === 'Identifier') {
          // Playwright's `mergeTests(a, b)` is a `test` with the fixtures of both.
          const b = scope.lookup(callee.name);
          if (
            (b?.kind === 'import' || b?.kind === 'require') &&
            b.imported === 'mergeTests' &&
            b.source !== null &&
            isPlaywrightModule(b.source)
          )
            return { kind: 'fn', chain: ['test'], playwright: true };
          // What an imported or unknown function returns is as unknown as it; a declaration
          // (`test('t', fn)`) returns nothing to call.
          const fn = this.name(callee.name, scope);
          return fn?.kind === 'imported' || fn?.kind === 'unknown' ? fn : null;
        }
        return null;
      }
      case 'ConditionalExpression':
        return this.either([e.consequent, e.alternate], scope);
      case 'LogicalExpression':
        return this.either([e.left, e.right], scope);
      case 'SequenceExpression':
        return this.expression(e.expressions[e.expressions.length - 1]!, scope);
      default:
        return null;
    }
  }

  /** One of several values: the runner's only when all agree; mixed with the runner's, unknown. */
  private either(options: TSESTree.Expression[], scope: Scope): RunnerValue | null {
    const values = options.map((o) => this.expression(o, scope));
    const first = values[0];
    if (values.every((v) => v === null)) return null;
    if (
      first?.kind === 'fn' &&
      values.every((v) => v?.kind === 'fn' && v.chain.join('.') === first.chain.join('.'))
    )
      return first;
    return { kind: 'unknown', why: 'one of several functions, chosen at run time' };
  }
}
