import { createHash } from 'node:crypto';

/** Longest id; Postgres allows 63 bytes for a name, and ids get prefixes and worker suffixes. */
const MAX_ID = 48;
const HASH_CHARS = 8;

/** Lowercase, every run of characters outside [a-z0-9] turned into one `_`, trimmed of `_`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * A stable id safe in artifact names, database names and file names: [a-z0-9_], starting with a
 * letter, at most 48 characters (a long one keeps its head and a hash of the whole).
 * The pytest plugin's `--collect-groups` builds ids with the same rule.
 */
export function safeId(raw: string): string {
  let id = /^[0-9]/.test(raw) ? `t_${raw}` : raw;
  if (id.length > MAX_ID) {
    const hash = createHash('sha256').update(id).digest('hex').slice(0, HASH_CHARS);
    id = `${id.slice(0, MAX_ID - HASH_CHARS - 1)}_${hash}`;
  }
  return id;
}

/** Makes ids unique in job order: the second `x` becomes `x_2`, the third `x_3`. */
export function uniqueIds(ids: string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}_${n}`;
    taken.add(candidate);
    return candidate;
  });
}
