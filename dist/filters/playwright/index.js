import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ playwrightArgs)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/extract/js/names.ts
/** Plan ids of JS tests: `<file>::<describe>::<test>`; titles as written. */
const ID_SEPARATOR = '::';
function jsTestId(file, titles) {
    return [file, ...titles].join(ID_SEPARATOR);
}
/** The titles of a plan id (`file::d::t` → `['d', 't']`), or [] for a whole-file unit (`file`). */
function titlesOfId(file, id) {
    if (id === file)
        return [];
    return id.slice(file.length + ID_SEPARATOR.length).split(ID_SEPARATOR);
}
// `.each` / `.for` titles are formatted at run time: printf tokens (%s %d %i %f %j %o %p %#) and
// `$name` / `$a.b` interpolations stand for any text.
const TEMPLATE_TOKEN = /%[sdifjopO#]|\$[A-Za-z_#][\w.]*/g;
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** A title as a regex source: literal text, with template tokens matching anything. */
function titleRegexSource(title) {
    let out = '';
    let last = 0;
    for (const m of title.matchAll(TEMPLATE_TOKEN)) {
        out += escapeRegex(title.slice(last, m.index)) + '.*';
        last = m.index + m[0].length;
    }
    return out + escapeRegex(title.slice(last)).replace(/%%/g, '%');
}
/**
 * The `-t` (testNamePattern) regex that matches exactly these tests' full names: Jest and Vitest
 * match it against the describe titles and the test title joined by spaces.
 */
function namePatternSource(tests) {
    const unique = [...new Set(tests.map((titles) => titles.map(titleRegexSource).join(' ')))].sort();
    return `^(?:${unique.join('|')})$`;
}
/** Jest compiles -t case-insensitively; Vitest as written. */
function nameRegex(runner, source) {
    return new RegExp(source, runner === 'jest' ? 'i' : '');
}
/** Why these titles cannot be selected one by one by the runner, or null when they can. */
function unselectableTitle(runner, titles) {
    for (const title of titles) {
        if (title.includes(ID_SEPARATOR))
            return `the title '${title}' holds '${ID_SEPARATOR}'`;
        if (runner === 'playwright') {
            if (/[>›]/.test(title))
                return `the title '${title}' holds '>' or '›' (Playwright's test-list separators)`;
            if (title !== title.trim())
                return `the title '${title}' starts or ends with spaces`;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/filters/selection.ts



/** A filter's refusal: printed as one line, exit code 2, never a stack trace. */
class FilterError extends Error {
    name = 'FilterError';
}
/**
 * Reads env GROUP_MATRIX_PLAN (the plan file) and GROUP_MATRIX_ID (the job's id) and works out
 * what the job runs. Paths in the plan are relative to the action's working directory: env
 * GROUP_MATRIX_ROOT, else the current directory.
 */
function readSelection(runner, env = process.env) {
    const planPath = env['GROUP_MATRIX_PLAN'];
    const id = env['GROUP_MATRIX_ID'];
    if (!planPath || !id)
        throw new FilterError(`group-matrix ${runner} filter: set GROUP_MATRIX_PLAN (the plan file from the collect job) and GROUP_MATRIX_ID (the job's id, matrix.group.id) in the step's env.`);
    let plan;
    try {
        plan = JSON.parse(external_node_fs_default().readFileSync(planPath, 'utf8'));
    }
    catch (err) {
        throw new FilterError(`group-matrix ${runner} filter: cannot read the plan file '${planPath}' (${err.message}).`);
    }
    const job = plan.jobs.find((j) => j.id === id);
    if (!job)
        throw new FilterError(`group-matrix ${runner} filter: the plan '${planPath}' has no job '${id}' (it has ${plan.jobs.map((j) => `'${j.id}'`).join(', ') || 'none'}). Pass matrix.group.id from the same run's plan.`);
    if (job.runner !== runner)
        throw new FilterError(`group-matrix ${runner} filter: job '${id}' is planned for ${job.runner}, not ${runner}. Use the ${job.runner} filter for it.`);
    const root = external_node_path_default().resolve(env['GROUP_MATRIX_ROOT'] || process.cwd());
    const abs = (f) => external_node_path_default().resolve(root, f);
    const missing = job.files.filter((f) => !external_node_fs_default().existsSync(abs(f)));
    if (missing.length > 0)
        throw new FilterError(`group-matrix ${runner} filter: job '${id}' plans ${missing.map((f) => `'${f}'`).join(', ')}, which do not exist under ${root}. The plan no longer matches the checkout (or GROUP_MATRIX_ROOT is not the action's working-directory): re-run the collect job.`);
    const runnerFiles = new Set();
    const elsewhere = new Set();
    for (const other of plan.jobs) {
        if (other.runner !== runner)
            continue;
        for (const f of other.files)
            runnerFiles.add(abs(f));
        if (other !== job)
            for (const t of other.tests)
                elsewhere.add(t.file);
    }
    for (const t of plan.skipped ?? []) {
        runnerFiles.add(abs(t.file));
        elsewhere.add(t.file);
    }
    // Names must select when one of the job's files also has tests in another job.
    const split = job.files.filter((f) => elsewhere.has(f));
    let byName = null;
    if (split.length > 0) {
        const whole = job.tests.filter((t) => t.id === t.file);
        if (whole.length > 0)
            throw new FilterError(`group-matrix ${runner} filter: job '${id}' holds the whole of ${whole.map((t) => `'${t.file}'`).join(', ')} (tests not readable one by one) and part of ${split.map((f) => `'${f}'`).join(', ')}; one ${runner} run cannot select both exactly. Use scope: file, or give the whole file a docblock group of its own.`);
        const titles = job.tests.map((t) => titlesOfId(t.file, t.id));
        byName = { pattern: namePatternSource(titles), titles };
    }
    return { job, files: job.files.map(abs), runnerFiles, byName, root };
}
/**
 * Prints arguments one per line (or NUL-separated with `--nul`), for `mapfile -t args < <(...)`:
 * file names may hold spaces, so the output is never meant for word splitting.
 */
function printArgs(args, nul) {
    for (const a of args) {
        if (!nul && a.includes('\n'))
            throw new FilterError(`group-matrix filter: the argument '${a}' holds a newline; use --nul with mapfile -d ''.`);
    }
    process.stdout.write(args.map((a) => a + (nul ? '\0' : '\n')).join(''));
}
/** Runs a filter's CLI: `args [--nul]`, errors as one line on stderr and exit code 2. */
function cli(main) {
    try {
        main(process.argv.slice(2));
    }
    catch (err) {
        process.stderr.write(`${err instanceof FilterError ? err.message : `group-matrix filter failed unexpectedly: ${String(err)}`}\n`);
        process.exitCode = 2;
    }
}
/** Whether this module is the process's entry (CLI use) rather than imported (Jest's --filter). */
function isMain(metaUrl) {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return fs.realpathSync(entry) === fs.realpathSync(new URL(metaUrl));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/filters/playwright/index.ts
// `node dist/filters/playwright/index.js args [--test-dir DIR]` writes a Playwright test list
// (`file › describe › title` lines, relative to the config's testDir) for the job named by env
// GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN, and prints `--test-list=<that file>`. A test
// list selects by exact title path, so tags need no --grep and ungrouped tests stay selectable.





function playwrightArgs(testDir, listDir) {
    const selection = readSelection('playwright');
    const lines = [];
    for (const test of selection.job.tests) {
        const rel = external_node_path_default().relative(testDir, external_node_path_default().resolve(selection.root, test.file)).split((external_node_path_default()).sep).join('/');
        if (rel.startsWith('../') || rel !== rel.trim() || rel.startsWith('#'))
            throw new FilterError(`group-matrix playwright filter: '${test.file}' cannot be named in a test list relative to testDir '${testDir}'. Pass --test-dir with the config's testDir.`);
        // A file with no one-by-one tests, or a job holding all of a file, is named by the file alone.
        const titles = selection.byName && test.id !== test.file ? titlesOfId(test.file, test.id) : [];
        lines.push([rel, ...titles].join(' › '));
    }
    const list = external_node_path_default().join(listDir, `group-matrix-${selection.job.id}.testlist`);
    external_node_fs_default().writeFileSync(list, [...new Set(lines)].join('\n') + '\n');
    return [`--test-list=${list}`];
}
/** testDir from `--test-dir`, else from a statically readable playwright.config.*, else the cwd. */
function testDirOf(argv) {
    const i = argv.indexOf('--test-dir');
    if (i !== -1 && argv[i + 1])
        return external_node_path_default().resolve(argv[i + 1]);
    const config = external_node_fs_default().readdirSync('.').find((e) => /^playwright\.config\.[cm]?[jt]s$/.test(e));
    if (config) {
        const m = /\btestDir\s*:\s*(['"`])([^'"`$]*)\1/.exec(external_node_fs_default().readFileSync(config, 'utf8'));
        if (m)
            return external_node_path_default().resolve(m[2]);
    }
    return process.cwd();
}
cli((argv) => {
    if (argv[0] !== 'args')
        throw new FilterError('usage: node dist/filters/playwright/index.js args [--test-dir DIR] [--nul]');
    const listDir = process.env['RUNNER_TEMP'] || external_node_os_default().tmpdir();
    printArgs(playwrightArgs(testDirOf(argv), listDir), argv.includes('--nul'));
});

var __webpack_exports__playwrightArgs = __webpack_exports__.r;
export { __webpack_exports__playwrightArgs as playwrightArgs };
