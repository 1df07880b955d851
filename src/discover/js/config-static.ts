import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TSESTree } from '@typescript-eslint/typescript-estree';

/**
 * A value read from a runner's config file without running it. `unknown` is anything whose value
 * only running the file could tell (a call, an imported name, a function), with what it is.
 */
export type StaticValue =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'regex'; source: string; flags: string; line: number }
  | { kind: 'array'; items: StaticValue[]; line: number }
  | { kind: 'object'; props: Map<string, StaticValue>; spreadLine: number | null; line: number }
  | { kind: 'other'; line: number }
  | { kind: 'unknown'; what: string; line: number };

export type StaticObject = Extract<StaticValue, { kind: 'object' }>;

type Parse = (text: string) => TSESTree.Program;
let parser: Promise<Parse> | null = null;

/** typescript-estree is loaded only when a repository holds a JS config file to read. */
function loadParser(): Promise<Parse> {
  parser ??= import('@typescript-eslint/typescript-estree').then(
    (estree) => (text) => estree.parse(text, { loc: true, range: false, jsx: false, comment: false }),
  );
  return parser;
}

/**
 * The object a config module exports: `module.exports = {…}`, `export default {…}`,
 * `export default defineConfig({…})`, or a top-level `const config = {…}` exported by name.
 * Never imported nor required: reading a config must not run the repository's code. `file` is the
 * config's own path (absolute POSIX): it gives `__dirname`, `__filename`, `import.meta.dirname`
 * and `import.meta.url` their values, so `path.join(__dirname, 'e2e')` and ESM's
 * `dirname(fileURLToPath(import.meta.url))` read as paths; without it they cannot be read.
 */
export async function readConfigModule(text: string, file: string | null = null): Promise<StaticValue> {
  let program: TSESTree.Program;
  try {
    program = (await loadParser())(text);
  } catch (err) {
    const e = err as { lineNumber?: number; message?: string };
    return {
      kind: 'unknown',
      what: `not parseable (${(e.message ?? 'syntax error').split('\n')[0]})`,
      line: e.lineNumber ?? 1,
    };
  }
  const scope = new Scope(program, file);
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') return scope.configOf(statement.declaration);
    if (statement.type === 'TSExportAssignment') return scope.configOf(statement.expression);
    if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      isModuleExports(statement.expression.left)
    )
      return scope.configOf(statement.expression.right);
  }
  return { kind: 'unknown', what: 'no `export default` or `module.exports =` found', line: 1 };
}

/** The value of `key` in a config object; a key a spread may set cannot be known. */
export function member(object: StaticObject, key: string): StaticValue | undefined {
  const own = object.props.get(key);
  if (own) return own;
  if (object.spreadLine !== null)
    return { kind: 'unknown', what: 'a spread (`...`) that may set it', line: object.spreadLine };
  return undefined;
}

/** A JSON config (package.json "jest", jest.config.json) as static values, every one at `line`. */
export function fromJson(value: unknown, line: number): StaticValue {
  if (typeof value === 'string') return { kind: 'string', value, line };
  if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => fromJson(v, line)), line };
  if (typeof value === 'object' && value !== null) {
    const props = new Map<string, StaticValue>();
    for (const [k, v] of Object.entries(value)) props.set(k, fromJson(v, line));
    return { kind: 'object', props, spreadLine: null, line };
  }
  return { kind: 'other', line };
}

class Scope {
  /** Top-level `const`/`let`/`var` initialisers by name (also under `export`). */
  private readonly bindings = new Map<string, TSESTree.Expression>();
  private readonly resolving = new Set<string>();
  /** Names of node's `path` module: `import path from 'node:path'`, `const path = require('path')`. */
  private readonly pathModules = new Set<string>();
  /** Its functions imported by name: `import { join } from 'node:path'`. */
  private readonly pathFunctions = new Map<string, string>();
  /** The same for node's `url` module, for `fileURLToPath(import.meta.url)`. */
  private readonly urlModules = new Set<string>();
  private readonly urlFunctions = new Map<string, string>();
  private readonly dir: string | null;

