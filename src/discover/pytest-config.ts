import fs from 'node:fs';
import path from 'node:path';
import { split as shlexSplit } from 'shlex';
import { IniError, parseIni } from './ini.js';
import { parse as parseToml } from 'smol-toml';
import type { Problem } from '../model.js';
import { toPosix } from '../paths.js';
import { readAddopts, type Addopts } from './addopts.js';

/** The pytest settings that decide which files, classes and functions are tests. */
export interface PytestConfig {
  /** The config file these came from (absolute), or null for pytest's defaults. */
  source: string | null;
  /** Directory that `testpaths` are relative to (pytest's rootdir). */
  rootDir: string;
  testpaths: string[];
  pythonFiles: string[];
  pythonClasses: string[];
  pythonFunctions: string[];
  /** The config's `norecursedirs`, which replace pytest's defaults; the defaults when it has none. */
  norecursedirs: string[];
  /** The `pythonpath` setting: directories relative to `rootDir`, put on `sys.path`. */
  pythonpath: string[];
  /** What `addopts` says about which items pytest collects. */
  addopts: Addopts;
  /** The `usefixtures` setting: fixtures every test requests, before its autouse ones. */
  usefixtures: string[];
}

export const PYTEST_DEFAULTS = {
  pythonFiles: ['test_*.py', '*_test.py'],
  pythonClasses: ['Test'],
  pythonFunctions: ['test'],
  norecursedirs: ['*.egg', '.*', '_darcs', 'build', 'CVS', 'dist', 'node_modules', 'venv', '{arch}'],
} as const;

type Section = Record<string, unknown>;

/**
 * Finds the config pytest would use, searching from `dir` upwards in pytest's order:
 * pytest.toml / .pytest.toml (always; pytest 9 and later), pytest.ini / .pytest.ini (always), pyproject.toml ([tool.pytest.ini_options] or [tool.pytest]),
 * tox.ini ([pytest]), setup.cfg ([tool:pytest]).
 */
export function readPytestConfig(dir: string, problems: Problem[]): PytestConfig {
  for (let current = dir; ; current = path.dirname(current)) {
    const found = configIn(current, problems);
    if (found) {
      const config = toConfig(found.file, current, found.section);
      const native = nativeTables.get(found.section);
      if (native) {
        const file = toPosix(path.relative(dir, found.file));
        problems.push({
          severity: 'notice',
          file,
          ...(native === 'pyproject'
            ? lineOf(found.file, /^\s*\[tool\.pytest\]/m, '[')
            : lineOf(found.file, /^\s*\[pytest\]/m, '[')),
          title: 'Config read as pytest 9 reads it',
          message:
            native === 'pyproject'
              ? `${file} configures pytest in the native \`[tool.pytest]\` table, which pytest 9 and later read; it is planned so. pytest 7 and 8 ignore this table and collect with their defaults: require pytest>=9, or use \`[tool.pytest.ini_options]\`.`
              : `${file} is pytest 9's own config file, which pytest 9 and later read before any other (even when it is empty); it is planned so. pytest 7 and 8 ignore it and read pytest.ini, pyproject.toml, tox.ini or setup.cfg instead, or their defaults: require pytest>=9.`,
        });
      }
      const notRead = config.addopts.notRead;
      if (notRead.length > 0) {
        const file = toPosix(path.relative(dir, found.file));
        problems.push({
          severity: 'notice',
          file,
          ...lineOf(found.file, /^\s*addopts\s*[=:]/m, 'addopts'),
          title: 'addopts option not read',
          message: `\`addopts\` in ${file} holds ${notRead.map((o) => `\`${o}\``).join(', ')}, which may change which tests pytest collects; group-matrix does not read ${notRead.length > 1 ? 'them' : 'it'}, so the plan may differ from pytest's collection, and the plugin checks each job's tests at run time.`,
        });
      }
      return config;
    }
    if (path.dirname(current) === current) break;
  }
  return toConfig(null, dir, {});
}

function configIn(dir: string, problems: Problem[]): { file: string; section: Section } | null {
  const candidates: [string, (text: string) => Section | null][] = [
    ['pytest.toml', pytestTomlSection],
    ['.pytest.toml', pytestTomlSection],
    ['pytest.ini', (t) => iniSection(t, 'pytest') ?? {}],
    ['.pytest.ini', (t) => iniSection(t, 'pytest') ?? {}],
    ['pyproject.toml', tomlSection],
    ['tox.ini', (t) => iniSection(t, 'pytest')],
    ['setup.cfg', (t) => iniSection(t, 'tool:pytest')],
  ];
  for (const [name, read] of candidates) {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      const section = read(text);
      if (section) return { file, section };
    } catch (err) {
      problems.push({
        severity: 'warning',
        file: name,
        ...(err instanceof IniError ? { line: err.line } : {}),
        title: 'Unreadable pytest config',
        message: `${file} could not be parsed (${String(err instanceof Error ? err.message : err).split('\n')[0]}${err instanceof IniError ? ` at line ${err.line}` : ''}); pytest refuses it too. pytest's default naming is used instead. Fix the file or set \`paths\`.`,
      });
    }
  }
  return null;
}

