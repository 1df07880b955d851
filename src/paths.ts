import path from 'node:path';

/** A platform path with `/` separators: the form every path in plans, outputs and messages takes. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
