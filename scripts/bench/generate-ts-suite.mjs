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
// One file.

/** Emits the text of one Vitest test file of about `target` bytes. */
function fileText(r, index, target, tsx) {
  const topic = `${r.pick(NOUNS)} ${r.pick(VERBS)}`;
  const out = [];
  const titles = new Set();
  /** Titles are unique within a file (and never hold ' > ', '::', '%' or '$' outside tables). */
  const title = (base) => {
    let t = base;
    for (let i = 2; titles.has(t); i++) t = `${base} #${i}`;
    titles.add(t);
    return t;
  };
  const names = new Set();
  const uniq = (base) => {
    let n = base;
    for (let i = 2; names.has(n); i++) n = `${base}${i}`;
    names.add(n);
    return n;
  };
  // Without tag text the file is one planned unit (read without a parser): about a fifth of files.
  const tagged = r.chance(0.8);
  const groupTag = () => {
    const g = r.pick(TAG_GROUPS);
    return r.chance(0.75) ? `group:${g}` : `@group:${g}`;
  };
  const tagsOption = () => {
    const tags = [groupTag()];
    if (r.chance(0.2)) tags.push(r.pick(['slow', 'smoke', 'flaky']));
    if (r.chance(0.3)) tags.reverse();
    const list = `tags: [${tags.map((t) => `'${t}'`).join(', ')}]`;
    return r.weighted([
      [70, `{ ${list} }`],
      [20, `{ timeout: ${r.int(1, 30) * 1000}, ${list} }`],
      [10, `{ ${list}, retry: ${r.int(1, 3)} }`],
    ]);
  };

  // Header: a docblock group in some files, before or after the imports.
  const docblock = r.chance(0.25) ? r.pick(DOCBLOCK_GROUPS) : null;
  const docFirst = r.chance(0.6);
  if (docblock && docFirst) {
    out.push(
      r.chance(0.5)
        ? `/** @group ${docblock} */`
        : `/**\n * Tests for the ${topic} path (file ${index}).\n *\n * @group ${docblock}\n */`,
    );
  } else if (r.chance(0.5)) out.push(`// Tests for the ${topic} path (file ${index}).`);
  if (tsx) out.push('/** @jsxRuntime classic */', '/** @jsx h */');
  const hooks = ['beforeEach', 'afterEach', 'beforeAll', 'afterAll'].filter(() => r.chance(0.4));
  out.push(
    `import { ${['describe', 'it', 'test', 'expect', ...hooks, ...(r.chance(0.3) ? ['vi'] : [])].join(', ')} } from 'vitest';`,
  );
  if (r.chance(0.5)) out.push(`import { createHash } from 'node:crypto';`);
  if (r.chance(0.4)) out.push(`import path from 'node:path';`);
  if (docblock && !docFirst) out.push('', `/** @group ${docblock} */`);
  out.push('');

  // Types, helpers, constants.
  const T = uniq(cap(r.pick(NOUNS)));
  out.push(
    `interface ${T} {`,
    `  id: number;`,
    `  name: string;`,
    `  tags?: readonly string[];`,
    `  meta: Record<string, unknown>;`,
    `}`,
    '',
  );
  if (r.chance(0.4))
    out.push(`type ${uniq(`${T}Patch`)} = Partial<Omit<${T}, 'id'>> & { readonly reason?: string };`, '');
  if (tsx) {
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
  // Tag-like text outside tags (read by nobody) only in tagged files: a file without any is
  // planned whole without a parser, and a fifth of files stay that way.
  if (tagged && r.chance(0.5)) {
    out.push(`// Note: tag slow cases with { tags: ['@group:9'] } so they run in their own job.`);
    out.push(`const ${uniq('NOTE')} = 'describe("x", { tags: ["@group:9"] }) is only a string here';`);
  }
  if (tagged && r.chance(0.3)) out.push(`/* it('commented out @group:9', () => {}) */`);

  const helper = () => {
    const name = uniq(`${r.pick(VERBS)}${cap(r.pick(NOUNS))}`);
    const lines = [];
    if (r.chance(0.4)) lines.push(`/** ${sentence(r)} */`);
    const style = r.int(0, 2);
    if (style === 0) {
      lines.push(`function ${name}(id: number, overrides: Partial<${T}> = {}): ${T} {`);
      lines.push(`  const name = \`${r.pick(NOUNS)}-\${id}-\${overrides.name ?? '${r.pick(ADJ)}'}\`;`);
      lines.push(
        `  return { id, name, meta: { source: '${r.pick(AREAS)}', rank: id * ${r.int(2, 9)} }, ...overrides };`,
      );
      lines.push(`}`);
    } else if (style === 1) {
      lines.push(
        `const ${name} = async <V,>(items: readonly V[], limit = ${r.int(1, 50)}): Promise<V[]> => {`,
      );
      lines.push(`  const out: V[] = [];`);
      lines.push(`  for (const item of items) {`);
      lines.push(`    if (out.length >= limit) break;`);
      lines.push(`    out.push(item);`);
      lines.push(`  }`);
      lines.push(`  return out;`);
      lines.push(`};`);
    } else {
      const C = uniq(`${cap(r.pick(NOUNS))}Store`);
      lines.push(`class ${C} {`);
      lines.push(`  private readonly rows = new Map<number, ${T}>();`);
      lines.push(`  constructor(private readonly label = '${r.pick(NOUNS)}') {}`);
      lines.push(`  put(row: ${T}): this {`);
      lines.push(`    this.rows.set(row.id, row);`);
      lines.push(`    return this;`);
      lines.push(`  }`);
      lines.push(`  get size(): number {`);
      lines.push(`    return this.rows.size;`);
      lines.push(`  }`);
      lines.push(`  describe(): string {`);
      lines.push(`    return \`\${this.label}: \${[...this.rows.keys()].join(', ')}\`;`);
      lines.push(`  }`);
      lines.push(`}`);
      lines.push(`const ${name} = (): ${C} => new ${C}();`);
    }
    return lines.join('\n');
  };

  const component = () => {
    const name = uniq(`${cap(r.pick(NOUNS))}${cap(r.pick(['view', 'row', 'card', 'list', 'badge']))}`);
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
  };

  const body = (indent, args) => {
    const lines = [];
    const n = r.weighted([
      [40, r.int(2, 6)],
      [45, r.int(6, 14)],
      [15, r.int(14, 30)],
    ]);
    for (let i = 0; i < n; i++) {
      const roll = r.int(0, 7);
      if (roll === 0) lines.push(`${indent}const value${i} = ${tsLiteral(r)};`);
      else if (roll === 1)
        lines.push(
          `${indent}const text${i} = \`${r.pick(WORDS)} \${${args[0] ?? i}} ${r.pick(WORDS)} \${${i} + 1}\`;`,
        );
      else if (roll === 2) {
        lines.push(`${indent}const expected${i} = [`);
        for (let j = 0, m = r.int(2, 5); j < m; j++) lines.push(`${indent}  ${tsLiteral(r)},`);
        lines.push(`${indent}];`);
        lines.push(`${indent}expect(expected${i}).toHaveLength(${'x'.length - 1} + expected${i}.length);`);
      } else if (roll === 3)
        lines.push(`${indent}expect(${r.int(0, 9)} + ${r.int(0, 9)}).toBeGreaterThanOrEqual(0);`);
      else if (roll === 4)
        lines.push(
          `${indent}// ${sentence(r)}${tagged && r.chance(0.2) ? " { tags: ['group:9'] } is not applied here." : ''}`,
        );
      else if (roll === 5) {
        lines.push(`${indent}const message${i} =`);
        lines.push(`${indent}  '${sentence(r, 3, 6)} ' +`);
        lines.push(`${indent}  "${sentence(r, 3, 6)}";`);
        lines.push(`${indent}expect(message${i}).toContain(' ');`);
      } else if (roll === 6 && tagged) {
        lines.push(`${indent}const snippet${i} = \``);
        lines.push(`${indent}  it('inside a template @group:9', { tags: ['group:9'] }, () => {});`);
        lines.push(`${indent}\`;`);
        lines.push(`${indent}expect(snippet${i}).toMatch(/inside/);`);
      } else
        lines.push(
          `${indent}expect(${args.length ? args[r.int(0, args.length - 1)] : 'null'}).not.toBe(Symbol('${r.pick(NOUNS)}'));`,
        );
    }
    return lines;
  };

  // Placement of a group: a tag option, an @group:N token in the title, or nothing.
  const placement = () =>
    tagged
      ? r.weighted([
          [30, 'option'],
          [8, 'title'],
          [62, 'none'],
        ])
      : 'none';

  const testDecl = (indent) => {
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
    const place = placement();
    const base = `${r.pick(VERBS)}s ${r.chance(0.5) ? `${r.pick(ADJ)} ` : ''}${r.pick(NOUNS)}s`;
    const kind = r.weighted([
      [78, 'plain'],
      [12, 'each'],
      [5, 'eachObj'],
      [3, 'for'],
      [2, 'template'],
    ]);
    const async = r.chance(0.3) ? 'async ' : '';
    const lines = [];
    if (kind === 'plain') {
      const t = title(place === 'title' ? `${base} @group:${r.pick(TAG_GROUPS)}` : base);
      const opt = place === 'option' ? `${tagsOption()}, ` : '';
      lines.push(`${indent}${fn}${mod}('${t}', ${opt}${async}() => {`);
      if (mod === '.fails') lines.push(`${indent}  expect(1).toBe(2);`);
      else lines.push(...body(`${indent}  `, []));
      lines.push(`${indent}});`);
      return lines.join('\n');
    }
    // Tables: the title holds format tokens, so every row gets its own name.
    const rows = r.weighted([
      [40, 2],
      [30, 3],
      [20, 5],
      [10, 9],
    ]);
    const chain = `${fn}${mod === '.fails' ? '' : mod}`;
    const opt = place === 'option' ? `${tagsOption()}, ` : '';
    const tagInTitle = place === 'title' ? ` @group:${r.pick(TAG_GROUPS)}` : '';
    if (kind === 'each') {
      const t = title(`${base} %s with %i items${tagInTitle}`);
      lines.push(`${indent}${chain}.each([`);
      for (let i = 0; i < rows; i++) lines.push(`${indent}  ['${r.pick(NOUNS)}-${i}', ${r.int(0, 99)}],`);
      lines.push(`${indent}])('${t}', ${opt}${async}(name, count) => {`);
      lines.push(...body(`${indent}  `, ['name', 'count']));
    } else if (kind === 'eachObj') {
      const t = title(`${base} $name ($count)${tagInTitle}`);
      lines.push(`${indent}${chain}.each([`);
      for (let i = 0; i < rows; i++)
        lines.push(
          `${indent}  { name: '${r.pick(ADJ)}-${i}', count: ${r.int(0, 99)}, extra: ${tsLiteral(r, 2)} },`,
        );
      lines.push(`${indent}])('${t}', ${opt}${async}({ name, count }) => {`);
      lines.push(...body(`${indent}  `, ['name', 'count']));
    } else if (kind === 'for') {
      const t = title(`${base} for %s${tagInTitle}`);
      lines.push(
        `${indent}${fn}.for([${Array.from({ length: rows }, (_, i) => `'${r.pick(NOUNS)}${i}'`).join(', ')}])('${t}', ${opt}${async}(item) => {`,
      );
      lines.push(...body(`${indent}  `, ['item']));
    } else {
      const t = title(`${base} $a plus $b is $sum${tagInTitle}`);
      lines.push(`${indent}${fn}.each\``);
      lines.push(`${indent}  a    | b    | sum`);
      for (let i = 0; i < rows; i++) {
        const a = r.int(0, 50);
        const b = r.int(0, 50);
        lines.push(`${indent}  \${${a}} | \${${b}} | \${${a + b}}`);
      }
      lines.push(`${indent}\`('${t}', ${opt}({ a, b, sum }) => {`);
      lines.push(`${indent}  expect(a + b).toBe(sum);`);
    }
    lines.push(`${indent}});`);
    return lines.join('\n');
  };

  const describeDecl = (indent, depth) => {
    const place = placement();
    const fn = r.weighted([
      [90, 'describe'],
      [6, 'describe.concurrent'],
      [4, 'describe.sequential'],
    ]);
    const base = `${cap(r.pick(NOUNS))} ${r.pick(VERBS)}`;
    const t = title(place === 'title' ? `${base} @group:${r.pick(TAG_GROUPS)}` : base);
    const opt = place === 'option' ? `${tagsOption()}, ` : '';
    const lines = [`${indent}${fn}('${t}', ${opt}() => {`];
    if (r.chance(0.4)) lines.push(`${indent}  let state: ${T} | undefined;`);
    for (const hook of hooks.filter(() => r.chance(0.5)))
      lines.push(`${indent}  ${hook}(() => {`, `${indent}    void ${r.int(0, 9)};`, `${indent}  });`);
    if (r.chance(0.3)) lines.push(objectLiteral(r, `${indent}  `, uniq(`${r.pick(NOUNS)}Rows`), true));
    const n = r.int(1, 6);
    for (let i = 0; i < n; i++) {
      lines.push('');
      if (depth < 3 && r.chance(0.2)) lines.push(describeDecl(`${indent}  `, depth + 1));
      else lines.push(testDecl(`${indent}  `));
    }
    lines.push(`${indent}});`);
    return lines.join('\n');
  };

  let size = out.join('\n').length;
  let tests = 0;
  while (size < target || tests === 0) {
    const kind = r.weighted([
      [10, 'helper'],
      [8, 'const'],
      [tsx ? 8 : 0, 'component'],
      [22, 'test'],
      [52, 'describe'],
    ]);
    let block;
    if (kind === 'helper') block = helper();
    else if (kind === 'const')
      block = objectLiteral(r, '', uniq(`${r.pick(NOUNS).toUpperCase()}_FIXTURE`), r.chance(0.5));
    else if (kind === 'component') block = component();
    else if (kind === 'test') {
      block = testDecl('');
      tests++;
    } else {
      block = describeDecl('', 1);
      tests++;
    }
    out.push('', block);
    size += block.length + 2;
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
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
