/**
 * What a module defines, as pytest's collection sees it: functions with their marks, classes with
 * their bases and members, and the questions asked of them once the module is read.
 */
import type { MarkerSpec, Problem } from '../../model.js';
import type { PytestNaming } from '../extractor.js';
import { isGroupMark } from './marks.js';
import type { BindingKind, ModuleModel } from './module-model.js';
import type { Namespace } from './namespace.js';
import type { NameFilter } from './naming.js';
import type { Guard, Param } from './structure.js';
import type { EnumInfo, Mark, PyVal, Unknown } from './values.js';

/** `@pytest.fixture(...)` on a function: what its items multiply by, read from its options. */
export interface FixtureDef {
  /** The fixture's name (`name=` or the function's). */
  name: string;
  line: number;
  file: string;
  /** Line of the decorator, where its options are written. */
  decoLine: number;
  /** `params=`, as evaluated (null: none). */
  params: PyVal | null;
  ids: PyVal | null;
  /** null when `autouse=` is not a literal. */
  autouse: boolean | null;
  /** `scope=`; null when it is not a literal (a callable). */
  scope: string | null;
}

export interface FuncInfo {
  name: string;
  line: number;
  /** Repo-relative path of the module that defines it. */
  file: string;
  /** `own_markers` order: the decorator nearest the `def` first. */
  marks: Mark[];
  fixture: FixtureDef | null;
  params: Param[];
  /** `@parameterized.expand(...)`'s options, when it carries one. */
  expand: PyVal | null;
  /** Decorated with `@staticmethod`: no `self` to drop from its arguments. */
  staticmethod: boolean;
  /** Decorators whose effect cannot be read (a call into the suite's code): line and text. */
  unread: UnreadDecorator[];
  guard: Guard | null;
  used: boolean;
  /** `test_x.__test__ = True/False` after the def (undefined: not set, or not a bool). */
  testAttr: boolean | undefined;
  /** A `pytest_generate_tests` hook's body (statements.ts); null for any other function. */
  body: string | null;
  /** `async def`: a coroutine function. */
  isAsync: boolean;
}

export interface ClassInfo {
  name: string;
  line: number;
  file: string;
  /** The class's own `pytestmark`: body assignment first, then decorators nearest-first. */
  marks: Mark[];
  bases: Base[];
  /** The class body's names. */
  ns: Namespace<BindingKind>;
  /** The module that defines it. */
  model: ModuleModel;
  testAttr: boolean | undefined;
  hasInit: boolean;
  /** `@parameterized_class(...)`'s options, when it carries one. */
  paramClass: PyVal | null;
  unread: UnreadDecorator[];
  guard: Guard | null;
  used: boolean;
  /** A class attribute's value once the body has run (`TestX.PARAMS`). */
  attr(name: string): PyVal | undefined;
  /** Set for an Enum class: what its members are. */
  enum: EnumInfo | null;
  /** `@dataclass(frozen=True)`: its instances are read (their fields cannot change). */
  frozenDataclass: boolean;
  /** A Hypothesis `RuleBasedStateMachine` subclass: its `TestCase` attribute is a test class. */
  stateMachine: boolean;
}

/** A decorator (or metaclass) the reader cannot follow: it could add a group mark, or hide or add tests. */
export interface UnreadDecorator {
  line: number;
  /** As written: `@name(...)`, or `metaclass=Name`. */
  text: string;
  why: string;
}

export type Base =
  | { k: 'class'; c: ClassInfo }
  | { k: 'testcase' }
  /** A base not read: outside the suite, or computed; `why` when evaluation said why. */
  | { k: 'unknown'; text: string; why: Unknown | null };
export type MroEntry = ClassInfo | Exclude<Base, { k: 'class' }>;

