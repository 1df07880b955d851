export const id = 444;
export const ids = [444];
export const modules = {

/***/ 3444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  staticString: () => (/* binding */ staticString),
  titleTags: () => (/* binding */ titleTags),
  walkProgram: () => (/* binding */ walkProgram)
});

;// CONCATENATED MODULE: ./src/extract/js/chains.ts
// The allowlist, after eslint-plugin-jest's parseJestFnCall: a chain is a root name followed by
// modifiers; anything else (test.step, test.use, test.info, beforeEach, a user's helper) is not a
// test declaration.
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
    'fail',
    'fails',
    'failing',
    'shuffle',
]);
/** Modifiers that take arguments before the test's own: `test.skipIf(cond)('t', fn)`. */
const CALLED_MODIFIERS = new Set(['each', 'for', 'skipIf', 'runIf', 'extend']);
const TABLE_MODIFIERS = new Set(['each', 'for']);
/** Ways to call a function whose arguments the reader does not line up with a declaration's. */
const INDIRECT = new Set(['call', 'apply', 'bind']);
/** Whether `test.<link>` is still a function that declares tests (`test.skip`, `test.describe`), not `test.step`. */
function declaresThrough(link) {
    return MODIFIERS.has(link) || CALLED_MODIFIERS.has(link) || link === 'describe';
}

;// CONCATENATED MODULE: ./src/extract/js/scope.ts
/**
 * One lexical scope: the program, a function, a block, a `for` head, a `catch` clause. Its names
 * are collected on the first lookup that reaches it, so scopes no call looks through cost nothing.
 */
