/**
 * The Python reader answers "is there a conftest.py / __init__.py / helpers.py here?" from the
 * directory listings discovery already made, falling back to a stat only for what a listing
 * cannot settle (a symlink, a directory the walk never listed). These plans must be exactly the
 * ones a reader that stats every path makes: symlinked conftests, packages and helpers included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/discover/discover.js';
import { readPytestConfig } from '../../../src/discover/pytest-config.js';
import { readSettings } from '../../../src/inputs.js';
import { runPipeline } from '../../../src/pipeline.js';
import { makeTree } from '../../helpers/tree.js';

const CONFTEST = `import pytest

@pytest.fixture(params=["pg", "sqlite"], autouse=True)
def backend(request):
    return request.param
`;
const HELPERS = 'GROUP = "db"\nSIZES = [1, 2]\n';
const TEST = `import pytest
from helpers import GROUP, SIZES

@pytest.mark.group(GROUP)
@pytest.mark.parametrize("size", SIZES)
def test_size(size):
    pass
`;
const PKG_TEST = `import pytest
from .consts import NAME

@pytest.mark.group(NAME)
def test_pkg():
    pass
`;

function tree(files: Record<string, string>, links: Record<string, string>): string {
  const root = fs.realpathSync(makeTree(files));
  for (const [link, target] of Object.entries(links)) fs.symlinkSync(target, path.join(root, link));
  return root;
}

async function planned(root: string) {
  const settings = readSettings((name) => (name === 'scope' ? 'global' : ''), {
    workspace: root,
    tempDir: root,
  });
  const outcome = await runPipeline(settings);
  const tests = [...outcome.plan.jobs.flatMap((j) => j.tests), ...outcome.plan.skipped];
  return {
    tests: tests.map((t) => `${t.id} ${JSON.stringify(t.group)}`).sort(),
    problems: outcome.problems.map((p) => `${p.file}:${p.line}: ${p.title}`),
  };
}

describe('the reader answers from discovery listings', () => {
  it('hands the walk listings over, directories marked with "/" and symlinks with NUL', async () => {
    const root = tree(
      { 'tests/test_a.py': 'def test_a(): pass\n', 'tests/sub/x.txt': '' },
      {
        'tests/link.py': 'test_a.py',
      },
    );
    const problems: never[] = [];
    const found = await discover(root, [], readPytestConfig(root, problems));
    expect([...found.listings.get('tests')!].sort()).toEqual(['link.py\0', 'sub/', 'test_a.py']);
    expect(found.listings.get('tests/sub')).toEqual(['x.txt']);
  });

  it('sees a symlinked conftest.py, helpers module and package __init__.py as files', async () => {
    const root = tree(
      {
        'shared/conftest.py': CONFTEST,
        'shared/helpers.py': HELPERS,
        'shared/init.py': '',
        'tests/test_db.py': TEST,
        'tests/pkg/consts.py': 'NAME = "pkg"\n',
        'tests/pkg/test_in_pkg.py': PKG_TEST,
      },
      {
        'tests/conftest.py': '../shared/conftest.py',
        'tests/helpers.py': '../shared/helpers.py',
        'tests/pkg/__init__.py': '../../shared/init.py',
      },
    );
    const { tests, problems } = await planned(root);
    expect(problems).toEqual([]);
    expect(tests).toEqual([
      'tests/pkg/test_in_pkg.py::test_pkg[pg] "pkg"',
      'tests/pkg/test_in_pkg.py::test_pkg[sqlite] "pkg"',
      'tests/test_db.py::test_size[pg-1] "db"',
      'tests/test_db.py::test_size[pg-2] "db"',
      'tests/test_db.py::test_size[sqlite-1] "db"',
      'tests/test_db.py::test_size[sqlite-2] "db"',
    ]);
  });

  it('does not take a directory named like a module for the module, nor miss one the walk skipped', async () => {
    const root = tree(
      {
        // `helpers.py/` is a directory: `from helpers import GROUP` cannot come from it.
        'tests/helpers.py/README': '',
        'tests/test_db.py': TEST,
        // node_modules is never walked: a module there is found by a stat.
        'node_modules/helpers.py': HELPERS,
        'pytest.ini': '[pytest]\npythonpath = node_modules\n',
      },
      {},
    );
    const { tests } = await planned(root);
    expect(tests).toEqual(['tests/test_db.py::test_size[1] "db"', 'tests/test_db.py::test_size[2] "db"']);
  });
});
