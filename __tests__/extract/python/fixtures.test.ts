// Reader rules for parametrized fixtures, on small suites planned in process (the differential
// test checks the same idioms against real pytest in __tests__/fixtures/pytest-suites/).
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/inputs.js';
import type { Problem } from '../../../src/model.js';
import { runPipeline } from '../../../src/pipeline.js';
import { argnamesIn } from '../../../src/extract/python/generate-tests.js';
import { makeTree } from '../../helpers/tree.js';

interface Planned {
  id: string;
  group: unknown;
  params: readonly number[] | undefined;
  idExact: boolean;
}

async function plan(files: Record<string, string>): Promise<{ tests: Planned[]; problems: Problem[] }> {
  const root = makeTree({ 'pytest.ini': '[pytest]\n', ...files });
  const settings = readSettings((name) => (name === 'scope' ? 'global' : ''), {
    workspace: root,
    tempDir: root,
  });
  const outcome = await runPipeline(settings);
  const tests = [...outcome.plan.jobs.flatMap((j) => j.tests), ...outcome.plan.skipped].map((t) => ({
    id: t.id,
    group: t.group,
    params: t.params,
    idExact: (t as { idExact?: boolean }).idExact !== false,
  }));
  return { tests: tests.sort((a, b) => a.id.localeCompare(b.id)), problems: outcome.problems };
}

describe('parametrized fixtures', () => {
  it('keep a fixture whose ids are a callable: its items planned, their ids marked inexact', async () => {
    const r = await plan({
      'tests/conftest.py':
        'import pytest\n@pytest.fixture(params=[1, 2], ids=lambda n: f"x{n}")\ndef replicas(request):\n    return request.param\n' +
        '@pytest.fixture(params=["s3", "disk"])\ndef backend(request):\n    return request.param\n',
      'tests/test_a.py': 'def test_y(replicas): pass\ndef test_x(replicas, backend): pass\n',
    });
    expect(r.tests.map((t) => [t.id, t.params, t.idExact])).toEqual([
      ['tests/test_a.py::test_x[1-disk]', [0, 1], false],
      ['tests/test_a.py::test_x[1-s3]', [0, 0], false],
      ['tests/test_a.py::test_x[2-disk]', [1, 1], false],
      ['tests/test_a.py::test_x[2-s3]', [1, 0], false],
      ['tests/test_a.py::test_y[1]', [0], false],
      ['tests/test_a.py::test_y[2]', [1], false],
    ]);
  });

  it('mark every id inexact when a parametrized fixture of the closure has a scope that is not a literal', async () => {
    const r = await plan({
      'tests/conftest.py':
        'import pytest\ndef pick(fixture_name, config): return "session"\n' +
        '@pytest.fixture(params=["a", "b"], scope=pick)\ndef one(request): pass\n' +
        '@pytest.fixture(params=["c"])\ndef two(request): pass\n',
      'tests/test_a.py': 'def test_x(two, one): pass\ndef test_y(one): pass\n',
    });
    expect(r.tests.map((t) => [t.id, t.idExact])).toEqual([
      ['tests/test_a.py::test_x[c-a]', false],
      ['tests/test_a.py::test_x[c-b]', false],
      ['tests/test_a.py::test_y[a]', true],
      ['tests/test_a.py::test_y[b]', true],
    ]);
  });

  it('follow pytest_plugins inside a plugin module (a string, a list or a tuple), each module once', async () => {
    const r = await plan({
      'conftest.py': 'pytest_plugins = ["fx.a", "fx.b"]\n',
      'fx/__init__.py': '',
      'fx/a.py': 'pytest_plugins = ("fx.b",)\n',
      'fx/b.py':
        'import pytest\npytest_plugins = "fx.c"\n@pytest.fixture(params=["p", "q"])\ndef one(request): pass\n',
      'fx/c.py':
        'import pytest\npytest_plugins = ["fx.a"]\n@pytest.fixture(params=[1])\ndef two(request): pass\n',
      'tests/test_a.py': 'def test_x(one, two): pass\n',
    });
    expect(r.tests.map((t) => t.id)).toEqual([
      'tests/test_a.py::test_x[p-1]',
      'tests/test_a.py::test_x[q-1]',
    ]);
  });

  it('mark ids inexact where pytest ≥9.1 (depth first) and ≤9.0 (breadth first) order the closure differently', async () => {
    const fixtures =
      'import pytest\n@pytest.fixture(params=["vm", "k8s"])\ndef substrate(request): pass\n' +
      '@pytest.fixture(params=["jammy"])\ndef series(request): pass\n' +
      '@pytest.fixture\ndef charm(substrate): pass\n';
    const r = await plan({
      'tests/conftest.py': fixtures,
      'tests/test_a.py': 'def test_x(charm, series): pass\ndef test_y(series, charm): pass\n',
    });
    expect(r.tests.map((t) => [t.id, t.idExact])).toEqual([
      ['tests/test_a.py::test_x[jammy-k8s]', false],
      ['tests/test_a.py::test_x[jammy-vm]', false],
      ['tests/test_a.py::test_y[jammy-k8s]', true],
      ['tests/test_a.py::test_y[jammy-vm]', true],
    ]);
  });

  it('seed every closure with the usefixtures ini setting, before autouse fixtures', async () => {
    const r = await plan({
      'pytest.ini': '[pytest]\nusefixtures = policy\n',
      'tests/conftest.py':
        'import pytest\n@pytest.fixture(params=["a", "b"], autouse=True)\ndef auto(request): pass\n' +
        '@pytest.fixture(params=["p"])\ndef policy(request): pass\n',
      'tests/test_a.py': 'def test_x(): pass\n',
    });
    expect(r.tests.map((t) => t.id)).toEqual([
      'tests/test_a.py::test_x[p-a]',
      'tests/test_a.py::test_x[p-b]',
    ]);
  });
});