class Scope {
    node;
    upper;
    names = null;
    constructor(node, upper) {
        this.node = node;
        this.upper = upper;
    }
    /** The binding of `name` seen from this scope, or undefined for a global. */
    lookup(name) {
        return this.declared().get(name) ?? this.upper?.lookup(name);
    }
    declared() {
        if (this.names)
            return this.names;
        const names = new Map();
        this.names = names;
        const node = this.node;
        switch (node.type) {
            case 'Program':
                for (const st of node.body)
                    declareStatement(st, names, this);
                for (const st of node.body)
                    hoistVars(st, names, this);
                break;
            case 'ArrowFunctionExpression':
            case 'FunctionExpression':
            case 'FunctionDeclaration':
                declareFunction(node, names, this);
                break;
            case 'BlockStatement':
            case 'StaticBlock':
            case 'TSModuleBlock':
                for (const st of node.body)
                    declareStatement(st, names, this);
                break;
            case 'ForStatement':
                if (node.init?.type === 'VariableDeclaration')
                    declareStatement(node.init, names, this);
                break;
            case 'ForInStatement':
            case 'ForOfStatement':
                if (node.left.type === 'VariableDeclaration')
                    declareStatement(node.left, names, this);
                break;
            case 'CatchClause':
                if (node.param)
                    declarePattern(node.param, null, names, this, false);
                break;
            case 'SwitchStatement':
                for (const c of node.cases)
                    for (const st of c.consequent)
                        declareStatement(st, names, this);
                break;
            default:
                break;
        }
        return names;
    }
}
/** Whether entering `node` opens a scope of its own. */
function opensScope(node) {
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
function declareFunction(fn, names, scope) {
    // A function expression's own name is visible inside it (shadowed by its parameters).
    if (fn.type === 'FunctionExpression' && fn.id)
        names.set(fn.id.name, { kind: 'local' });
    for (const p of fn.params)
        declarePattern(p, null, names, scope, false);
    if (fn.body.type !== 'BlockStatement')
        return;
    // The body's block shares the function's scope: its declarations are collected here, and the
    // walker does not open a second scope for it.
    for (const st of fn.body.body)
        declareStatement(st, names, scope);
    for (const st of fn.body.body)
        hoistVars(st, names, scope);
}
function declareStatement(st, names, scope) {
    switch (st.type) {
        case 'ImportDeclaration': {
            if (st.importKind === 'type')
                return;
            const source = st.source.value;
            for (const spec of st.specifiers) {
                if (spec.type === 'ImportSpecifier') {
                    if (spec.importKind === 'type')
                        continue;
                    const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
                    names.set(spec.local.name, { kind: 'import', source, imported });
                }
                else if (spec.type === 'ImportDefaultSpecifier') {
                    names.set(spec.local.name, { kind: 'import', source, imported: 'default' });
                }
                else {
                    names.set(spec.local.name, { kind: 'import', source, imported: '*' });
                }
            }
            return;
        }
        case 'TSImportEqualsDeclaration': {
            if (st.importKind === 'type')
                return;
            const ref = st.moduleReference;
            const source = ref.type === 'TSExternalModuleReference' &&
                ref.expression.type === 'Literal' &&
                typeof ref.expression.value === 'string'
                ? ref.expression.value
                : null;
            names.set(st.id.name, source === null ? { kind: 'local' } : { kind: 'require', source, imported: '*' });
            return;
        }
        case 'VariableDeclaration':
            if (st.declare)
                return;
            for (const d of st.declarations)
                declarePattern(d.id, d.init ?? null, names, scope, st.kind === 'const');
            return;
        case 'FunctionDeclaration':
        case 'TSDeclareFunction':
        case 'ClassDeclaration':
        case 'TSEnumDeclaration':
            if (st.id && !('declare' in st && st.declare))
                names.set(st.id.name, { kind: 'local' });
            return;
        case 'TSModuleDeclaration':
            if (st.id.type === 'Identifier' && !st.declare)
                names.set(st.id.name, { kind: 'local' });
            return;
        case 'ExportNamedDeclaration':
            if (st.declaration)
                declareStatement(st.declaration, names, scope);
            return;
        case 'ExportDefaultDeclaration':
            if ((st.declaration.type === 'FunctionDeclaration' || st.declaration.type === 'ClassDeclaration') &&
                st.declaration.id)
                names.set(st.declaration.id.name, { kind: 'local' });
            return;
        default:
            return;
    }
}
/** `var` declarations anywhere in a function's (or the program's) statements, not inside nested functions. */
function hoistVars(st, names, scope) {
    if (!st)
        return;
    switch (st.type) {
        case 'VariableDeclaration':
            if (st.kind === 'var' && !st.declare)
                for (const d of st.declarations)
                    if (!(d.id.type === 'Identifier' && names.has(d.id.name)))
                        declarePattern(d.id, d.init ?? null, names, scope, false);
            return;
        case 'BlockStatement':
            for (const s of st.body)
                hoistVars(s, names, scope);
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
            for (const c of st.cases)
                for (const s of c.consequent)
                    hoistVars(s, names, scope);
            return;
        case 'ExportNamedDeclaration':
            hoistVars(st.declaration, names, scope);
            return;
        default:
            return;
    }
}
/** The names a binding pattern declares, with what each is bound to. */
function declarePattern(pattern, init, names, scope, constant, keys = []) {
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
                if (key === null)
                    declarePattern(prop.value, null, names, scope, constant);
                else
                    declarePattern(prop.value, init, names, scope, constant, [...keys, key]);
            }
            return;
        case 'ArrayPattern':
            for (const el of pattern.elements)
                if (el)
                    declarePattern(el, null, names, scope, constant);
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
function bindingOf(init, keys, scope, constant) {
    if (init === null)
        return { kind: 'local' };
    const expr = unwrap(init);
    // `require('m')`, `await import('m')`, and one property of either.
    const mod = moduleOf(expr);
    if (mod !== undefined) {
        if (keys.length === 0)
            return { kind: 'require', source: mod, imported: '*' };
        if (keys.length === 1)
            return { kind: 'require', source: mod, imported: keys[0] };
        return { kind: 'local' };
    }
    if (expr.type === 'MemberExpression' && keys.length === 0) {
        const key = memberKey(expr);
        const inner = moduleOf(unwrap(expr.object));
        if (key !== null && inner !== undefined)
            return { kind: 'require', source: inner, imported: key };
    }
    return { kind: 'variable', init: expr, keys, scope, constant };
}
/** The module of `require('m')` / `await import('m')` (null when not a literal), undefined for anything else. */
function moduleOf(expr) {
    const call = expr;
    if (call.type === 'AwaitExpression') {
        const arg = unwrap(call.argument);
        if (arg.type !== 'ImportExpression')
            return undefined;
        return literalString(arg.source);
    }
    if (call.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'require') {
        const first = call.arguments[0];
        return first ? literalString(first) : null;
    }
    return undefined;
}
function literalString(node) {
    if (node.type === 'Literal' && typeof node.value === 'string')
        return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0]?.value.cooked ?? null;
    return null;
}
/** `{ a }`, `{ 'a': x }`, `{ ['a']: x }` → 'a'; a computed key that is not a literal → null. */
function propertyKey(prop) {
    if (!prop.computed && prop.key.type === 'Identifier')
        return prop.key.name;
    return literalString(prop.key);
}
/** `a.b` and `a['b']` → 'b'; null for a computed key that is not a string literal. */
function memberKey(expr) {
    if (!expr.computed)
        return expr.property.type === 'Identifier' ? expr.property.name : null;
    return literalString(expr.property);
}
/** An expression without the TypeScript wrappers that do not change its value (`x as T`, `x!`, `<T>x`). */
function unwrap(expr) {
    let e = expr;
    for (;;) {
        if (e.type === 'TSAsExpression' ||
            e.type === 'TSSatisfiesExpression' ||
            e.type === 'TSNonNullExpression' ||
            e.type === 'TSTypeAssertion' ||
            e.type === 'TSInstantiationExpression')
            e = e.expression;
        else
            return e;
    }
}

