/**
 * The `parameterized` package's decorators: `@parameterized.expand(input)` makes one test function
 * per input (`test_x_0_first_arg`) and hides the original; `@parameterized_class(...)` makes one
 * subclass per input (`TestX_0_value`) and deletes the decorated class's own test methods. The
 * names are the library's defaults (`name_func` / `class_name_func` of its own are not read).
 */
import type { Problem } from '../../model.js';
import type { ClassInfo, FuncInfo } from './definitions.js';
import { iterate } from './iterate.js';
import { pyStr } from './pyformat.js';
import type { PyVal } from './values.js';

function option(options: PyVal | null, key: string): PyVal | undefined {
  if (options?.t !== 'dict') return undefined;
  const at = options.keys.findIndex((k) => k.t === 'str' && k.v === key);
  return at === -1 ? undefined : options.values[at];
}

const safeName = (s: string): string => s.replace(/[^a-zA-Z0-9_]+/g, '_');

/** The names `@parameterized.expand` gives the tests it makes of `f`; null (reported) when not known. */
export function expandedNames(f: FuncInfo, _bound: string, report: (p: Problem) => void): string[] | null {
  const fail = (why: string, line = f.line): null => {
    report({
      severity: 'notice',
      file: f.file,
      line,
      title: 'parameterized.expand not read',
      message: `\`@parameterized.expand\` on \`${f.name}\`: ${why}, so the tests it makes are not planned; the plugin gives them to a job at run time and names them.`,
    });
    return null;
  };
  const nameFunc = option(f.expand, 'name_func');
  if (nameFunc && nameFunc.t !== 'none') return fail('a `name_func` of its own names the tests');
  const input = option(f.expand, 'input');
  if (!input) return fail('it has no input');
  const items = iterate(input, f.line);
  if (!Array.isArray(items))
    return fail(
      items.t === 'unknown' ? items.why : 'its input is not a list',
      items.t === 'unknown' && (!items.file || items.file === f.file) ? items.line : f.line,
    );
  if (items.length === 0) {
    const skip = option(f.expand, 'skip_on_empty');
    return skip?.t === 'bool' && skip.v ? [f.name] : fail('its input is empty (pytest reports an error)');
  }
  const digits = String(items.length - 1).length;
  const names: string[] = [];
  for (const [num, item] of items.entries()) {
    const first = firstArg(item);
    if (first === null) return fail(`input ${num} cannot be read`);
    let name = `${f.name}_${String(num).padStart(digits, '0')}`;
    if (first?.t === 'str') name += `_${safeName(first.v)}`;
    names.push(name);
  }
  return names;
}

/** `param.from_decorator`: a `param(...)`, a string or non-iterable as one argument, else its items. */
function firstArg(v: PyVal): PyVal | undefined | null {
  if (v.t === 'unknown') return null;
  if (v.t === 'builtin' && v.name === 'parameterized-param') return (v.self as { items: PyVal[] }).items[0];
  if (
    v.t === 'str' ||
    v.t === 'bytes' ||
    v.t === 'int' ||
    v.t === 'float' ||
    v.t === 'bool' ||
    v.t === 'none'
  )
    return v;
  const items = iterate(v, 0);
  return Array.isArray(items) ? items[0] : null;
}

/** The names of the classes `@parameterized_class` makes of `c`; null (reported) when not known. */
export function parameterizedClasses(
  c: ClassInfo,
  _bound: string,
  report: (p: Problem) => void,
): string[] | null {
  const fail = (why: string): null => {
    report({
      severity: 'notice',
      file: c.file,
      line: c.line,
      title: 'parameterized_class not read',
      message: `\`@parameterized_class\` on \`${c.name}\`: ${why}, so the classes it makes are not planned; the plugin gives their tests to a job at run time and names them.`,
    });
    return null;
  };
  for (const key of ['class_name_func', 'classname_func']) {
    const f = option(c.paramClass, key);
    if (f && f.t !== 'none') return fail(`a \`${key}\` of its own names the classes`);
  }
  let attrs = option(c.paramClass, 'attrs');
  const values = option(c.paramClass, 'input_values');
  if (!attrs || attrs.t === 'unknown') return fail(attrs?.t === 'unknown' ? attrs.why : 'it has no input');
  if (attrs.t === 'str') attrs = { t: 'list', items: [attrs] };
  const dicts: Array<Array<[string, PyVal]>> = [];
  if (!values || values.t === 'none') {
    const items = iterate(attrs, c.line);
    if (!Array.isArray(items)) return fail(items.t === 'unknown' ? items.why : 'its input is not a list');
    for (const d of items) {
      if (d.t !== 'dict') return fail('an input is not a dict');
      const entries: Array<[string, PyVal]> = [];
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i]!;
        if (k.t !== 'str') return fail('an input has a key that is not a string');
        entries.push([k.v, d.values[i]!]);
      }
      dicts.push(entries);
    }
  } else {
    const names = iterate(attrs, c.line);
    const rows = iterate(values, c.line);
    if (!Array.isArray(names) || !Array.isArray(rows))
      return fail('its attribute names or input values cannot be read');
    for (const row of rows) {
      const cells = iterate(row, c.line);
      if (!Array.isArray(cells)) return fail('an input row cannot be read');
      dicts.push(
        names
          .map((n, i) => [(n as { v: string }).v, cells[i]!] as [string, PyVal])
          .filter(([, v]) => v !== undefined),
      );
    }
  }
  const out: string[] = [];
  for (const [idx, entries] of dicts.entries()) {
    const named = entries.find(([k]) => k === 'name');
    let suffix: string;
    if (named) {
      const s = pyStr(named[1]);
      if (s === null) return fail('a `name` cannot be read');
      suffix = safeName(s);
    } else {
      const first = entries.find(([, v]) => v.t === 'str');
      if (entries.some(([, v]) => v.t === 'unknown') && !first) return fail('an input value cannot be read');
      suffix = first ? safeName((first[1] as { v: string }).v) : '';
    }
    out.push(`${c.name}_${idx}${suffix ? `_${suffix}` : ''}`);
  }
  return out;
}