/** C3 linearisation (Python's MRO) of `c`, given its bases' own; bases outside the file stay opaque. */
export function linearize(c: ClassInfo, mroOf: (base: ClassInfo) => MroEntry[]): MroEntry[] {
  const lin = (b: Base): MroEntry[] => (b.k === 'class' ? mroOf(b.c) : [b]);
  // No base or one: nothing to merge (most test classes).
  if (c.bases.length === 0) return [c];
  if (c.bases.length === 1) return [c, ...lin(c.bases[0]!)];
  const seqs = [...c.bases.map(lin), c.bases.map((b) => (b.k === 'class' ? b.c : b))];
  const out: MroEntry[] = [c];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const head = live.map((s) => s[0]!).find((h) => !live.some((s) => s.indexOf(h) > 0));
    if (!head) return [...out, ...live.flat().filter((x, i, a) => a.indexOf(x) === i && !out.includes(x))];
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

type Warning = Pick<Problem, 'title' | 'message'> & { line: number };

/** A group marker on a function or class that pytest does not collect: it has no effect, and says why. */
export function unusedMarkWarnings(
  funcs: FuncInfo[],
  classes: ClassInfo[],
  spec: MarkerSpec,
  naming: PytestNaming,
  isFunc: NameFilter,
  isClass: NameFilter,
): Warning[] {
  const out: Warning[] = [];
  const groupLine = (marks: Mark[]): number | undefined => marks.find((m) => isGroupMark(spec, m.name))?.line;
  for (const f of funcs) {
    const line = groupLine(f.marks);
    if (f.used || line === undefined) continue;
    const why = f.fixture
      ? 'it is a fixture, not a test'
      : !isFunc(f.name)
        ? `its name does not match python_functions (${naming.functions.join(', ')})`
        : 'pytest does not collect it (defined inside a function or a class that is not collected, or redefined later)';
    out.push({
      line,
      title: 'Group marker has no effect',
      message: `\`${f.name}\` carries a group marker, but ${why}.`,
    });
  }
  for (const c of classes) {
    const line = groupLine(c.marks);
    if (c.used || line === undefined) continue;
    const why = c.hasInit
      ? 'it defines `__init__` or `__new__`, so pytest does not collect it'
      : c.testAttr === false
        ? 'it sets `__test__ = False`'
        : !isClass(c.name)
          ? `its name does not match python_classes (${naming.classes.join(', ')})`
          : 'pytest does not collect it here';
    out.push({
      line,
      title: 'Group marker has no effect',
      message: `Class \`${c.name}\` carries a group marker, but ${why}.`,
    });
  }
  return out;
}

/** Whether a class is a unittest.TestCase: pytest's unittest plugin collects it whatever its name. */
export function isUnittest(mro: MroEntry[]): boolean {
  return mro.some((e) => 'k' in e && (e.k === 'testcase' || (e.k === 'unknown' && /TestCase$/.test(e.text))));
}

/** A class of the suite (not one the evaluator knows by name, such as `unittest.TestCase` or `abc.ABC`). */
export function isClassInfo(ref: unknown): ref is ClassInfo {
  return typeof ref === 'object' && ref !== null && 'ns' in ref;
}

/** A fixture's definition from its decorator's options (`@pytest.fixture(params=..., autouse=...)`). */
export function fixtureDef(
  name: string,
  line: number,
  file: string,
  options: PyVal | undefined,
  decoLine: number,
): FixtureDef {
  const get = (key: string): PyVal | undefined => {
    if (options?.t !== 'dict') return undefined;
    const at = options.keys.findIndex((k) => k.t === 'str' && k.v === key);
    return at === -1 ? undefined : options.values[at];
  };
  const alias = get('name');
  const autouse = get('autouse');
  const scope = get('scope');
  return {
    name: alias?.t === 'str' ? alias.v : name,
    line,
    file,
    decoLine,
    params: get('params') ?? null,
    ids: get('ids') ?? null,
    autouse: autouse === undefined ? false : autouse.t === 'bool' ? autouse.v : null,
    scope: scope === undefined ? 'function' : scope.t === 'str' ? scope.v : null,
  };
}