describe('conftest hooks', () => {
  it('say pytest_make_parametrize_id, and mark the parametrized ids under it inexact', async () => {
    const r = await plan({
      'tests/conftest.py': 'def pytest_make_parametrize_id(config, val, argname):\n    return None\n',
      'tests/test_a.py':
        'import pytest\n@pytest.mark.parametrize("v", [1])\ndef test_x(v): pass\ndef test_y(): pass\n',
      'other/test_b.py': 'import pytest\n@pytest.mark.parametrize("v", [1])\ndef test_z(v): pass\n',
    });
    expect(r.tests.map((t) => [t.id, t.idExact])).toEqual([
      ['other/test_b.py::test_z[1]', true],
      ['tests/test_a.py::test_x[1]', false],
      ['tests/test_a.py::test_y', true],
    ]);
    expect(r.problems).toMatchObject([
      { file: 'tests/conftest.py', line: 1, title: 'Collection hook not read' },
    ]);
    expect(r.problems[0]!.message).toContain('may change the id');
  });

  it('say that pytest_collection_modifyitems in any conftest.py sees every test of the session', async () => {
    const r = await plan({
      'tests/web/conftest.py': 'def pytest_collection_modifyitems(items):\n    pass\n',
      'tests/web/test_a.py': 'def test_x(): pass\n',
    });
    expect(r.problems).toMatchObject([{ file: 'tests/web/conftest.py', title: 'Collection hook not read' }]);
    expect(r.problems[0]!.message).toContain('any test of the session');
  });
});

describe('pytest_generate_tests', () => {
  const body = (code: string): string => `\n${code.replace(/^/gm, '    ')}\n`;

  it.each([
    ['metafunc.parametrize("gw", ["popen"], indirect=True)', ['gw']],
    ['if "a" in metafunc.fixturenames:\n    metafunc.parametrize("a, b", [(1, 2)])', ['a', 'b']],
    ['metafunc.parametrize(["x", "y"], VALUES)\nmetafunc.parametrize(("z",), [1])', ['x', 'y', 'z']],
    ['# metafunc.parametrize(names, v) in a comment\npass', []],
    ['s = "metafunc.parametrize(names, v) in a string"', []],
  ])('reads the argnames a hook parametrizes: %s', (code, names) => {
    expect([...argnamesIn(body(code))!].sort()).toEqual(names);
  });

  it.each([
    ['metafunc.parametrize(names, values)'],
    ['metafunc.parametrize(argnames="x", argvalues=[1])'],
    ['_helper(metafunc)'],
    ['other.apply(1, metafunc=metafunc)'],
  ])('cannot read the argnames of %s', (code) => {
    expect(argnamesIn(body(code))).toBeNull();
  });

  it('says every test whose closure holds a fixture the hook parametrizes indirectly, and plans the others exactly', async () => {
    const { tests, problems } = await plan({
      'conftest.py': [
        'import pytest',
        'def pytest_generate_tests(metafunc):',
        '    if "gw" in metafunc.fixturenames:',
        '        metafunc.parametrize("gw", ["popen", "socket"], indirect=True)',
        '@pytest.fixture',
        'def gw(request):',
        '    return request.param',
        '@pytest.fixture',
        'def channel(gw):',
        '    return gw',
        '',
      ].join('\n'),
      'test_a.py': [
        'import pytest',
        'def test_gw(channel):',
        '    pass',
        '@pytest.mark.parametrize("n", [1, 2])',
        'def test_plain(n):',
        '    pass',
        '',
      ].join('\n'),
    });
    expect(tests.map((t) => [t.id, t.idExact])).toEqual([
      ['test_a.py::test_gw', false],
      ['test_a.py::test_plain[1]', true],
      ['test_a.py::test_plain[2]', true],
    ]);
    const said = problems.filter((p) => p.title === 'Parametrization not read');
    expect(said.map((p) => [p.file, p.line])).toEqual([['test_a.py', 2]]);
    expect(said[0]!.message).toContain('`gw`');
    expect(said[0]!.message).toContain('conftest.py:2');
  });
});

describe('imports pytest resolves by collection order', () => {
  it('say a bare import of a name two test directories hold as a module', async () => {
    const r = await plan({
      'tests/a/helpers.py': 'G = 1\n',
      'tests/a/test_a.py':
        'import pytest\nfrom helpers import G\n@pytest.mark.group(G)\ndef test_x(): pass\n',
      'tests/b/helpers.py': 'G = 2\n',
      'tests/b/test_b.py': 'def test_y(): pass\n',
      'tests/c/only.py': 'G = 3\n',
      'tests/c/test_c.py': 'import pytest\nfrom only import G\n@pytest.mark.group(G)\ndef test_z(): pass\n',
    });
    expect(r.tests.map((t) => [t.id, t.group])).toEqual([
      ['tests/a/test_a.py::test_x', 1],
      ['tests/b/test_b.py::test_y', null],
      ['tests/c/test_c.py::test_z', 3],
    ]);
    expect(r.problems).toMatchObject([{ file: 'tests/a/test_a.py', line: 2, title: 'Import not read' }]);
  });
});
