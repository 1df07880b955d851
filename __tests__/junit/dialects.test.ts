// Each JUnit dialect, read from a report the real tool wrote (see fixtures/junit/README.md), parsed
// and mapped back to hand-written plan test ids.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchCases, type PlannedTest } from '../../src/junit/match.js';
import { parseJunit, parseJunitSuites } from '../../src/junit/parse.js';
import { REPO } from '../helpers/run-action.js';
import { PYTEST_SOURCE_IDS } from '../helpers/junit-sources.js';

const FIXTURES = path.join(REPO, '__tests__', 'fixtures', 'junit');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function planned(ids: string[]): PlannedTest[] {
  return ids.map((id) => {
    const file = id.slice(0, id.indexOf('::'));
    return { id, function: id.replace(/\[.*\]$/, ''), file };
  });
}

/** `name -> matched id` for every case, so a failure shows which case went where. */
function mapping(xml: string, plan: PlannedTest[]): Record<string, string | null> {
  const { cases, problems } = parseJunit(xml, 'report.xml');
  expect(problems).toEqual([]);
  const ids = matchCases(cases, plan);
  return Object.fromEntries(cases.map((c, i) => [`${c.classname} :: ${c.name}`, ids[i]!]));
}

const PYTEST_PLAN = planned([...PYTEST_SOURCE_IDS]);

describe('pytest --junitxml', () => {
  it('reads outcomes, times and the dotted class names', () => {
    const { cases } = parseJunit(read('pytest.xml'), 'pytest.xml');
    expect(cases).toHaveLength(10);
    const byName = Object.fromEntries(cases.map((c) => [c.name, c]));
    expect(byName['test_p[1]']).toMatchObject({
      suite: 'pytest',
      classname: 'tests.test_db',
      file: null,
      outcome: 'passed',
      source: 'pytest.xml',
    });
    // junit_duration_report=total (the default): the module fixture's 0.2 s setup is folded
    // into the first test that requests it.
    expect(byName['test_p[1]']!.seconds).toBeGreaterThan(0.2);
    expect(byName['test_p[2]']!.seconds).toBeLessThan(0.1);
    expect(byName['test_fails']!.outcome).toBe('failed');
    expect(byName['test_skipped']!.outcome).toBe('skipped');
    expect(byName['test_xfail']!.outcome).toBe('skipped');
    expect(byName['test_named[a b]']!.classname).toBe('tests.test_db.TestW');
  });

  it('maps every case to its node id, parametrized and in classes', () => {
    const m = mapping(read('pytest.xml'), PYTEST_PLAN);
    expect(Object.values(m)).toEqual(PYTEST_PLAN.map((t) => t.id).sort(byReportOrder(m)));
    expect(m['tests.test_db.TestW :: test_named[a b]']).toBe('tests/test_db.py::TestW::test_named[a b]');
  });

  it('xunit1 with a file attribute maps the same way', () => {
    const { cases } = parseJunit(read('pytest-xunit1-call.xml'), 'x.xml');
    expect(cases[0]!.file).toBe('tests/test_api.py');
    const ids = matchCases(cases, PYTEST_PLAN);
    expect(new Set(ids)).toEqual(new Set(PYTEST_PLAN.map((t) => t.id)));
  });

  it('a report written from a parent rootdir (classname py.tests.test_db) still maps', () => {
    const m = mapping(read('pytest-other-root.xml'), PYTEST_PLAN);
    expect(m['py.tests.test_db :: test_p[2]']).toBe('tests/test_db.py::test_p[2]');
    expect(m['py.tests.test_db.TestW :: test_write']).toBe('tests/test_db.py::TestW::test_write');
    expect(Object.values(m).filter((v) => v === null)).toEqual([]);
  });

  it('a plan rooted deeper (tests/ as the root) maps the longer report names by their tail', () => {
    const deeper = planned(['test_db.py::test_p[1]', 'test_db.py::TestW::test_write']);
    const m = mapping(read('pytest.xml'), deeper);
    expect(m['tests.test_db :: test_p[1]']).toBe('test_db.py::test_p[1]');
    expect(m['tests.test_db.TestW :: test_write']).toBe('test_db.py::TestW::test_write');
    expect(m['tests.test_api :: test_ok']).toBeNull();
  });

  it('a parametrized case maps to a plan entry that stands for every parametrization', () => {
    const dynamic: PlannedTest[] = [
      { id: 'tests/test_db.py::test_p', function: 'tests/test_db.py::test_p', file: 'tests/test_db.py' },
    ];
    const m = mapping(read('pytest.xml'), dynamic);
    expect(m['tests.test_db :: test_p[1]']).toBe('tests/test_db.py::test_p');
    expect(m['tests.test_db :: test_p[3]']).toBe('tests/test_db.py::test_p');
  });

  it('the same tail in two places is ambiguous: null, never a guess', () => {
    const twice = planned(['a/tests/test_db.py::test_p[1]', 'b/tests/test_db.py::test_p[1]']);
    expect(mapping(read('pytest.xml'), twice)['tests.test_db :: test_p[1]']).toBeNull();
  });

  it('a class method is not taken for a module function of the same name', () => {
    const both = planned(['tests/test_db.py::test_write', 'tests/test_db.py::TestW::test_write']);
    expect(mapping(read('pytest-xunit1-call.xml'), both)['tests.test_db.TestW :: test_write']).toBe(
      'tests/test_db.py::TestW::test_write',
    );
  });
});

