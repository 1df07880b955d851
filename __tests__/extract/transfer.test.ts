import { describe, expect, it } from 'vitest';
import type { FileResult, TestCase } from '../../src/model.js';
import type { Extracted } from '../../src/extract/extractor.js';
import { packResults, unpackResults } from '../../src/extract/transfer.js';

const test = (t: Partial<TestCase> & { id: string }): TestCase => ({
  function: t.id,
  file: 'tests/test_a.py',
  line: 1,
  group: null,
  ...t,
});

const xy = ['x', 'y'];
const results: Extracted[] = [
  {
    result: {
      file: 'tests/test_a.py',
      runner: 'pytest',
      problems: [{ severity: 'notice', file: 'tests/test_a.py', line: 3, title: 'T', message: 'm' }],
      tests: [
        test({ id: 'tests/test_a.py::test_plain', group: 1 }),
        test({
          id: 'tests/test_a.py::test_p[a-1]',
          function: 'tests/test_a.py::test_p',
          line: 7,
          group: 'db',
          argnames: xy,
          params: [0, 1],
        }),
        test({
          id: 'tests/test_a.py::test_p[b-2]',
          function: 'tests/test_a.py::test_p',
          line: 8,
          group: 'db',
          argnames: xy,
          params: [3, 3],
          paramsPerCall: [1, 1],
        }),
        test({
          id: 'tests/test_a.py::test_q[0]',
          function: 'tests/test_a.py::test_q',
          argnames: ['z'],
          params: [0],
        }),
        // A function that is not a prefix of its id travels as itself.
        test({ id: 'odd id', function: 'tests/test_a.py::other' }),
      ],
    },
  },
  { problem: { severity: 'error', file: 'tests/test_b.py', title: 'Unreadable file', message: 'gone' } },
  { result: { file: 'tests/test_c.py', runner: 'pytest', problems: [], tests: [] } },
  {
    result: {
      file: 'web/a.test.ts',
      runner: 'vitest',
      problems: [],
      // A test whose file is not the result's keeps its own.
      tests: [test({ id: 'web/a.test.ts', file: 'web/a.test.ts' }), test({ id: 'x', file: 'web/b.test.ts' })],
    },
  },
];

/** What must arrive: the TestCase fields only, in any key order. */
const sent = (r: Extracted[]): unknown =>
  r.map((e) =>
    'problem' in e
      ? e
      : {
          result: {
            ...e.result,
            tests: e.result.tests.map(
              ({ id, function: fn, file, line, group, argnames, params, paramsPerCall }) => ({
                id,
                function: fn,
                file,
                line,
                group,
                ...(argnames ? { argnames } : {}),
                ...(params ? { params } : {}),
                ...(paramsPerCall ? { paramsPerCall } : {}),
              }),
            ),
          },
        },
  );

describe('results sent between extraction threads', () => {
  it('arrive as they were sent', () => {
    expect(unpackResults(packResults(results))).toEqual(sent(results));
  });

  it("keep a function's argnames as one array shared by its parametrizations", () => {
    const back = unpackResults(packResults(results)) as Array<{ result: FileResult }>;
    const [, p1, p2, q] = back[0]!.result.tests;
    expect(p1!.argnames).toEqual(['x', 'y']);
    expect(p2!.argnames).toBe(p1!.argnames);
    expect(q!.argnames).toEqual(['z']);
  });

  it('drop fields that are not part of a TestCase', () => {
    const withExtra = [
      {
        result: {
          ...(results[0] as { result: FileResult }).result,
          tests: [{ ...test({ id: 'a' }), idExact: true }],
        },
      },
    ];
    const back = unpackResults(packResults(withExtra)) as Array<{ result: FileResult }>;
    // Every TestCase field, the optional ones set to undefined (one shape for all tests), and
    // nothing else.
    expect(Object.keys(back[0]!.result.tests[0]!).sort()).toEqual([
      'argnames',
      'file',
      'function',
      'group',
      'id',
      'line',
      'params',
      'paramsPerCall',
    ]);
    expect(back[0]!.result.tests[0]!.params).toBeUndefined();
  });

  it('are smaller than the tests as objects', () => {
    expect(packResults(results).length).toBeLessThan(JSON.stringify(results).length);
  });
});
