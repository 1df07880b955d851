// A list, dict or set one module of the suite imports and changes in place at import time
// (changed-elsewhere.ts): what another importer sees depends on pytest's import order, so a
// parametrize or mark that reads it is said, and planned as one entry. The fixture suite
// imported_values_mutated checks the same against real pytest.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/inputs.js';
import type { Problem } from '../../../src/model.js';
import { runPipeline } from '../../../src/pipeline.js';
import { makeTree } from '../../helpers/tree.js';

interface Planned {
  id: string;
  group: unknown;
  idExact: boolean | undefined;
}

async function plan(
  files: Record<string, string>,
  ini = '[pytest]\n',
): Promise<{ tests: Planned[]; problems: Problem[] }> {
  const root = makeTree({ 'pytest.ini': ini, 'tests/__init__.py': '', ...files });
  const settings = readSettings((name) => (name === 'scope' ? 'global' : ''), {
    workspace: root,
    tempDir: root,
  });
  const outcome = await runPipeline(settings);
  const tests = [...outcome.plan.jobs.flatMap((j) => j.tests), ...outcome.plan.skipped]
    .map((t) => ({ id: t.id, group: t.group, idExact: (t as { idExact?: boolean }).idExact }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { tests, problems: outcome.problems };
}

const CASES =
  'import pytest\n' +
  'BACKENDS = [pytest.param("aws", marks=pytest.mark.group("aws")), pytest.param("azure", marks=pytest.mark.group("azure"))]\n';

const READER =
  'import pytest\nfrom .cases import BACKENDS\n\n' +
  '@pytest.mark.parametrize("backend", BACKENDS)\ndef test_deploy(backend): pass\n';

describe('values another module changes in place', () => {
  it('say the reader’s parametrize, naming the module and line of the change, and plan it whole', async () => {
    const r = await plan({
      'tests/cases.py': CASES,
      'tests/test_a.py':
        'import pytest\nfrom .cases import BACKENDS\n\nBACKENDS.append(pytest.param("gcp", marks=pytest.mark.group("gcp")))\n' +
        '\n@pytest.mark.parametrize("backend", BACKENDS)\ndef test_register(backend): pass\n',
      'tests/test_b.py': READER,
    });
    const said = r.problems.filter((p) => p.title === 'Parametrization not read');
    expect(said.map((p) => [p.file, p.line])).toEqual([['tests/test_b.py', 4]]);
    expect(said[0]!.message).toContain('`BACKENDS.append()` in tests/test_a.py');
    expect(said[0]!.message).toContain('(tests/test_a.py:4)');
    // The changing module reads its own change exactly; the reader stands for all its items.
    expect(r.tests).toEqual([
      { id: 'tests/test_a.py::test_register[aws]', group: 'aws', idExact: true },
      { id: 'tests/test_a.py::test_register[azure]', group: 'azure', idExact: true },
      { id: 'tests/test_a.py::test_register[gcp]', group: 'gcp', idExact: true },
      { id: 'tests/test_b.py::test_deploy', group: null, idExact: false },
    ]);
  });

  it('read a value exactly when no other module changes it, or changes it only inside a function', async () => {
    const r = await plan({
      'tests/cases.py': CASES,
      'tests/test_a.py':
        'import pytest\nfrom .cases import BACKENDS\n\ndef test_mutates():\n    BACKENDS.append(1)\n    BACKENDS[0] = 2\n',
      'tests/test_b.py': READER,
    });
    expect(r.problems).toEqual([]);
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/test_a.py::test_mutates', null],
      ['tests/test_b.py::test_deploy[aws]', 'aws'],
      ['tests/test_b.py::test_deploy[azure]', 'azure'],
    ]);
  });

  it('find changes by item assignment, `del`, `+=` and through a star import, in a conftest above testpaths', async () => {
    const r = await plan(
      {
        'conftest.py': 'from tests.cases import REGIONS\nREGIONS["eu"] = "eu-west-1"\n',
        'tests/cases.py': 'REGIONS = {"us": "us-east-1"}\nFLAVOURS = ["small"]\nCHANNELS = {"edge"}\n',
        'tests/extra.py': 'from .cases import *\n\nif True:\n    CHANNELS |= {"beta"}\n',
        'tests/test_c.py': 'from .cases import FLAVOURS as F\nF += ["xlarge"]\ndel F[0]\n',
        'tests/test_b.py':
          'import pytest\nfrom tests import cases\nfrom .cases import CHANNELS, FLAVOURS\n' +
          '@pytest.mark.parametrize("region", cases.REGIONS.values())\ndef test_region(region): pass\n' +
          '@pytest.mark.parametrize("flavour", FLAVOURS)\ndef test_flavour(flavour): pass\n' +
          '@pytest.mark.parametrize("channel", sorted(CHANNELS))\ndef test_channel(channel): pass\n',
      },
      '[pytest]\ntestpaths = tests\n',
    );
    const said = r.problems.filter((p) => p.title === 'Parametrization not read');
    expect(said.map((p) => [p.file, p.line])).toEqual([
      ['tests/test_b.py', 4],
      ['tests/test_b.py', 6],
      ['tests/test_b.py', 8],
    ]);
    expect(said[0]!.message).toContain('(conftest.py:2)');
    expect(said[1]!.message).toContain('`F +=` in tests/test_c.py');
    expect(said[2]!.message).toContain('(tests/extra.py:4)');
    expect(r.tests.filter((t) => t.id.startsWith('tests/test_b.py')).every((t) => t.idExact === false)).toBe(
      true,
    );
  });

  it('find a change written through the module (`cases.BACKENDS.append(...)`, `c.X += [...]`)', async () => {
    const r = await plan({
      'tests/cases.py': CASES + 'FLAVOURS = ["small"]\n',
      'tests/test_a.py':
        'import pytest\nfrom . import cases\nimport tests.cases as c\n\n' +
        'cases.BACKENDS.append(pytest.param("gcp"))\nc.FLAVOURS += ["xlarge"]\n\ndef test_a():\n    cases.BACKENDS.clear()\n',
      'tests/test_b.py':
        READER +
        'from .cases import FLAVOURS\n@pytest.mark.parametrize("f", FLAVOURS)\ndef test_f(f): pass\n',
    });
    const said = r.problems.filter((p) => p.title === 'Parametrization not read');
    expect(said.map((p) => [p.file, p.line])).toEqual([
      ['tests/test_b.py', 4],
      ['tests/test_b.py', 7],
    ]);
    expect(said[0]!.message).toContain('`cases.BACKENDS.append()` in tests/test_a.py');
    expect(said[0]!.message).toContain('(tests/test_a.py:5)');
    expect(said[1]!.message).toContain('`c.FLAVOURS +=` in tests/test_a.py');
  });

  it('follow a value re-exported by a helpers module to the module that makes it', async () => {
    const r = await plan({
      'tests/cases.py': CASES,
      'tests/helpers.py': 'from .cases import BACKENDS\n',
      'tests/test_a.py':
        'import pytest\nfrom .cases import BACKENDS\nBACKENDS.extend([pytest.param("gcp")])\n',
      'tests/test_b.py': READER.replace('.cases', '.helpers'),
    });
    const said = r.problems.filter((p) => p.title === 'Parametrization not read');
    expect(said.map((p) => [p.file, p.line])).toEqual([['tests/test_b.py', 4]]);
    expect(said[0]!.message).toContain('(tests/test_a.py:3)');
  });

  it('read a helpers module’s own change of what it re-exports, and say a third module’s change of it', async () => {
    const files = {
      'tests/cases.py': CASES,
      'tests/helpers.py':
        'import pytest\nfrom .cases import BACKENDS\nBACKENDS.append(pytest.param("gcp"))\n',
      'tests/test_b.py': READER.replace('.cases', '.helpers'),
    };
    const alone = await plan(files);
    expect(alone.problems).toEqual([]);
    expect(alone.tests.map((t) => t.id)).toEqual([
      'tests/test_b.py::test_deploy[aws]',
      'tests/test_b.py::test_deploy[azure]',
      'tests/test_b.py::test_deploy[gcp]',
    ]);
    const third = await plan({
      ...files,
      'tests/conftest.py': 'from .cases import BACKENDS\nBACKENDS.clear()\n',
    });
    const said = third.problems.filter((p) => p.title === 'Parametrization not read');
    expect(said.map((p) => [p.file, p.line])).toEqual([['tests/test_b.py', 4]]);
    expect(said[0]!.message).toContain('`BACKENDS.clear()` in tests/conftest.py');
  });

  it('keep a group read from a changed dict an error at the mark, not a guess', async () => {
    const r = await plan({
      'tests/cases.py': 'GROUPS = {"db": "database"}\n',
      'tests/conftest.py': 'from .cases import GROUPS\nGROUPS["db"] = "postgres"\n',
      'tests/test_b.py':
        'import pytest\nfrom .cases import GROUPS\n@pytest.mark.group(GROUPS["db"])\ndef test_db(): pass\n',
    });
    const at = r.problems.filter((p) => p.file === 'tests/test_b.py');
    expect(at.map((p) => [p.severity, p.line])).toEqual([['error', 3]]);
    expect(at[0]!.message).toContain('tests/conftest.py');
  });
});
