/**
 * pytest's `addopts` ini setting, read for what changes which items pytest collects. pytest
 * prepends it to the command line (`Config._preparse`), split with `shlex` when it is a string.
 * Read: `--ignore`, `--ignore-glob`, `--deselect`, `-m`, `--doctest-modules`, `--doctest-glob`.
 * Options that change collection in ways not read here (`-k`, `-p`, `--pyargs`, ...) are
 * named; the rest (output, xdist, coverage, timeouts, ...) do not change the set of items.
 * `PYTEST_ADDOPTS` is the runner's environment, which a static plan does not see.
 */
import { parseMarkExpr, type MarkExpr } from './mark-expression.js';

export interface Addopts {
  /** `--ignore` paths, relative to the directory pytest runs in. */
  ignore: string[];
  /** `--ignore-glob` patterns (fnmatch on the absolute path), relative to that directory. */
  ignoreGlob: string[];
  /** `--deselect` node id prefixes. */
  deselect: string[];
  /** `-m`: the last one given, parsed; null when there is none (or it is empty). */
  markExpr: MarkExpr | null;
  doctestModules: boolean;
  /** `--doctest-glob` patterns (pytest's default `test*.txt` applies only when none is given). */
  doctestGlobs: string[];
  /** Paths given as arguments (`addopts = tests/unit`): pytest collects them instead of testpaths. */
  paths: string[];
  /** What is given but not read, and may change pytest's items (each as written). */
  notRead: string[];
}

/** Options that take a value (the next word, or `=value`, or the rest of a short option). */
const TAKES_VALUE = new Set([
  '--count',
  '--repeat-scope',
  '--flake-runs',
  '--anyio-mode',
  '-k',
  '-m',
  '-p',
  '-c',
  '-o',
  '-r',
  '-n',
  '-W',
  '--ignore',
  '--ignore-glob',
  '--deselect',
  '--doctest-glob',
  '--doctest-report',
  '--rootdir',
  '--confcutdir',
  '--import-mode',
  '--config-file',
  '--override-ini',
  '--tb',
  '--maxfail',
  '--dist',
  '--numprocesses',
  '--maxprocesses',
  '--max-worker-restart',
  '--tx',
  '--rsyncdir',
  '--cov-report',
  '--cov-config',
  '--cov-fail-under',
  '--cov-context',
  '--durations',
  '--durations-min',
  '--junitxml',
  '--junit-xml',
  '--junit-prefix',
  '--color',
  '--code-highlight',
  '--capture',
  '--basetemp',
  '--show-capture',
  '--verbosity',
  '--log-level',
  '--log-format',
  '--log-date-format',
  '--log-cli-level',
  '--log-cli-format',
  '--log-cli-date-format',
  '--log-file',
  '--log-file-level',
  '--log-file-format',
  '--log-file-date-format',
  '--timeout',
  '--timeout-method',
  '--reruns',
  '--reruns-delay',
  '--only-rerun',
  '--asyncio-mode',
  '--html',
  '--randomly-seed',
  '--alluredir',
  '--hypothesis-seed',
  '--hypothesis-profile',
  '--ds',
  '--dc',
  '--json-report-file',
]);

/** Options that change which items pytest collects, beyond what is read here. */
const CHANGES_COLLECTION = new Set([
  '-k',
  '-p',
  '-c',
  '-o',
  '--pyargs',
  '--rootdir',
  '--confcutdir',
  '--noconftest',
  '--config-file',
  '--override-ini',
  '--lf',
  '--last-failed',
  '--sw',
  '--stepwise',
  '--sw-skip',
  '--stepwise-skip',
  '--collect-in-virtualenv',
  '--keep-duplicates',
  '--import-mode',
  // Plugins that multiply items: pytest-repeat, pytest-flakefinder, anyio's auto mode.
  '--count',
  '--flake-finder',
  '--flake-runs',
  '--anyio-mode',
]);

/** Plugins commonly switched off in `addopts` without any effect on which items exist. */
const HARMLESS_PLUGINS_OFF = new Set([
  'no:cacheprovider',
  'no:warnings',
  'no:randomly',
  'no:faulthandler',
  'no:logging',
  'no:cov',
  'no:pastebin',
  'no:sugar',
  'no:legacypath',
]);

