/** pytest's `python_functions` / `python_classes` matching: a prefix, or an fnmatch glob. */

import { fnmatchRegExp } from '../../discover/fnmatch.js';

export type NameFilter = (name: string) => boolean;

export function nameFilter(patterns: readonly string[]): NameFilter {
  const prefixes = [...patterns];
  const globs = patterns.filter((p) => /[*?[]/.test(p)).map(fnmatchRegExp);
  return (name) => prefixes.some((p) => name.startsWith(p)) || globs.some((re) => re.test(name));
}
