import type { GroupValue } from '../model.js';

/** Integer groups first in numeric order, then string groups in code-point order. */
export function compareGroups(a: GroupValue, b: GroupValue): number {
  const an = typeof a === 'number';
  const bn = typeof b === 'number';
  if (an && bn) return a - b;
  if (an !== bn) return an ? -1 : 1;
  const as = String(a);
  const bs = String(b);
  return as < bs ? -1 : as > bs ? 1 : 0;
}