  constructor(
    program: TSESTree.Program,
    private readonly file: string | null,
  ) {
    this.dir = file === null ? null : path.posix.dirname(file);
    const tables = (module: 'path' | 'url'): [Set<string>, Map<string, string>] =>
      module === 'path' ? [this.pathModules, this.pathFunctions] : [this.urlModules, this.urlFunctions];
    for (const statement of program.body) {
      if (statement.type === 'ImportDeclaration') {
        const module = nodeModule(statement.source);
        if (module === null) continue;
        const [modules, functions] = tables(module);
        for (const s of statement.specifiers)
          if (s.type !== 'ImportSpecifier') modules.add(s.local.name);
          else if (s.imported.type === 'Identifier') functions.set(s.local.name, s.imported.name);
        continue;
      }
      const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations) {
        if (!d.init) continue;
        const required = requiredModule(d.init);
        if (d.id.type === 'Identifier') {
          this.bindings.set(d.id.name, d.init);
          if (required !== null) tables(required)[0].add(d.id.name);
        } else if (d.id.type === 'ObjectPattern' && required !== null) {
          // `const { join, resolve: r } = require('path')`
          for (const prop of d.id.properties)
            if (
              prop.type === 'Property' &&
              !prop.computed &&
              prop.key.type === 'Identifier' &&
              prop.value.type === 'Identifier'
            )
              tables(required)[1].set(prop.value.name, prop.key.name);
        }
      }
    }
  }

  /** The exported config: an object, through `defineConfig(…)`, a name and type assertions. */
  configOf(node: TSESTree.Node): StaticValue {
    const inner = unwrap(node);
    if (inner.type === 'CallExpression' && calleeName(inner.callee) === 'defineConfig') {
      const arg = inner.arguments[0];
      if (inner.arguments.length === 1 && arg && arg.type !== 'SpreadElement') return this.configOf(arg);
    }
    if (inner.type === 'Identifier') return this.named(inner, (n) => this.configOf(n));
    return this.value(inner);
  }

  value(node: TSESTree.Node): StaticValue {
    const n = unwrap(node);
    const line = n.loc.start.line;
    switch (n.type) {
      case 'Literal':
        if ('regex' in n && n.regex)
          return { kind: 'regex', source: n.regex.pattern, flags: n.regex.flags, line };
        return typeof n.value === 'string'
          ? { kind: 'string', value: n.value, line }
          : { kind: 'other', line };
      case 'TemplateLiteral':
        if (n.expressions.length === 0 && n.quasis[0]?.value.cooked != null)
          return { kind: 'string', value: n.quasis[0].value.cooked, line };
        return { kind: 'unknown', what: 'a template string with `${…}`', line };
      case 'ArrayExpression':
        return {
          kind: 'array',
          items: n.elements.map((e) =>
            e === null
              ? { kind: 'other', line }
              : e.type === 'SpreadElement'
                ? { kind: 'unknown', what: 'a spread (`...`)', line: e.loc.start.line }
                : this.value(e),
          ),
          line,
        };
      case 'ObjectExpression':
        return this.object(n);
      case 'Identifier':
        if (n.name === 'undefined') return { kind: 'other', line };
        if (n.name === '__dirname' && !this.bindings.has(n.name)) return this.known(this.dir, line);
        if (n.name === '__filename' && !this.bindings.has(n.name)) return this.known(this.file, line);
        return this.named(n, (init) => this.value(init));
      case 'MemberExpression':
        if (isImportMeta(n, 'dirname')) return this.known(this.dir, line);
        if (isImportMeta(n, 'url')) return this.known(this.file && pathToFileURL(this.file).href, line);
        return { kind: 'unknown', what: 'a computed expression', line };
      case 'CallExpression':
        return (
          this.pathCall(n) ??
          this.fileUrlToPath(n) ?? {
            kind: 'unknown',
            what: `a call to ${calleeName(n.callee) ?? 'a function'}()`,
            line,
          }
        );
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return { kind: 'unknown', what: 'a function', line };
      default:
        return { kind: 'unknown', what: 'a computed expression', line };
    }
  }

  /** A value that only the config's own path gives: unreadable without it. */
  private known(value: string | null, line: number): StaticValue {
    return value === null
      ? { kind: 'unknown', what: "the config's own path", line }
      : { kind: 'string', value, line };
  }

  /** The call's arguments when every one is a string, else null. */
  private strings(n: TSESTree.CallExpression): string[] | null {
    const parts: string[] = [];
    for (const arg of n.arguments) {
      const v = arg.type === 'SpreadElement' ? null : this.value(arg);
      if (v?.kind !== 'string') return null;
      parts.push(v.value);
    }
    return parts;
  }

  /**
   * `path.join(…)` / `path.resolve(…)` / `path.dirname(…)` of strings and the config's directory;
   * null for any other call. `resolve` depends on the working directory unless one of its parts
   * is absolute.
   */
  private pathCall(n: TSESTree.CallExpression): StaticValue | null {
    const fn = this.imported(n.callee, this.pathModules, this.pathFunctions);
    if (fn !== 'join' && fn !== 'resolve' && fn !== 'dirname') return null;
    const parts = this.strings(n);
    if (parts === null) return null;
    let value: string;
    if (fn === 'dirname') {
      if (parts.length !== 1) return null;
      value = path.posix.dirname(parts[0]!);
    } else if (fn === 'resolve') {
      if (!parts.some((p) => path.posix.isAbsolute(p))) return null;
      value = path.posix.resolve(...parts);
    } else {
      value = path.posix.join(...parts);
    }
    return { kind: 'string', value, line: n.loc.start.line };
  }

  /** `url.fileURLToPath(…)` of a `file:` URL string (ESM's `fileURLToPath(import.meta.url)`). */
  private fileUrlToPath(n: TSESTree.CallExpression): StaticValue | null {
    if (this.imported(n.callee, this.urlModules, this.urlFunctions) !== 'fileURLToPath') return null;
    const parts = this.strings(n);
    if (parts?.length !== 1 || !parts[0]!.startsWith('file:')) return null;
    let value: string;
    try {
      value = fileURLToPath(parts[0]!).split(path.sep).join('/');
    } catch {
      return null;
    }
    return { kind: 'string', value, line: n.loc.start.line };
  }

  /** The name, in a node module, of the function a callee calls (`path.join`, or `join` imported). */
  private imported(
    callee: TSESTree.Node,
    modules: Set<string>,
    functions: Map<string, string>,
  ): string | null {
    if (callee.type === 'Identifier' && !this.bindings.has(callee.name))
      return functions.get(callee.name) ?? null;
    if (
      callee.type === 'MemberExpression' &&
      !callee.computed &&
      callee.object.type === 'Identifier' &&
      modules.has(callee.object.name) &&
      callee.property.type === 'Identifier'
    )
      return callee.property.name;
    return null;
  }

  private object(n: TSESTree.ObjectExpression): StaticObject {
    const props = new Map<string, StaticValue>();
    let spreadLine: number | null = null;
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') {
        spreadLine ??= p.loc.start.line;
        continue;
      }
      const key = p.computed ? null : p.key.type === 'Identifier' ? p.key.name : literalKey(p.key);
      if (key === null) {
        spreadLine ??= p.loc.start.line; // a computed key may name anything
        continue;
      }
      props.set(
        key,
        p.kind === 'init' && !p.method
          ? this.value(p.value)
          : { kind: 'unknown', what: 'a getter or method', line: p.loc.start.line },
      );
    }
    return { kind: 'object', props, spreadLine, line: n.loc.start.line };
  }

  private named(id: TSESTree.Identifier, read: (init: TSESTree.Expression) => StaticValue): StaticValue {
    const init = this.bindings.get(id.name);
    const line = id.loc.start.line;
    if (!init || this.resolving.has(id.name))
      return { kind: 'unknown', what: `\`${id.name}\`, which is not a constant of this file`, line };
    this.resolving.add(id.name);
    try {
      return read(init);
    } finally {
      this.resolving.delete(id.name);
    }
  }
}

