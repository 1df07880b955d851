/**
 * What collection says about definitions and statements it cannot follow: a decorator it cannot
 * read, a test under a condition, and hooks that change items at run time.
 */
import type { Problem } from '../../model.js';
import type { ClassInfo, FuncInfo } from './definitions.js';
import type { ModuleModel } from './module-model.js';
import { GENERATE_TESTS, hookNotice } from './hooks.js';
import type { Stmt } from './structure.js';

type Report = (p: Problem) => void;

/**
 * What the reader cannot follow about a test definition, said where `path` shows it: a
 * decorator it cannot read, and a definition under a condition (planned as if it holds).
 */
export function unreadNotices(d: FuncInfo | ClassInfo, fallback: number, path: string, report: Report): void {
  const local = d.file === path;
  const where = local ? '' : ` (in ${d.file}, used here)`;
  for (const u of d.unread) {
    report({
      severity: 'notice',
      file: path,
      line: local ? u.line : fallback,
      title: 'Decorator not read',
      message: `\`${u.text}\` on \`${d.name}\`${where} cannot be read (${u.why}): a group mark it adds, or tests it adds or hides, are not in the plan; the plugin checks each job's tests at run time.`,
    });
  }
  if (d.guard) {
    report({
      severity: 'notice',
      file: path,
      line: local ? d.line : fallback,
      title: 'Test under a condition',
      message: `\`${d.name}\`${where} is defined under \`${d.guard.word}\` (line ${d.guard.line}): pytest collects it only when that runs; it is planned as if it does.`,
    });
  }
}

/** Hooks that change items or marks at run time: said once per run, at their definition. */
export function hookNotices(hooks: FuncInfo[], said: Set<FuncInfo>, report: Report): void {
  for (const h of hooks) {
    if (h.name === GENERATE_TESTS) continue; // said per test, where it matters
    if (said.has(h)) continue;
    said.add(h);
    report(hookNotice(h));
  }
}

/** A module that may skip itself at collection: its tests are planned, and the plugin handles a skipped file. */
export function skipNotices(path: string, skips: Extract<Stmt, { k: 'skip' }>[], report: Report): void {
  for (const s of skips) {
    const when = s.call.endsWith('importorskip')
      ? 'when the import fails'
      : s.guard
        ? `when the \`${s.guard.word}\` at line ${s.guard.line} holds`
        : 'when it runs';
    report({
      severity: 'notice',
      file: path,
      line: s.line,
      title: 'Module skipped at collection',
      message: `\`${s.call}(...)\` runs when pytest imports this file and skips all of its tests ${when}; that is known only at run time, so its tests are planned as if it does not (a job whose tests are all skipped passes).`,
    });
  }
}

/** Names bound by code (`globals()[...] = f`, `setattr(TestX, ...)`, `exec(...)`): tests pytest collects that the plan cannot list. */
export function writeNotices(path: string, model: ModuleModel, report: Report): void {
  for (const w of model.writes) {
    const own = w.target === null || w.target.startsWith('sys.modules');
    // `setattr(config, ...)` on something that is not a class of the module makes no test.
    const kind = own ? null : model.kindOf(model.ns, w.target!).k;
    if (kind !== null && kind !== 'class' && kind !== 'import') continue;
    report({
      severity: 'notice',
      file: path,
      line: w.line,
      title: 'Generated tests not read',
      message: `\`${w.how}\` ${w.how.startsWith('exec') ? 'may bind' : 'binds'} names in ${own ? 'this module' : `\`${w.target}\``} when the module is imported, and pytest collects those named like tests; the code that makes them is not run here, so the tests it makes are not planned (the plugin checks each job's tests at run time).`,
    });
  }
}

/**
 * Some of a parametrized test's ids cannot be known exactly (a value or an `ids=` entry read only at
 * run time, a module of the suite, a long string or a duplicate that pytest versions name
 * differently): its items are planned by their parameters' indices, which the plugin selects
 * by, so each runs in its job; only the names in the plan may differ from pytest's.
 */
export function inexactIdsNotice(
  name: string,
  line: number,
  problem: (severity: 'notice', line: number, title: string, message: string) => void,
): void {
  problem(
    'notice',
    line,
    'Parametrize ids not exact',
    `\`${name}\`: some of its ids depend on values known only at run time, or differ between pytest versions; they may differ from pytest's node ids in the plan. Each item is planned by its parameters' indices, which the plugin selects by, so it still runs in its job.`,
  );
}
