// Which calls declare tests: resolved through imports and scopes as eslint-plugin-jest's
// resolveToJestFn does, and Playwright's run-time annotations told apart from declarations as
// eslint-plugin-playwright does (by their arguments). The real runners' listings of the same
// forms are compared in resolve-runners.test.ts.
import { describe, expect, it } from 'vitest';
import type { JsSettings } from '../../../src/extract/extractor.js';
import { extractJs } from '../../../src/extract/js/index.js';
import type { Runner } from '../../../src/model.js';

function js(runner: Runner, extra: Partial<JsSettings> = {}): JsSettings {
  return { tagPrefix: '@group:', groupTags: [], runnerOf: () => runner, ...extra };
}
async function read(path: string, lines: string[], settings: JsSettings) {
  const r = await extractJs(
    { path, bytes: new TextEncoder().encode(lines.join('\n') + '\n') },
    {
      marker: { raw: 'group', prefix: 'group', suffix: '', isPattern: false },
      pytest: { classes: ['Test'], functions: ['test'] },
      js: settings,
    },
  );
  return {
    tests: r.tests.map((t) => [t.id.slice(path.length + 2) || '(whole)', t.group]),
    problems: r.problems.map((p) => `${p.severity}:${p.line}:${p.title}`),
    messages: r.problems.map((p) => p.message),
  };
}

