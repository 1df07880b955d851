// `collect_ignore` / `collect_ignore_glob` of conftest.py files, as pytest's pytest_ignore_collect
// applies them (the fixture suite collect_ignore_conftest checks the same against real pytest).
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/inputs.js';
import { runPipeline } from '../../../src/pipeline.js';
import { makeTree } from '../../helpers/tree.js';

const T = 'def test_x():\n    pass\n';

async function planned(root: string) {
  const settings = readSettings((name) => (name === 'scope' ? 'global' : ''), {
    workspace: root,
    tempDir: root,
  });
  const outcome = await runPipeline(settings);
  return {
    files: [...new Set(outcome.plan.jobs.flatMap((j) => j.tests).map((t) => t.file))].sort(),
    problems: outcome.problems,
  };
}

describe('collect_ignore in conftest.py', () => {
  it('leaves out files and directories relative to the conftest, and glob matches where * crosses /', async () => {
    const root = makeTree({
      'tests/conftest.py':
        'collect_ignore = ["old/test_a.py", "scripts"]\ncollect_ignore_glob = ["*_manual.py"]\n',
      'tests/old/test_a.py': T,
      'tests/old/test_b.py': T,
      'tests/scripts/test_s.py': T,
      'tests/api/test_c_manual.py': T,
      'tests/api/test_d.py': T,
    });
    expect((await planned(root)).files).toEqual(['tests/api/test_d.py', 'tests/old/test_b.py']);
  });

  it('takes each list from the closest conftest that defines it, not their union', async () => {
    const root = makeTree({
      'conftest.py': 'collect_ignore = ["tests/sub/test_a.py"]\n',
      'tests/sub/conftest.py': 'collect_ignore = ["test_b.py"]\n',
      'tests/sub/test_a.py': T,
      'tests/sub/test_b.py': T,
    });
    expect((await planned(root)).files).toEqual(['tests/sub/test_a.py']);
  });

  it('says a list changed under a condition, and the pytest_ignore_collect hook', async () => {
    const root = makeTree({
      'tests/conftest.py':
        'import sys\ncollect_ignore = []\nif sys.version_info < (3, 10):\n    collect_ignore.append("test_new.py")\n',
      'tests/test_new.py': T,
      'tests/perf/conftest.py': 'def pytest_ignore_collect(collection_path, config):\n    return True\n',
      'tests/perf/test_p.py': T,
    });
    const r = await planned(root);
    expect(r.files).toEqual(['tests/perf/test_p.py', 'tests/test_new.py']);
    const said = r.problems
      .filter((p) => p.title === 'Collection hook not read')
      .map((p) => `${p.file}:${p.line}`);
    // The file the unread list may name is said in its own right.
    expect(said.sort()).toEqual([
      'tests/conftest.py:4',
      'tests/perf/conftest.py:1',
      'tests/test_new.py:undefined',
    ]);
  });
});
