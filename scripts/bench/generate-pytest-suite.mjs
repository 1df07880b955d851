#!/usr/bin/env node
// Deterministic generator of a realistic pytest suite for the benchmark (scripts/bench.mjs).
//
//   node scripts/bench/generate-pytest-suite.mjs [--files N] [--out DIR] [--seed S] [--force]
//
// Every file is built from its own seeded PRNG (seed + file index), so the first K files of an
// N-file suite are byte-identical to a K-file suite: the pytest subset is the same code as the
// head of the full suite. A stamp file records the parameters; the directory is rewritten only
// when it is missing or the parameters (or GENERATOR_VERSION) changed.
//
// Only stdlib + pytest are imported by the generated modules; markers `group` and `slow` are
// registered in the generated pytest.ini (with --strict-markers, so a typo would fail collection).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { mix, rng } from './prng.mjs';
import { writeStampedSuite } from './stamped-suite.mjs';

/** Bump when the shape of the generated code changes: forces regeneration. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20240611;

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32 over a 32-bit seed mixed from (seed, index).

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const AREAS = [
  'api',
  'billing',
  'auth',
  'search',
  'storage',
  'etl',
  'ui',
  'reports',
  'notify',
  'sync',
  'admin',
  'geo',
];
const SUBS = ['unit', 'integration', 'regression', 'contract', 'e2e'];
const NOUNS = [
  'user',
  'account',
  'invoice',
  'order',
  'payment',
  'session',
  'token',
  'record',
  'bucket',
  'index',
  'query',
  'report',
  'message',
  'queue',
  'schema',
  'table',
  'row',
  'event',
  'widget',
  'tenant',
  'cache',
  'config',
  'export',
  'import',
  'batch',
  'job',
  'lock',
  'shard',
  'region',
  'profile',
];
const VERBS = [
  'create',
  'update',
  'delete',
  'fetch',
  'list',
  'merge',
  'split',
  'parse',
  'render',
  'validate',
  'retry',
  'expire',
  'refresh',
  'rollback',
  'migrate',
  'encode',
  'decode',
  'sort',
  'filter',
  'sync',
];
const ADJ = [
  'empty',
  'large',
  'unicode',
  'nested',
  'partial',
  'stale',
  'concurrent',
  'invalid',
  'missing',
  'default',
];
const WORDS = (
  'the of a to and in is that for it with as was on be by this are or from at an which but not have ' +
  'when value result expected request response service client server database timeout retry payload ' +
  'field column record cursor transaction fixture scenario behaviour legacy edge case regression'
).split(' ');

const GROUP_VALUES = [
  [30, () => 1],
  [22, () => 2],
  [16, () => 3],
  [10, () => 4],
  [6, () => 5],
  [4, () => 6],
  [8, () => '"db"'],
  [5, () => "'network'"],
  [3, () => '"slow_io"'],
];

function sentence(r, min = 6, max = 16) {
  const n = r.int(min, max);
  const w = [];
  for (let i = 0; i < n; i++) w.push(r.pick(WORDS));
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(r, indent, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(indent + sentence(r));
  return out.join('\n');
}

function pyLiteral(r, depth = 0) {
  const kind = r.int(0, depth > 1 ? 3 : 5);
  switch (kind) {
    case 0:
      return String(r.int(-5, 500));
    case 1:
      return JSON.stringify(`${r.pick(NOUNS)}-${r.int(0, 99)}`);
    case 2:
      return r.pick(['None', 'True', 'False', '0.5', '1e3', "b'raw'", "'é'", "''"]);
    case 3:
      return `${r.int(0, 9)}.${r.int(0, 99)}`;
    case 4:
      return `[${Array.from({ length: r.int(0, 3) }, () => pyLiteral(r, depth + 1)).join(', ')}]`;
    default:
      return `{${Array.from({ length: r.int(1, 3) }, () => `"${r.pick(NOUNS)}": ${pyLiteral(r, depth + 1)}`).join(', ')}}`;
  }
}

function multilineDict(r, indent, name) {
  const keys = new Set();
  const lines = [`${indent}${name} = {`];
  const n = r.int(3, 10);
  for (let i = 0; i < n; i++) {
    let k = `${r.pick(NOUNS)}_${r.pick(ADJ)}`;
    while (keys.has(k)) k += '_x';
    keys.add(k);
    lines.push(`${indent}    "${k}": ${pyLiteral(r)},`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// One module. Every block below draws from the module's PRNG in the order the text is written,
// so the order of the calls (not only their results) is part of the generated suite.

/**
 * What one module's blocks share: its PRNG `r`, the names used to reach pytest (`P`: pytest or
 * its alias; `M`: the mark namespace, `pytest.mark`, `pt.mark` or a bare `mark` imported from
 * pytest), the names taken so far and the fixtures a test may request.
 */
