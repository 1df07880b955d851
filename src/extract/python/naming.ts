/** pytest's `python_functions` / `python_classes` matching: a prefix, or an fnmatch glob. */

import { fnmatchRegExp } from '../../discover/fnmatch.js';

export type NameFilter = (name: string) => boolean;

const filters = new WeakMap<readonly string[], NameFilter>();

/** One filter per settings array: every module of a run asks with the same one. */
export function nameFilter(patterns: readonly string[]): NameFilter {
  let f = filters.get(patterns);
  if (!f) filters.set(patterns, (f = makeFilter(patterns)));
  return f;
}

function makeFilter(patterns: readonly string[]): NameFilter {
  const prefixes = [...patterns];
  const globs = patterns.filter((p) => /[*?[]/.test(p)).map(fnmatchRegExp);
  return (name) => prefixes.some((p) => name.startsWith(p)) || globs.some((re) => re.test(name));
}
