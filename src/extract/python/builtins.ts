/**
 * Attributes and calls the evaluator knows: Python's builtins and the str/dict/list methods test
 * suites build parameters with, pytest's `mark`, `param` and `fixture`, `unittest.TestCase`,
 * `itertools`, and the `parameterized` package's decorators. A call into the suite's own code, or
 * into anything else, is unknown: its result is known only by running it.
 */
import type { ClassInfo } from './definitions.js';
import { instanceAttr } from './dataclass.js';
import { enumMember, memberAttr } from './enums.js';
import { STATE_MACHINE_REF, stateMachineTestCase } from './state-machine.js';
import { newMark, NONE, str, unknown, type Mark, type PyVal } from './values.js';

/** A class the evaluator knows by name: unittest's TestCase (pytest collects its subclasses). */
export const TESTCASE_REF = { testcase: true };
/** Classes known to hold no test methods (`object`, `abc.ABC`, `typing.Generic`, `enum.Enum`, ...). */
export const NO_TESTS_REF = { tests: false };
export const noTests = (name: string): PyVal => ({ t: 'class', name, ref: NO_TESTS_REF });
/**
 * Classes with an `__init__` or `__new__` of their own (`enum.Enum`, `typing.NamedTuple`,
 * exceptions): pytest does not collect a `Test*` class that derives from one.
 */
export const HAS_INIT_REF = { init: true };
const hasInit = (name: string): PyVal => ({ t: 'class', name, ref: HAS_INIT_REF });

export const fn = (name: string, self?: PyVal): PyVal => ({ t: 'builtin', name, self });
export const MARKGEN: PyVal = { t: 'markgen' };
const PYTEST_PARAM = fn('pytest.param');
const PYTEST_FIXTURE = fn('pytest.fixture');
const ENUM_AUTO = fn('enum.auto');

/**
 * Python's builtin exception classes (3.11), often parametrize values beside `pytest.raises`.
 * `EnvironmentError` and `IOError` are `OSError` itself (its `__name__`, pytest's id).
 */