function newModule(r, importStyle) {
  const P = importStyle === 'alias' ? 'pt' : 'pytest';
  const used = new Set();
  return {
    r,
    importStyle,
    P,
    M: importStyle === 'from' ? 'mark' : `${P}.mark`,
    used,
    fixtures: [],
    /** `base`, or `base_2`, `base_3`...: the first name not taken yet. */
    uniq(base) {
      let name = base;
      let i = 2;
      while (used.has(name)) name = `${base}_${i++}`;
      used.add(name);
      return name;
    },
  };
}

/** Emits the text of one test module of about `target` bytes. */
function moduleText(r, index, target) {
  const topic = `${r.pick(NOUNS)} ${r.pick(VERBS)}`;
  const importStyle = r.weighted([
    [80, 'plain'],
    [10, 'alias'],
    [10, 'from'],
  ]);
  const m = newModule(r, importStyle);
  const out = [
    ...docstringLines(m, index, topic),
    ...importLines(m),
    ...moduleMarkLines(m),
    ...moduleConstantLines(m, index),
  ];
  appendBlocks(m, out, target);
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n\n')
      .trimEnd() + '\n'
  );
}

/** The module docstring, sometimes with marker-like text that must not count. */
function docstringLines({ r, P }, index, topic) {
  const out = [];
  out.push(`"""Tests for the ${topic} path (module ${index}).`);
  out.push('');
  out.push(paragraph(r, '', r.int(1, 4)));
  if (r.chance(0.3)) {
    out.push('');
    out.push(`Mark slow cases with @${P}.mark.group(${r.int(1, 9)}) so they land in their own job;`);
    out.push('def test_in_docstring(): is not a test.');
  }
  out.push('"""');
  return out;
}

const STDLIB = [
  'os',
  'json',
  're',
  'math',
  'itertools',
  'functools',
  'collections',
  'dataclasses',
  'decimal',
  'datetime',
];

/** Imports: a few stdlib modules, then pytest in the module's import style. */
function importLines({ r, importStyle }) {
  const out = [];
  if (r.chance(0.15)) out.push('from __future__ import annotations');
  out.push('');
  const nStd = r.int(1, 4);
  const imported = new Set();
  imported.add('os');
  for (let i = 0; i < nStd; i++) imported.add(r.pick(STDLIB));
  for (const m of [...imported].sort()) out.push(`import ${m}`);
  if (importStyle === 'plain') out.push('import pytest');
  else if (importStyle === 'alias') out.push('import pytest as pt');
  else out.push('import pytest', 'from pytest import mark');
  if (r.chance(0.3)) out.push('from typing import Any, Dict, List, Optional');
  out.push('');
  return out;
}

/** A module-level pytestmark, in some modules. */
function moduleMarkLines({ r, M }) {
  if (!r.chance(0.25)) return [];
  const g = r.weighted(GROUP_VALUES)();
  return [
    r.weighted([
      [60, `pytestmark = ${M}.group(${g})`],
      [25, `pytestmark = [${M}.group(${g}), ${M}.slow]`],
      [15, `pytestmark = [\n    ${M}.slow,\n    ${M}.group(${g}),\n]`],
    ]),
    '',
  ];
}

/** A constant table, and sometimes a code template whose tests and marks are only text. */
function moduleConstantLines(m, index) {
  const { r } = m;
  const out = [multilineDict(r, '', m.uniq(`DEFAULT_${r.pick(NOUNS).toUpperCase()}`)), ''];
  if (r.chance(0.4)) {
    out.push(`${m.uniq('TEMPLATE')} = """`);
    out.push(`@pytest.mark.group(${r.int(1, 9)})`);
    out.push(`def test_generated_${index}():`);
    out.push('    assert True');
    out.push('"""');
    out.push('');
  }
  return out;
}

