export const id = 650;
export const ids = [650];
export const modules = {

/***/ 7650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  staticString: () => (/* binding */ staticString),
  titleTags: () => (/* binding */ titleTags),
  walkProgram: () => (/* binding */ walkProgram)
});

;// CONCATENATED MODULE: ./src/extract/js/calls.ts
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
function testCall(node) {
    const direct = node.callee;
    // `test.each(table)` is the table call; the declaration is the call of its result.
    if (direct.type === 'MemberExpression' &&
        direct.property.type === 'Identifier' &&
        CALLED_MODIFIERS.has(direct.property.name))
        return null;
    const chain = [];
    let each = false;
    let callee = node.callee;
    for (;;) {
        if (callee.type === 'Identifier') {
            chain.unshift(callee.name);
            break;
        }
        if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
            chain.unshift(callee.property.name);
            callee = callee.object;
        }
        else if (callee.type === 'CallExpression' || callee.type === 'TaggedTemplateExpression') {
            const inner = callee.type === 'CallExpression' ? callee.callee : callee.tag;
            if (inner.type !== 'MemberExpression' || inner.computed || inner.property.type !== 'Identifier')
                return null;
            const name = inner.property.name;
            if (!CALLED_MODIFIERS.has(name) || name === 'extend')
                return null;
            if (TABLE_MODIFIERS.has(name))
                each = true;
            chain.unshift(name);
            callee = inner.object;
        }
        else {
            return null;
        }
    }
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
    for (const m of mods)
        if (!MODIFIERS.has(m) && !CALLED_MODIFIERS.has(m))
            return null;
    // `test.describe.configure({ mode })`, `test.step(...)` etc. fall out above; `test.only` with
    // no arguments is not a declaration either.
    if (node.arguments.length === 0)
        return null;
    return { kind, each, call: node };
}

;// CONCATENATED MODULE: ./src/extract/js/walk.ts

/**
 * The tests of a parsed file. Declarations are read only where their place is static: top level,
 * or directly in a describe callback. A declaration anywhere else (a loop, a helper function, an
 * `if`) and a title or tag that is not a plain string are reported, never guessed.
 */
function walkProgram(program) {
    const tests = [];
    const dynamic = [];
    const handled = new Set();
    const visitBody = (statements, titles, tagLevels) => {
        for (const statement of statements) {
            if (statement.type !== 'ExpressionStatement')
                continue;
            let expr = statement.expression;
            if (expr.type === 'AwaitExpression')
                expr = expr.argument;
            if (expr.type !== 'CallExpression')
                continue;
            const call = testCall(expr);
            if (call)
                visitCall(call, titles, tagLevels);
        }
    };
    const visitCall = (found, titles, tagLevels) => {
        const { call, kind } = found;
        handled.add(call);
        const line = call.loc.start.line;
        const args = call.arguments;
        const first = args[0];
        let title;
        if (kind === 'describe' && first && isFn(first))
            title = undefined; // Playwright's anonymous describe
        else
            title = first ? staticString(first) : null;
        if (title === null) {
            dynamic.push({ line, what: `the ${kind} title is not a plain string` });
            return;
        }
        const tags = [];
        if (title !== undefined)
            tags.push(...titleTags(title));
        for (const option of args.slice(1)) {
            if (option.type !== 'ObjectExpression')
                continue;
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
        if (!body)
            return;
        if (body.body.type === 'BlockStatement')
            visitBody(body.body.body, nextTitles, nextTags);
        else
            visitBody([{ type: 'ExpressionStatement', expression: body.body }], nextTitles, nextTags);
    };
    visitBody(program.body, [], []);
    // Every other declaration sits where its number or title is decided at run time.
    walkAll(program, (node) => {
        if (node.type !== 'CallExpression' || handled.has(node))
            return;
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
function staticString(node) {
    if (node.type === 'Literal' && typeof node.value === 'string')
        return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
        return node.quasis[0]?.value.cooked ?? null;
    return null;
}
/** `@tag` tokens inside a title (Playwright's rule: a whitespace-separated word starting with `@`). */
function titleTags(title) {
    return [...title.matchAll(/(?:^|\s)(@\S+)/g)].map((m) => m[1]);
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
function walkAll(node, visit) {
    visit(node);
    for (const key of Object.keys(node)) {
        if (key === 'parent' || key === 'loc' || key === 'range')
            continue;
        const value = node[key];
        if (Array.isArray(value)) {
            for (const child of value)
                if (isNode(child))
                    walkAll(child, visit);
        }
        else if (isNode(value))
            walkAll(value, visit);
    }
}
function isNode(value) {
    return (typeof value === 'object' && value !== null && typeof value.type === 'string');
}


/***/ })

};