describe('test calls resolved through imports', () => {
  it('renamed, namespaced and required imports of the runner are tests', async () => {
    const r = await read(
      'a.test.ts',
      [
        "import { test as check, describe as group } from 'vitest';",
        "import * as v from 'vitest';",
        "const { it: req } = require('vitest');",
        "group('g', () => { check('renamed @group:1', () => {}); });",
        "v.describe('ns', () => { v.it('namespaced @group:2', () => {}); v.test.skip('skipped', () => {}); });",
        "req('required @group:1', () => {});",
        "v.it.each([1, 2])('row %i', () => {});",
      ],
      js('vitest'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([
      ['g::renamed @group:1', 1],
      ['ns::namespaced @group:2', 2],
      ['ns::skipped', null],
      ['required @group:1', 1],
      ['row %i', null],
    ]);
  });

  it('Jest: globals, and @jest/globals required or imported under other names', async () => {
    const r = await read(
      'b.test.js',
      [
        "const { test: check, describe: group } = require('@jest/globals');",
        "const jg = require('@jest/globals');",
        "group('g @group:1', () => { check('a', () => {}); });",
        "jg.test('b @group:2', () => {});",
        "it('global @group:3', () => {});",
      ],
      js('jest'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([
      ['g @group:1::a', 1],
      ['b @group:2', 2],
      ['global @group:3', 3],
    ]);
  });

  it('a local test, it or describe shadows the runner: not a test, and nothing to report', async () => {
    const r = await read(
      'c.test.ts',
      [
        "import { test as real } from 'vitest';",
        'function test(name: string, fn: () => void) { fn(); }',
        "test('helper @group:2', () => {});",
        "describe('d', () => {",
        '  const it = (name: string) => name;',
        "  it('local const @group:2');",
        "  [1].forEach((describe) => describe('param @group:2', () => {}));",
        "  real('real @group:1', () => {});",
        '});',
        "{ const describe = (s: string, f: () => void) => f(); describe('block @group:2', () => {}); }",
        "real('after the block @group:1', () => {});",
      ],
      js('vitest'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([
      ['d::real @group:1', 1],
      ['after the block @group:1', 1],
    ]);
  });

  it('a type-only import binds nothing: the global stays the runner', async () => {
    const r = await read(
      'd.test.ts',
      ["import type { test } from 'vitest';", "test('global @group:1', () => {});"],
      js('vitest'),
    );
    expect(r.tests).toEqual([['global @group:1', 1]]);
  });

  it('fixtures: test.extend, mergeTests, and aliases of members', async () => {
    const r = await read(
      'e.spec.ts',
      [
        "import { test as base, mergeTests } from '@playwright/test';",
        'export const test = base.extend<{ db: string }>({ db: async ({}, use) => use("x") });',
        'const both = mergeTests(test, base);',
        'const skipped = base.skip;',
        "test('fixture @group:1', async ({ db }) => {});",
        "both('merged @group:2', async () => {});",
        "skipped('alias of test.skip @group:3', async () => {});",
      ],
      js('playwright'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([
      ['fixture @group:1', 1],
      ['merged @group:2', 2],
      ['alias of test.skip @group:3', 3],
    ]);
  });

  it('Playwright: `test` from a fixture module is the runner; other imported names called like tests are said', async () => {
    const r = await read(
      'f.spec.ts',
      [
        "import { test, adminTest } from './fixtures';",
        "import { step } from './helpers';",
        "test('from fixtures @group:1', async () => { await step('inside a test', async () => {}); });",
        "adminTest('admin @group:2', async () => {});",
      ],
      js('playwright'),
    );
    expect(r.problems).toEqual(['notice:4:Test call not resolved statically']);
    expect(r.messages[0]).toContain("'adminTest' comes from './fixtures', which is not read");
    expect(r.tests).toEqual([['(whole)', null]]);
  });

  it('Vitest and Jest: a runner name imported from another module is said, never guessed', async () => {
    for (const runner of ['vitest', 'jest'] as const) {
      const r = await read(
        'g.test.ts',
        ["import { test } from './my-test';", "test('maybe a fixture @group:1', () => {});"],
        js(runner),
      );
      expect(r.problems, runner).toEqual(['notice:2:Test call not resolved statically']);
      expect(r.tests, runner).toEqual([['(whole)', null]]);
    }
  });

  it('a runner function chosen at run time is said at the call, the file planned whole', async () => {
    const r = await read(
      'h.test.ts',
      [
        'const itIf = process.env.CI ? it : it.skip;',
        "it('plain @group:1', () => {});",
        "itIf('conditional @group:2', () => {});",
        'const { test: dyn } = require(process.env.RUNNER);',
        "dyn('dynamic module', () => {});",
      ],
      js('jest'),
    );
    expect(r.problems).toEqual([
      'notice:3:Test call not resolved statically',
      'notice:5:Test call not resolved statically',
    ]);
    expect(r.messages[0]).toContain("'itIf' is one of several functions, chosen at run time");
    expect(r.messages[1]).toContain("'dyn' is required from a module named at run time");
    expect(r.tests).toEqual([['(whole)', null]]);
  });
});

describe('the runner used in ways that cannot be followed: said where it happens', () => {
  it('passed to a helper, put in an array or object, called through .call', async () => {
    const r = await read(
      'i.test.js',
      [
        "const { shared } = require('./shared');",
        'function local(t) { t("x", () => {}); }',
        "it('plain @group:1', () => {});",
        'shared(it);',
        'local(test);',
        'const cases = [it, it.skip];',
        'const api = { describe };',
        "test.call(null, 'called @group:2', () => {});",
        'expect(test).toBeDefined();',
        'const info = test.info;',
        'console.log(info, test.step);',
      ],
      js('jest'),
    );
    expect(r.problems).toEqual([
      'notice:4:Test call not resolved statically',
      'notice:5:Test call not resolved statically',
      'notice:6:Test call not resolved statically',
      'notice:7:Test call not resolved statically',
      'notice:8:Test call not resolved statically',
    ]);
    expect(r.messages[0]).toContain("the runner's 'it' is passed to a function here");
    expect(r.messages[4]).toContain("the runner's 'test' is called through .call");
    expect(r.tests).toEqual([['(whole)', null]]);
  });

  it('read: globalThis.test, and the (0, fn)(...) calls compilers write', async () => {
    const r = await read(
      'k.test.js',
      [
        "const vitest_1 = require('vitest');",
        "(0, vitest_1.test)('compiled @group:1', () => {});",
        'function f(test) { return test; }',
        "globalThis.describe('global @group:2', () => { globalThis.it('inner', () => {}); });",
      ],
      js('vitest'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([
      ['compiled @group:1', 1],
      ['global @group:2::inner', 2],
    ]);
  });
});

describe("Playwright's run-time annotations are not declarations", () => {
  it('every form, inside tests, describes, hooks and at the top, keeps the tests and their tags', async () => {
    const r = await read(
      'e2e/mail.spec.ts',
      [
        "import { test, expect } from '@playwright/test';",
        "const REASON = 'not on this browser';",
        "test.skip(({ browserName }) => browserName === 'webkit', 'no webkit');",
        "test.describe('mail', { tag: '@P0' }, () => {",
        "  test.skip(isCloud(), 'disabled on cloud');",
        '  test.fixme();',
        "  test.slow(true, 'slow');",
        "  test.fail(process.platform === 'win32', REASON);",
        '  test.beforeEach(async () => { test.skip(); });',
        "  test('sends', { tag: ['@email', '@P1'] }, async ({ page }) => {",
        "    test.skip(!(await sink.available()), 'needs a sink');",
        '    test.fixme(process.env.X === "1");',
        '    test.slow();',
        "    test.fail(!!process.env.Y, 'known bug');",
        '  });',
        "  test('receives', async () => { test.skip(); });",
        "  test.skip('skipped declaration', async () => {});",
        "  test.fixme('fixme declaration', { tag: '@P2' }, async () => {});",
        "  test.fail('failing declaration', async () => {});",
        "  test.slow('slow is never a test', async () => {});",
        '});',
      ],
      js('playwright', { groupTags: ['@P0', '@P1', '@P2'] }),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([
      ['mail::sends', 'P1'],
      ['mail::receives', 'P0'],
      ['mail::skipped declaration', 'P0'],
      ['mail::fixme declaration', 'P2'],
      ['mail::failing declaration', 'P0'],
    ]);
  });

  it('a call whose arguments cannot be told apart is said, not guessed', async () => {
    const r = await read(
      'p.spec.ts',
      [
        "import { test } from '@playwright/test';",
        'const make = (title: string, body: () => Promise<void>) => {',
        '  test.skip(title, body);',
        '};',
        "test('kept @group:1', async () => {});",
      ],
      js('playwright'),
    );
    expect(r.problems).toEqual(['notice:3:Test call not resolved statically']);
    expect(r.tests).toEqual([['(whole)', null]]);
  });

  it('in Jest and Vitest, test.skip(...) stays a declaration', async () => {
    const r = await read('j.test.js', ["test.skip('skipped @group:1', () => {});"], js('jest'));
    expect(r.tests).toEqual([['skipped @group:1', 1]]);
  });
});

describe("tests declared through the suite's own helpers", () => {
  it('a call of a helper from a module of the suite, where tests are declared, is said', async () => {
    const r = await read(
      'stores.test.ts',
      [
        "import { describe, it, beforeEach } from 'vitest';",
        "import { behavesLikeAStore } from '../support/behaves';",
        "import * as shared from '@/test/shared';",
        "import { seedDb } from './db';",
        "import dotenv from 'dotenv';",
        'dotenv.config();',
        "describe('memory @group:1', () => {",
        '  beforeEach(() => { seedDb(); });',
        "  it('inside a test body is no declaration', () => { seedDb(); });",
        '  behavesLikeAStore(() => new Map());',
        '});',
        "for (const kind of ['a', 'b']) shared.examples(kind);",
        "it('plain @group:2', () => {});",
      ],
      js('vitest'),
    );
    expect(r.problems).toEqual([
      'notice:10:Test call not resolved statically',
      'notice:12:Test call not resolved statically',
    ]);
    expect(r.messages[0]).toContain("'behavesLikeAStore' comes from the suite's module '../support/behaves'");
    expect(r.tests).toEqual([['(whole)', null]]);
  });

  it('a describe whose body is passed by name is said', async () => {
    const r = await read(
      'q.test.js',
      [
        "const { queueTests } = require('./shared');",
        "describe('named body @group:1', queueTests);",
        "it('plain @group:2', () => {});",
      ],
      js('jest'),
    );
    expect(r.problems).toEqual(['notice:2:Test call not resolved statically']);
    expect(r.tests).toEqual([['(whole)', null]]);
  });

  it('package calls and hooks calling suite helpers keep the file read test by test', async () => {
    const r = await read(
      'ok.test.js',
      [
        "const chai = require('chai');",
        "const { seedDb } = require('./db');",
        'chai.use(() => {});',
        'beforeAll(async () => { await seedDb(); });',
        "describe('d @group:1', () => { afterEach(() => seedDb()); it('t', () => {}); });",
      ],
      js('jest'),
    );
    expect(r.problems).toEqual([]);
    expect(r.tests).toEqual([['d @group:1::t', 1]]);
  });
});