/** Type-only wrappers (`as Config`, `satisfies Config`, `!`) do not change the value. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let n = node;
  while (
    n.type === 'TSAsExpression' ||
    n.type === 'TSSatisfiesExpression' ||
    n.type === 'TSNonNullExpression'
  )
    n = n.expression;
  return n;
}

function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier')
    return callee.property.name;
  return null;
}

function literalKey(key: TSESTree.Node): string | null {
  return key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')
    ? String(key.value)
    : null;
}

/** Which of the node modules a config's paths are built with an import names, if any. */
function nodeModule(source: TSESTree.Node): 'path' | 'url' | null {
  if (source.type !== 'Literal') return null;
  if (source.value === 'path' || source.value === 'node:path') return 'path';
  if (source.value === 'url' || source.value === 'node:url') return 'url';
  return null;
}

/** `require('path')` / `require('node:url')`: which of those modules, or null. */
function requiredModule(init: TSESTree.Expression): 'path' | 'url' | null {
  return init.type === 'CallExpression' &&
    init.callee.type === 'Identifier' &&
    init.callee.name === 'require' &&
    init.arguments.length === 1
    ? nodeModule(init.arguments[0]!)
    : null;
}

function isImportMeta(n: TSESTree.MemberExpression, property: 'dirname' | 'url'): boolean {
  return (
    !n.computed &&
    n.object.type === 'MetaProperty' &&
    n.object.meta.name === 'import' &&
    n.property.type === 'Identifier' &&
    n.property.name === property
  );
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}