describe('pytest --junitxml, a file name with an extra dot (test_a.b.py)', () => {
  // Written with --import-mode=importlib (the default mode cannot import such a module).
  const DOTTED = planned([
    'tests/test_a.b.py::test_top',
    'tests/test_a.b.py::TestK::test_in',
    'tests/test_a.b.py::TestK::test_p[1]',
    'tests/test_a.b.py::TestK::test_p[2]',
    'tests/test_a.py::TestK::test_in',
  ]);

  it('splits the dotted class name into the planned file and its classes', () => {
    const m = mapping(read('pytest-dotted.xml'), DOTTED);
    expect(m).toEqual({
      'tests.test_a.b :: test_top': 'tests/test_a.b.py::test_top',
      'tests.test_a.b.TestK :: test_in': 'tests/test_a.b.py::TestK::test_in',
      'tests.test_a.b.TestK :: test_p[1]': 'tests/test_a.b.py::TestK::test_p[1]',
      'tests.test_a.b.TestK :: test_p[2]': 'tests/test_a.b.py::TestK::test_p[2]',
      'tests.test_a.TestK :: test_in': 'tests/test_a.py::TestK::test_in',
    });
  });

  it('maps into a plan rooted deeper, and a planned directory test_a/ with b.py ties: null', () => {
    const deeper = planned(['test_a.b.py::TestK::test_in', 'test_a.py::TestK::test_in']);
    expect(mapping(read('pytest-dotted.xml'), deeper)['tests.test_a.b.TestK :: test_in']).toBe(
      'test_a.b.py::TestK::test_in',
    );
    // `tests.test_a.b.TestK` is as much `tests/test_a/b.py::TestK`: both planned, no guess.
    const both = planned(['tests/test_a.b.py::TestK::test_in', 'tests/test_a/b.py::TestK::test_in']);
    expect(mapping(read('pytest-dotted.xml'), both)['tests.test_a.b.TestK :: test_in']).toBeNull();
  });

  it('a tail must hold whole file names: `b.TestK` is not test_a.b.py', () => {
    const cases = [
      {
        suite: 'pytest',
        classname: 'b.TestK',
        name: 'test_in',
        file: null,
        seconds: 1,
        outcome: 'passed' as const,
        source: 'r.xml',
      },
    ];
    expect(matchCases(cases, DOTTED)).toEqual([null]);
    expect(matchCases(cases, [...DOTTED, ...planned(['pkg/b.py::TestK::test_in'])])).toEqual([
      'pkg/b.py::TestK::test_in',
    ]);
  });
});

const JS_PLAN = (root: string) =>
  planned([
    `${root}math.test.js::math > adds`,
    `${root}math.test.js::math > nested > square 1`,
    `${root}math.test.js::math > nested > square 2`,
    `${root}math.test.js::math > fails`,
    `${root}math.test.js::math > skipped`,
    `${root}math.test.js::top level`,
    `${root}api/client.test.js::client > gets`,
  ]);

describe('jest-junit', () => {
  it('default: no file, the title path joined by spaces maps by title', () => {
    const plan = JS_PLAN('src/');
    const m = mapping(read('jest-junit-default.xml'), plan);
    expect(m['math nested square 1 :: math nested square 1']).toBe(
      'src/math.test.js::math > nested > square 1',
    );
    expect(m['top level :: top level']).toBe('src/math.test.js::top level');
    expect(Object.values(m).filter((v) => v === null)).toEqual([]);
  });

  it('default: the same title in two files is ambiguous', () => {
    const plan = planned(['src/a.test.js::math > adds', 'src/b.test.js::math > adds']);
    expect(mapping(read('jest-junit-default.xml'), plan)['math adds :: math adds']).toBeNull();
  });

  it('addFileAttribute: the file tells apart equal titles', () => {
    const plan = [...JS_PLAN('src/'), ...planned(['src/other.test.js::math > adds'])];
    const { cases } = parseJunit(read('jest-junit-file.xml'), 'j.xml');
    expect(cases[0]!.file).toBe('src/math.test.js');
    const ids = matchCases(cases, plan);
    expect(ids[0]).toBe('src/math.test.js::math > adds');
    expect(ids.filter((v) => v === null)).toEqual([]);
  });

  it('records each file suite with its wall time', () => {
    const { suites } = parseJunitSuites(read('jest-junit-default.xml'), 'j.xml');
    expect(suites.map((s) => [s.name, s.caseIndexes.length])).toEqual([
      ['math', 6],
      ['client', 1],
    ]);
    expect(suites[1]!.seconds).toBeGreaterThan(0.1);
  });
});

