/**
 * What a module defines, as pytest's collection sees it: functions with their marks, classes with
 * their bases and members, and the questions asked of them once the module is read.
 */
import type { MarkerSpec, Problem } from '../../model.js';
import type { PytestNaming } from '../extractor.js';
import { describeExpr, type Expr } from './expr.js';
import { isGroupMark, resolveName, type Mark, type Scope } from './marks.js';
import type { NameFilter } from './naming.js';

export interface FuncInfo {
  name: string;
  line: number;
  /** `own_markers` order: the decorator nearest the `def` first. */
  marks: Mark[];
  fixture: boolean;
  used: boolean;
}

export interface ClassInfo {
  name: string;
  line: number;
  /** The class's own `pytestmark`: body assignment first, then decorators nearest-first. */
  marks: Mark[];
  bases: Base[];
  members: Map<string, Member>;
  testAttr: boolean | undefined;
  hasInit: boolean;
  used: boolean;
}

export type Base = { k: 'class'; c: ClassInfo } | { k: 'testcase' } | { k: 'unknown'; text: string };
export type Member =
  { k: 'func'; f: FuncInfo } | { k: 'class'; c: ClassInfo } | { k: 'other'; from?: string };
export type MroEntry = ClassInfo | Exclude<Base, { k: 'class' }>;

/** A class's bases: classes of this file, unittest's TestCase, or something read elsewhere (opaque). */
export function classBases(
  exprs: Expr[],
  scope: Scope,
  memberOf: (parts: string[]) => Member | undefined,
): Base[] {
  const bases: Base[] = [];
  for (const b of exprs) {
    if (b.k === 'name') {
      const member = memberOf(b.parts);
      if (member?.k === 'class') {
        bases.push({ k: 'class', c: member.c });
        continue;
      }
      const v = resolveName(scope, b.parts);
      if (v?.v === 'testcase') {
        bases.push({ k: 'testcase' });
        continue;
      }
      if (b.parts.length === 1 && b.parts[0] === 'object') continue;
      bases.push({ k: 'unknown', text: b.parts.join('.') });
    } else {
      bases.push({ k: 'unknown', text: describeExpr(b) });
    }
  }
  return bases;
}

/** C3 linearisation (Python's MRO) of `c`, given its bases' own; bases outside the file stay opaque. */
export function linearize(c: ClassInfo, mroOf: (base: ClassInfo) => MroEntry[]): MroEntry[] {
  const lin = (b: Base): MroEntry[] => (b.k === 'class' ? mroOf(b.c) : [b]);
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
