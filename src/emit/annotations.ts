import { ANNOTATIONS_PER_TYPE } from '../constants.js';
import type { Problem } from '../model.js';

/**
 * GitHub shows 10 annotations of each type per step and silently drops the rest, so choose which
 * 10 to show (errors in file order) and let the summary list everything.
 */
export function pickAnnotations(problems: Problem[]): { shown: Problem[]; hidden: number } {
  const shown: Problem[] = [];
  let hidden = 0;
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofType = problems.filter((p) => p.severity === severity);
    shown.push(...ofType.slice(0, ANNOTATIONS_PER_TYPE));
    hidden += Math.max(0, ofType.length - ANNOTATIONS_PER_TYPE);
  }
  return { shown, hidden };
}

/** Stable problem order: by file, line, then title; problems without a file first. */
export function sortProblems(problems: Problem[]): Problem[] {
  const key = (p: Problem): string =>
    `${p.file ?? ''}\u0000${String(p.line ?? 0).padStart(9, '0')}\u0000${p.title}\u0000${p.message}`;
  return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
