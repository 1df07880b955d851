#!/usr/bin/env node
// Deterministic generator of a realistic Vitest (TS/TSX) suite for the benchmark (scripts/bench.mjs).
//
//   node scripts/bench/generate-ts-suite.mjs [--files N] [--out DIR] [--seed S] [--force]
//
// Every file is built from its own seeded PRNG (seed + file index), so the first K files of an
// N-file suite are byte-identical to a K-file suite. A stamp file records the parameters; the
// directory is rewritten only when it is missing or the parameters (or the generator) changed.
//
// The files import only from 'vitest' and declare everything else themselves, so `vitest list`
// collects them with nothing but vitest installed: .tsx files use the classic JSX runtime with a
// local `h` (no React). Tags are declared in the generated vitest.config.ts (Vitest 4.1's
// `strictTags` is on by default and rejects undeclared tags).
//
// What vitest lists and what the plan counts differ in two ways the bench accounts for: a `.each`
// / `.for` table is one planned test and one listed test per row, and a file with no test-level
// tag text is one planned unit. `.skip` / `.todo` are not generated: `vitest list` leaves them out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { mix, rng } from './prng.mjs';
import { writeStampedSuite } from './stamped-suite.mjs';

/** Bump when the shape of the generated code changes: forces regeneration. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240612;

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32 over a 32-bit seed mixed from (seed, index) (same as the pytest generator).

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const AREAS = ['api', 'billing', 'auth', 'search', 'storage', 'ui', 'reports', 'notify', 'sync', 'admin'];
const SUBS = ['unit', 'integration', 'components', 'e2e'];
const NOUNS = (
  'user account invoice order payment session token record bucket index query report message ' +
  'queue schema table row event widget tenant cache config export batch job lock shard region profile'
).split(' ');
const VERBS = (
  'create update delete fetch list merge split parse render validate retry expire refresh ' +
  'rollback migrate encode decode sort filter sync'
).split(' ');
const ADJ = 'empty large unicode nested partial stale concurrent invalid missing default'.split(' ');
const WORDS = (
  'the of a to and in is that for it with as was on be by this are or from at an which but not have ' +
  'when value result expected request response service client server database timeout retry payload ' +
  'field column record cursor transaction fixture scenario behaviour legacy edge case regression'
).split(' ');

/** Group tags as written in `tags: [...]`: Vitest-style `group:N` mostly, some `@group:N`. */
const TAG_GROUPS = ['1', '2', '3', '4', '5', 'db', 'network'];
export const DECLARED_TAGS = [
  ...TAG_GROUPS.flatMap((g) => [`group:${g}`, `@group:${g}`]),
  'slow',
  'smoke',
  'flaky',
];
const DOCBLOCK_GROUPS = ['integration/db', 'integration/queue', 'e2e', '1', '2', 'slow_io'];

const cap = (w) => w[0].toUpperCase() + w.slice(1);

