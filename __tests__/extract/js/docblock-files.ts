// Test files with `@group` tags in the places real suites put them, and in the places they should
// not count: hand-written, and generated from a seed (same seed, same files).

export const GROUP_NAMES = ['unit/x', 'unit', 'integration/db', 'slow', '2', 'e2e-web', 'unit/xy'];

/** Hand-written files, each one idiom: name → source. */
export const HAND_WRITTEN: Record<string, string> = {
  // The idiom from issue 15: imports, a fixture, then the doc comment above the describe.
  'below-imports.test.js': [
    "const assert = require('node:assert');",
    '',
    "const fixture = { id: 1, name: 'x' };",
    '',
    '/**',
    ' * Tests of X.',
    ' * @group unit/x',
    ' */',
    "describe('X', () => {",
    "  test('reads the fixture', () => assert.equal(fixture.id, 1));",
    '});',
    '',
  ].join('\n'),
  // The same on one line: `@group` is not at a line's start, jest-docblock does not read it.
  'one-line-below.test.js': [
    "const assert = require('node:assert');",
    '/** Tests of Y. @group unit/y */',
    "describe('Y', () => {",
    "  test('runs', () => assert.ok(true));",
    '});',
    '',
  ].join('\n'),
  // At the top on one line: the value keeps the closing `*/` and takes in the next line
  // (`unit */ test(...)`); `--group=unit` selects it.
  'one-line-top.test.js': ['/** @group unit */', "test('top', () => {});", ''].join('\n'),
  // The description after the tag joins the value: `integration/db Talks to the database.`
  'description-after.test.js': [
    '/**',
    ' * @group integration/db',
    ' * Talks to the database.',
    ' */',
    "test('db', () => {});",
    '',
  ].join('\n'),
  // Several tags, and a tag in a later comment: all count, the first plans.
  'several.test.js': [
    '/**',
    ' * @group slow',
    ' * @group unit/x',
    ' */',
    "test('a', () => {});",
    '/**',
    ' * @group e2e-web',
    ' */',
    "test('b', () => {});",
    '',
  ].join('\n'),
  // A template literal whose line starts with `@group`: jest-docblock reads it.
  'template.test.js': [
    "const query = 'q';",
    'const text = `',
    '@group 2',
    '`;',
    "test('template', () => expect(text).toContain(query.length ? '@' : ''));",
    '',
  ].join('\n'),
  // Not read: a line comment, a string, a title, a tag after code on its line.
  'not-read.test.js': [
    '// @group unit/x',
    "const s = '@group unit/x';",
    "describe('@group unit/x', () => {",
    "  test('not grouped', () => {}); /* @group unit/x */",
    '});',
    '',
  ].join('\n'),
  // A plain block comment counts too; `// ...` after a value ends it.
  'plain-block.test.js': ['/*', '@group unit // legacy name', '*/', "test('plain', () => {});", ''].join(
    '\n',
  ),
  // A tab after `@group`: jest-runner-groups reads '\tslow', which `--group=slow` does not select.
  'tab.test.js': ['/**', ' * @group\tslow', ' */', "test('tab', () => {});", ''].join('\n'),
  // `@group` with no name.
  'empty.test.js': ['/**', ' * @group', ' */', "test('empty', () => {});", ''].join('\n'),
  // Windows line ends, a BOM (which hides a pragma on the first line).
  'crlf.test.js': ['/**', ' * @group unit/xy', ' */', "test('crlf', () => {});", ''].join('\r\n'),
  'bom.test.js': "\ufeff/** @group slow */\ntest('bom', () => {});\n",
  'bom-second-line.test.js': "\ufeff/**\n * @group slow\n */\ntest('bom 2', () => {});\n",
  'ungrouped.test.js': "test('no group', () => {});\n",
};

/** A small seeded generator (an LCG): the same seed gives the same files on every machine. */
export function random(seed: number): {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
} {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 0x100000000;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

type Rng = ReturnType<typeof random>;

/**
 * A doc comment, comment or string holding a `@group`, in one of the forms seen in suites (and,
 * unless `runnable`, a bare `@group` line, which is not JavaScript).
 */
function tagBlock(r: Rng, runnable: boolean): string {
  const g = r.pick(GROUP_NAMES);
  const h = r.pick(GROUP_NAMES);
  const pad = r.pick(['', ' ', '  ', '\t']);
  const trail = r.pick(['', '', ' ', '  ', '\t', ' // old name', '//x']);
  return r.pick([
    `/**\n * Tests of ${g}.\n * @group ${g}${trail}\n */`,
    `/**\n * @group ${g}${trail}\n * Tests of ${g}.\n */`,
    `/**\n * @group ${g}\n * @group ${h}\n */`,
    `/**\n * @group ${g}\n *\n * @group ${h}\n */`,
    `/**\n${pad}* @group ${g}${trail}\n${pad}*/`,
    `/**\n * @group ${g}\n * more text\n * and more\n */`,
    `/** @group ${g} */`,
    `/** Tests of ${g}. @group ${g} */`,
    `/*\n@group ${g}${trail}\n*/`,
    `// @group ${g}`,
    `/**\n * @group\n */`,
    `/**\n * @group\t${g}\n */`,
    `/**\n * @groups ${g}\n * @group:${h}\n */`,
    `const s${r.int(0, 99)} = '@group ${g}';`,
    `const t${r.int(0, 99)} = \`\n@group ${g}${trail}\nmore\n\`;`,
    `const u${r.int(0, 99)} = \`\n  * @group ${g}\n\`;`,
    runnable ? `/*\n${pad}@group ${g}\n*/` : `${pad}@group ${g}`,
  ]);
}

function codeBlock(r: Rng, runnable: boolean): string {
  return r.pick([
    runnable ? 'const { a } = { a: 1 };' : "import { a } from './a';",
    "const path = require('node:path');",
    "const fixture = {\n  id: 1,\n  name: 'x',\n};",
    "describe('d', () => {\n  test('t', () => {});\n});",
    "test('plain', () => {});",
    'function helper(x) {\n  return x * 2; // doubled\n}',
    "const url = 'http://example.com/@group'; // @ in a string",
    '/* a block comment */',
    '',
    '   ',
  ]);
}

/**
 * One generated source: code, comments, strings and template literals in random order, `@group`
 * tags among them, random line ends (LF, CRLF), sometimes a BOM, sometimes no final newline or a
 * closing `*\/` at the very end. `runnable`: valid CommonJS for Jest, with a test of its own.
 */
export function generatedSource(r: Rng, runnable = false): string {
  const parts: string[] = [];
  const n = r.int(1, 8);
  for (let i = 0; i < n; i++) parts.push(r.chance(0.45) ? tagBlock(r, runnable) : codeBlock(r, runnable));
  if (runnable) parts.push("test('generated', () => {});");
  // Blocks may repeat: `var` may be declared twice, `const` may not.
  if (runnable) parts.forEach((p, i) => (parts[i] = p.replace(/^const /gm, 'var ')));
  let text = parts.join(r.pick(['\n', '\n\n', '\n \n']));
  if (r.chance(0.6)) text += '\n';
  if (r.chance(0.05)) text += `/** @group ${r.pick(GROUP_NAMES)} */`;
  if (r.chance(0.15)) text = text.replace(/\n/g, '\r\n');
  if (r.chance(0.05)) text = '\ufeff' + text;
  return text;
}
