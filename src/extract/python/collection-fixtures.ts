/**
 * The fixture side of collection: a module or class node as the tests under it see it, and the
 * parametrizations a test's fixtures add (or why they cannot be known).
 */
import type { GroupValue } from '../../model.js';
import type { FuncInfo } from './definitions.js';
import { argnamesOf, fixtureParams, usefixturesOf, type layerOf } from './fixtures.js';
import { hookArgnamesOf } from './generate-tests.js';
import type { Mark, Parametrize } from './values.js';

/** A module or class as the tests under it see it. */
export interface Node {
  /** `path::Outer::Inner`: the node id the tests' names are appended to. */
  prefix: string;
  /** Marks of this node and every node around it, closest first. */
  outer: Mark[];
  outerParametrize: Mark[];
  outerGroup: GroupValue | null | undefined;
  /** Line in this file for tests defined in another file (an imported or inherited test). */
  line: number;
  /** Fixture layers seen by tests under this node, most general first. */
  layers: ReturnType<typeof layerOf>[];
}

const ANYIO_BACKEND = 'anyio_backend';

/**
 * Whether anyio's plugin adds `usefixtures("anyio_backend")` to a test: a coroutine function under
 * an `anyio` mark. A suite's `anyio_backend` with `params` (asyncio, trio) multiplies its items.
 */
export function anyioTest(f: FuncInfo, marks: Mark[]): boolean {
  return f.isAsync && marks.some((m) => m.name === 'anyio');
}

/** Whether a test requests anyio's backend fixture, or anyio adds it (its own marks, then its nodes'). */
export function requestsAnyioBackend(f: FuncInfo, own: Mark[], outer: Mark[]): boolean {
  if (f.isAsync && (anyioTest(f, own) || anyioTest(f, outer))) return true;
  return f.params.some((p) => p.name === ANYIO_BACKEND);
}

/** The parametrizations the test's fixtures add, or a reason they cannot be known. */
export function fixtureCalls(
  hooks: FuncInfo[],
  path: string,
  f: FuncInfo,
  node: Node,
  marks: Mark[],
  marked: Parametrize[],
  { method, generated }: { method: boolean; generated: boolean },
): { calls: Parametrize[] } | { dynamic: Parametrize } {
  const line = f.file === path ? f.line : node.line;
  const use = usefixturesOf(marks);
  if (!Array.isArray(use)) {
    return {
      dynamic: {
        static: false,
        line,
        why: `a \`usefixtures\` argument cannot be read (${use.t === 'unknown' ? use.why : use.t})`,
      },
    };
  }
  if (anyioTest(f, marks)) use.push(ANYIO_BACKEND);
  const parametrized = new Set(marked.flatMap((p) => (p.static ? p.argnames : [])));
  // `parameterized.expand` makes functions of `*args, **kwargs`: they request no fixture.
  const argnames = generated ? [] : argnamesOf(f, method);
  const r = fixtureParams(node.layers, use, argnames, parametrized);
  if (r.unresolved.includes(ANYIO_BACKEND)) {
    return {
      dynamic: {
        static: false,
        line,
        why: `anyio's own \`${ANYIO_BACKEND}\` fixture parametrizes it by the async backends installed where it runs (anyio 4.12 and later; one item before); define \`${ANYIO_BACKEND}\` in a conftest.py to fix them`,
      },
    };
  }
  if (hooks.length > 0) {
    // pytest lets a hook parametrize any name of the closure: one no fixture provides, or a
    // fixture's (`indirect=True`, or overriding it). Their literal argnames are read from their
    // bodies; a name they do not spell (a plugin's fixture, `ops_test`) is not theirs to parametrize.
    const names = hookArgnamesOf(hooks);
    const maybe = r.closure.filter((n) => !parametrized.has(n) && (names === null || names.has(n)));
    if (maybe.length > 0) {
      const own = hooks.find((h) => h.file === path);
      const where = hooks.map((h) => `${h.file}:${h.line}`).join(', ');
      const how =
        names === null
          ? 'it parametrizes from code read only at run time'
          : `its \`metafunc.parametrize\` calls name ${[...names].map((n) => `\`${n}\``).join(', ') || 'nothing'}`;
      return {
        dynamic: {
          static: false,
          // At the hook when this module defines one, else at the test (a conftest's line is not this file's).
          line: own ? own.line : line,
          why: `it uses ${maybe.map((n) => `\`${n}\``).join(', ')}, which \`pytest_generate_tests\` (${where}) may parametrize: ${how}`,
        },
      };
    }
  }
  return { calls: r.calls };
}
