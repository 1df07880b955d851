import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { doctestNotices } from './doctest.js';
import { discoverJsDefaults } from './js/discover-js.js';
import { InputError } from '../inputs.js';
import type { Problem } from '../model.js';
import type { PytestConfig } from './pytest-config.js';
import { toPosix } from '../paths.js';
import { ALWAYS_SKIPPED, isDirectory, Walker } from './walker.js';

export interface Discovery {
  /** Repo-relative POSIX paths, sorted by code point, each file once. */
  files: string[];
  problems: Problem[];
  /** The walk's directory listings (Walker.listings): entry names by repo-relative directory. */
  listings: ReadonlyMap<string, string[]>;
}

/**
 * `paths` given: those globs (a plain directory is walked like pytest walks it; a plain file is
 * taken as it is, as pytest takes a file named on its command line). Otherwise pytest's own
 * discovery: `python_files` under `testpaths`, or under the working directory.
 */
export async function discover(root: string, patterns: string[], config: PytestConfig): Promise<Discovery> {
  const problems: Problem[] = [];
  const walker = new Walker(root, config, problems);
  const found: string[] = [];
  if (patterns.length === 0) {
    const args = config.addopts.paths;
    const starts =
      args.length > 0
        ? argPaths(root, config, problems)
        : config.testpaths.length > 0
          ? await expandTestpaths(root, config, problems)
          : ['.'];
    for (const start of starts) {
      // A file named as an argument is collected whatever python_files says, as pytest does.
      if (args.length > 0 && !isDirectory(path.join(root, start))) found.push(start);
      else found.push(...walker.walk(start));
    }
    problems.push(...doctestNotices(root, walker.doctestFiles, config));
    // JS/TS defaults apply only when the root package.json names a JS test runner; each runner's
    // statically readable config narrows them (notices when a config cannot be read).
    found.push(...(await discoverJsDefaults(root, problems)));
  } else {
    found.push(...(await expandPatterns(root, patterns, walker, problems)));
  }
  problems.push(...dependencyDirWarnings(walker, config));
  // Two paths can name one file only through a symlink (or overlapping starting points); a
  // realpath per file is costly on large suites, so it is paid only when that can happen.
  const mayRepeat =
    walker.sawSymlink ||
    patterns.length > 0 ||
    config.testpaths.length > 1 ||
    config.addopts.paths.length > 1;
  const files = mayRepeat ? dedupeByRealPath(root, found, problems) : [...new Set(found)].sort(byCodePoint);
  return { files, problems, listings: walker.listings };
}

/**
 * Test files the walk found inside `node_modules`, `.git`, `.tox`, ... because the config's
 * `norecursedirs` replaced pytest's defaults without listing them: pytest collects them too, so
 * they are planned, but they are most likely a dependency's tests. One warning per outermost
 * such directory, at its first test file by path.
 */
function dependencyDirWarnings(walker: Walker, config: PytestConfig): Problem[] {
  const dirs = walker.dependencyDirs;
  return dirs
    .filter((d) => !dirs.some((outer) => outer !== d && d.dir.startsWith(`${outer.dir}/`)))
    .map((d) => {
      const name = d.dir.slice(d.dir.lastIndexOf('/') + 1);
      // The first by path, not by walk order, which depends on the file system.
      const first = toPosix(d.files.reduce((a, b) => (b < a ? b : a)));
      const what =
        d.files.length === 1
          ? `this test file inside ${d.dir}/`
          : `${d.files.length} test files inside ${d.dir}/, this one first`;
      return {
        severity: 'warning',
        file: first,
        title: 'Tests in a dependency directory',
        message: `pytest collects ${what}: \`norecursedirs\` in ${config.source} replaces pytest's defaults, which skip ${name}, and does not list it. They are planned as pytest collects them. If they are not the suite's tests, add \`${name}\` to norecursedirs.`,
      } satisfies Problem;
    });
}

/**
 * Paths `addopts` gives as arguments, relative to the directory pytest runs in (the working
 * directory): pytest collects them instead of testpaths, and stops at one that does not exist.
 */
