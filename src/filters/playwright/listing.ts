// Playwright's json reporter output of `playwright test --list`: a suite per file (its `file`
// relative to config.rootDir: the config's top-level testDir, else its directory), describe
// suites nested in it, and specs (tests) at every level, each once for all projects.
import path from 'node:path';
import { field, type ListedTest } from '../check.js';
import { FilterError } from '../selection.js';

export function testsOfPlaywrightJson(file: string, doc: unknown): ListedTest[] {
  const bad = (what: string): FilterError =>
    new FilterError(
      `group-matrix playwright check: '${file}' is not the json reporter's output expected (${what}; expected config.rootDir and suites[] of { title, file, specs[] of { title, file }, suites[] }).`,
    );
  const rootDir = field(field(doc, 'config'), 'rootDir');
  const suites = field(doc, 'suites');
  if (typeof rootDir !== 'string') throw bad('no config.rootDir');
  if (!Array.isArray(suites)) throw bad('no suites list');
  const tests: ListedTest[] = [];
  const walk = (suite: unknown, titles: string[]): void => {
    const specs = field(suite, 'specs') ?? [];
    const children = field(suite, 'suites') ?? [];
    if (!Array.isArray(specs) || !Array.isArray(children)) throw bad('specs or suites that are not lists');
    for (const spec of specs) {
      const title = field(spec, 'title');
      const specFile = field(spec, 'file');
      if (typeof title !== 'string' || typeof specFile !== 'string')
        throw bad('a spec without title or file');
      const line = field(spec, 'line');
      tests.push({
        file: path.resolve(rootDir, specFile),
        titles: [...titles, title],
        ...(typeof line === 'number' ? { line } : {}),
      });
    }
    for (const child of children) {
      const title = field(child, 'title');
      if (typeof title !== 'string') throw bad('a describe suite without title');
      // An anonymous test.describe(() => …) adds no title, in Playwright's title paths and in the plan.
      walk(child, title ? [...titles, title] : titles);
    }
  };
  // The top suites stand for files: their title is the file's path, not a describe.
  for (const suite of suites) walk(suite, []);
  return tests;
}
