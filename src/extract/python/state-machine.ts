/**
 * Hypothesis's stateful tests: `TestX = Machine.TestCase`, where `Machine` subclasses
 * `hypothesis.stateful.RuleBasedStateMachine`, binds a unittest.TestCase that Hypothesis makes for
 * the machine, with one test method, `runTest`. pytest collects it under the name it is bound to.
 * Any `X = ....TestCase` the reader cannot follow is told apart here, to be said.
 */
import type { ClassInfo, FuncInfo } from './definitions.js';
import { OpaqueExpr } from './expr.js';
import type { BindingKind } from './module-model.js';
import { KnownBinding, Namespace } from './namespace.js';
import type { PyVal } from './values.js';

/** Where the made class and its method live: no file of the suite (tests take their binding's line). */
const WHERE = '<hypothesis.stateful>';

const made = new WeakMap<ClassInfo, PyVal>();

/** `hypothesis.stateful.RuleBasedStateMachine` (builtins.ts): it has an `__init__`, so it holds no tests itself. */
export const STATE_MACHINE_REF = { stateMachine: true };

/** Whether a class's bases (as evaluated) make it a state machine: directly or through a class of the suite. */
export function isStateMachine(bases: PyVal[]): boolean {
  // STATE_MACHINE_REF and every ClassInfo of a machine carry `stateMachine: true`.
  return bases.some((v) => v.t === 'class' && (v.ref as { stateMachine?: boolean }).stateMachine === true);
}

/** `machine.TestCase`: one class per machine, as Hypothesis makes it. */
export function stateMachineTestCase(machine: ClassInfo): PyVal {
  let v = made.get(machine);
  if (v) return v;
  const runTest: FuncInfo = {
    name: 'runTest',
    line: 0,
    file: WHERE,
    marks: [],
    fixture: null,
    params: [{ name: 'self', kind: 'positional', hasDefault: false }],
    expand: null,
    staticmethod: false,
    unread: [],
    guard: null,
    used: false,
    testAttr: undefined,
    body: null,
    isAsync: false,
  };
  const ns = new Namespace<BindingKind>();
  ns.add('runTest', new KnownBinding(1, 0, { t: 'func', name: 'runTest', ref: runTest }), {
    k: 'def',
    f: runTest,
  });
  const c: ClassInfo = {
    name: 'TestCase',
    line: 0,
    file: WHERE,
    marks: [],
    bases: [{ k: 'testcase' }],
    ns,
    model: machine.model,
    testAttr: undefined,
    hasInit: false,
    paramClass: null,
    unread: [],
    guard: null,
    used: false,
    attr: (name) => ns.final(name)?.value(),
    enum: null,
    frozenDataclass: false,
    stateMachine: false,
  };
  made.set(machine, (v = { t: 'class', name: `${machine.name}.TestCase`, ref: c }));
  return v;
}

/** `X = Something.TestCase` (Hypothesis's state machines, test factories): a test class of any name. */
export function boundToTestCase(kind: BindingKind): boolean {
  if (kind.k !== 'value') return false;
  const e = kind.expr;
  if (e.k === 'name') return e.parts.at(-1) === 'TestCase';
  if (e.k === 'attr') return e.name === 'TestCase';
  if (!(e instanceof OpaqueExpr)) return false;
  // `make().TestCase` stays opaque: its last two tokens are read, not its text (it may be long).
  const { tokens: t, end } = e.range;
  const at = t.start[end - 1]!;
  return t.end[end - 1]! - at === 8 && t.src.startsWith('TestCase', at) && t.src[t.start[end - 2]!] === '.';
}
