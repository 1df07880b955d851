/**
 * Module names pytest's default import mode (`prepend`) may find in more than one directory: it
 * puts each test file's basedir (its first directory up without `__init__.py`) on `sys.path`, and
 * a bare `import helpers` gets whichever `helpers` was imported first, in collection order.
 */
import fs from 'node:fs';
import path from 'node:path';

const dirOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** Top-level module names (`name.py`) held by more than one basedir of `files`: name → those dirs. */
export function siblingModules(
  root: string,
  files: string[],
  listings: ReadonlyMap<string, string[]> = new Map(),
): Record<string, string[]> {
  const isInit = new Map<string, boolean>();
  const hasInit = (dir: string): boolean => {
    let v = isInit.get(dir);
    if (v === undefined) {
      // A directory the walk listed without an `__init__.py` needs no stat (most of them).
      const names = listings.get(dir);
      v =
        names && !names.includes('__init__.py') && !names.includes('__init__.py\0')
          ? false
          : (fs.statSync(path.join(root, dir, '__init__.py'), { throwIfNoEntry: false })?.isFile() ?? false);
      isInit.set(dir, v);
    }
    return v;
  };
  const basedirs = new Set<string>();
  for (const file of files) {
    if (!file.endsWith('.py')) continue;
    let dir = dirOf(file);
    while (dir && hasInit(dir)) dir = dirOf(dir);
    basedirs.add(dir);
  }
  const where = new Map<string, string[]>();
  for (const dir of basedirs) {
    let names: string[];
    try {
      // A listing marks directories with a trailing `/` and other entries (symlinks) with a NUL.
      names = listings.get(dir) ?? fs.readdirSync(path.join(root, dir));
    } catch {
      continue;
    }
    for (const entry of names) {
      const n = entry.endsWith('\0') ? entry.slice(0, -1) : entry;
      if (!n.endsWith('.py') || n === 'conftest.py' || n === '__init__.py') continue;
      const name = n.slice(0, -3);
      const dirs = where.get(name);
      if (dirs) dirs.push(dir);
      else where.set(name, [dir]);
    }
  }
  const shared: Array<[string, string[]]> = [];
  for (const [name, dirs] of where) if (dirs.length > 1) shared.push([name, dirs]);
  return Object.fromEntries(shared);
}