describe('Vitest --reporter=junit', () => {
  it('classname is the file, name the title path with " > "', () => {
    const { cases } = parseJunit(read('vitest.xml'), 'v.xml');
    expect(cases[1]).toMatchObject({ classname: 'src/math.test.js', name: 'math > nested > square 1' });
    const m = mapping(read('vitest.xml'), JS_PLAN('src/'));
    expect(m['src/math.test.js :: math > nested > square 2']).toBe(
      'src/math.test.js::math > nested > square 2',
    );
    expect(m['src/math.test.js :: math > skipped']).toBe('src/math.test.js::math > skipped');
    expect(Object.values(m).filter((v) => v === null)).toEqual([]);
  });

  it('maps into a plan rooted one level up (paths gain a leading directory)', () => {
    const m = mapping(read('vitest.xml'), JS_PLAN('web/src/'));
    expect(m['src/api/client.test.js :: client > gets']).toBe('web/src/api/client.test.js::client > gets');
  });
});

describe('Playwright --reporter=junit', () => {
  const plan = planned([
    'e2e/math.spec.mjs::math > adds',
    'e2e/math.spec.mjs::math > nested > square 1',
    'e2e/math.spec.mjs::math > nested > square 2',
    'e2e/math.spec.mjs::math > fails',
    'e2e/math.spec.mjs::math > skipped',
    'e2e/math.spec.mjs::top level',
    'e2e/api/client.spec.mjs::client > gets',
  ]);

  it('file relative to testDir and " › " titles map to the plan (rooted above testDir)', () => {
    const m = mapping(read('playwright.xml'), plan);
    expect(m['math.spec.mjs :: math › nested › square 1']).toBe(
      'e2e/math.spec.mjs::math > nested > square 1',
    );
    expect(m['api/client.spec.mjs :: client › gets']).toBe('e2e/api/client.spec.mjs::client > gets');
    expect(Object.values(m).filter((v) => v === null)).toEqual([]);
  });

  it('a skipped case has no time: 0 seconds, outcome skipped', () => {
    const { cases } = parseJunit(read('playwright.xml'), 'p.xml');
    expect(cases.find((c) => c.name === 'math › skipped')).toMatchObject({ seconds: 0, outcome: 'skipped' });
  });
});

describe('corrupt input', () => {
  it.each([
    ['truncated', '<testsuites><testsuite name="x"><testcase name="a"'],
    ['not XML', '{"version": 1}'],
    ['another XML document', '<?xml version="1.0"?><html><body/></html>'],
  ])('%s: a warning naming the file, no cases, no throw', (_, xml) => {
    const { cases, problems } = parseJunit(xml, 'reports/bad.xml');
    expect(cases).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: 'reports/bad.xml' });
    expect(problems[0]!.message).toContain('reports/bad.xml');
  });

  it('an empty <testsuites/> is a report with no cases, not an error', () => {
    expect(parseJunit('<testsuites/>', 'e.xml')).toEqual({ cases: [], problems: [] });
  });
});

/** Sorts expected ids in the order the report lists them. */
function byReportOrder(m: Record<string, string | null>) {
  const order = Object.values(m);
  return (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
}

describe('files planned whole', () => {
  // A JS file whose tests cannot be read one by one is one plan entry whose id is the file.
  const whole = (file: string): PlannedTest => ({ id: file, function: file, file });

  it('every test reported in the file maps to the file entry (Vitest, Playwright, jest-junit with file)', () => {
    for (const [fixture, file] of [
      ['vitest.xml', 'src/math.test.js'],
      ['playwright.xml', 'math.spec.mjs'],
      ['jest-junit-file.xml', 'math.test.js'],
    ] as const) {
      const m = mapping(read(fixture), [whole(file)]);
      const mapped = Object.entries(m).filter(([, id]) => id === file);
      expect(mapped.length, fixture).toBeGreaterThan(1);
      // Cases of other files map to nothing, never to this file.
      for (const [name, id] of Object.entries(m))
        if (id !== file) expect(id, `${fixture}: ${name}`).toBeNull();
    }
  });

  it('a test planned by its title wins over its file planned whole', () => {
    const plan = [whole('src/math.test.js'), ...planned(['src/math.test.js::math::adds'])];
    const m = mapping(read('vitest.xml'), plan);
    expect(m['src/math.test.js :: math > adds']).toBe('src/math.test.js::math::adds');
    expect(m['src/math.test.js :: math > fails']).toBe('src/math.test.js');
  });
});
