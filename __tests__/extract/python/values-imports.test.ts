// Reader rules for values that come from the suite's other modules, on small suites planned in
// process (the differential test checks the same idioms against real pytest in
// __tests__/fixtures/pytest-suites/).
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/inputs.js';
import type { Problem } from '../../../src/model.js';
import { runPipeline } from '../../../src/pipeline.js';
import { makeTree } from '../../helpers/tree.js';

async function plan(
  files: Record<string, string>,
): Promise<{ groups: [string, unknown][]; problems: Problem[] }> {
  const root = makeTree({ 'pytest.ini': '[pytest]\n', ...files });
  const settings = readSettings((name) => (name === 'scope' ? 'global' : ''), {
    workspace: root,
    tempDir: root,
  });
  const outcome = await runPipeline(settings);
  const groups = [...outcome.plan.jobs.flatMap((j) => j.tests), ...outcome.plan.skipped]
    .map((t): [string, unknown] => [t.id, t.group])
    .sort(([a], [b]) => a.localeCompare(b));
  return { groups, problems: outcome.problems };
}

describe('values from the suite’s modules', () => {
  it('take `from . import sub` in a package’s __init__.py as the submodule, not the import itself', async () => {
    const r = await plan({
      'tests/__init__.py': '',
      'tests/helpers/__init__.py': 'from . import constants\nfrom . import missing_on_disk\n',
      'tests/helpers/constants.py': 'from typing import Final\nLARGE: Final[str] = "large"\n',
      'tests/test_a.py':
        'import pytest\nfrom tests.helpers import constants\n@pytest.mark.group(constants.LARGE)\ndef test_x(): pass\n',
    });
    expect(r.problems).toEqual([]);
    expect(r.groups).toEqual([['tests/test_a.py::test_x', 'large']]);
  });

  it('still say a name a package’s __init__.py imports from itself that is no submodule', async () => {
    const r = await plan({
      'tests/__init__.py': '',
      'tests/helpers/__init__.py': 'from . import LARGE\n',
      'tests/test_a.py':
        'import pytest\nfrom tests.helpers import LARGE\n@pytest.mark.group(LARGE)\ndef test_x(): pass\n',
    });
    expect(r.problems.map((p) => [p.title, p.file])).toEqual([
      ['Non-literal group marker', 'tests/test_a.py'],
    ]);
  });

  it('refuse an Enum member as a group, naming its `.value` (the plugin names its group by `str()` of it)', async () => {
    const r = await plan({
      'tests/test_a.py':
        'import enum\nimport pytest\n' +
        'class Cloud(str, enum.Enum):\n    AWS = "aws"\n' +
        'class Tier(enum.IntEnum):\n    FIRST = 1\n' +
        '@pytest.mark.group(Cloud.AWS)\ndef test_cloud(): pass\n' +
        '@pytest.mark.group(Tier.FIRST)\ndef test_tier(): pass\n' +
        '@pytest.mark.group(Cloud.AWS.value)\ndef test_value(): pass\n',
    });
    expect(r.groups).toEqual([
      ['tests/test_a.py::test_cloud', null],
      ['tests/test_a.py::test_tier', null],
      ['tests/test_a.py::test_value', 'aws'],
    ]);
    expect(r.problems.map((p) => [p.title, p.line])).toEqual([
      ['Invalid group value', 7],
      ['Invalid group value', 9],
    ]);
    expect(r.problems[0]!.message).toContain('Write `group(Cloud.AWS.value)`');
  });
});
