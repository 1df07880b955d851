/**
 * The static plan against real pytest, suite by suite, on every pytest version the tests have
 * (GROUP_MATRIX_PYTHONS: 7.4, 8.3 and 9 in scripts/oracles.sh). pytest collects each fixture
 * suite with the oracle plugin; the pipeline plans the same directory; every item must agree
 * (node id, parametrization, group). Read it or say it: a difference is allowed only in a file
 * the plan's problems name (the file itself, or a conftest.py above it), and never in a suite
 * whose suite.json says `"exact": true`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/inputs.js';
import { paramsRecord, type GroupValue, type Problem } from '../../../src/model.js';
import { runPipeline } from '../../../src/pipeline.js';
import { SESSION_HOOKS } from '../../../src/extract/python/hooks.js';

const root = resolve(import.meta.dirname, '../..');
const suitesDir = join(root, 'fixtures/pytest-suites');
const oracleDir = join(root, 'oracle');
const pythons = (process.env['GROUP_MATRIX_PYTHONS'] ?? process.env['GROUP_MATRIX_PYTHON'] ?? 'python3')
  .split(':')
  .filter(Boolean);

interface SuiteConfig {
  markers?: string[];
  /** No difference allowed, named or not. */
  exact?: boolean;
  /** Problem titles the plan must report (each at least once). */
  says?: string[];
  /**
   * The suite is written for pytest `from` and later (a config only those read). On older
   * versions pytest must differ from the plan (else the bound is wrong), and the plan `says` why.
   */
  pytest?: { from: number; says: string };
}

interface OracleItem {
  nodeid: string;
  function: string;
  indices: Record<string, number> | null;
  group: GroupValue | { invalid: string } | null;
}

function collect(python: string, dir: string, marker: string): { pytest: string; items: OracleItem[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'gm-oracle-')), 'items.json');
  try {
    execFileSync(python, ['-c', 'import pytest'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `pytest cannot be imported by \`${python}\`: run scripts/test.sh (it makes the oracle venvs) or point GROUP_MATRIX_PYTHONS at Pythons that have it. This test must not be skipped.`,
    );
  }
  try {
    execFileSync(
      python,
      [
        '-m',
        'pytest',
        '--collect-only',
        '-q',
        '-p',
        'record_groups',
        '-p',
        'no:cacheprovider',
        '-p',
        'no:randomly',
      ],
      {
        cwd: dir,
        stdio: 'pipe',
        env: {
          ...process.env,
          PYTHONPATH: oracleDir,
          PYTHONDONTWRITEBYTECODE: '1',
          GROUP_MATRIX_ORACLE_OUT: out,
          GROUP_MATRIX_ORACLE_MARKER: marker,
        },
      },
    );
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `pytest failed to collect ${dir}:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`,
      { cause: e },
    );
  }
  return JSON.parse(readFileSync(out, 'utf8')) as { pytest: string; items: OracleItem[] };
}

const sortedKey = (fn: string, params: Record<string, number>): string =>
  `${fn} ${JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))))}`;

/** The hook a "Collection hook not read" notice is about (its message starts with its name). */
const hookOf = (p: Problem): string | undefined =>
  p.title === 'Collection hook not read' ? /^`(\w+)`/.exec(p.message)?.[1] : undefined;

/**
 * Whether a problem names `file`: the file itself, or a conftest.py in a directory above it; a
 * hook pytest calls for the whole session (`pytest_collection_modifyitems`) names every file.
 */
function named(problems: Problem[], file: string): boolean {
  return problems.some((p) => {
    if (!p.file) return false;
    if (p.file === file) return true;
    if (SESSION_HOOKS.has(hookOf(p) ?? '')) return true;
    if (!p.file.endsWith('conftest.py')) return false;
    const dir = p.file.slice(0, -'conftest.py'.length);
    return file.startsWith(dir);
  });
}

interface Difference {
  file: string;
  what: string;
}