/** The module's body: blocks until the target size is reached (at least one test). */
function appendBlocks(m, out, target) {
  const { r } = m;
  let size = out.join('\n').length;
  let tests = 0;
  while (size < target || tests === 0) {
    const kind = r.weighted([
      [10, 'helper'],
      [8, 'fixture'],
      [45, 'test'],
      [25, 'class'],
      [4, 'const'],
    ]);
    let block;
    if (kind === 'helper') block = helperBlock(m);
    else if (kind === 'fixture') block = fixtureBlock(m);
    else if (kind === 'test') {
      block = testFunction(m, '', false);
      tests++;
    } else if (kind === 'class') {
      block = testClass(m);
      tests++;
    } else block = multilineDict(r, '', m.uniq(`${r.pick(NOUNS).toUpperCase()}_TABLE`));
    out.push('', block, '');
    size += block.length + 3;
  }
}

/** A module-level helper function (not a test). */
function helperBlock(m) {
  const { r } = m;
  const name = m.uniq(`_${r.pick(VERBS)}_${r.pick(NOUNS)}`);
  const lines = [`def ${name}(value, *, scale=${r.int(1, 9)}):`];
  if (r.chance(0.6)) lines.push(`    """${sentence(r)}"""`);
  lines.push(`    label = f"{value!r}:{scale:>4}:${r.pick(NOUNS)}"`);
  lines.push(`    items = [`);
  for (let i = 0, n = r.int(2, 5); i < n; i++) lines.push(`        ${pyLiteral(r)},`);
  lines.push(`    ]`);
  lines.push(`    return label, len(items) * scale`);
  return lines.join('\n');
}

/** A fixture, which later tests of the module may request. */
function fixtureBlock(m) {
  const { r, P } = m;
  const name = m.uniq(`${r.pick(ADJ)}_${r.pick(NOUNS)}`);
  m.fixtures.push(name);
  const lines = [];
  lines.push(r.chance(0.7) ? `@${P}.fixture` : `@${P}.fixture(scope="${r.pick(['function', 'module'])}")`);
  lines.push(`def ${name}():`);
  if (r.chance(0.5)) lines.push(`    """${sentence(r)}"""`);
  lines.push(
    `    data = {"id": ${r.int(1, 999)}, "name": "${r.pick(NOUNS)}", "tags": [${pyLiteral(r)}, ${pyLiteral(r)}]}`,
  );
  if (r.chance(0.5)) {
    lines.push(`    yield data`);
    lines.push(`    data.clear()`);
  } else lines.push(`    return data`);
  return lines.join('\n');
}

/** The marks stacked on a test or a class: a group (sometimes by keyword), slow, skipif, xfail. */
function markLines({ r, M }, indent) {
  const lines = [];
  const roll = r.next();
  if (roll < 0.35) lines.push(`${indent}@${M}.group(${r.weighted(GROUP_VALUES)()})`);
  else if (roll < 0.42) lines.push(`${indent}@${M}.group(group=${r.weighted(GROUP_VALUES)()})`);
  if (r.chance(0.15)) lines.push(`${indent}@${M}.slow`);
  if (r.chance(0.04)) lines.push(`${indent}@${M}.skipif(os.name == "nt", reason="posix only")`);
  if (r.chance(0.04))
    lines.push(`${indent}@${M}.xfail(reason="${r.pick(WORDS)} ${r.pick(WORDS)}", strict=False)`);
  // Order of stacked decorators varies.
  if (r.chance(0.3)) lines.reverse();
  return lines;
}

/** One `parametrize` decorator over `names`, on one line or spread over several. */
function paramDecorator(m, indent, names) {
  const { r, M } = m;
  const argSpec = r.weighted([
    [60, `"${names.join(',')}"`],
    [20, `"${names.join(', ')}"`],
    // A list/tuple of argnames wants a tuple per row even for one name: only for 2+ names.
    [names.length > 1 ? 12 : 0, `[${names.map((n) => `"${n}"`).join(', ')}]`],
    [names.length > 1 ? 8 : 0, `(${names.map((n) => `"${n}"`).join(', ')})`],
  ]);
  const { rows, ids } = paramRows(m, names);
  const multiline = rows.length > 3 || r.chance(0.3);
  const withIds = r.chance(0.15) && !rows.some((x) => x.includes('id='));
  const idsArg = withIds ? `, ids=[${ids.join(', ')}]` : '';
  if (!multiline) return [`${indent}@${M}.parametrize(${argSpec}, [${rows.join(', ')}]${idsArg})`];
  const lines = [`${indent}@${M}.parametrize(`, `${indent}    ${argSpec},`, `${indent}    [`];
  for (const row of rows) lines.push(`${indent}        ${row},`);
  lines.push(`${indent}    ]${withIds ? ',' : ''}`);
  if (withIds) lines.push(`${indent}    ids=[${ids.join(', ')}],`);
  lines.push(`${indent})`);
  return lines;
}

