// File groups read as jest-runner-groups reads them: jest-docblock's own `parse` over the whole
// source is the oracle, on hand-written idioms, on generated files (tags, comments, strings and
// template literals in random places) and on random fragment soup; our reader must give the same
// values in the same order, each at a line that holds its `@group`.
import { parse } from 'jest-docblock';
import { describe, expect, it } from 'vitest';
import type { JsSettings } from '../../../src/extract/extractor.js';
import { docblockGroups } from '../../../src/extract/js/docblock.js';
import { extractJs } from '../../../src/extract/js/index.js';
import { generatedSource, HAND_WRITTEN, random } from './docblock-files.js';

/** jest-docblock's `group` values, as jest-runner-groups lists them. */
function oracle(source: string): string[] {
  const group = parse(source)['group'];
  if (group === undefined) return [];
  return Array.isArray(group) ? group : [group];
}

/** Our values, checking that each line holds the `@group` it was read from. */
function ours(source: string): string[] {
  const lines = source.split(/\r\n|\r|\n/);
  const read = docblockGroups(source);
  for (const d of read)
    expect(lines[d.line - 1], `line ${d.line} of ${JSON.stringify(source)}`).toContain('@group');
  return read.map((d) => d.raw);
}

describe('docblock groups against jest-docblock', () => {
  it('agrees on every hand-written idiom', () => {
    for (const [name, source] of Object.entries(HAND_WRITTEN))
      expect(ours(source), name).toEqual(oracle(source));
  });

  it('reads what jest-runner-groups reads in the idioms (values and lines)', () => {
    const read = (name: string) => docblockGroups(HAND_WRITTEN[name]!).map((d) => [d.raw, d.line]);
    expect(read('below-imports.test.js')).toEqual([['unit/x', 7]]);
    expect(read('one-line-below.test.js')).toEqual([]);
    // The next line holds no `@` and no `//`: jest-docblock joins it to the value.
    expect(read('one-line-top.test.js')).toEqual([["unit */ test('top', () => {});", 1]]);
    expect(read('description-after.test.js')).toEqual([['integration/db Talks to the database.', 2]]);
    expect(read('several.test.js')).toEqual([
      ['slow', 2],
      ['unit/x', 3],
      ['e2e-web', 7],
    ]);
    expect(read('template.test.js')).toEqual([['2 `;', 3]]);
    expect(read('not-read.test.js')).toEqual([]);
    expect(read('plain-block.test.js')).toEqual([['unit', 2]]);
    expect(read('tab.test.js')).toEqual([['\tslow', 2]]);
    expect(read('empty.test.js')).toEqual([['', 2]]);
    expect(read('crlf.test.js')).toEqual([['unit/xy', 2]]);
    expect(read('bom.test.js')).toEqual([]);
    expect(read('bom-second-line.test.js')).toEqual([['slow', 2]]);
  });

  it('agrees on 20000 generated files', () => {
    const r = random(15);
    let grouped = 0;
    let several = 0;
    let joined = 0;
    for (let n = 0; n < 20000; n++) {
      const source = generatedSource(r);
      const expected = oracle(source);
      expect(ours(source), JSON.stringify(source)).toEqual(expected);
      if (expected.length > 0) grouped++;
      if (expected.length > 1) several++;
      if (expected.some((v) => /\s\S/.test(v.trim()))) joined++;
    }
    // The generator reaches the cases that matter: grouped files, several tags, joined lines.
    expect(grouped).toBeGreaterThan(5000);
    expect(several).toBeGreaterThan(1000);
    expect(joined).toBeGreaterThan(500);
  });

  it('agrees on 100000 random fragment soups (margins, line ends, BOMs, comment ends)', () => {
    const FRAGMENTS = [
      '/**',
      '/*',
      '*/',
      ' * ',
      '*',
      ' ',
      '  ',
      '\t',
      '@group',
      '@group ',
      ' @group unit/x',
      'unit/x',
      'a',
      'ab',
      'Tests of X.',
      '//',
      ' // c',
      '@',
      '@groups a',
      '@group:2',
      '`',
      "'",
      '\u00a0',
      '\ufeff',
      'http://x',
      'b c',
      '\u2028',
    ];
    const ENDS = ['\n', '\r\n', '\r', '\n\n'];
    const r = random(1);
    let grouped = 0;
    for (let n = 0; n < 100000; n++) {
      let source = '';
      const parts = r.int(1, 25);
      for (let p = 0; p < parts; p++) source += r.chance(0.3) ? r.pick(ENDS) : r.pick(FRAGMENTS);
      const expected = oracle(source);
      expect(ours(source), JSON.stringify(source)).toEqual(expected);
      if (expected.length > 0) grouped++;
    }
    expect(grouped).toBeGreaterThan(15000);
  });
});

const SETTINGS: JsSettings = { tagPrefix: '@group:', groupTags: [], runnerOf: () => 'jest' };
async function plan(source: string) {
  const r = await extractJs(
    { path: 'a.test.js', bytes: new TextEncoder().encode(source) },
    {
      marker: { raw: 'group', prefix: 'group', suffix: '', isPattern: false },
      pytest: { classes: ['Test'], functions: ['test'] },
      js: SETTINGS,
    },
  );
  return { group: r.tests[0]!.group, problems: r.problems };
}

describe('the planned file group', () => {
  it('is the first word of the first value, which `jest --group=` selects the file with', async () => {
    // jest-runner-groups runs a file under --group=G when one of its values starts with G.
    const r = random(7);
    let grouped = 0;
    for (let n = 0; n < 3000; n++) {
      const source = generatedSource(r, true);
      const values = oracle(source);
      const { group, problems } = await plan(source);
      const words = values.map((v) => (v.trim().split(/\s/)[0] ?? '').replace(/\*\/$/, '')).filter(Boolean);
      expect(group === null ? null : String(group), JSON.stringify(source)).toBe(words[0] ?? null);
      if (group === null) continue;
      grouped++;
      // Selected by --group=<planned>, unless a warning names the value jest-runner-groups misreads.
      if (!values.some((v) => v.startsWith(String(group))))
        expect(
          problems.some((p) => p.severity === 'warning' && p.title === 'File group after white space'),
          JSON.stringify(source),
        ).toBe(true);
    }
    expect(grouped).toBeGreaterThan(800);
  });

  it('plans the idioms in the groups their authors run them with', async () => {
    const cases: [string, string | number | null, string[]][] = [
      ['below-imports.test.js', 'unit/x', []],
      ['one-line-below.test.js', null, ['notice:2:Group tag not read']],
      ['one-line-top.test.js', 'unit', []],
      ['description-after.test.js', 'integration/db', []],
      ['several.test.js', 'slow', ['notice:3:Several file groups']],
      ['template.test.js', 2, []],
      [
        'not-read.test.js',
        null,
        [
          'notice:1:Group tag not read',
          'notice:2:Group tag not read',
          'notice:3:Group tag not read',
          'notice:4:Group tag not read',
        ],
      ],
      ['plain-block.test.js', 'unit', []],
      ['tab.test.js', 'slow', ['warning:2:File group after white space']],
      ['empty.test.js', null, ['warning:2:Empty file group']],
      ['crlf.test.js', 'unit/xy', []],
      ['bom.test.js', null, ['notice:1:Group tag not read']],
      ['bom-second-line.test.js', 'slow', []],
    ];
    for (const [name, group, problems] of cases) {
      const got = await plan(HAND_WRITTEN[name]!);
      expect([name, got.group, got.problems.map((p) => `${p.severity}:${p.line}:${p.title}`)]).toEqual([
        name,
        group,
        problems,
      ]);
    }
  });
});