function sentence(r, min = 5, max = 14) {
  const n = r.int(min, max);
  const w = [];
  for (let i = 0; i < n; i++) w.push(r.pick(WORDS));
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function tsLiteral(r, depth = 0) {
  const kind = r.int(0, depth > 1 ? 3 : 5);
  switch (kind) {
    case 0:
      return String(r.int(-5, 500));
    case 1:
      return r.chance(0.5) ? `'${r.pick(NOUNS)}-${r.int(0, 99)}'` : `"${r.pick(ADJ)} ${r.pick(NOUNS)}"`;
    case 2:
      return r.pick(['null', 'true', 'false', '0.5', '1e3', 'undefined', "'é'", "''", '-0']);
    case 3:
      return `${r.int(0, 9)}.${r.int(0, 99)}`;
    case 4:
      return `[${Array.from({ length: r.int(0, 3) }, () => tsLiteral(r, depth + 1)).join(', ')}]`;
    default:
      return `{ ${Array.from({ length: r.int(1, 3) }, (_, i) => `${r.pick(NOUNS)}${i}: ${tsLiteral(r, depth + 1)}`).join(', ')} }`;
  }
}

function objectLiteral(r, indent, name, typed) {
  const keys = new Set();
  const lines = [`${indent}const ${name}${typed ? ': Record<string, unknown>' : ''} = {`];
  for (let i = 0, n = r.int(4, 14); i < n; i++) {
    let k = `${r.pick(NOUNS)}${cap(r.pick(ADJ))}`;
    while (keys.has(k)) k += 'X';
    keys.add(k);
    if (r.chance(0.2)) {
      lines.push(`${indent}  ${k}: {`);
      for (let j = 0, m = r.int(1, 4); j < m; j++)
        lines.push(`${indent}    ${r.pick(VERBS)}${j}: ${tsLiteral(r)},`);
      lines.push(`${indent}  },`);
    } else lines.push(`${indent}  ${r.chance(0.15) ? `'${k}-key'` : k}: ${tsLiteral(r)},`);
  }
  lines.push(`${indent}}${r.chance(0.3) ? ' as const' : ''};`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// One file. Every block below draws from the file's PRNG in the order the text is written, so
// the order of the calls (not only their results) is part of the generated suite.

/**
 * What one file's blocks share: its PRNG `r`, whether it is TSX, whether it carries tag text at
 * all (without any, the file is one planned unit, read without a parser: about a fifth of
 * files), the hooks it imports, its row type `T`, and the titles and names taken so far.
 */
function newFile(r, tsx) {
  const titles = new Set();
  const names = new Set();
  return {
    r,
    tsx,
    tagged: r.chance(0.8),
    /** Set by importLines. */
    hooks: [],
    /** Set by typeLines. */
    T: '',
    /** Titles are unique within a file (and never hold ' > ', '::', '%' or '$' outside tables). */
    title(base) {
      let t = base;
      for (let i = 2; titles.has(t); i++) t = `${base} #${i}`;
      titles.add(t);
      return t;
    },
    uniq(base) {
      let n = base;
      for (let i = 2; names.has(n); i++) n = `${base}${i}`;
      names.add(n);
      return n;
    },
  };
}

/** Emits the text of one Vitest test file of about `target` bytes. */
function fileText(r, index, target, tsx) {
  const topic = `${r.pick(NOUNS)} ${r.pick(VERBS)}`;
  const f = newFile(r, tsx);
  const out = [...importLines(f, index, topic), ...typeLines(f), ...decoyLines(f)];
  appendBlocks(f, out, target);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** The header: a docblock group in some files (before or after the imports), then the imports. */
function importLines(f, index, topic) {
  const { r } = f;
  const out = [];
  const docblock = r.chance(0.25) ? r.pick(DOCBLOCK_GROUPS) : null;
  const docFirst = r.chance(0.6);
  if (docblock && docFirst) {
    out.push(
      r.chance(0.5)
        ? `/** @group ${docblock} */`
        : `/**\n * Tests for the ${topic} path (file ${index}).\n *\n * @group ${docblock}\n */`,
    );
  } else if (r.chance(0.5)) out.push(`// Tests for the ${topic} path (file ${index}).`);
  if (f.tsx) out.push('/** @jsxRuntime classic */', '/** @jsx h */');
  f.hooks = ['beforeEach', 'afterEach', 'beforeAll', 'afterAll'].filter(() => r.chance(0.4));
  out.push(
    `import { ${['describe', 'it', 'test', 'expect', ...f.hooks, ...(r.chance(0.3) ? ['vi'] : [])].join(', ')} } from 'vitest';`,
  );
  if (r.chance(0.5)) out.push(`import { createHash } from 'node:crypto';`);
  if (r.chance(0.4)) out.push(`import path from 'node:path';`);
  if (docblock && !docFirst) out.push('', `/** @group ${docblock} */`);
  out.push('');
  return out;
}

/** The row type `T` the helpers build, sometimes a patch type, and the JSX types in TSX files. */
function typeLines(f) {
  const { r } = f;
  const T = (f.T = f.uniq(cap(r.pick(NOUNS))));
  const out = [
    `interface ${T} {`,
    `  id: number;`,
    `  name: string;`,
    `  tags?: readonly string[];`,
    `  meta: Record<string, unknown>;`,
    `}`,
    '',
  ];
  if (r.chance(0.4))
    out.push(`type ${f.uniq(`${T}Patch`)} = Partial<Omit<${T}, 'id'>> & { readonly reason?: string };`, '');
  if (f.tsx) {
    out.push(
      `type Child = string | number | boolean | null | undefined | VNode;`,
      `interface VNode {`,
      `  tag: string | ((props: Record<string, unknown>) => VNode);`,
      `  props: Record<string, unknown> | null;`,
      `  children: Child[];`,
      `}`,
      `function h(tag: VNode['tag'], props: Record<string, unknown> | null, ...children: Child[]): VNode {`,
      `  return { tag, props, children };`,
      `}`,
      '',
    );
  }
  return out;
}

/**
 * Tag-like text outside tags (read by nobody) only in tagged files: a file without any is
 * planned whole without a parser, and a fifth of files stay that way.
 */
function decoyLines(f) {
  const { r } = f;
  const out = [];
  if (f.tagged && r.chance(0.5)) {
    out.push(`// Note: tag slow cases with { tags: ['@group:9'] } so they run in their own job.`);
    out.push(`const ${f.uniq('NOTE')} = 'describe("x", { tags: ["@group:9"] }) is only a string here';`);
  }
  if (f.tagged && r.chance(0.3)) out.push(`/* it('commented out @group:9', () => {}) */`);
  return out;
}

/** The file's body: blocks until the target size is reached (at least one test). */
function appendBlocks(f, out, target) {
  const { r } = f;
  let size = out.join('\n').length;
  let tests = 0;
  while (size < target || tests === 0) {
    const kind = r.weighted([
      [10, 'helper'],
      [8, 'const'],
      [f.tsx ? 8 : 0, 'component'],
      [22, 'test'],
      [52, 'describe'],
    ]);
    let block;
    if (kind === 'helper') block = helperBlock(f);
    else if (kind === 'const')
      block = objectLiteral(r, '', f.uniq(`${r.pick(NOUNS).toUpperCase()}_FIXTURE`), r.chance(0.5));
    else if (kind === 'component') block = componentBlock(f);
    else if (kind === 'test') {
      block = testDecl(f, '');
      tests++;
    } else {
      block = describeDecl(f, '', 1);
      tests++;
    }
    out.push('', block);
    size += block.length + 2;
  }
}

/** A helper (not a test), in one of three styles: a factory, an async generic, a store class. */
function helperBlock(f) {
  const { r } = f;
  const name = f.uniq(`${r.pick(VERBS)}${cap(r.pick(NOUNS))}`);
  const lines = [];
  if (r.chance(0.4)) lines.push(`/** ${sentence(r)} */`);
  const style = r.int(0, 2);
  if (style === 0) lines.push(...factoryLines(f, name));
  else if (style === 1) lines.push(...asyncHelperLines(r, name));
  else lines.push(...storeLines(f, name));
  return lines.join('\n');
}

function factoryLines({ r, T }, name) {
  return [
    `function ${name}(id: number, overrides: Partial<${T}> = {}): ${T} {`,
    `  const name = \`${r.pick(NOUNS)}-\${id}-\${overrides.name ?? '${r.pick(ADJ)}'}\`;`,
    `  return { id, name, meta: { source: '${r.pick(AREAS)}', rank: id * ${r.int(2, 9)} }, ...overrides };`,
    `}`,
  ];
}

function asyncHelperLines(r, name) {
  return [
    `const ${name} = async <V,>(items: readonly V[], limit = ${r.int(1, 50)}): Promise<V[]> => {`,
    `  const out: V[] = [];`,
    `  for (const item of items) {`,
    `    if (out.length >= limit) break;`,
    `    out.push(item);`,
    `  }`,
    `  return out;`,
    `};`,
  ];
}

function storeLines(f, name) {
  const { r, T } = f;
  const C = f.uniq(`${cap(r.pick(NOUNS))}Store`);
  return [
    `class ${C} {`,
    `  private readonly rows = new Map<number, ${T}>();`,
    `  constructor(private readonly label = '${r.pick(NOUNS)}') {}`,
    `  put(row: ${T}): this {`,
    `    this.rows.set(row.id, row);`,
    `    return this;`,
    `  }`,
    `  get size(): number {`,
    `    return this.rows.size;`,
    `  }`,
    `  describe(): string {`,
    `    return \`\${this.label}: \${[...this.rows.keys()].join(', ')}\`;`,
    `  }`,
    `}`,
    `const ${name} = (): ${C} => new ${C}();`,
  ];
}

/** A JSX component (TSX files only), with tag-like text in a comment and a text node. */
function componentBlock(f) {
  const { r, tagged } = f;
  const name = f.uniq(`${cap(r.pick(NOUNS))}${cap(r.pick(['view', 'row', 'card', 'list', 'badge']))}`);
  return [
    `const ${name} = (props: { items: string[]; title?: string }): VNode => (`,
    `  <section class="${r.pick(NOUNS)}" data-id={${r.int(1, 99)}}>`,
    `    <h2>{props.title ?? '${r.pick(ADJ)} ${r.pick(NOUNS)}'}</h2>`,
    tagged ? `    {/* tags: ['@group:9'] is text in a comment */}` : `    {/* ${r.pick(WORDS)} */}`,
    `    <ul>`,
    `      {props.items.map((item) => (`,
    `        <li key={item}>{item}${tagged ? ' @group:9' : ''}</li>`,
    `      ))}`,
    `    </ul>`,
    `  </section>`,
    `);`,
  ].join('\n');
}

/** A test's body: statements, some of them holding test-like text in comments and strings. */
function body(f, indent, args) {
  const { r } = f;
  const lines = [];
  const n = r.weighted([
    [40, r.int(2, 6)],
    [45, r.int(6, 14)],
    [15, r.int(14, 30)],
  ]);
  for (let i = 0; i < n; i++) lines.push(...bodyStatement(f, indent, i, args));
  return lines;
}

/** The `i`-th statement of a test body, of one of eight kinds. */
function bodyStatement({ r, tagged }, indent, i, args) {
  const roll = r.int(0, 7);
  if (roll === 0) return [`${indent}const value${i} = ${tsLiteral(r)};`];
  if (roll === 1)
    return [
      `${indent}const text${i} = \`${r.pick(WORDS)} \${${args[0] ?? i}} ${r.pick(WORDS)} \${${i} + 1}\`;`,
    ];
  if (roll === 2) {
    const lines = [`${indent}const expected${i} = [`];
    for (let j = 0, m = r.int(2, 5); j < m; j++) lines.push(`${indent}  ${tsLiteral(r)},`);
    lines.push(`${indent}];`);
    lines.push(`${indent}expect(expected${i}).toHaveLength(${'x'.length - 1} + expected${i}.length);`);
    return lines;
  }
  if (roll === 3) return [`${indent}expect(${r.int(0, 9)} + ${r.int(0, 9)}).toBeGreaterThanOrEqual(0);`];
  if (roll === 4)
    return [
      `${indent}// ${sentence(r)}${tagged && r.chance(0.2) ? " { tags: ['group:9'] } is not applied here." : ''}`,
    ];
  if (roll === 5)
    return [
      `${indent}const message${i} =`,
      `${indent}  '${sentence(r, 3, 6)} ' +`,
      `${indent}  "${sentence(r, 3, 6)}";`,
      `${indent}expect(message${i}).toContain(' ');`,
    ];
  if (roll === 6 && tagged)
    return [
      `${indent}const snippet${i} = \``,
      `${indent}  it('inside a template @group:9', { tags: ['group:9'] }, () => {});`,
      `${indent}\`;`,
      `${indent}expect(snippet${i}).toMatch(/inside/);`,
    ];
  return [
    `${indent}expect(${args.length ? args[r.int(0, args.length - 1)] : 'null'}).not.toBe(Symbol('${r.pick(NOUNS)}'));`,
  ];
}

/** A group tag: Vitest-style `group:N` mostly, some `@group:N`. */
function groupTag(r) {
  const g = r.pick(TAG_GROUPS);
  return r.chance(0.75) ? `group:${g}` : `@group:${g}`;
}

/** A test options object with `tags: [...]`, sometimes beside a timeout or retry. */
function tagsOption(r) {
  const tags = [groupTag(r)];
  if (r.chance(0.2)) tags.push(r.pick(['slow', 'smoke', 'flaky']));
  if (r.chance(0.3)) tags.reverse();
  const list = `tags: [${tags.map((t) => `'${t}'`).join(', ')}]`;
  return r.weighted([
    [70, `{ ${list} }`],
    [20, `{ timeout: ${r.int(1, 30) * 1000}, ${list} }`],
    [10, `{ ${list}, retry: ${r.int(1, 3)} }`],
  ]);
}

/** Placement of a group: a tag option, an @group:N token in the title, or nothing. */
function placement({ r, tagged }) {
  return tagged
    ? r.weighted([
        [30, 'option'],
        [8, 'title'],
        [62, 'none'],
      ])
    : 'none';
}

/** A test: plain (`it`/`test` with a modifier), or a table (`.each`, `.for`, a template table). */
function testDecl(f, indent) {
  const { r } = f;
  const fn = r.weighted([
    [55, 'it'],
    [45, 'test'],
  ]);
  const mod = r.weighted([
    [85, ''],
    [8, '.concurrent'],
    [4, '.sequential'],
    [3, '.fails'],
  ]);
  const place = placement(f);
  const base = `${r.pick(VERBS)}s ${r.chance(0.5) ? `${r.pick(ADJ)} ` : ''}${r.pick(NOUNS)}s`;
  const kind = r.weighted([
    [78, 'plain'],
    [12, 'each'],
    [5, 'eachObj'],
    [3, 'for'],
    [2, 'template'],
  ]);
  const test = { indent, fn, mod, place, base, async: r.chance(0.3) ? 'async ' : '' };
  return (kind === 'plain' ? plainTest(f, test) : tableTest(f, test, kind)).join('\n');
}

function plainTest(f, { indent, fn, mod, place, base, async }) {
  const { r } = f;
  const t = f.title(place === 'title' ? `${base} @group:${r.pick(TAG_GROUPS)}` : base);
  const opt = place === 'option' ? `${tagsOption(r)}, ` : '';
  const lines = [`${indent}${fn}${mod}('${t}', ${opt}${async}() => {`];
  if (mod === '.fails') lines.push(`${indent}  expect(1).toBe(2);`);
  else lines.push(...body(f, `${indent}  `, []));
  lines.push(`${indent}});`);
  return lines;
}

/** A table test: the title holds format tokens, so every row gets its own name. */
function tableTest(f, { indent, fn, mod, place, base, async }, kind) {
  const { r } = f;
  const rows = r.weighted([
    [40, 2],
    [30, 3],
    [20, 5],
    [10, 9],
  ]);
  const chain = `${fn}${mod === '.fails' ? '' : mod}`;
  const opt = place === 'option' ? `${tagsOption(r)}, ` : '';
  const tagInTitle = place === 'title' ? ` @group:${r.pick(TAG_GROUPS)}` : '';
  const lines = [];
  if (kind === 'each') {
    const t = f.title(`${base} %s with %i items${tagInTitle}`);
    lines.push(`${indent}${chain}.each([`);
    for (let i = 0; i < rows; i++) lines.push(`${indent}  ['${r.pick(NOUNS)}-${i}', ${r.int(0, 99)}],`);
    lines.push(`${indent}])('${t}', ${opt}${async}(name, count) => {`);
    lines.push(...body(f, `${indent}  `, ['name', 'count']));
  } else if (kind === 'eachObj') {
    const t = f.title(`${base} $name ($count)${tagInTitle}`);
    lines.push(`${indent}${chain}.each([`);
    for (let i = 0; i < rows; i++)
      lines.push(
        `${indent}  { name: '${r.pick(ADJ)}-${i}', count: ${r.int(0, 99)}, extra: ${tsLiteral(r, 2)} },`,
      );
    lines.push(`${indent}])('${t}', ${opt}${async}({ name, count }) => {`);
    lines.push(...body(f, `${indent}  `, ['name', 'count']));
  } else if (kind === 'for') {
    const t = f.title(`${base} for %s${tagInTitle}`);
    lines.push(
      `${indent}${fn}.for([${Array.from({ length: rows }, (_, i) => `'${r.pick(NOUNS)}${i}'`).join(', ')}])('${t}', ${opt}${async}(item) => {`,
    );
    lines.push(...body(f, `${indent}  `, ['item']));
  } else
    lines.push(...templateTableLines(f, indent, fn, rows, `${base} $a plus $b is $sum${tagInTitle}`, opt));
  lines.push(`${indent}});`);
  return lines;
}

/** A tagged-template table (`test.each\`a | b | sum\``) and its test's opening line. */
function templateTableLines(f, indent, fn, rows, title, opt) {
  const { r } = f;
  const t = f.title(title);
  const lines = [`${indent}${fn}.each\``, `${indent}  a    | b    | sum`];
  for (let i = 0; i < rows; i++) {
    const a = r.int(0, 50);
    const b = r.int(0, 50);
    lines.push(`${indent}  \${${a}} | \${${b}} | \${${a + b}}`);
  }
  lines.push(`${indent}\`('${t}', ${opt}({ a, b, sum }) => {`);
  lines.push(`${indent}  expect(a + b).toBe(sum);`);
  return lines;
}

/** A describe block: hooks, sometimes state and a table, then tests and nested describes. */
function describeDecl(f, indent, depth) {
  const { r } = f;
  const place = placement(f);
  const fn = r.weighted([
    [90, 'describe'],
    [6, 'describe.concurrent'],
    [4, 'describe.sequential'],
  ]);
  const base = `${cap(r.pick(NOUNS))} ${r.pick(VERBS)}`;
  const t = f.title(place === 'title' ? `${base} @group:${r.pick(TAG_GROUPS)}` : base);
  const opt = place === 'option' ? `${tagsOption(r)}, ` : '';
  const lines = [`${indent}${fn}('${t}', ${opt}() => {`];
  if (r.chance(0.4)) lines.push(`${indent}  let state: ${f.T} | undefined;`);
  for (const hook of f.hooks.filter(() => r.chance(0.5)))
    lines.push(`${indent}  ${hook}(() => {`, `${indent}    void ${r.int(0, 9)};`, `${indent}  });`);
  if (r.chance(0.3)) lines.push(objectLiteral(r, `${indent}  `, f.uniq(`${r.pick(NOUNS)}Rows`), true));
  const n = r.int(1, 6);
  for (let i = 0; i < n; i++) {
    lines.push('');
    if (depth < 3 && r.chance(0.2)) lines.push(describeDecl(f, `${indent}  `, depth + 1));
    else lines.push(testDecl(f, `${indent}  `));
  }
  lines.push(`${indent}});`);
  return lines.join('\n');
}

/** Target size in bytes: log-uniform 2–30 KB, plus a heavy tail (0.5% of files, 60–200 KB). */
function targetSize(r) {
  if (r.chance(0.005)) return r.int(60_000, 200_000);
  return Math.round(2000 * Math.pow(15, r.next()));
}

function relPath(index, r, tsx) {
  const area = AREAS[index % AREAS.length];
  const sub = SUBS[Math.floor(index / AREAS.length) % SUBS.length];
  const stem = `${r.pick(NOUNS)}-${r.pick(VERBS)}`;
  const dir = r.chance(0.3) ? `src/${area}/${sub}/__tests__` : `tests/${area}/${sub}`;
  return `${dir}/${stem}-${String(index).padStart(5, '0')}.test.${tsx ? 'tsx' : 'ts'}`;
}

export function vitestConfig() {
  return `import { defineConfig } from 'vitest/config';

// Vitest 4.1 rejects tags that are not declared here (strictTags).
export default defineConfig({
  test: {
    include: ['**/*.test.{ts,tsx}'],
    tags: [
${DECLARED_TAGS.map((t) => `      { name: '${t}' },`).join('\n')}
    ],
  },
});
`;
}

export const PACKAGE_JSON = `${JSON.stringify({ name: 'ts-bench-suite', private: true, type: 'module', devDependencies: { vitest: '*' } }, null, 2)}\n`;

/** Generates (or reuses) the suite; returns { dir, files, bytes, regenerated }. */
export function generateTsSuite({
  files = 2000,
  out = '.bench/ts-suite',
  seed = DEFAULT_SEED,
  force = false,
} = {}) {
  return writeStampedSuite({
    out,
    generatorUrl: import.meta.url,
    version: GENERATOR_VERSION,
    files,
    seed,
    force,
    configs: { 'package.json': PACKAGE_JSON, 'vitest.config.ts': vitestConfig() },
    fileAt: (i) => {
      const r = rng(mix(seed, i));
      const tsx = r.chance(0.15);
      const rel = relPath(i, r, tsx);
      return { rel, text: fileText(r, i, targetSize(r), tsx) };
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '2000' },
      out: { type: 'string', default: '.bench/ts-suite' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      force: { type: 'boolean', default: false },
    },
  });
  const t0 = performance.now();
  const res = generateTsSuite({
    files: Number(values.files),
    out: values.out,
    seed: Number(values.seed),
    force: values.force,
  });
  const ms = (performance.now() - t0).toFixed(0);
  console.log(
    `${res.regenerated ? 'generated' : 'up to date'}: ${res.files} files, ${(res.bytes / 1e6).toFixed(1)} MB in ${path.relative(process.cwd(), res.dir)} (${ms} ms)`,
  );
}