/** A parametrize table's rows (plain values or `pytest.param` with marks or ids) and spare ids. */
function paramRows({ r, P, M }, names) {
  const n = r.weighted([
    [35, 2],
    [30, 3],
    [20, 4],
    [9, 6],
    [4, 10],
    [2, 20],
  ]);
  const rows = [];
  const ids = [];
  for (let i = 0; i < n; i++) {
    const vals = names.map(() => pyLiteral(r, 2));
    const tuple = names.length === 1 ? vals[0] : `(${vals.join(', ')})`;
    ids.push(`"${r.pick(ADJ)}-${i}"`);
    const roll = r.next();
    if (roll < 0.1)
      rows.push(`${P}.param(${vals.join(', ')}, marks=${M}.group(${r.weighted(GROUP_VALUES)()}))`);
    else if (roll < 0.14)
      rows.push(`${P}.param(${vals.join(', ')}, marks=[${M}.slow, ${M}.group(2)], id="p${i}")`);
    else if (roll < 0.2) rows.push(`${P}.param(${vals.join(', ')}, id="case_${i}")`);
    else rows.push(tuple);
  }
  return { rows, ids };
}

/** A test's body: statements, strings and comments that hold test-like text, then an assert. */
function testBody(m, indent, args) {
  const { r, P, M } = m;
  const lines = [];
  if (r.chance(0.5))
    lines.push(
      `${indent}"""${sentence(r)}${r.chance(0.2) ? ` See @${P}.mark.group(${r.int(1, 5)}).` : ''}"""`,
    );
  if (r.chance(0.3))
    lines.push(
      `${indent}# ${sentence(r)} ${r.chance(0.3) ? `@${M}.group(${r.int(1, 5)}) is not applied here.` : ''}`.trimEnd(),
    );
  const nLines = r.weighted([
    [40, r.int(3, 8)],
    [45, r.int(8, 18)],
    [15, r.int(18, 40)],
  ]);
  for (let i = 0; i < nLines; i++) lines.push(...bodyStatement(r, indent, i, args));
  if (args.length)
    lines.push(`${indent}assert ${args.map((a) => `${a} is not NotImplemented`).join(' and ')}`);
  else lines.push(`${indent}assert True`);
  return lines;
}

/** The `i`-th statement of a test body, of one of seven kinds. */
function bodyStatement(r, indent, i, args) {
  const roll = r.int(0, 6);
  if (roll === 0) return [`${indent}value_${i} = ${pyLiteral(r)}`];
  if (roll === 1) return [`${indent}text_${i} = f"{${args[0] ?? '1'}!r} ${r.pick(WORDS)} {${i} + 1}"`];
  if (roll === 2) {
    const lines = [`${indent}expected_${i} = [`];
    for (let j = 0, m = r.int(2, 4); j < m; j++) lines.push(`${indent}    ${pyLiteral(r)},`);
    lines.push(`${indent}]`);
    return lines;
  }
  if (roll === 3) return [`${indent}assert ${r.int(0, 9)} + ${r.int(0, 9)} >= 0, "${sentence(r, 3, 6)}"`];
  if (roll === 4)
    return [
      `${indent}message = (`,
      `${indent}    "${sentence(r, 3, 6)} "`,
      `${indent}    "${sentence(r, 3, 6)}"`,
      `${indent})`,
    ];
  if (roll === 5)
    return [
      `${indent}doc = """`,
      `${indent}${sentence(r)}`,
      `${indent}def test_inside_string(): pass`,
      `${indent}"""`,
    ];
  return [`${indent}assert isinstance(${args.length ? args[r.int(0, args.length - 1)] : 'None'}, object)`];
}

/** A test function (a method when `inClass`): marks, parametrize decorators, signature, body. */
function testFunction(m, indent, inClass) {
  const { r } = m;
  const base = `test_${r.pick(VERBS)}_${r.pick(NOUNS)}${r.chance(0.5) ? `_${r.pick(ADJ)}` : ''}`;
  const name = m.uniq(base);
  const lines = [...markLines(m, indent)];
  const nParam = r.weighted([
    [70, 0],
    [25, 1],
    [5, 2],
  ]);
  const args = [];
  const paramNames = new Set();
  for (let p = 0; p < nParam; p++) {
    const names = argnames(r, paramNames);
    args.push(...names);
    lines.push(...paramDecorator(m, indent, names));
  }
  if (nParam === 0 && r.chance(0.1)) lines.reverse();
  if (m.fixtures.length && r.chance(0.35)) args.push(r.pick(m.fixtures));
  if (r.chance(0.1)) args.push('tmp_path');
  const sig = [...(inClass ? ['self'] : []), ...args];
  const typed = r.chance(0.15) ? ' -> None' : '';
  if (sig.join(', ').length > 60) {
    lines.push(`${indent}def ${name}(`);
    for (const a of sig) lines.push(`${indent}    ${a},`);
    lines.push(`${indent})${typed}:`);
  } else lines.push(`${indent}def ${name}(${sig.join(', ')})${typed}:`);
  lines.push(...testBody(m, `${indent}    `, args));
  return lines.join('\n');
}

