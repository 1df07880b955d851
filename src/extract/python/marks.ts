/** Group marks: which marks are the group marker, and the value each carries, read by the evaluator. */
import { detached } from '../decode.js';
import type { GroupValue, MarkerSpec } from '../../model.js';
import { evaluate, parsed } from './evaluate.js';
import { iterate } from './iterate.js';
import { describeExpr, type Expr } from './expr.js';
import { pyRepr } from './pyformat.js';
import type { ClassInfo } from './definitions.js';
import type { GroupRead, Mark, PyVal } from './values.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * `get_closest_marker` over one node's marks: the first group mark's value; null when that
 * mark cannot be read (the error is reported where it is written); undefined when there is none.
 */
export function closestGroup(spec: MarkerSpec, marks: Mark[]): GroupValue | null | undefined {
  for (const m of marks) {
    if (!isGroupMark(spec, m.name)) continue;
    const r = readGroup(spec, m);
    return r.ok ? r.value : null;
  }
  return undefined;
}

/** Whether a mark is the group marker. */
export function isGroupMark(spec: MarkerSpec, name: string): boolean {
  if (!spec.isPattern) return name === spec.prefix;
  return (
    name.length > spec.prefix.length + spec.suffix.length &&
    name.startsWith(spec.prefix) &&
    name.endsWith(spec.suffix)
  );
}

/**
 * The group a matching mark carries, or why it cannot be read. Read once per mark; a string value
 * is copied out of the file's source, since every test of the plan holds it (a slice of 13 or more
 * characters would keep the whole source alive as long as the plan).
 */
export function readGroup(spec: MarkerSpec, m: Mark): GroupRead {
  if (m.groupRead === undefined) {
    const read = readGroupOnce(spec, m);
    m.groupRead =
      read.ok && typeof read.value === 'string' ? { ok: true, value: detached(read.value) } : read;
  }
  return m.groupRead;
}

function readGroupOnce(spec: MarkerSpec, m: Mark): GroupRead {
  if (spec.isPattern)
    return { ok: true, value: m.name.slice(spec.prefix.length, m.name.length - spec.suffix.length) };
  const first = m.args[0];
  // The common case, `group(2)` / `group("db")`, needs no evaluation.
  if (first?.k === 'lit') {
    if (first.v.t === 'str') return { ok: true, value: first.v.v };
    if (first.v.t === 'int' && first.v.v <= MAX && first.v.v >= -MAX)
      return { ok: true, value: Number(first.v.v) };
  }
  const fix = `Write a literal, like \`${spec.prefix}(2)\` or \`${spec.prefix}("db")\`, or a name bound to one.`;
  // The marker's documented signature is `group(id)`; `group=` is accepted too.
  const arg = m.args[0] ?? m.kwargs.find(([k]) => k === 'id' || k === 'group')?.[1];
  const star = m.kwargs.find(([k]) => k === '**')?.[1];
  if (!arg && !star) {
    return {
      ok: false,
      title: 'Group marker without a value',
      line: m.line,
      message: `\`${spec.prefix}\` has no value here, so the test's group is unknown. ${fix}`,
    };
  }
  const expr = parsed((arg ?? star)!);
  let v = m.env ? evaluate(expr.k === 'star' ? expr.value : expr, m.env) : undefined;
  // `group(*values)`: the first of them.
  if (v && expr.k === 'star' && v.t !== 'unknown') {
    const items = iterate(v, expr.line);
    v = Array.isArray(items) ? (items[0] ?? { t: 'none' }) : items;
  }
  if (arg && v) {
    if (v.t === 'str') return { ok: true, value: v.v };
    if (v.t === 'int') {
      if (v.v > MAX || v.v < -MAX) {
        return {
          ok: false,
          title: 'Invalid group value',
          line: expr.line,
          message: `The group number ${v.v} is too large to plan with. ${fix}`,
        };
      }
      return { ok: true, value: Number(v.v) };
    }
    if (v.t !== 'unknown') return invalid(spec, v, expr.line, fix);
  }
  const why =
    v?.t === 'unknown' ? ` (${v.why}${v.file && v.file !== m.env?.file ? `, ${v.file}:${v.line}` : ''})` : '';
  return {
    ok: false,
    title: 'Non-literal group marker',
    line: expr.line,
    message: `The group in \`${spec.prefix}(...)\` is ${what(expr)}, which cannot be read without running the code${why}. ${fix}`,
  };
}

function invalid(spec: MarkerSpec, v: PyVal, line: number, fix: string): GroupRead {
  // A `str` or `int` Enum member passes the plugin's type check, but its group is then named by
  // `str()` of the member (`Cloud.GCP`), not by its value: the plan cannot promise either.
  if (v.t === 'enum' && (v.kind === 'str' || v.kind === 'int')) {
    const member = `${(v.ref as ClassInfo).name}.${v.name}`;
    return {
      ok: false,
      title: 'Invalid group value',
      line,
      message: `\`${spec.prefix}(${member})\` is an Enum member: at run time its group would be named by \`str()\` of the member, which depends on the Python version. Write \`${spec.prefix}(${member}.value)\`.`,
    };
  }
  const shown =
    v.t === 'bytes'
      ? 'a bytes literal'
      : v.t === 'tuple' || v.t === 'list'
        ? 'a tuple or list'
        : (pyRepr(v) ?? `a ${v.t}`);
  return {
    ok: false,
    title: 'Invalid group value',
    line,
    message: `\`${spec.prefix}(${shown})\`: a group is an integer or a string, not ${v.t === 'float' ? 'a float' : shown}. ${fix}`,
  };
}

function what(arg: Expr): string {
  if (arg.k === 'fstr') return `the f-string ${arg.text}`;
  if (arg.k === 'other') return `\`${arg.text}\``;
  if (arg.k === 'name') return `the name \`${arg.parts.join('.')}\``;
  return `\`${describeExpr(arg)}\``;
}
