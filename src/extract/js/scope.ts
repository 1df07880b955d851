import type { TSESTree } from '@typescript-eslint/typescript-estree';

/** What a name is bound to in a scope, as far as telling the runner's functions apart needs. */
export type Binding =
  /** `import { x as y } from 'm'` (`imported` = 'x'), `import y from 'm'` ('default'), `import * as y` ('*'). */
  | { kind: 'import'; source: string; imported: string }
  /**
   * `const { x: y } = require('m')` ('x'), `const y = require('m')` ('*'), `require('m').x`, the same
   * with `await import('m')`; `source` null when the module is not a string literal.
   */
  | { kind: 'require'; source: string | null; imported: string }
  /** `const y = init` (let, var), or `const { a: y } = init` (`keys` = ['a']): read from `init`. */
  | { kind: 'variable'; init: TSESTree.Expression; keys: string[]; scope: Scope; constant: boolean }
  /** A parameter, a function, a class, an enum, a name bound without a value we follow. */
  | { kind: 'local' };

type FunctionNode =
  TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/**
 * One lexical scope: the program, a function, a block, a `for` head, a `catch` clause. Its names
 * are collected on the first lookup that reaches it, so scopes no call looks through cost nothing.
 */
export class Scope {
  private names: Map<string, Binding> | null = null;

  constructor(
    readonly node: TSESTree.Node,
    readonly upper: Scope | null,
  ) {}

  /** The binding of `name` seen from this scope, or undefined for a global. */
  lookup(name: string): Binding | undefined {
    return this.declared().get(name) ?? this.upper?.lookup(name);
  }

  private declared(): Map<string, Binding> {
    if (this.names) return this.names;
    const names = new Map<string, Binding>();
    this.names = names;
    const node = this.node;
    switch (node.type) {
      case 'Program':
        for (const st of node.body) declareStatement(st, names, this);
        for (const st of node.body) hoistVars(st, names, this);
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration':
        declareFunction(node, names, this);
        break;
      case 'BlockStatement':
      case 'StaticBlock':
      case 'TSModuleBlock':
        for (const st of node.body) declareStatement(st, names, this);
        break;
      case 'ForStatement':
        if (node.init?.type === 'VariableDeclaration') declareStatement(node.init, names, this);
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type === 'VariableDeclaration') declareStatement(node.left, names, this);
        break;
      case 'CatchClause':
        if (node.param) declarePattern(node.param, null, names, this, false);
        break;
      case 'SwitchStatement':
        for (const c of node.cases) for (const st of c.consequent) declareStatement(st, names, this);
        break;
      default:
        break;
    }
    return names;
  }
}

/** Whether entering `node` opens a scope of its own. */
export function opensScope(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
    case 'BlockStatement':
    case 'StaticBlock':
    case 'TSModuleBlock':
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'CatchClause':
    case 'SwitchStatement':
      return true;
    default:
      return false;
  }
}

function declareFunction(fn: FunctionNode, names: Map<string, Binding>, scope: Scope): void {
  // A function expression's own name is visible inside it (shadowed by its parameters).
  if (fn.type === 'FunctionExpression' && fn.id) names.set(fn.id.name, { kind: 'local' });
  for (const p of fn.params) declarePattern(p, null, names, scope, false);
  if (fn.body.type !== 'BlockStatement') return;
  // The body's block shares the function's scope: its declarations are collected here, and the
  // walker does not open a second scope for it.
  for (const st of fn.body.body) declareStatement(st, names, scope);
  for (const st of fn.body.body) hoistVars(st, names, scope);
}

function declareStatement(st: TSESTree.Node, names: Map<string, Binding>, scope: Scope): void {
  switch (st.type) {
    case 'ImportDeclaration': {
      if (st.importKind === 'type') return;
      const source = st.source.value;
      for (const spec of st.specifiers) {
        if (spec.type === 'ImportSpecifier') {
          if (spec.importKind === 'type') continue;
          const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
          names.set(spec.local.name, { kind: 'import', source, imported });
        } else if (spec.type === 'ImportDefaultSpecifier') {
          names.set(spec.local.name, { kind: 'import', source, imported: 'default' });
        } else {
          names.set(spec.local.name, { kind: 'import', source, imported: '*' });
        }
      }
      return;
    }
    case 'TSImportEqualsDeclaration': {
      if (st.importKind === 'type') return;
      const ref = st.moduleReference;
      const source =
        ref.type === 'TSExternalModuleReference' &&
        ref.expression.type === 'Literal' &&
        typeof ref.expression.value === 'string'
          ? ref.expression.value
          : null;
      names.set(st.id.name, source === null ? { kind: 'local' } : { kind: 'require', source, imported: '*' });
      return;
    }
    case 'VariableDeclaration':
      if (st.declare) return;
      for (const d of st.declarations)
        declarePattern(d.id, d.init ?? null, names, scope, st.kind === 'const');
      return;
    case 'FunctionDeclaration':
    case 'TSDeclareFunction':
    case 'ClassDeclaration':
    case 'TSEnumDeclaration':
      if (st.id && !('declare' in st && st.declare)) names.set(st.id.name, { kind: 'local' });
      return;
    case 'TSModuleDeclaration':
      if (st.id.type === 'Identifier' && !st.declare) names.set(st.id.name, { kind: 'local' });
      return;
    case 'ExportNamedDeclaration':
      if (st.declaration) declareStatement(st.declaration, names, scope);
      return;
    case 'ExportDefaultDeclaration':
      if (
        (st.declaration.type === 'FunctionDeclaration' || st.declaration.type === 'ClassDeclaration') &&
        st.declaration.id
      )
        names.set(st.declaration.id.name, { kind: 'local' });
      return;
    default:
      return;
  }
}

