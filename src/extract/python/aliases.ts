/**
 * Names bound to one object: after `B = A`, `A.append(x)` (or `A += [x]`, or `B.append(x)`)
 * changes what both names hold. The reader replays a change on the name it is written on, and
 * gives every name sharing the object the changed value (it would keep the old one otherwise).
 */
import type { PyVal } from './values.js';

export class Aliases {
  private readonly links = new Map<string, Set<string>>();

  /** `name` is bound anew: to what the bare name `source` holds, or (null) to another object. */
  rebind(name: string, source: string | null): void {
    // Most names are bound to a new object and share none: nothing to unlink, nothing to link.
    const mine = this.links.get(name);
    if (mine) {
      for (const other of mine) this.links.get(other)?.delete(name);
      this.links.delete(name);
    }
    if (source === null || source === name) return;
    const group = new Set([source, ...(this.links.get(source) ?? [])]);
    for (const other of group) {
      this.link(name, other);
      this.link(other, name);
    }
  }

  /** The other names holding the object `name` holds. */
  of(name: string): string[] {
    return [...(this.links.get(name) ?? [])];
  }

  private link(a: string, b: string): void {
    let set = this.links.get(a);
    if (!set) this.links.set(a, (set = new Set()));
    set.add(b);
  }
}

/**
 * The value of `name` once `changed`, which shares its object, is changed in place: the changed
 * value when that object is a list, dict or set (what can change in place), else `name`'s own.
 */
export function afterAliasChange(before: PyVal | undefined, after: () => PyVal): PyVal | undefined {
  if (before && before.t !== 'list' && before.t !== 'dict' && before.t !== 'set') return before;
  return after();
}
