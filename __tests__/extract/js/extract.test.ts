import { describe, expect, it } from 'vitest';
import type { JsSettings } from '../../../src/extract/extractor.js';
import { docblockGroups } from '../../../src/extract/js/docblock.js';
import { extractJs } from '../../../src/extract/js/index.js';
import { namePatternSource } from '../../../src/extract/js/names.js';
import type { Runner } from '../../../src/model.js';

const NAME = { raw: 'group', prefix: 'group', suffix: '', isPattern: false };
function js(runner: Runner = 'jest', extra: Partial<JsSettings> = {}): JsSettings {
  return { tagPrefix: '@group:', groupTags: [], runnerOf: () => runner, ...extra };
}
async function read(path: string, text: string, settings: JsSettings = js()) {
  const r = await extractJs(
    { path, bytes: new TextEncoder().encode(text) },
    { marker: NAME, pytest: { classes: ['Test'], functions: ['test'] }, js: settings },
  );
  return { ...r, pairs: r.tests.map((t) => [t.id, t.group, t.line]) };
}

describe('docblock groups (no parser)', () => {
  it('reads several tags, at the top or below the imports (more in docblock.test.ts)', () => {
    expect(docblockGroups('/**\n * @group integration/db\n * @group slow\n */\ntest("x")')).toEqual([
      { raw: 'integration/db', line: 2 },
      { raw: 'slow', line: 3 },
    ]);
    expect(
      docblockGroups("import { a,\n b } from 'x';\nimport 'y'\n/**\n * @group 2\n */\n").map((d) => d.raw),
    ).toEqual(['2']);
  });
  it('as jest-docblock: a tag after code on its line is not read; a plain comment is', () => {
    expect(docblockGroups('const a = 1;\n/** @group late */')).toEqual([]);
    expect(docblockGroups('/* @group plain */')).toEqual([{ raw: 'plain', line: 1 }]);
  });
  it('plans a docblock-only file whole, without a parser', async () => {
    const r = await read('a.test.js', '/** @group db */\ntest("one", () => {});\ntest(name, () => {});\n');
    expect(r.pairs).toEqual([['a.test.js', 'db', 1]]);
    expect(r.problems).toEqual([]);
  });
});