/** One to three argument names for a parametrize decorator, none already in `taken`. */
function argnames(r, taken) {
  const k = r.weighted([
    [60, 1],
    [30, 2],
    [10, 3],
  ]);
  const names = [];
  for (let i = 0; i < k; i++) {
    let a = r.pick(['value', 'expected', 'size', 'mode', 'payload', 'count', 'flag', 'label']);
    while (taken.has(a)) a += '_b';
    taken.add(a);
    names.push(a);
  }
  return names;
}

/** A test class: marks, docstring, attributes, sometimes setup and a helper, then its tests. */
function testClass(m) {
  const { r, M } = m;
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const name = m.uniq(`Test${cap(r.pick(NOUNS))}${cap(r.pick(VERBS))}`);
  const lines = [...markLines(m, '')];
  lines.push(`class ${name}${r.chance(0.2) ? '(object)' : ''}:`);
  if (r.chance(0.6)) {
    lines.push(`    """${sentence(r)}`);
    lines.push('');
    lines.push(`    Grouped with @${M}.group(${r.int(1, 6)}) in the old layout.`);
    lines.push(`    """`);
  }
  lines.push('');
  lines.push(`    limit = ${r.int(1, 100)}`);
  lines.push(multilineDict(r, '    ', 'options'));
  lines.push('');
  if (r.chance(0.4)) {
    lines.push('    def setup_method(self, method):');
    lines.push(`        self.state = {"method": method.__name__, "n": ${r.int(0, 9)}}`);
    lines.push('');
  }
  if (r.chance(0.5)) {
    lines.push(`    def _${r.pick(VERBS)}(self, value):`);
    lines.push(`        return f"{self.limit}:{value}"`);
    lines.push('');
  }
  // Method names only need to be unique within the class.
  const saved = new Set(m.used);
  m.used.clear();
  const nMethods = r.int(2, 9);
  for (let i = 0; i < nMethods; i++) {
    lines.push(testFunction(m, '    ', true));
    lines.push('');
  }
  m.used.clear();
  for (const x of saved) m.used.add(x);
  return lines.join('\n').trimEnd();
}

/** Target size in bytes: mostly 2–40 KB, skewed small, and a heavy tail of 100–300 KB files. */
function targetSize(r) {
  if (r.chance(0.004)) return r.int(100_000, 300_000);
  // log-uniform between 2 KB and 40 KB
  return Math.round(2000 * Math.pow(20, r.next()));
}

function relPath(index, r) {
  const area = AREAS[index % AREAS.length];
  const sub = SUBS[Math.floor(index / AREAS.length) % SUBS.length];
  const shard = Math.floor(index / (AREAS.length * SUBS.length * 4));
  const stem = `${r.pick(NOUNS)}_${r.pick(VERBS)}`;
  // Basenames are unique (index in the name): the suite has no __init__.py files, and pytest's
  // default import mode needs unique basenames for rootdir-less modules.
  return `tests/${area}/${sub}/s${String(shard).padStart(3, '0')}/test_${area}_${stem}_${String(index).padStart(5, '0')}.py`;
}

export const PYTEST_INI = `[pytest]
testpaths = tests
addopts = --strict-markers
markers =
    group(id): the CI job group this test runs in
    slow: slow tests
`;

/** Generates (or reuses) the suite; returns { dir, files, bytes, regenerated }. */
export function generateSuite({
  files = 10000,
  out = '.bench/pytest-suite',
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
    configs: { 'pytest.ini': PYTEST_INI },
    fileAt: (i) => {
      const r = rng(mix(seed, i));
      const rel = relPath(i, r);
      return { rel, text: moduleText(r, i, targetSize(r)) };
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '10000' },
      out: { type: 'string', default: '.bench/pytest-suite' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      force: { type: 'boolean', default: false },
    },
  });
  const t0 = performance.now();
  const res = generateSuite({
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