;// CONCATENATED MODULE: ./src/extract/js/calls.ts


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
function readCall(node, scope, resolver) {
    const direct = node.callee;
    // `test.each(table)` is the table call; the declaration is the call of its result.
    if (direct.type === 'MemberExpression') {
        const key = memberKey(direct);
        if (key !== null && CALLED_MODIFIERS.has(key))
            return null;
    }
    const links = [];
    let callee = node.callee;
    let root;
    for (;;) {
        if (callee.type === 'Identifier') {
            root = callee.name;
            break;
        }
        if (callee.type === 'MemberExpression') {
            const key = memberKey(callee);
            if (key === null)
                return null;
            links.unshift(key);
            callee = callee.object;
        }
        else if (callee.type === 'CallExpression' || callee.type === 'TaggedTemplateExpression') {
            const inner = callee.type === 'CallExpression' ? callee.callee : callee.tag;
            if (inner.type !== 'MemberExpression')
                return null;
            const name = memberKey(inner);
            if (name === null || !CALLED_MODIFIERS.has(name) || name === 'extend')
                return null;
            links.unshift(name);
            callee = inner.object;
        }
        else if (callee.type === 'TSNonNullExpression' ||
            callee.type === 'TSAsExpression' ||
            callee.type === 'TSSatisfiesExpression') {
            callee = callee.expression;
        }
        else if (callee.type === 'SequenceExpression') {
            // `(0, test)(...)`, as compilers write an imported function's call.
            callee = callee.expressions[callee.expressions.length - 1];
        }
        else {
            return null;
        }
    }
    // `globalThis.test(...)` is the global, whatever a local `test` is.
    const global = GLOBAL_OBJECTS.has(root) && scope.lookup(root) === undefined && links.length > 0;
    const value = global ? resolver.global(links.shift()) : resolver.name(root, scope);
    if (value === null)
        return null;
    if (value.kind === 'unknown')
        return { type: 'unreadable', what: `'${root}' is ${value.why}` };
    if (value.kind === 'imported')
        return { type: 'imported', name: root, source: value.source };
    let chain;
    if (value.kind === 'namespace')
        chain = links;
    else
        chain = [...value.chain, ...links];
    const indirect = chain.find((link) => INDIRECT.has(link));
    if (indirect && (DESCRIBE_ROOTS.has(chain[0]) || TEST_ROOTS.has(chain[0])))
        return { type: 'unreadable', what: `the runner's '${chain[0]}' is called through .${indirect}` };
    return readChain(chain, node, value.playwright, scope, resolver);
}
function readChain(chain, node, playwright, scope, resolver) {
    const [root, ...rest] = chain;
    if (root === undefined)
        return null;
    let kind;
    let mods = rest;
    if (DESCRIBE_ROOTS.has(root))
        kind = 'describe';
    else if (TEST_ROOTS.has(root)) {
        // Playwright: test.describe(...) and its modifiers.
        if (rest[0] === 'describe') {
            kind = 'describe';
            mods = rest.slice(1);
        }
        else
            kind = 'test';
    }
    else
        return null;
    if (playwright && kind === 'test') {
        // `test.slow()` marks tests slow; it never declares one (Playwright reads `test.slow('t', fn)`
        // as an annotation too).
        if (mods.includes('slow') && mods.every((m) => m === 'slow'))
            return { type: 'annotation' };
        if (mods.length === 1 && PLAYWRIGHT_ANNOTATIONS.has(mods[0])) {
            const read = playwrightModifier(node, scope, resolver);
            if (read !== 'declaration')
                return read;
        }
    }
    for (const m of mods)
        if (!MODIFIERS.has(m) && !CALLED_MODIFIERS.has(m))
            return null;
    // `test.describe.configure({ mode })`, `test.step(...)` etc. fall out above; `test.only` with
    // no arguments is not a declaration either.
    if (node.arguments.length === 0)
        return null;
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
function playwrightModifier(node, scope, resolver) {
    const args = node.arguments;
    const last = args[args.length - 1];
    if (args.length >= 2 && last && isFunctionLiteral(last))
        return 'declaration';
    const kind = (i) => {
        const a = args[i];
        if (!a)
            return 'missing';
        return a.type === 'SpreadElement' ? 'unknown' : valueKind(a, scope, resolver, 0);
    };
    // Playwright: typeof a0 === 'string' && (typeof a1 === 'function' || (typeof a1 === 'object' && typeof a2 === 'function')).
    const title = maybe(kind(0), 'string');
    const body = or(maybe(kind(1), 'function'), and(maybe(kind(1), 'object'), maybe(kind(2), 'function')));
    const declares = and(title, body);
    if (declares === false)
        return { type: 'annotation' };
    return {
        type: 'unreadable',
        what: `this call may declare a test or mark the running one, depending on its arguments' values`,
    };
}
function maybe(kind, wanted) {
    if (kind === 'unknown')
        return undefined;
    return kind === wanted;
}
function and(a, b) {
    if (a === false || b === false)
        return false;
    return a === true && b === true ? true : undefined;
}
function or(a, b) {
    if (a === true || b === true)
        return true;
    return a === false && b === false ? false : undefined;
}
function isFunctionLiteral(node) {
    return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}
/** The `typeof` of an expression's value, where the expression alone settles it. */
function valueKind(node, scope, resolver, depth) {
    const e = unwrap(node);
    switch (e.type) {
        case 'Literal':
            if (typeof e.value === 'string')
                return 'string';
            // null and regular expressions are objects to typeof.
            if (e.value === null || e.value instanceof RegExp || 'regex' in e)
                return 'object';
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
            if (e.name === 'undefined' && scope.lookup('undefined') === undefined)
                return 'primitive';
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

;// CONCATENATED MODULE: ./src/extract/js/resolve.ts


/** Names the runners define as globals (Jest; Vitest with `globals: true`). */
const GLOBAL_FUNCTIONS = new Set([
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
function isPlaywrightModule(source) {
    return PLAYWRIGHT_MODULES.has(source) || source.startsWith('@playwright/experimental-ct-');
}
function isRunnerModule(source) {
    return JEST_MODULES.has(source) || VITEST_MODULES.has(source) || isPlaywrightModule(source);
}
/** Resolves names in one file; each binding is resolved once. */
class Resolver {
    runner;
    cache = new Map();
    active = new Set();
    constructor(runner) {
        this.runner = runner;
    }
    /** The global `name` (Jest's, Vitest's with `globals: true`), or null. */
    global(name) {
        return GLOBAL_FUNCTIONS.has(name)
            ? { kind: 'fn', chain: [name], playwright: this.runner === 'playwright' }
            : null;
    }
    /**
     * Whether `name` is part of a runner's API (imported from its module, or one of its globals):
     * `expect(test)` or `mergeTests(a, b)` hand the runner its own functions, which declares nothing.
     */
    isRunnerApi(name, scope) {
        const b = scope.lookup(name);
        if (b === undefined)
            return GLOBAL_FUNCTIONS.has(name) || RUNNER_GLOBALS.has(name);
        return (b.kind === 'import' || b.kind === 'require') && b.source !== null && isRunnerModule(b.source);
    }
    /** What `name`, seen from `scope`, stands for; null when it is not the runner's. */
    name(name, scope) {
        const binding = scope.lookup(name);
        if (binding === undefined)
            return this.global(name);
        const cached = this.cache.get(binding);
        if (cached !== undefined)
            return cached;
        // A binding read through itself (`var t = t || it`) is not followed.
        if (this.active.has(binding))
            return { kind: 'unknown', why: `'${name}' is defined through itself` };
        this.active.add(binding);
        const value = this.binding(name, binding);
        this.active.delete(binding);
        this.cache.set(binding, value);
        return value;
    }
    binding(name, b) {
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
                for (const key of b.keys)
                    value = value && this.member(value, key);
                return value;
            }
        }
    }
    /** An export of a module, by its exported name ('*' the whole module). */
    fromModule(source, imported, local) {
        if (isRunnerModule(source)) {
            const playwright = isPlaywrightModule(source);
            if (imported === '*')
                return { kind: 'namespace', playwright };
            // `import test from '@playwright/test'`: its default export is `test`.
            if (imported === 'default')
                return playwright ? { kind: 'fn', chain: ['test'], playwright } : null;
            return GLOBAL_FUNCTIONS.has(imported) ? { kind: 'fn', chain: [imported], playwright } : null;
        }
        // Playwright suites import `test` from a fixture module (`export const test = base.extend(...)`).
        if (this.runner === 'playwright' && (imported === 'test' || (imported === 'default' && local === 'test')))
            return { kind: 'fn', chain: ['test'], playwright: true };
        return { kind: 'imported', source, name: imported === '*' || imported === 'default' ? local : imported };
    }
    member(value, key) {
        switch (value.kind) {
            case 'fn':
                if (INDIRECT.has(key))
                    return { kind: 'unknown', why: `the runner's '${value.chain[0]}' through .${key}` };
                // `test.info`, `test.step`: the runner's, but they declare no test.
                return declaresThrough(key) ? { ...value, chain: [...value.chain, key] } : null;
            case 'namespace':
                if (GLOBAL_FUNCTIONS.has(key))
                    return { kind: 'fn', chain: [key], playwright: value.playwright };
                if (key === 'default' && value.playwright)
                    return { kind: 'fn', chain: ['test'], playwright: true };
                return null;
            case 'unknown':
            case 'imported':
                return value;
        }
    }
    /** What an expression's value is, as far as the runner's functions go (`test.skip`: the runner's; `test.step`: not). */
    value(expr, scope) {
        return this.expression(expr, scope);
    }
    /** The value of an expression a variable is bound to, as far as the runner's functions go. */
    expression(expr, scope) {
        const e = unwrap(expr);
        switch (e.type) {
            case 'Identifier':
                return this.name(e.name, scope);
            case 'MemberExpression': {
                const key = memberKey(e);
                const object = this.expression(e.object, scope);
                if (!object)
                    return null;
                if (key === null)
                    return { kind: 'unknown', why: 'a member of the runner chosen at run time' };
                return this.member(object, key);
            }
            case 'CallExpression': {
                const callee = unwrap(e.callee);
                if (callee.type === 'MemberExpression') {
                    const key = memberKey(callee);
                    const object = this.expression(callee.object, scope);
                    if (!object)
                        return null;
                    if (object.kind === 'fn') {
                        // A fixture: `test.extend({...})` is a new `test` (Vitest, Playwright).
                        if (key === 'extend')
                            return { ...object, chain: [object.chain[0]] };
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
                    if (object.kind === 'unknown' || object.kind === 'imported')
                        return object;
                    return null;
                }
                if (callee.type === 'Identifier') {
                    // Playwright's `mergeTests(a, b)` is a `test` with the fixtures of both.
                    const b = scope.lookup(callee.name);
                    if ((b?.kind === 'import' || b?.kind === 'require') &&
                        b.imported === 'mergeTests' &&
                        b.source !== null &&
                        isPlaywrightModule(b.source))
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
                return this.expression(e.expressions[e.expressions.length - 1], scope);
            default:
                return null;
        }
    }
    /** One of several values: the runner's only when all agree; mixed with the runner's, unknown. */
    either(options, scope) {
        const values = options.map((o) => this.expression(o, scope));
        const first = values[0];
        if (values.every((v) => v === null))
            return null;
        if (first?.kind === 'fn' &&
            values.every((v) => v?.kind === 'fn' && v.chain.join('.') === first.chain.join('.')))
            return first;
        return { kind: 'unknown', why: 'one of several functions, chosen at run time' };
    }
}

;// CONCATENATED MODULE: ./src/extract/js/walk.ts



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
function walkProgram(program, runner) {
    return new Walker(runner).run(program);
}
class Walker {
    tests = [];
    dynamic = [];
    titleTags = [];
    resolver;
    constructor(runner) {
        this.resolver = new Resolver(runner);
    }
    run(program) {
        this.statements(program.body, new Scope(program, null), [], []);
        return { tests: this.tests, dynamic: this.dynamic, titleTags: this.titleTags };
    }
    /** Statements at a declaration's place: the program's, or a describe callback's. */
    statements(list, scope, titles, tagLevels) {
        for (const statement of list) {
            let expr = statement.type === 'ExpressionStatement' ? statement.expression : null;
            if (expr?.type === 'AwaitExpression')
                expr = expr.argument;
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
    declaration(found, scope, titles, tagLevels) {
        const { call, kind } = found;
        const line = call.loc.start.line;
        const args = call.arguments;
        const first = args[0];
        let title;
        if (kind === 'describe' && first && isFn(first))
            title = undefined; // Playwright's anonymous describe
        else
            title = first ? staticString(first) : null;
        if (title === null) {
            this.say({ line, severity: 'warning', what: `the ${kind} title is not a plain string` });
            return;
        }
        const tags = [];
        if (title !== undefined)
            for (const tag of titleTags(title)) {
                tags.push(tag);
                this.titleTags.push({ tag, line });
            }
        for (const option of args.slice(1)) {
            if (option.type !== 'ObjectExpression')
                continue;
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
            for (const a of args)
                this.visit(a, scope, IN_TEST);
            return;
        }
        const body = [...args].reverse().find(isFn);
        for (const a of args)
            if (a !== body)
                this.visit(a, scope, ELSEWHERE);
        const last = args[args.length - 1];
        if (!body && args.length >= 2 && last && last.type !== 'ObjectExpression') {
            // `describe('queues', queueTests)`: the runner calls the function, whose tests are not read here.
            this.say({
                line,
                severity: 'notice',
                what: `the describe's body is not a function written here, and the tests it declares are not read`,
            });
        }
        if (!body)
            return;
        const inner = new Scope(body, scope);
        for (const p of body.params)
            this.visit(p, inner, ELSEWHERE);
        if (body.body.type === 'BlockStatement')
            this.statements(body.body.body, inner, nextTitles, nextTags);
        else
            this.statements([{ type: 'ExpressionStatement', expression: body.body }], inner, nextTitles, nextTags);
    }
    /**
     * Any other code: a declaration found here is reported; Playwright's annotations are not tests.
     * `level`: the node runs where tests are declared (the program's or a describe callback's
     * statements, their loops and conditions), not inside a function.
     */
    visit(node, scope, where, level = false) {
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
                for (const a of node.arguments)
                    this.escape(a, scope, 'is passed to a function here');
        }
        else if (node.type === 'ArrayExpression') {
            for (const e of node.elements)
                if (e)
                    this.escape(e, scope, 'is put in an array here');
        }
        else if (node.type === 'ObjectExpression') {
            for (const p of node.properties)
                if (p.type === 'Property')
                    this.escape(p.value, scope, 'is put in an object here');
        }
        let inner = scope;
        if (opensScope(node)) {
            inner = new Scope(node, scope);
            if (isFn(node) || node.type === 'FunctionDeclaration') {
                // The body's block is the function's scope (its names are collected with the parameters).
                for (const p of node.params)
                    this.visit(p, inner, where);
                if (node.body) {
                    if (node.body.type === 'BlockStatement')
                        for (const st of node.body.body)
                            this.visit(st, inner, where);
                    else
                        this.visit(node.body, inner, where);
                }
                return;
            }
        }
        for (const key of Object.keys(node)) {
            if (key === 'parent' || key === 'loc' || key === 'range')
                continue;
            const value = node[key];
            if (Array.isArray(value)) {
                for (const child of value)
                    if (isNode(child))
                        this.visit(child, inner, where, level);
            }
            else if (isNode(value))
                this.visit(value, inner, where, level);
        }
        if (level && node.type === 'ExpressionStatement')
            this.helperCall(node, scope);
    }
    /**
     * A call, where tests are declared, of a function imported from a module that is not read: a
     * title and a body make it look like a test; a function of the suite's own modules
     * (`behavesLikeAStore(make)`, shared examples) may declare tests, which the runner lists under
     * this file. Either way this file's tests are not all known. A package's function
     * (`dotenv.config()`, `chai.use(x)`) is taken to declare none.
     */
    helperCall(statement, scope) {
        let expr = statement.expression;
        if (expr.type === 'AwaitExpression')
            expr = expr.argument;
        if (expr.type !== 'CallExpression')
            return;
        const read = readCall(expr, scope, this.resolver);
        if (read?.type !== 'imported')
            return;
        const line = expr.loc.start.line;
        // Said already at this line (the runner's `it` passed to it): one notice is enough.
        if (this.dynamic.some((d) => d.line === line))
            return;
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
    say(d) {
        if (!this.dynamic.some((o) => o.line === d.line && o.what === d.what))
            this.dynamic.push(d);
    }
    /**
     * The runner's own function used as a value (`shared(it)`, `[test, test.skip]`, `{ test }`):
     * what is declared through it elsewhere cannot be read, so it is said here.
     */
    escape(node, scope, how) {
        let root = node;
        while (root.type === 'MemberExpression')
            root = root.object;
        if (root.type !== 'Identifier')
            return;
        const value = this.resolver.value(node, scope);
        if (value?.kind !== 'fn' && value?.kind !== 'namespace')
            return;
        this.say({
            line: node.loc.start.line,
            severity: 'notice',
            what: `the runner's '${root.name}' ${how}, and the tests declared through it cannot be read`,
        });
    }
    /** Whether a call's callee is the runner's API (`expect(...)`, `mergeTests(...)`, `test.extend(...)`). */
    isRunnerApi(callee, scope) {
        let root = callee;
        while (root.type === 'MemberExpression' || root.type === 'CallExpression')
            root = root.type === 'MemberExpression' ? root.object : root.callee;
        return root.type === 'Identifier' && this.resolver.isRunnerApi(root.name, scope);
    }
}
/** `name('title', ..., () => {...})`: the shape of a declaration. */
function looksDeclared(call) {
    const args = call.arguments;
    const first = args[0];
    const last = args[args.length - 1];
    return args.length >= 2 && !!first && staticString(first) !== null && !!last && isFn(last);
}
/** A module of the suite itself: a relative or absolute path, or a path alias (`@/x`, `~/x`, `#x`). */
function isSuiteModule(source) {
    return /^(?:\.|\/|~|#|@\/)/.test(source);
}
/** A string literal, or a template literal without expressions; null for anything else. */
function staticString(node) {
    if (node.type === 'Literal' && typeof node.value === 'string')
        return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0]?.value.cooked ?? null;
    return null;
}
/**
 * The tags inside a title, by Playwright's rule (TestCase.tags: `title.match(/@[\S]+/g)`): an `@`
 * and every character up to the next white space, wherever the `@` is (`checkout:@P1` is tagged
 * `@P1`, `report (@P2)` is tagged `@P2)`). Jest and Vitest have no such rule; the same one serves.
 */
function titleTags(title) {
    return title.match(/@\S+/g) ?? [];
}
/** `{ tag: '@a' }`, `{ tag: ['@a', '@b'] }`, `{ tags: [...] }`; null when one is not static. */
function optionTags(options) {
    const out = [];
    for (const prop of options.properties) {
        if (prop.type === 'SpreadElement')
            return null;
        const key = prop.computed
            ? null
            : prop.key.type === 'Identifier'
                ? prop.key.name
                : staticString(prop.key);
        if (key !== 'tag' && key !== 'tags')
            continue;
        const value = prop.value;
        if (value.type === 'ArrayExpression') {
            for (const element of value.elements) {
                const s = element ? staticString(element) : null;
                if (s === null)
                    return null;
                out.push(s);
            }
        }
        else {
            const s = staticString(value);
            if (s === null)
                return null;
            out.push(s);
        }
    }
    return out;
}
function isFn(node) {
    return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}
function isNode(value) {
    return (typeof value === 'object' && value !== null && typeof value.type === 'string');
}


/***/ })

};
