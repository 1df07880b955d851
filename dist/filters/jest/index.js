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
  p: () => (/* binding */ filter),
  I: () => (/* binding */ jestArgs)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
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
        return external_node_fs_default().realpathSync(entry) === external_node_fs_default().realpathSync(new URL(metaUrl));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/filters/jest/index.ts
// Jest 30 rejects custom CLI flags, so the job comes through env (GROUP_MATRIX_PLAN, GROUP_MATRIX_ID).
// Two uses of this one module:
//   node dist/filters/jest/index.js args   → prints `--filter=<this module>` and, when the job holds
//                                             part of a file, `--testNamePattern=<exact names>`;
//   jest --filter=dist/filters/jest/filter.cjs → Jest require()s that CommonJS shim, which calls
//                                             `filter` here with every test path Jest found.



/** Jest's `--filter` contract (Jest 30): `{ filtered: string[] }` of the paths to run, exactly the job's files. */
async function filter(testPaths) {
    const selection = readSelection('jest');
    const found = new Set(testPaths.map((p) => external_node_path_default().resolve(p)));
    const missing = selection.files.filter((f) => !found.has(f));
    if (missing.length > 0)
        throw new FilterError(`group-matrix jest filter: job '${selection.job.id}' plans ${missing.map((f) => `'${external_node_path_default().relative(selection.root, f)}'`).join(', ')}, but Jest does not find ${missing.length > 1 ? 'them' : 'it'} as a test file (testMatch, roots or rootDir differ from the plan). Align the action's paths with Jest's config.`);
    const unplanned = [...found].filter((p) => !selection.runnerFiles.has(p));
    if (unplanned.length > 0)
        throw new FilterError(`group-matrix jest filter: Jest finds ${unplanned.length} test file(s) the plan does not hold, which no job would run: ${unplanned
            .slice(0, 5)
            .map((f) => `'${external_node_path_default().relative(selection.root, f)}'`)
            .join(', ')}. Re-run the collect job, or widen the action's paths.`);
    const keep = new Set(selection.files);
    return { filtered: testPaths.filter((p) => keep.has(external_node_path_default().resolve(p))) };
}
/** The arguments to append to `jest` for the selected job. */
function jestArgs(self) {
    const selection = readSelection('jest');
    const args = [`--filter=${external_node_path_default().join(external_node_path_default().dirname(self), 'filter.cjs')}`];
    if (selection.byName)
        args.push(`--testNamePattern=${selection.byName.pattern}`);
    return args;
}
if (isMain(import.meta.url)) {
    cli((argv) => {
        if (argv[0] !== 'args')
            throw new FilterError('usage: node dist/filters/jest/index.js args [--nul]');
        printArgs(jestArgs((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), argv.includes('--nul'));
    });
}

var __webpack_exports__filter = __webpack_exports__.p;
var __webpack_exports__jestArgs = __webpack_exports__.I;
export { __webpack_exports__filter as filter, __webpack_exports__jestArgs as jestArgs };
