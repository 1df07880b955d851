/**
 * The extractor against real pytest: for every fixture suite, pytest collects with the oracle
 * plugin and the static reading must agree item for item (node, parameters, group, id).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paramsRecord, type GroupValue, type MarkerSpec } from '../../../src/model.js';
import { extractPythonDetailed, type FoundTest } from '../../../src/extract/python/index.js';

const root = resolve(import.meta.dirname, '../..');
const suitesDir = join(root, 'fixtures/pytest-suites');
const oracleDir = join(root, 'oracle');
const python = process.env['GROUP_MATRIX_PYTHON'] ?? 'python3';

interface SuiteConfig {
  markers?: string[];
  classes?: string[];
  functions?: string[];
}

interface OracleItem {
  nodeid: string;
  function: string;
  indices: Record<string, number> | null;
  group: GroupValue | { invalid: string } | null;
}

function spec(raw: string): MarkerSpec {
  const star = raw.indexOf('*');
  return star === -1
    ? { raw, prefix: raw, suffix: '', isPattern: false }
    : { raw, prefix: raw.slice(0, star), suffix: raw.slice(star + 1), isPattern: true };
}

function runPytest(dir: string, marker: string): { pytest: string; items: OracleItem[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'gm-oracle-')), 'items.json');
  try {
    execFileSync(python, ['-c', 'import pytest'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `pytest cannot be imported by \`${python}\`: install it (pip install pytest) or point GROUP_MATRIX_PYTHON at a Python that has it. This test must not be skipped.`,
    );
  }
  const args = [
    '-m',
    'pytest',
    '--collect-only',
    '-q',
    '-p',
    'record_groups',
    '-p',
    'no:cacheprovider',
    '--rootdir',
    dir,
    '-c',
    join(dir, 'pytest.ini'),
    dir,
  ];
  try {
    execFileSync(python, args, {
      cwd: dir,
      stdio: 'pipe',
      env: {
        ...process.env,
        PYTHONPATH: oracleDir,
        PYTHONDONTWRITEBYTECODE: '1',
        GROUP_MATRIX_ORACLE_OUT: out,
        GROUP_MATRIX_ORACLE_MARKER: marker,
      },
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `pytest failed to collect ${dir}:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`,
      { cause: e },
    );
  }
  return JSON.parse(readFileSync(out, 'utf8')) as { pytest: string; items: OracleItem[] };
}

const key = (fn: string, params: Record<string, number> | null | undefined): string =>
  params
    ? `${fn} ${JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))))}`
    : fn;

const suites = readdirSync(suitesDir).filter((d) => existsSync(join(suitesDir, d, 'pytest.ini')));

describe('python extractor agrees with pytest', () => {
  it('has fixture suites', () => expect(suites.length).toBeGreaterThan(5));
  for (const suite of suites) {
    const dir = join(suitesDir, suite);
    const config: SuiteConfig = existsSync(join(dir, 'suite.json'))
      ? (JSON.parse(readFileSync(join(dir, 'suite.json'), 'utf8')) as SuiteConfig)
      : {};
    for (const marker of config.markers ?? ['group']) {
      it(`${suite} (marker ${marker})`, () => {
        const oracle = runPytest(dir, marker);
        const settings = {
          marker: spec(marker),
          pytest: { classes: config.classes ?? ['Test'], functions: config.functions ?? ['test'] },
        };
        const found: FoundTest[] = [];
        for (const name of readdirSync(dir).sort()) {
          if (!/^test_.*\.py$|_test\.py$/.test(name)) continue;
          found.push(
            ...extractPythonDetailed({ path: name, bytes: readFileSync(join(dir, name)) }, settings).tests,
          );
        }
        const wholeFunction = new Set(found.filter((t) => !t.params).map((t) => t.function));
        const expected = new Map<string, GroupValue | null>();
        const ids = new Map<string, string>();
        for (const item of oracle.items) {
          const k = key(item.function, wholeFunction.has(item.function) ? null : item.indices);
          const group = item.group !== null && typeof item.group === 'object' ? null : item.group;
          if (expected.has(k))
            expect(expected.get(k), `all parametrizations of ${k} share a group`).toEqual(group);
          expected.set(k, group);
          ids.set(k, item.nodeid);
        }
        const actual = new Map<string, GroupValue | null>();
        for (const t of found) {
          const k = key(t.function, t.params && t.argnames ? paramsRecord(t.argnames, t.params) : undefined);
          expect(actual.has(k), `${k} found twice`).toBe(false);
          actual.set(k, t.group);
          if (t.idExact && t.params) expect(t.id, `id of ${k}`).toBe(ids.get(k));
        }
        expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
        expect(oracle.items.length).toBeGreaterThan(0);
      });
    }
  }
});
