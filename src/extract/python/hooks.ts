/**
 * What a collection hook of the suite may change, as pytest calls it: said at its definition,
 * with the tests it reaches.
 */
import type { Problem } from '../../model.js';
import type { FuncInfo } from './definitions.js';

/** The hook that parametrizes tests from code: said per test it may reach (generate-tests.ts). */
export const GENERATE_TESTS = 'pytest_generate_tests';

/** Hooks in a test module or conftest.py that change which items exist or which marks they carry. */
export const COLLECTION_HOOKS = new Set([
  GENERATE_TESTS,
  'pytest_collection_modifyitems',
  'pytest_itemcollected',
  'pytest_pycollect_makeitem',
  'pytest_pycollect_makemodule',
  'pytest_collect_file',
  'pytest_ignore_collect',
  'pytest_runtest_setup',
  'pytest_make_parametrize_id',
  'pytest_collection_finish',
  'pytest_deselected',
]);

/**
 * Hooks pytest calls once for the whole session (`config.hook`, not a node's `ihook`): one in
 * any conftest.py sees every collected item, not only those under its directory.
 */
export const SESSION_HOOKS = new Set([
  'pytest_collection_modifyitems',
  'pytest_collection_finish',
  'pytest_deselected',
]);

/** `pytest_make_parametrize_id`: asked for the id of every parameter value without an explicit id. */
export const ID_HOOK = 'pytest_make_parametrize_id';

/** The notice for a hook the reader cannot run. */
export function hookNotice(h: FuncInfo): Problem {
  const where = h.file.endsWith('conftest.py') ? 'the tests under this directory' : 'this module';
  const what = SESSION_HOOKS.has(h.name)
    ? 'may deselect or mark any test of the session, not only those under its directory (pytest passes it every collected item)'
    : h.name === ID_HOOK
      ? `may change the id of any parameter without an explicit id (\`ids=\`, \`pytest.param(id=)\`) in ${where} (the plan gives pytest's default ids)`
      : `may add, remove or mark tests (a group mark among them) in ${where}`;
  return {
    severity: 'notice',
    file: h.file,
    line: h.line,
    title: 'Collection hook not read',
    message: `\`${h.name}\` runs at collection time and ${what}; group-matrix cannot read what it does, and the plugin checks each job's tests against the plan at run time.`,
  };
}