function tomlSection(text: string): Section | null {
  const doc = parseToml(text) as Section;
  const tool = doc['tool'] as Section | undefined;
  const pytest = tool?.['pytest'] as Section | undefined;
  if (!pytest) return null;
  // pytest 9 reads native [tool.pytest]; older versions [tool.pytest.ini_options].
  const legacy = pytest['ini_options'] as Section | undefined;
  if (legacy) return legacy;
  nativeTables.set(pytest, 'pyproject');
  return pytest;
}

/** pytest 9's `pytest.toml`: its `[pytest]` table, the config even when the file has none. */
function pytestTomlSection(text: string): Section {
  const section = ((parseToml(text) as Section)['pytest'] as Section | undefined) ?? {};
  nativeTables.set(section, 'pytest.toml');
  return section;
}

/** Sections only pytest 9 and later read: a native `[tool.pytest]` table, or a pytest.toml. */
const nativeTables = new WeakMap<Section, 'pyproject' | 'pytest.toml'>();

/** A section of an INI file, read by pytest's rules (ini.ts); null when the file has none. */
function iniSection(text: string, name: string): Section | null {
  const section = parseIni(text).get(name);
  return section ? Object.fromEntries(section) : null;
}

function toConfig(source: string | null, rootDir: string, section: Section): PytestConfig {
  const list = (key: string): string[] | undefined => {
    const v = section[key];
    if (Array.isArray(v)) return v.map(String);
    // pytest reads these settings with shlex.split (quotes group, a backslash escapes).
    if (typeof v === 'string') return shlexSplit(v);
    return undefined;
  };
  return {
    source,
    rootDir,
    testpaths: list('testpaths') ?? [],
    pythonFiles: list('python_files') ?? [...PYTEST_DEFAULTS.pythonFiles],
    pythonClasses: list('python_classes') ?? [...PYTEST_DEFAULTS.pythonClasses],
    pythonFunctions: list('python_functions') ?? [...PYTEST_DEFAULTS.pythonFunctions],
    norecursedirs: list('norecursedirs') ?? [...PYTEST_DEFAULTS.norecursedirs],
    pythonpath: list('pythonpath') ?? [],
    addopts: readAddopts(list('addopts') ?? []),
    usefixtures: list('usefixtures') ?? [],
  };
}

/** The 1-based line of the first match of `re` in a file, as a problem's `line` (none if absent). */
function lineOf(file: string, re: RegExp, word: string): { line?: number } {
  const text = fs.readFileSync(file, 'utf8');
  const m = re.exec(text);
  return m ? { line: text.slice(0, m.index + m[0].indexOf(word)).split('\n').length } : {};
}
