import type { Reconciliation } from './reconcile.js';

const ms = (s: number): number => Math.round(s * 1000) / 1000;

function sorted(entries: [string, number][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = ms(v);
  return out;
}

/**
 * The compact timings file (docs/timings-format.md): call time per planned test id, setup per
 * file. Only tests that ran and were not skipped count: a skipped test's time says nothing of
 * its cost, and a missing one has none.
 */
export function timingsJson(r: Reconciliation): string {
  const tests = r.tests
    .filter((t) => t.status === 'passed' || t.status === 'failed')
    .map((t): [string, number] => [t.test.id, t.seconds]);
  const doc = {
    version: 1,
    tool: 'group-matrix-timings',
    tests: sorted(tests),
    files: sorted([...r.fileSetup.entries()]),
  };
  return JSON.stringify(doc, null, 1) + '\n';
}
