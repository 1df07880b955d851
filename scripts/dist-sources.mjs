// Which sources dist/ was built from: one SHA-256 over every file (path and bytes, in code-point
// order of the paths) under src/, package-lock.json, and what the plugin's wheel in dist/python/
// is built from (scripts/plugin-dist.mjs; caches left out). scripts/package.mjs stores it in
// dist/sources.json; the end-to-end tests (__tests__/setup/dist-current.ts) compare it with the
// checkout's before they run the bundle. Content, not mtimes: a checkout or a copy keeps the
// bytes but not the times.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const STAMP = 'dist/sources.json';
const INPUTS = [
  'src',
  'package-lock.json',
  'python/pyproject.toml',
  'python/README.md',
  'python/pytest_group_matrix',
];
/** What Python and setuptools leave beside the plugin's sources (the wheel is built without them). */
const LEFT_OUT = (name) => name === '__pycache__' || name.endsWith('.pyc') || name.endsWith('.egg-info');

/** The sources' hash, for the checkout at `root`. */
export function sourcesHash(root) {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(root, input)).sort(byCodePoint)) {
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** The stamp's text: the hash and what it covers. */
export function stampText(root) {
  return `${JSON.stringify({ sha256: sourcesHash(root), of: INPUTS }, null, 2)}\n`;
}

/** The hash stored with the bundle at `root`, or null when there is none. */
export function storedHash(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8')).sha256 ?? null;
  } catch {
    return null;
  }
}

/** Repo-relative POSIX paths of the files at or under `rel`. */
function filesUnder(root, rel) {
  const full = path.join(root, rel);
  if (!fs.statSync(full).isDirectory()) return [rel];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((entry) => !LEFT_OUT(entry.name))
    .flatMap((entry) => filesUnder(root, `${rel}/${entry.name}`));
}

function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
