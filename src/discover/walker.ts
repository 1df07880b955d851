/**
 * pytest's directory walk, as discovery uses it for a start directory (testpaths, the working
 * directory, or a plain directory in `paths`): test files by python_files, norecursedirs, the
 * directories never worth a look and virtualenvs skipped, each symlink loop searched once.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Problem } from '../model.js';
import { toPosix } from '../paths.js';
import { doctestFileFilter } from './doctest.js';
import { fnmatchRegExp } from './fnmatch.js';
import type { PytestConfig } from './pytest-config.js';

/**
 * VCS data, dependencies and caches: never matched by the `paths` input's globs. pytest's walk
 * skips them only through its default `norecursedirs` (`.*`, `node_modules`); a config whose
 * `norecursedirs` replaces the defaults without them has pytest look inside, and so does the walk.
 */
export const ALWAYS_SKIPPED = ['.git', 'node_modules', '__pycache__', '.tox', '.nox', '.venv', '.mypy_cache'];

/** A directory pytest's default `norecursedirs` skips, entered because the config's replaced them. */
export interface DependencyDirEntered {
  /** Repo-relative POSIX path of the directory. */
  dir: string;
  /** Test files found under it. */
  files: string[];
}

/** pytest's directory walk: python_files by basename, norecursedirs and virtualenvs skipped. */
export class Walker {
  /** Whether a file is a test file, by its basename and its directory's repo-relative path prefix. */
  private readonly isTestFile: (name: string, dirPrefix: string) => boolean;
  private readonly isSkippedDir: (name: string) => boolean;
  /** `--ignore` / `--ignore-glob` of `addopts`, by repo-relative path; null when there are none. */
  private readonly isIgnored: ((rel: string) => boolean) | null;
  private readonly venvCache = new Map<string, boolean>();
  /** Whether a walk met a symlink (to a file or a directory). */
  sawSymlink = false;
  /** Files pytest's doctest plugin collects (doctest.ts), met on the way; null: none looked for. */
  private readonly isDoctestFile: ((name: string) => boolean) | null;
  readonly doctestFiles: string[] = [];
  /**
   * Every directory listed on the way, by repo-relative POSIX path ('' for the root): its entries
   * (listingEntry), so the Python reader's questions about a listed directory need no second read.
   */
  readonly listings = new Map<string, string[]>();
  /** Directories of ALWAYS_SKIPPED that the walk entered and found test files in. */
  readonly dependencyDirs: DependencyDirEntered[] = [];

  constructor(
    private readonly root: string,
    config: PytestConfig,
    private readonly problems: Problem[],
  ) {
    // pytest's fnmatch_ex: a pattern without a slash matches the basename only; one with a slash
    // is `*/pattern` matched by fnmatch (where `*` crosses `/`) against the absolute path, so
    // `tests/*_checks.py` takes tests/unit/models_checks.py too.
    const byName = picomatch(
      config.pythonFiles.filter((p) => !p.includes('/')),
      { dot: true },
    );
    const pathPatterns = config.pythonFiles
      .filter((p) => p.includes('/'))
      .map((p) => fnmatchRegExp(p.startsWith('/') ? p : `*/${p}`));
    const base = `${toPosix(path.resolve(root))}/`.replace(/\/\/$/, '/');
    // The path is built only when a pattern needs it: most configs match basenames alone.
    this.isTestFile =
      pathPatterns.length > 0
        ? (name, prefix) => byName(name) || pathPatterns.some((re) => re.test(base + prefix + name))
        : (name) => byName(name);
    const skip = picomatch(config.norecursedirs, { dot: true });
    // pytest skips `__pycache__` whatever the config says; the rest only by `norecursedirs`.
    this.isSkippedDir = (name) => name === '__pycache__' || skip(name);
    this.isIgnored = ignoredByAddopts(root, config);
    this.isDoctestFile = doctestFileFilter(config);
  }

  /** Whether `--ignore`/`--ignore-glob` drop a repo-relative file or one of its directories. */
  ignores(file: string): boolean {
    if (!this.isIgnored) return false;
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i++) if (this.isIgnored(parts.slice(0, i).join('/'))) return true;
    return false;
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
      this.listings.set(toPosix(rel === '.' ? '' : rel), entries.map(listingEntry));
      for (const entry of entries) {
        const name = entry.name;
        if (entry.isDirectory()) {
          if (!this.isSkippedDir(name) && !this.isIgnored?.(prefix + name)) {
            const before = out.length;
            visit(prefix + name, joinName(absolute, name), joinName(real, name), false);
            if (out.length > before && ALWAYS_SKIPPED.includes(name))
              this.dependencyDirs.push({ dir: toPosix(prefix + name), files: out.slice(before) });
          }
          continue;
        }
        if (entry.isSymbolicLink()) {
          this.sawSymlink = true;
          const target = joinName(absolute, name);
          if (isDirectory(target)) {
            if (this.isSkippedDir(name) || this.isIgnored?.(prefix + name)) continue;
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
        if (this.isIgnored?.(prefix + name)) continue;
        if (this.isTestFile(name, prefix)) out.push(prefix + name);
        if (this.isDoctestFile?.(name)) this.doctestFiles.push(prefix + name);
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

/**
 * pytest's `pytest_ignore_collect` for `--ignore` (a path equal to one given, relative to the
 * directory pytest runs in) and `--ignore-glob` (fnmatch, where `*` crosses `/`, on the absolute
 * path), asked of every directory and file on the way down.
 */
function ignoredByAddopts(root: string, config: PytestConfig): ((rel: string) => boolean) | null {
  const { ignore, ignoreGlob } = config.addopts;
  if (ignore.length === 0 && ignoreGlob.length === 0) return null;
  const paths = new Set(ignore.map((p) => toPosix(path.resolve(root, p))));
  const globs = ignoreGlob.map((g) => fnmatchRegExp(toPosix(path.resolve(root, g))));
  const base = toPosix(path.resolve(root));
  return (rel) => {
    const absolute = `${base}/${rel}`;
    return paths.has(absolute) || globs.some((re) => re.test(absolute));
  };
}

/**
 * An entry as listings hold it: a directory's name ends in `/`, a regular file's is bare, and
 * anything else (a symlink, which only a stat can follow) ends in NUL, which no name contains.
 */
function listingEntry(e: fs.Dirent): string {
  return e.isDirectory() ? `${e.name}/` : e.isFile() ? e.name : `${e.name}\0`;
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

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