describe('test-level tags', () => {
  it('reads Playwright tag options, title tokens and describe inheritance, closest wins', async () => {
    const r = await read(
      'e2e/c.spec.ts',
      [
        "import { test } from '@playwright/test';",
        "test.describe('checkout', { tag: '@group:1' }, () => {",
        "  test('pays', async () => {});",
        "  test('refunds', { tag: ['@group:2', '@smoke'] }, async () => {});",
        "  test.describe.parallel('cards @group:3', () => {",
        "    test.only('visa', async () => {});",
        '  });',
        '});',
        'test(`search @group:db`, async () => {});',
        "test.describe.configure({ mode: 'serial' });",
        "test('plain', async () => { await test.step('s', async () => {}); });",
      ].join('\n'),
      js('playwright'),
    );
    expect(r.pairs).toEqual([
      ['e2e/c.spec.ts::checkout::pays', 1, 3],
      ['e2e/c.spec.ts::checkout::refunds', 2, 4],
      ['e2e/c.spec.ts::checkout::cards @group:3::visa', 3, 6],
      ['e2e/c.spec.ts::search @group:db', 'db', 9],
      ['e2e/c.spec.ts::plain', null, 11],
    ]);
    expect(r.runner).toBe('playwright');
  });

  it('reads Vitest tags (no @), .each/.for/.skipIf chains, and group tags as a whole', async () => {
    const r = await read(
      'v.test.tsx',
      [
        "describe('d', { tags: ['group:1'] }, () => {",
        "  it.each([1, 2])('row %i', () => {});",
        "  test.for([1])('for $0', () => {});",
        "  test.skipIf(process.env.X)('maybe', () => {});",
        "  it.concurrent.only('c', { tags: ['slow'] }, () => {});",
        '});',
        'const el = <div>{"x"}</div>;',
        "suite.skip('s', () => { it.todo('todo @group:4'); });",
      ].join('\n'),
      js('vitest', { groupTags: ['@slow'] }),
    );
    expect(r.pairs).toEqual([
      ['v.test.tsx::d::row %i', 1, 2],
      ['v.test.tsx::d::for $0', 1, 3],
      ['v.test.tsx::d::maybe', 1, 4],
      ['v.test.tsx::d::c', 'slow', 5],
      ['v.test.tsx::s::todo @group:4', 4, 8],
    ]);
  });

  it("reads title tags by Playwright's rule: an `@` anywhere, up to the next white space", async () => {
    const r = await read(
      'e2e/t.spec.ts',
      [
        "import { test } from '@playwright/test';",
        "test.describe('invoices:@P0', () => {",
        "  test('payment@P2', async () => {});",
        "  test('mail to a@example.com', async () => {});",
        '});',
        "test('report (@P1)', async () => {});",
        "test('spam @smoke,@P1', async () => {});",
        "test('csv @group:2,', async () => {});",
      ].join('\n'),
      js('playwright', { groupTags: ['@P0', '@P1', '@P2'] }),
    );
    expect(r.pairs).toEqual([
      ['e2e/t.spec.ts::invoices:@P0::payment@P2', 'P2', 3],
      ['e2e/t.spec.ts::invoices:@P0::mail to a@example.com', 'P0', 4],
      ['e2e/t.spec.ts::report (@P1)', null, 6],
      ['e2e/t.spec.ts::spam @smoke,@P1', null, 7],
      ['e2e/t.spec.ts::csv @group:2,', '2,', 8],
    ]);
    // Planned as Playwright tags them; where a tag inside would name another group, a notice.
    expect(r.problems.map((p) => [p.severity, p.line, p.title])).toEqual([
      ['notice', 6, 'Title tag with punctuation'],
      ['notice', 7, 'Title tag with punctuation'],
      ['notice', 8, 'Title tag with punctuation'],
    ]);
    expect(r.problems[2]!.message).toContain("names group '2,'; `@group:2` would name group '2'");
  });

  // Written in two pieces: Vitest reads the tag in this file's own text too.
  const MODULE_TAG = ['@module', 'tag'].join('-');
  it("reads Vitest's module-tag file tags as Vitest does, under the tests' own", async () => {
    const text = [
      "import { describe, test } from 'vitest';",
      `// ${MODULE_TAG} slow`,
      `const doc = \`\n * ${MODULE_TAG} db\n\`;`,
      "describe('d', () => {",
      "  test('a', () => {});",
      "  test('b', { tags: ['group:1'] }, () => {});",
      '});',
    ].join('\n');
    const vitest = await read('m.test.ts', text, js('vitest', { groupTags: ['@slow', '@db'] }));
    expect(vitest.pairs).toEqual([
      ['m.test.ts::d::a', 'slow', 7],
      ['m.test.ts::d::b', 1, 8],
    ]);
    // The template literal's tag counts too (Vitest scans the whole text): a second file group.
    expect(vitest.problems.map((p) => [p.severity, p.line, p.title])).toEqual([
      ['notice', 4, 'Several file groups'],
    ]);
    // Jest and Playwright do not read module tags.
    const jest = await read('m.test.ts', text, js('jest', { groupTags: ['@slow', '@db'] }));
    expect(jest.pairs).toEqual([
      ['m.test.ts::d::a', null, 7],
      ['m.test.ts::d::b', 1, 8],
    ]);
  });

  it('says a module tag Vitest cuts short at a character it does not take', async () => {
    const r = await read(
      'c.test.ts',
      `/** ${MODULE_TAG} group:db */\nimport { test } from 'vitest';\ntest('a', () => {});\n`,
      js('vitest'),
    );
    expect(r.pairs).toEqual([['c.test.ts::a', null, 3]]);
    expect(r.problems.map((p) => [p.severity, p.line, p.title])).toEqual([
      ['notice', 1, 'Module tag cut short'],
    ]);
    expect(r.problems[0]!.message).toContain("as the tag 'group'");
  });

  it('ignores tags that are not groups, with a custom prefix', async () => {
    const r = await read(
      't.test.ts',
      "test('a @smoke @team:x', () => {});\ntest('b', () => {});\n",
      js('jest', { tagPrefix: '@team:' }),
    );
    expect(r.pairs).toEqual([
      ['t.test.ts::a @smoke @team:x', 'x', 1],
      ['t.test.ts::b', null, 2],
    ]);
  });
});

