/**
 * Marks are checked where they are written: a group mark whose value cannot be read is an error
 * at its line, winning or not, and a `parametrize` is read once, where its decorator runs (with
 * the names bound at that point), its parameter sets' group marks checked in turn.
 */
import type { MarkerSpec, Problem } from '../../model.js';
import { isGroupMark, readGroup } from './marks.js';
import { readParametrize } from './params.js';
import type { Mark } from './values.js';

export function checkMarks(
  marks: Mark[],
  spec: MarkerSpec,
  file: string,
  report: (p: Problem) => void,
): void {
  for (const m of marks) {
    if (m.name === 'parametrize') {
      const p = (m.parametrize ??= readParametrize(m));
      if (p.static) for (const s of p.sets) checkMarks(s.marks, spec, file, report);
      continue;
    }
    if (!isGroupMark(spec, m.name)) continue;
    const r = readGroup(spec, m);
    if (!r.ok)
      report({
        severity: 'error',
        file: m.env?.file ?? file,
        line: r.line,
        title: r.title,
        message: r.message,
      });
  }
}