async function compare(
  dir: string,
  marker: string,
  python: string,
): Promise<{ differences: Difference[]; problems: Problem[]; items: number; version: string }> {
  const oracle = collect(python, dir, marker);
  const settings = readSettings((name) => (name === 'marker' ? marker : name === 'scope' ? 'global' : ''), {
    workspace: dir,
    tempDir: dir,
  });
  const outcome = await runPipeline(settings);
  const problems = outcome.problems;
  const tests = [...outcome.plan.jobs.flatMap((j) => j.tests), ...outcome.plan.skipped];
  // pytest 8.0–8.3 number stacked parametrizations per call; the plan carries both numberings.
  const perCall = /^8\.[0-3]\./.test(oracle.pytest);
  const exact = new Map<string, (typeof tests)[number]>();
  const whole = new Map<string, (typeof tests)[number]>();
  for (const t of tests) {
    const indices = perCall ? (t.paramsPerCall ?? t.params) : t.params;
    if (indices && t.argnames) exact.set(sortedKey(t.function, paramsRecord(t.argnames, indices)), t);
    else whole.set(t.function, t);
  }
  const differences: Difference[] = [];
  const matched = new Set<object>();
  const file = (fn: string): string => fn.split('::')[0]!;
  for (const item of oracle.items) {
    const byIndices = item.indices && exact.get(sortedKey(item.function, item.indices));
    const t = byIndices || whole.get(item.function);
    if (!t) {
      differences.push({
        file: file(item.nodeid),
        what: `${item.nodeid}: collected by pytest, not in the plan`,
      });
      continue;
    }
    matched.add(t);
    // A parametrization planned as one entry for the whole function agrees only where the plan
    // says so: the entry stands for several items (idExact false) and a problem names the file.
    if (
      item.indices &&
      !byIndices &&
      ((t as { idExact?: boolean }).idExact !== false || !named(problems, t.file))
    )
      differences.push({
        file: t.file,
        what: `${item.nodeid}: parametrized by pytest, planned as one entry ${t.id} without saying so`,
      });
    const group = item.group !== null && typeof item.group === 'object' ? null : item.group;
    if (t.group !== group)
      differences.push({
        file: t.file,
        what: `${item.nodeid}: group ${JSON.stringify(group)} in pytest, ${JSON.stringify(t.group)} in the plan`,
      });
    if (t.params && (t as { idExact?: boolean }).idExact !== false && t.id !== item.nodeid) {
      differences.push({ file: t.file, what: `${item.nodeid}: planned as ${t.id}` });
    }
  }
  for (const t of tests)
    if (!matched.has(t))
      differences.push({ file: t.file, what: `${t.id}: planned, not collected by pytest` });
  return { differences, problems: outcome.problems, items: oracle.items.length, version: oracle.pytest };
}

const suites = readdirSync(suitesDir).filter(
  (d) => existsSync(join(suitesDir, d, 'pytest.ini')) || existsSync(join(suitesDir, d, 'suite.json')),
);

describe('the plan agrees with pytest, or says where it may not', () => {
  it('has fixture suites and pytest versions to compare with', () => {
    expect(suites.length).toBeGreaterThan(10);
    expect(pythons.length).toBeGreaterThan(0);
  });
  for (const python of pythons) {
    for (const suite of suites) {
      const dir = join(suitesDir, suite);
      const config: SuiteConfig = existsSync(join(dir, 'suite.json'))
        ? (JSON.parse(readFileSync(join(dir, 'suite.json'), 'utf8')) as SuiteConfig)
        : {};
      for (const marker of config.markers ?? ['group']) {
        it(`${suite} (marker ${marker}) with ${python}`, async () => {
          const r = await compare(dir, marker, python);
          expect(r.items, 'pytest collected nothing').toBeGreaterThan(0);
          if (config.pytest && Number(r.version.split('.')[0]) < config.pytest.from) {
            expect(
              r.differences.length,
              `pytest ${r.version} agrees: drop suite.json's "pytest"`,
            ).toBeGreaterThan(0);
            expect(r.problems.map((p) => p.title)).toContain(config.pytest.says);
            return;
          }
          const silent = r.differences.filter((d) => config.exact || !named(r.problems, d.file));
          expect(
            silent.map((d) => d.what),
            `pytest ${r.version}: differences in files the plan does not name`,
          ).toEqual([]);
          for (const title of config.says ?? [])
            expect(
              r.problems.map((p) => p.title),
              `pytest ${r.version}`,
            ).toContain(title);
        });
      }
    }
  }
});