describe('what cannot be read statically', () => {
  it('a dynamic title or a test in a loop: warning at its line, the file whole', async () => {
    const loop = await read(
      'l.test.ts',
      '/** @group 7 */\nfor (const n of [1, 2]) {\n  test(`n ${n} @group:1`, () => {});\n}\n',
    );
    expect(loop.pairs).toEqual([['l.test.ts', 7, 3]]);
    expect(loop.problems.map((p) => [p.severity, p.line, p.title])).toEqual([
      ['warning', 3, 'Test not readable statically'],
    ]);
    const title = await read(
      'd.test.ts',
      "test('x @group:1', () => {});\ntest(name, () => {});\n[1].forEach(() => it('y', () => {}));\n",
    );
    expect(title.pairs).toEqual([['d.test.ts', null, 2]]);
    expect(title.problems.map((p) => p.line)).toEqual([2, 3]);
  });
  it('a dynamic tag', async () => {
    const r = await read(
      't.spec.ts',
      "test('x', { tag: TAG }, () => {});\ntest('y', { tag: '@group:1' }, () => {});\n",
      js('playwright'),
    );
    expect(r.pairs).toEqual([['t.spec.ts', null, 1]]);
    expect(r.problems[0]!.message).toContain("the test's tags are not plain strings");
  });
  it('a syntax error: an error at its line, the file still planned whole', async () => {
    const r = await read('b.test.ts', "test('fine @group:1', () => {});\ntest('broken', () => { if (;\n");
    expect(r.pairs).toEqual([['b.test.ts', null, 2]]);
    expect(r.problems.map((p) => [p.severity, p.line, p.title])).toEqual([['error', 2, 'Syntax error']]);
  });
  it('a split file whose names the runner cannot tell apart is kept whole, with a warning', async () => {
    const text = "describe('a @group:1', () => { test('b', () => {}); });\ntest('A @GROUP:1 B', () => {});\n";
    const jest = await read('c.test.js', text, js('jest'));
    expect(new Set(jest.tests.map((t) => t.group))).toEqual(new Set([1]));
    expect(jest.problems.map((p) => p.title)).toEqual(['Split file kept whole']);
    // Vitest's -t is case-sensitive: the same file splits.
    const vitest = await read('c.test.js', text, js('vitest'));
    expect(vitest.tests.map((t) => t.group)).toEqual([1, null]);
  });
});

describe('name patterns', () => {
  it('escape regex characters and turn .each tokens into wildcards', () => {
    const re = new RegExp(namePatternSource([['a (b)', 'c.d %s'], ['x|y']]));
    expect(re.test('a (b) c.d 42')).toBe(true);
    expect(re.test('x|y')).toBe(true);
    expect(re.test('a (b) cxd 42')).toBe(false);
    expect(re.test('x')).toBe(false);
    // `%%`: Jest prints `%`; Vitest `%` and a row value; outside a table it stays `%%`.
    const pct = new RegExp(namePatternSource([['takes 10%% off %i']]));
    expect(['takes 10% off 10', 'takes 10% 10 off 9', 'takes 10%% off 10'].map((t) => pct.test(t))).toEqual([
      true,
      true,
      true,
    ]);
  });
});
