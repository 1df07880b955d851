// Jest's JSON results (`jest --json`), which Vitest's json reporter also writes: every test of every
// file run, with its describe titles, including the tests a -t pattern filtered out (Jest reports
// them as "pending", Vitest as "skipped"), so the check sees each file's tests in full.
import path from 'node:path';
import type { Runner } from '../model.js';
import { field, type ListedTest } from './check.js';
import { FilterError } from './selection.js';

export function testsOfJestJson(runner: Runner, file: string, doc: unknown): ListedTest[] {
  const bad = (what: string): FilterError =>
    new FilterError(
      `group-matrix ${runner} check: '${file}' is not the JSON results expected (${what}; expected testResults[] of { name, assertionResults[] of { ancestorTitles[], title } }).`,
    );
  const results = field(doc, 'testResults');
  if (!Array.isArray(results)) throw bad('no testResults list');
  const tests: ListedTest[] = [];
  for (const result of results) {
    const name = field(result, 'name');
    const assertions = field(result, 'assertionResults');
    if (typeof name !== 'string' || !Array.isArray(assertions))
      throw bad('a test file without name or assertionResults');
    for (const a of assertions) {
      const title = field(a, 'title');
      const ancestors = field(a, 'ancestorTitles');
      if (
        typeof title !== 'string' ||
        !Array.isArray(ancestors) ||
        !ancestors.every((t): t is string => typeof t === 'string')
      )
        throw bad(`a test of '${name}' without title or ancestorTitles`);
      // `location` is there with Jest's --testLocationInResults and Vitest's --includeTaskLocation.
      const line = field(field(a, 'location'), 'line');
      tests.push({
        file: path.resolve(name),
        titles: [...ancestors, title],
        ...(typeof line === 'number' ? { line } : {}),
      });
    }
  }
  return tests;
}