function argPaths(root: string, config: PytestConfig, problems: Problem[]): string[] {
  const starts: string[] = [];
  for (const entry of config.addopts.paths) {
    const rel = toPosix(path.relative(root, path.resolve(root, entry)));
    if (
      rel.startsWith('../') ||
      rel === '..' ||
      path.isAbsolute(rel) ||
      !fs.existsSync(path.join(root, rel))
    ) {
      problems.push({
        severity: 'warning',
        title: 'Missing addopts path',
        message: `\`addopts\` in ${config.source} names '${entry}', which is not a path under the working directory ${root}: pytest stops with "file or directory not found" there, and it is not searched. Fix the path, or set \`working-directory\` to the directory it is relative to.`,
      });
      continue;
    }
    starts.push(rel || '.');
  }
  return starts;
}

async function expandTestpaths(root: string, config: PytestConfig, problems: Problem[]): Promise<string[]> {
  const starts: string[] = [];
  for (const entry of config.testpaths) {
    const absolute = path.resolve(config.rootDir, entry);
    const rel = toPosix(path.relative(root, absolute));
    if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) {
      problems.push({
        severity: 'warning',
        title: 'testpaths outside the working directory',
        message: `testpaths entry '${entry}' in ${config.source} lies outside the working directory ${root} and was not searched. Set \`working-directory\` to the directory of that config, or set \`paths\`.`,
      });
      continue;
    }
    if (/[*?[]/.test(rel)) {
      starts.push(...(await glob([rel], { cwd: root, onlyDirectories: true, expandDirectories: false })));
    } else if (fs.existsSync(absolute)) {
      starts.push(rel || '.');
    } else {
      problems.push({
        severity: 'warning',
        title: 'Missing testpaths entry',
        message: `testpaths entry '${entry}' in ${config.source} does not exist under ${config.rootDir}.`,
      });
    }
  }
  return starts;
}

async function expandPatterns(
  root: string,
  patterns: string[],
  walker: Walker,
  problems: Problem[],
): Promise<string[]> {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = insideRoot(root, negated ? raw.slice(1) : raw);
    (negated ? negative : positive).push(pattern);
  }
  const found: string[] = [];
  const ignore = [...negative, ...ALWAYS_SKIPPED.map((d) => `**/${d}/**`)];
  const excluded = picomatch(negative, { dot: true });
  for (const pattern of positive) {
    let matched: string[];
    const absolute = path.join(root, pattern);
    if (!/[*?[\]{}()!]/.test(pattern) && isDirectory(absolute)) {
      matched = walker.walk(pattern);
    } else if (!/[*?[\]{}()!]/.test(pattern) && fs.existsSync(absolute)) {
      matched = [toPosix(pattern)];
    } else {
      matched = await glob([pattern], { cwd: root, ignore, dot: false, followSymbolicLinks: true });
      matched = matched.filter((f) => !walker.inVirtualenv(f));
    }
    matched = matched.filter((f) => !excluded(f) && !walker.ignores(f));
    if (matched.length === 0) {
      problems.push({
        severity: 'warning',
        title: 'Pattern matched no file',
        message: `paths pattern '${pattern}' matched no test file under ${root}. Check the pattern and \`working-directory\`.`,
      });
    }
    found.push(...matched);
  }
  return found;
}

/** A pattern must stay inside the working directory: outputs are paths relative to it. */
function insideRoot(root: string, pattern: string): string {
  let rel = pattern;
  if (path.isAbsolute(pattern)) rel = path.relative(root, pattern);
  rel = path.posix.normalize(toPosix(rel));
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
    throw new InputError(
      `Invalid paths '${pattern}': it reaches outside working-directory '${root}'. Use a pattern inside it, or set working-directory to a directory that contains the tests.`,
    );
  }
  return rel.replace(/^\.\//, '');
}

/** The same file reached by two paths (symlinks) would run twice: keep the first path. */
function dedupeByRealPath(root: string, files: string[], problems: Problem[]): string[] {
  // Shortest path first, so a loop's longer spelling is the one dropped.
  const depth = (f: string): number => f.split('/').length;
  const sorted = [...new Set(files)].sort((a, b) => depth(a) - depth(b) || byCodePoint(a, b));
  const byReal = new Map<string, string>();
  const out: string[] = [];
  for (const file of sorted) {
    let real: string;
    try {
      real = fs.realpathSync(path.join(root, file));
    } catch {
      continue;
    }
    const first = byReal.get(real);
    if (first !== undefined) {
      problems.push({
        severity: 'warning',
        file,
        title: 'Same file twice',
        message: `${file} is the same file as ${first} (through a symlink); it is planned once, as ${first}.`,
      });
      continue;
    }
    byReal.set(real, file);
    out.push(file);
  }
  return out.sort(byCodePoint);
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
