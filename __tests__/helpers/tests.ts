import type { FileResult, GroupValue, TestCase } from '../../src/model.js';

/** A test case as an extractor would return it. */
export function testCase(file: string, name: string, group: GroupValue | null, line = 1): TestCase {
  const id = `${file}::${name}`;
  return { id, function: id, file, line, group };
}

/** A file result holding tests named t0, t1... with the given groups. */
export function fileWith(file: string, groups: (GroupValue | null)[]): FileResult {
  return {
    file,
    runner: 'pytest',
    tests: groups.map((g, i) => testCase(file, `test_${i}`, g, i + 1)),
    problems: [],
  };
}
