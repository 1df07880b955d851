/**
 * The suite's files as the Python reader sees them: on disk under the suite's root, with every
 * stat remembered (the same `__init__.py` and `conftest.py` questions come up for every module of
 * a directory). One Suite per run and thread, so each imported module is read once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractSettings, PythonSuite } from '../extractor.js';
import { Suite, type SuiteFiles } from './suite.js';

class DiskFiles implements SuiteFiles {
  private readonly stats = new Map<string, 'file' | 'dir' | null>();
  private readonly listed = new Map<string, Set<string>>();
  constructor(
    private readonly root: string,
    private readonly listings: Record<string, string[]> = {},
  ) {}

  /** What discovery's listing of the parent directory says of `rel`, when it was listed and that settles it. */
  private fromListing(rel: string): 'file' | 'dir' | null | undefined {
    const cut = rel.lastIndexOf('/');
    const dir = cut === -1 ? '' : rel.slice(0, cut);
    let names = this.listed.get(dir);
    if (!names) {
      const entries = Object.hasOwn(this.listings, dir) ? this.listings[dir] : undefined;
      if (!entries) return undefined;
      this.listed.set(dir, (names = new Set(entries)));
    }
    const base = cut === -1 ? rel : rel.slice(cut + 1);
    if (names.has(base)) return 'file';
    if (names.has(`${base}/`)) return 'dir';
    // A symlink (or another kind of entry) is followed by a stat.
    return names.has(`${base}\0`) ? undefined : null;
  }

  private kind(rel: string): 'file' | 'dir' | null {
    let k = this.stats.get(rel);
    if (k !== undefined) return k;
    k = this.fromListing(rel);
    if (k === undefined) {
      // No exception for a missing path: most of these questions are answered "no".
      const st = fs.statSync(path.join(this.root, rel), { throwIfNoEntry: false });
      k = st?.isFile() ? 'file' : st?.isDirectory() ? 'dir' : null;
    }
    // Every module of a directory asks the same questions (its conftest.py, its __init__.py).
    this.stats.set(rel, k);
    return k;
  }

  isFile(rel: string): boolean {
    return this.kind(rel) === 'file';
  }
  isDir(rel: string): boolean {
    return rel === '' || this.kind(rel) === 'dir';
  }
  read(rel: string): Uint8Array | null {
    try {
      return fs.readFileSync(path.join(this.root, rel));
    } catch {
      return null;
    }
  }
}

/** A suite with no other files: a module read alone (tests of one file, or no suite settings). */
const NO_FILES: SuiteFiles = { isFile: () => false, isDir: () => false, read: () => null };

const suites = new WeakMap<object, Suite>();
const alone = new WeakMap<object, Suite>();

export function suiteOf(settings: ExtractSettings): Suite {
  const key: PythonSuite | undefined = settings.python;
  if (key) {
    let s = suites.get(key);
    if (!s) suites.set(key, (s = new Suite(new DiskFiles(key.root, key.listings), key, settings)));
    return s;
  }
  // Keyed by the marker spec, which every caller passes unchanged from file to file.
  let s = alone.get(settings.marker);
  if (!s)
    alone.set(
      settings.marker,
      (s = new Suite(NO_FILES, { rootdir: '', pythonpath: [], usefixtures: [] }, settings)),
    );
  return s;
}
