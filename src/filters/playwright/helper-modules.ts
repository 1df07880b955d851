// Playwright's test list selects a test by the file it is written in (`test.location.file`), not by
// the spec file that declares it through a call: a spec calling `checksAccessibility('search')`
// from `../support/a11y` runs tests located in a11y.ts, which a line naming the spec alone drops.
// A line naming the helper module alone selects them back: Playwright loads only the listed files
// that are test files, so only the job's specs run, with their helper-located tests.
import fs from 'node:fs';
import path from 'node:path';

/** `import ... from './x'`, `import './x'`, `export ... from './x'`, `require('./x')`, `import('./x')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*)\1/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * The modules a spec file imports by a relative path that exist and are not test files of the
 * plan (those are selected, or not, by their own lines). One level: a helper's own imports are
 * not followed.
 */
export function helperModules(spec: string, testFiles: Set<string>): string[] {
  let text: string;
  try {
    text = fs.readFileSync(spec, 'utf8');
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const m of text.matchAll(RELATIVE_IMPORT)) {
    const file = resolveModule(path.resolve(path.dirname(spec), m[2]!));
    if (file !== null && !testFiles.has(file)) out.add(file);
  }
  return [...out].sort();
}

/** The file Node or a bundler would load for `base`: as written, with an extension, or its index. */
function resolveModule(base: string): string | null {
  // `./a11y.js` written for `a11y.ts` (TypeScript's ESM style).
  const stripped = base.replace(/\.[cm]?jsx?$/, '');
  for (const stem of [base, stripped])
    for (const ext of EXTENSIONS) {
      const candidate = stem + ext;
      if (isFile(candidate)) return candidate;
    }
  for (const ext of EXTENSIONS.slice(1)) {
    const index = path.join(base, `index${ext}`);
    if (isFile(index)) return index;
  }
  return null;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