/** `var` declarations anywhere in a function's (or the program's) statements, not inside nested functions. */
function hoistVars(st: TSESTree.Node | null | undefined, names: Map<string, Binding>, scope: Scope): void {
  if (!st) return;
  switch (st.type) {
    case 'VariableDeclaration':
      if (st.kind === 'var' && !st.declare)
        for (const d of st.declarations)
          if (!(d.id.type === 'Identifier' && names.has(d.id.name)))
            declarePattern(d.id, d.init ?? null, names, scope, false);
      return;
    case 'BlockStatement':
      for (const s of st.body) hoistVars(s, names, scope);
      return;
    case 'IfStatement':
      hoistVars(st.consequent, names, scope);
      hoistVars(st.alternate, names, scope);
      return;
    case 'ForStatement':
      hoistVars(st.init, names, scope);
      hoistVars(st.body, names, scope);
      return;
    case 'ForInStatement':
    case 'ForOfStatement':
      hoistVars(st.left, names, scope);
      hoistVars(st.body, names, scope);
      return;
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
      hoistVars(st.body, names, scope);
      return;
    case 'TryStatement':
      hoistVars(st.block, names, scope);
      hoistVars(st.handler?.body, names, scope);
      hoistVars(st.finalizer, names, scope);
      return;
    case 'SwitchStatement':
      for (const c of st.cases) for (const s of c.consequent) hoistVars(s, names, scope);
      return;
    case 'ExportNamedDeclaration':
      hoistVars(st.declaration, names, scope);
      return;
    default:
      return;
  }
}

/** The names a binding pattern declares, with what each is bound to. */
function declarePattern(
  pattern: TSESTree.Node,
  init: TSESTree.Expression | null,
  names: Map<string, Binding>,
  scope: Scope,
  constant: boolean,
  keys: string[] = [],
): void {
  switch (pattern.type) {
    case 'Identifier':
      names.set(pattern.name, bindingOf(init, keys, scope, constant));
      return;
    case 'AssignmentPattern':
      // A default only applies when the value is undefined: the value still decides.
      declarePattern(pattern.left, init, names, scope, constant, keys);
      return;
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') {
          declarePattern(prop.argument, null, names, scope, constant);
          continue;
        }
        const key = propertyKey(prop);
        if (key === null) declarePattern(prop.value, null, names, scope, constant);
        else declarePattern(prop.value, init, names, scope, constant, [...keys, key]);
      }
      return;
    case 'ArrayPattern':
      for (const el of pattern.elements) if (el) declarePattern(el, null, names, scope, constant);
      return;
    case 'RestElement':
      declarePattern(pattern.argument, null, names, scope, constant);
      return;
    case 'TSParameterProperty':
      declarePattern(pattern.parameter, null, names, scope, constant);
      return;
    default:
      return;
  }
}

function bindingOf(
  init: TSESTree.Expression | null,
  keys: string[],
  scope: Scope,
  constant: boolean,
): Binding {
  if (init === null) return { kind: 'local' };
  const expr = unwrap(init);
  // `require('m')`, `await import('m')`, and one property of either.
  const mod = moduleOf(expr);
  if (mod !== undefined) {
    if (keys.length === 0) return { kind: 'require', source: mod, imported: '*' };
    if (keys.length === 1) return { kind: 'require', source: mod, imported: keys[0]! };
    return { kind: 'local' };
  }
  if (expr.type === 'MemberExpression' && keys.length === 0) {
    const key = memberKey(expr);
    const inner = moduleOf(unwrap(expr.object));
    if (key !== null && inner !== undefined) return { kind: 'require', source: inner, imported: key };
  }
  return { kind: 'variable', init: expr, keys, scope, constant };
}

/** The module of `require('m')` / `await import('m')` (null when not a literal), undefined for anything else. */
function moduleOf(expr: TSESTree.Expression): string | null | undefined {
  const call: TSESTree.Node = expr;
  if (call.type === 'AwaitExpression') {
    const arg = unwrap(call.argument);
    if (arg.type !== 'ImportExpression') return undefined;
    return literalString(arg.source);
  }
  if (call.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'require') {
    const first = call.arguments[0];
    return first ? literalString(first) : null;
  }
  return undefined;
}

function literalString(node: TSESTree.Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** `{ a }`, `{ 'a': x }`, `{ ['a']: x }` → 'a'; a computed key that is not a literal → null. */
function propertyKey(prop: TSESTree.Property): string | null {
  if (!prop.computed && prop.key.type === 'Identifier') return prop.key.name;
  return literalString(prop.key);
}

/** `a.b` and `a['b']` → 'b'; null for a computed key that is not a string literal. */
export function memberKey(expr: TSESTree.MemberExpression): string | null {
  if (!expr.computed) return expr.property.type === 'Identifier' ? expr.property.name : null;
  return literalString(expr.property);
}

/** An expression without the TypeScript wrappers that do not change its value (`x as T`, `x!`, `<T>x`). */
export function unwrap(expr: TSESTree.Expression): TSESTree.Expression {
  let e = expr;
  for (;;) {
    if (
      e.type === 'TSAsExpression' ||
      e.type === 'TSSatisfiesExpression' ||
      e.type === 'TSNonNullExpression' ||
      e.type === 'TSTypeAssertion' ||
      e.type === 'TSInstantiationExpression'
    )
      e = e.expression;
    else return e;
  }
}