/** Short options that take no value: `-v`, `-q`, `-s`, `-x`, `-l` (also clustered: `-vx`). */
const SHORT_FLAGS = 'vqsxlh';

/** `addopts` as pytest reads it: a string split with shlex, or (TOML) a list of words. */
export function readAddopts(words: string[]): Addopts {
  const out: Addopts = {
    ignore: [],
    ignoreGlob: [],
    deselect: [],
    markExpr: null,
    doctestModules: false,
    doctestGlobs: [],
    paths: [],
    notRead: [],
  };
  let markText: string | null = null;
  const option = (name: string, value: string | undefined, written: string): void => {
    if (name === '--ignore') out.ignore.push(value!);
    else if (name === '--ignore-glob') out.ignoreGlob.push(value!);
    else if (name === '--deselect') out.deselect.push(value!);
    else if (name === '-m') markText = value!;
    else if (name === '--doctest-modules') out.doctestModules = true;
    else if (name === '--doctest-glob') out.doctestGlobs.push(value!);
    else if (name === '--import-mode' && value === 'prepend') return;
    else if (name === '-p' && HARMLESS_PLUGINS_OFF.has(value!)) return;
    else if (CHANGES_COLLECTION.has(name)) out.notRead.push(written);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq === -1 ? w : w.slice(0, eq);
      if (eq !== -1) {
        option(name, w.slice(eq + 1), w);
      } else if (TAKES_VALUE.has(name) && i + 1 < words.length) {
        const value = words[++i]!;
        option(name, value, `${w} ${value}`);
      } else {
        option(name, undefined, w);
        // An option this reader does not know may take the next word as its value.
        if (!TAKES_VALUE.has(name) && !KNOWN_FLAGS.has(name) && words[i + 1]?.startsWith('-') === false) i++;
      }
    } else if (w.startsWith('-') && w.length > 1) {
      // A cluster of short options: flags, then at most one that takes the rest as its value.
      for (let j = 1; j < w.length; j++) {
        const name = `-${w[j]}`;
        if (SHORT_FLAGS.includes(w[j]!)) continue;
        if (TAKES_VALUE.has(name)) {
          let value = w.slice(j + 1).replace(/^=/, '');
          if (!value && i + 1 < words.length) value = words[++i]!;
          option(name, value, `${name} ${value}`);
        } else {
          option(name, undefined, name);
        }
        break;
      }
    } else {
      // A path given in addopts: pytest collects it instead of testpaths. A node id is not read.
      if (w.includes('::')) out.notRead.push(w);
      else out.paths.push(w);
    }
  }
  // With `--pyargs` an argument may name a package, not a path: not read then.
  if (out.notRead.includes('--pyargs')) out.notRead.push(...out.paths.splice(0));
  if (markText !== null && markText !== '') {
    const parsed = parseMarkExpr(markText);
    if ('error' in parsed) out.notRead.push(`-m "${markText}" (${parsed.error})`);
    else out.markExpr = parsed;
  }
  return out;
}

/** Long options known to take no value (so a word after them is a path, not their value). */
const KNOWN_FLAGS = new Set([
  '--strict-markers',
  '--strict-config',
  '--strict',
  '--doctest-modules',
  '--doctest-continue-on-failure',
  '--doctest-ignore-import-errors',
  '--showlocals',
  '--disable-warnings',
  '--disable-pytest-warnings',
  '--verbose',
  '--quiet',
  '--exitfirst',
  '--pyargs',
  '--noconftest',
  '--lf',
  '--last-failed',
  '--ff',
  '--failed-first',
  '--nf',
  '--new-first',
  '--sw',
  '--stepwise',
  '--sw-skip',
  '--stepwise-skip',
  '--collect-in-virtualenv',
  '--keep-duplicates',
  '--runxfail',
  '--no-header',
  '--no-summary',
  '--no-cov',
  '--no-cov-on-fail',
  '--cov-append',
  '--cov-branch',
  '--looponfail',
  '--forked',
  '--co',
  '--collect-only',
  '--setup-show',
  '--setup-only',
  '--setup-plan',
  '--fixtures',
  '--full-trace',
  '--force-sugar',
  '--instafail',
  '--benchmark-disable',
  '--benchmark-skip',
  '--reuse-db',
  '--create-db',
  '--nomigrations',
  '--migrations',
  '--self-contained-html',
]);
