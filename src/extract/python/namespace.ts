/**
 * A module's or class body's names over time: every statement that binds a name adds a binding at
 * its position, and a lookup sees the binding in force at a position, as Python's would when the
 * code at that position runs (a decorator sees the names bound above it; `pytestmark` is read
 * once the whole module has run). Values are computed on first use, once.
 */
import type { Guard } from './structure.js';
import { unknown, type Env, type PyVal } from './values.js';

export interface Binding {
  /** Statement position: a lookup at a later position sees this binding. */
  readonly pos: number;
  readonly line: number;
  /** The value, computed on first use (most bindings are never looked up). */
  value(): PyVal;
}

/** A binding whose value is computed by `compute` on first use. */
export class LazyBinding implements Binding {
  private computed: PyVal | undefined;
  private computing = false;
  constructor(
    readonly pos: number,
    readonly line: number,
    private readonly compute: () => PyVal,
  ) {}
  value(): PyVal {
    if (this.computed) return this.computed;
    // A value that needs itself (`X = X + [1]` read through an import cycle) cannot be known.
    if (this.computing) return unknown('a value that depends on itself', this.line);
    this.computing = true;
    try {
      return (this.computed = this.compute());
    } finally {
      this.computing = false;
    }
  }
}

/** A binding made under a condition: its value depends on it, unless it is a definition. */
export function guarded(name: string, guard: Guard | null, binding: Binding): Binding {
  if (!guard) return binding;
  const why = `\`${name}\` is bound under \`${guard.word}\` (line ${guard.line}), so its value depends on a condition known only at run time`;
  return { pos: binding.pos, line: binding.line, value: () => unknown(why, binding.line) };
}

/** A binding whose value is known when it is made (a definition). */
export class KnownBinding implements Binding {
  constructor(
    readonly pos: number,
    readonly line: number,
    private readonly v: PyVal,
  ) {}
  value(): PyVal {
    return this.v;
  }
}

/** Names over time; `K` says how a name's last binding came about (for whoever reads the namespace). */
export class Namespace<K = unknown> {
  /** Per name, in first-binding order: its bindings over time and how the last one came about (one map: a binding is added per statement). */
  private readonly entries = new Map<string, { bindings: Binding[]; kind: K }>();

  add(name: string, binding: Binding, kind: K): void {
    const e = this.entries.get(name);
    if (e) {
      e.bindings.push(binding);
      e.kind = kind;
    } else this.entries.set(name, { bindings: [binding], kind });
  }

  /** How the name's final binding came about. */
  kindOf(name: string): K | undefined {
    return this.entries.get(name)?.kind;
  }

  /** The binding in force for code running at `pos`; undefined when none is. */
  at(name: string, pos: number): Binding | undefined {
    const list = this.entries.get(name)?.bindings;
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.pos < pos) return list[i];
    return undefined;
  }

  /** The binding in force once all the code has run. */
  final(name: string): Binding | undefined {
    const list = this.entries.get(name)?.bindings;
    return list?.[list.length - 1];
  }

  /** Names in the order Python's `__dict__` holds them (first binding). */
  names(): IterableIterator<string> {
    return this.entries.keys();
  }
}

/** The names code at one position of a module sees. */
export class ModuleEnv implements Env {
  constructor(
    private readonly ns: Namespace<unknown>,
    private readonly pos: number,
    readonly file: string,
  ) {}
  lookup(name: string): PyVal | undefined {
    return this.ns.at(name, this.pos)?.value();
  }
  get outer(): Env {
    return this;
  }
}

/** The names code in a class body sees: the body's own, then the module's (never an outer class's). */
export class ClassEnv implements Env {
  constructor(
    private readonly ns: Namespace<unknown>,
    private readonly pos: number,
    readonly outer: Env,
  ) {}
  lookup(name: string): PyVal | undefined {
    const own = this.ns.at(name, this.pos);
    return own ? own.value() : this.outer.lookup(name);
  }
  get file(): string {
    return this.outer.file;
  }
}
