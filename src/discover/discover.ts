import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { discoverJsDefaults } from './js/discover-js.js';
import { InputError } from '../inputs.js';
import type { Problem } from '../model.js';
import type { PytestConfig } from './pytest-config.js';
import { toPosix } from '../paths.js';

export interface Discovery {
  /** Repo-relative POSIX paths, sorted by code point, each file once. */
  files: string[];
  problems: Problem[];
}

/** Directories never worth a look: VCS data, dependencies, caches. */
const ALWAYS_SKIPPED = ['.git', 'node_modules', '__pycache__', '.tox', '.nox', '.venv', '.mypy_cache'];

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
    const starts = config.testpaths.length > 0 ? await expandTestpaths(root, config, problems) : ['.'];
    for (const start of starts) found.push(...walker.walk(start));
    // JS/TS defaults apply only when the root package.json names a JS test runner; each runner's
    // statically readable config narrows them (notices when a config cannot be read).
    found.push(...(await discoverJsDefaults(root, problems)));
  } else {
    found.push(...(await expandPatterns(root, patterns, walker, problems)));
  }
  // Two paths can name one file only through a symlink (or overlapping starting points); a
  // realpath per file is costly on large suites, so it is paid only when that can happen.
  const mayRepeat = walker.sawSymlink || patterns.length > 0 || config.testpaths.length > 1;
  const files = mayRepeat ? dedupeByRealPath(root, found, problems) : [...new Set(found)].sort(byCodePoint);
  return { files, problems };
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
    matched = matched.filter((f) => !excluded(f));
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

/** pytest's directory walk: python_files by basename, norecursedirs and virtualenvs skipped. */
class Walker {
  /** Whether a file is a test file, by its basename and its directory's repo-relative path prefix. */
  private readonly isTestFile: (name: string, dirPrefix: string) => boolean;
  private readonly isSkippedDir: (name: string) => boolean;
  private readonly venvCache = new Map<string, boolean>();
  /** Whether a walk met a symlink (to a file or a directory). */
  sawSymlink = false;

  constructor(
    private readonly root: string,
    config: PytestConfig,
    private readonly problems: Problem[],
  ) {
    // pytest's fnmatch_ex: a pattern without a slash matches the basename only.
    const byName = picomatch(
      config.pythonFiles.filter((p) => !p.includes('/')),
      { dot: true },
    );
    const pathPatterns = config.pythonFiles.filter((p) => p.includes('/')).map((p) => `**/${p}`);
    const byPath = picomatch(pathPatterns, { dot: true });
    // The path is built only when a pattern needs it: most configs match basenames alone.
    this.isTestFile =
      pathPatterns.length > 0
        ? (name, prefix) => byName(name) || byPath(prefix + name)
        : (name) => byName(name);
    const skip = picomatch(config.norecursedirs, { dot: true });
    this.isSkippedDir = (name) => ALWAYS_SKIPPED.includes(name) || skip(name);
  }

  /**
   * Test files under `start`, in walk order. Each directory's real path is recorded, to search a
   * symlink loop once; it is derived from its parent's (a plain subdirectory's real path is its
   * parent's plus its name), so `realpath` is paid only at the start and at symlinked directories.
   */
  walk(start: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const visit = (rel: string, absolute: string, real: string, isStart: boolean): void => {
      if (seen.has(real)) {
        this.problems.push({
          severity: 'warning',
          file: toPosix(rel),
          title: 'Symlink loop',
          message: `${toPosix(rel)} leads back to ${toPosix(path.relative(this.root, real)) || '.'} (a symlink loop); it was searched once. Remove the link or exclude it with norecursedirs.`,
        });
        return;
      }
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(absolute, { withFileTypes: true });
      } catch (err) {
        // The listing cannot tell a virtualenv here; an unreadable one is still skipped quietly.
        if (!isStart && this.isVirtualenv(absolute)) return;
        seen.add(real);
        this.problems.push({
          severity: 'warning',
          file: toPosix(rel),
          title: 'Unreadable directory',
          message: `${toPosix(rel)} could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); its tests are not planned.`,
        });
        return;
      }
      // A virtualenv is skipped, unless it is where the walk starts; either way it is not
      // recorded as searched, so a link back into it is skipped quietly, not called a loop.
      if (holdsVirtualenvMarker(absolute, entries)) {
        if (!isStart) return;
      } else {
        seen.add(real);
      }
      const prefix = rel === '.' ? '' : `${rel}/`;
      for (const entry of entries) {
        const name = entry.name;
        if (entry.isDirectory()) {
          if (!this.isSkippedDir(name))
            visit(prefix + name, joinName(absolute, name), joinName(real, name), false);
          continue;
        }
        if (entry.isSymbolicLink()) {
          this.sawSymlink = true;
          const target = joinName(absolute, name);
          if (isDirectory(target)) {
            if (this.isSkippedDir(name)) continue;
            let targetReal: string;
            try {
              targetReal = fs.realpathSync(target);
            } catch {
              continue; // gone since the stat: nothing to collect
            }
            visit(prefix + name, target, targetReal, false);
            continue;
          }
        }
        if (this.isTestFile(name, prefix)) out.push(prefix + name);
      }
    };
    const rel = toPosix(start).replace(/\/$/, '') || '.';
    const absolute = path.join(this.root, rel);
    let real: string;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      return out; // a dangling symlink: nothing to collect
    }
    visit(rel, absolute, real, true);
    return out;
  }

  /** Whether a repo-relative file lies inside a virtualenv (a directory holding pyvenv.cfg). */
  inVirtualenv(file: string): boolean {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (this.isVirtualenv(path.join(this.root, ...parts.slice(0, i)))) return true;
    }
    return false;
  }

  private isVirtualenv(dir: string): boolean {
    let known = this.venvCache.get(dir);
    if (known === undefined) {
      known = fs.existsSync(path.join(dir, 'pyvenv.cfg'));
      this.venvCache.set(dir, known);
    }
    return known;
  }
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

/** Whether a directory's entries mark it as a virtualenv: a `pyvenv.cfg` that exists. */
function holdsVirtualenvMarker(dir: string, entries: fs.Dirent[]): boolean {
  for (const entry of entries) {
    // Confirmed on disk, as a link named pyvenv.cfg may dangle.
    if (entry.name === 'pyvenv.cfg') return fs.existsSync(path.join(dir, entry.name));
  }
  return false;
}

/** `path.join(dir, name)` for a normalized directory and a plain entry name, without re-normalizing. */
function joinName(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