const EXCEPTIONS = (
  'ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError ' +
  'BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ' +
  'ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EncodingWarning Exception ' +
  'ExceptionGroup FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit ' +
  'ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError ' +
  'KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError ' +
  'NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ' +
  'ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning ' +
  'StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError ' +
  'TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError ' +
  'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split(' ');

/**
 * Builtins known only by name: a parameter value (pytest's id is the `__name__`); calling one is
 * not read (calls.ts knows the rest).
 */
const NAMED_ONLY = (
  'aiter anext ascii bin breakpoint bytearray bytes callable compile complex delattr dir divmod eval ' +
  'exec format getattr globals hasattr hash hex id input isinstance issubclass iter locals memoryview ' +
  'next oct open pow print round setattr slice super type vars'
).split(' ');

/** Python's builtins, by name. */
export const BUILTINS = new Map<string, PyVal>([
  ['object', noTests('object')],
  // Exception classes bring their own __init__: a `Test*` one is not collected.
  ...EXCEPTIONS.map((n): [string, PyVal] => [n, hasInit(n)]),
  ['EnvironmentError', hasInit('OSError')],
  ['IOError', hasInit('OSError')],
  ...NAMED_ONLY.map((n): [string, PyVal] => [n, fn(n)]),
  ...[
    'str',
    'repr',
    'int',
    'float',
    'bool',
    'len',
    'list',
    'tuple',
    'set',
    'frozenset',
    'dict',
    'range',
    'sorted',
    'reversed',
    'enumerate',
    'zip',
    'min',
    'max',
    'sum',
    'any',
    'all',
    'abs',
    'chr',
    'ord',
    'map',
    'filter',
    'staticmethod',
    'classmethod',
    'property',
  ].map((n): [string, PyVal] => [n, fn(n)]),
]);

/** The modules the evaluator knows the contents of (besides the suite's own). */
export const KNOWN_MODULES = new Set([
  'pytest',
  'unittest',
  'itertools',
  'parameterized',
  'abc',
  'typing',
  'enum',
  'dataclasses',
]);

export function getAttr(v: PyVal, name: string, line: number): PyVal {
  switch (v.t) {
    case 'module':
      return moduleAttr(v, name, line);
    case 'markgen':
      return { t: 'mark', mark: newMark(name, [], [], line, null) };
    case 'mark':
      if (name === 'with_args') return fn('mark.with_args', v);
      if (name === 'name') return str(v.mark.name);
      if (name === 'mark') return v;
      break;
    case 'str':
      if (STR_METHODS.has(name)) return fn(`str.${name}`, v);
      break;
    case 'dict':
      if (['keys', 'values', 'items', 'get', 'copy'].includes(name)) return fn(`dict.${name}`, v);
      break;
    case 'list':
    case 'tuple':
      if (['index', 'count', 'copy'].includes(name)) return fn(`seq.${name}`, v);
      break;
    case 'func':
      if (name === '__name__') return str(v.name);
      break;
    case 'class': {
      if (name === '__name__') return str(v.name);
      const info = v.ref as ClassInfo;
      if (name === 'TestCase' && info.stateMachine) return stateMachineTestCase(info);
      const member = info.enum ? enumMember(info, name, line) : undefined;
      if (member !== undefined) return member;
      const attr = (v.ref as { attr?: (n: string) => PyVal | undefined }).attr?.(name);
      if (attr !== undefined) return attr;
      break;
    }
    case 'enum':
      return memberAttr(v, name, line);
    case 'instance':
      return instanceAttr(v, name, line);
    case 'param':
      if (name === 'values') return { t: 'tuple', items: v.values };
      if (name === 'marks')
        return { t: 'tuple', items: v.marks.map((mark) => ({ t: 'mark', mark }) as PyVal) };
      if (name === 'id') return v.id ?? NONE;
      break;
    case 'builtin':
      if (v.name === 'parameterized' && name === 'expand') return fn('parameterized.expand');
      break;
    case 'unknown':
      return v;
  }
  return unknown(`the attribute \`${name}\` of a ${v.t} value is not read statically`, line);
}

function moduleAttr(v: Extract<PyVal, { t: 'module' }>, name: string, line: number): PyVal {
  if (v.suite) {
    return v.suite.attr(name) ?? unknown(`\`${v.name}\` (${v.suite.file}) does not bind \`${name}\``, line);
  }
  switch (v.name) {
    case 'pytest':
      if (name === 'mark') return MARKGEN;
      if (name === 'param') return PYTEST_PARAM;
      if (name === 'fixture') return PYTEST_FIXTURE;
      break;
    case 'unittest':
    case 'unittest.case':
      if (name === 'TestCase' || name === 'IsolatedAsyncioTestCase')
        return { t: 'class', name, ref: TESTCASE_REF };
      break;
    case 'itertools':
      if (['product', 'chain', 'combinations', 'permutations'].includes(name)) return fn(`itertools.${name}`);
      break;
    case 'abc':
    case 'typing':
    case 'enum':
      if (['ABC', 'Generic', 'Protocol'].includes(name)) return noTests(name);
      if (['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'NamedTuple', 'TypedDict'].includes(name))
        return hasInit(name);
      if (v.name === 'enum' && name === 'auto') return ENUM_AUTO;
      break;
    case 'dataclasses':
      if (name === 'dataclass') return fn('dataclasses.dataclass');
      if (name === 'field') return fn('dataclasses.field');
      break;
    case 'hypothesis':
      if (name === 'given') return fn('hypothesis.given');
      if (name === 'stateful') return { t: 'module', name: 'hypothesis.stateful', suite: null };
      break;
    case 'hypothesis.stateful':
      if (name === 'RuleBasedStateMachine') return { t: 'class', name, ref: STATE_MACHINE_REF };
      break;
    case 'parameterized':
      if (name === 'parameterized') return fn('parameterized');
      if (name === 'parameterized_class') return fn('parameterized_class');
      if (name === 'param') return fn('parameterized.param');
      break;
  }
  return {
    ...unknown(`\`${v.name}.${name}\` comes from \`${v.name}\`, which is not part of the suite`, line),
    outside: true,
  };
}

const STR_METHODS = new Set([
  'format',
  'join',
  'upper',
  'lower',
  'title',
  'capitalize',
  'replace',
  'strip',
  'lstrip',
  'rstrip',
  'split',
  'startswith',
  'endswith',
  'zfill',
  'removeprefix',
  'removesuffix',
]);

/** The marks a `marks=` or `pytestmark` value holds: one mark, or a list or tuple of marks. */
export function marksOf(v: PyVal, line: number): Mark[] | PyVal {
  if (v.t === 'mark') return [v.mark];
  if (v.t === 'list' || v.t === 'tuple') {
    const out: Mark[] = [];
    for (const item of v.items) {
      if (item.t !== 'mark')
        return item.t === 'unknown' ? item : unknown(`a ${item.t} value among marks`, line);
      out.push(item.mark);
    }
    return out;
  }
  return v.t === 'unknown' ? v : unknown(`a ${v.t} value where marks are expected`, line);
}
