/**
 * pytest's doctest plugin (`_pytest/doctest.py`, `pytest_collect_file`): every `*.py` file with
 * `--doctest-modules` (but `setup.py` and `__main__.py`), and text files matching `--doctest-glob`
 * (default `test*.txt`, even without any doctest option) become collectors whose items are the
 * docstrings or texts holding `>>>` examples. They are not planned: each file that holds an
 * example is named, and the plugin runs such items in one job at run time.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Problem } from '../model.js';
import type { PytestConfig } from './pytest-config.js';

/** Whether a file (by basename) is one the doctest plugin collects; null when none can be. */
export function doctestFileFilter(config: PytestConfig): ((name: string) => boolean) | null {
  const { doctestModules, doctestGlobs } = config.addopts;
  const globs = doctestGlobs.length > 0 ? doctestGlobs : ['test*.txt'];
  const text = picomatch(globs, { dot: true });
  // The default glob needs a `.txt` name: most files are passed over on one comparison.
  const textFile = doctestGlobs.length > 0 ? text : (name: string) => name.endsWith('.txt') && text(name);
  if (!doctestModules) return textFile;
  return (name) => (name.endsWith('.py') && name !== 'setup.py' && name !== '__main__.py') || textFile(name);
}

/** A `>>>` example as doctest's parser finds one: at a line's start after spaces, then a space or the end. */
const EXAMPLE = /^[ \t]*>>>(?: |$)/m;

/** One notice per file that holds a doctest example. */
export function doctestNotices(root: string, files: string[], config: PytestConfig): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    const m = EXAMPLE.exec(text);
    if (!m) continue;
    const why = file.endsWith('.py')
      ? '`--doctest-modules` in `addopts`'
      : `its name matches ${config.addopts.doctestGlobs.length > 0 ? '`--doctest-glob`' : "pytest's default doctest glob `test*.txt`"}`;
    problems.push({
      severity: 'notice',
      file,
      line: text.slice(0, m.index).split('\n').length,
      title: 'Doctests not planned',
      message: `pytest collects the \`>>>\` examples of ${file} as doctest items (${why}); they are not in the plan, and the plugin runs them in one job at run time.`,
    });
  }
  return problems;
}
