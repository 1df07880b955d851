import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from './run-action.js';

/** The Python that has pytest; scripts/test.sh points this at a venv it made. */
export const PYTHON = process.env['GROUP_MATRIX_PYTHON'] || 'python3';

/**
 * Runs `pytest --collect-only -q` in `cwd` with our plugin importable from the checkout, and
 * returns the node ids it would run. Throws with pytest's output when pytest fails, so a test
 * never passes on a broken run.
 */
export function collectIds(cwd: string, args: string[] = []): string[] {
  return collectedIds(runPytest(cwd, ['--collect-only', '-q', ...args]).stdout);
}

/** The node ids `pytest --collect-only -q` printed. */
export function collectedIds(stdout: string): string[] {
  // `-q --collect-only` prints one node id a line, then a blank line, then summaries.
  const lines = stdout.split('\n');
  const end = lines.indexOf('');
  return (end === -1 ? lines : lines.slice(0, end)).filter((l) => l.includes('::'));
}

/** Runs pytest with our plugin from the checkout, whatever its exit status. */
export function spawnPytest(cwd: string, args: string[]) {
  return spawnSync(
    PYTHON,
    ['-m', 'pytest', '-p', 'no:cacheprovider', '-p', 'pytest_group_matrix.plugin', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        PYTHONPATH: path.join(REPO, 'python'),
        PYTHONDONTWRITEBYTECODE: '1',
        GROUP_MATRIX_ID: '',
        GROUP_MATRIX_PLAN: '',
        GITHUB_OUTPUT: '',
      },
    },
  );
}

/** Runs pytest with our plugin from the checkout; throws with pytest's output on a failure. */
export function runPytest(cwd: string, args: string[]) {
  const result = spawnPytest(cwd, args);
  if (result.error) throw new Error(`could not run ${PYTHON}: ${result.error.message}`);
  // 0: collected; 5: nothing collected (a job may legitimately select nothing only if planned so).
  if (result.status !== 0 && result.status !== 5) {
    throw new Error(
      `pytest ${args.join(' ')} exited ${result.status} in ${cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}
