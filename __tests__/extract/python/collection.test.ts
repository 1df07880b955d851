/** Which functions and classes of a module pytest collects: rules of collection.ts, one file or a small suite. */
import { describe, expect, it } from 'vitest';
import type { MarkerSpec } from '../../../src/model.js';
import { extractPython } from '../../../src/extract/python/index.js';

const NAME: MarkerSpec = { raw: 'group', prefix: 'group', suffix: '', isPattern: false };
const naming = { classes: ['Test'], functions: ['test'] };
const enc = new TextEncoder();
const run = (src: string, path = 'tests/test_x.py') =>
  extractPython({ path, bytes: enc.encode(src) }, { marker: NAME, pytest: naming });

const ids = (r: { tests: { id: string }[] }) => r.tests.map((t) => t.id);
const titles = (r: { problems: { title: string; line?: number }[] }) =>
  r.problems.map((p) => [p.title, p.line]);

describe('collection', () => {
  it('collects a test method aliased in its class body under both names, with the marks of the def', () => {
    const r = run(
      'import pytest\nclass TestA:\n    @pytest.mark.group("g")\n    def test_a(self): pass\n    test_b = test_a\n    helper = test_a\n',
    );
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_x.py::TestA::test_a', 'g'],
      ['tests/test_x.py::TestA::test_b', 'g'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('says a test-named class attribute whose value cannot be read', () => {
    const r = run('class TestA:\n    test_made = make()\n    def test_a(self): pass\n');
    expect(ids(r)).toEqual(['tests/test_x.py::TestA::test_a']);
    expect(titles(r)).toEqual([['Imported test not read', 2]]);
  });
});
