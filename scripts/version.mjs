// One version for the action, the CLI and the pytest plugin, set in package.json:
//   node scripts/version.mjs                      prints it;
//   node scripts/version.mjs set 1.2.0            writes it everywhere it is carried in the sources
//                                                 (package.json, package-lock.json, the plugin's
//                                                 __init__.py); `npm run package` then rebuilds
//                                                 dist/, whose CLI bundle and wheel carry it;
//   node scripts/version.mjs check [--tag v1.2.0] fails naming every place that differs (CI; the
//                                                 release workflow also checks its tag).
// --root DIR works on another checkout (the tests).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const ROOT = rootAt === -1 ? path.resolve(import.meta.dirname, '..') : path.resolve(args[rootAt + 1] ?? '.');
const at = (...parts) => path.join(ROOT, ...parts);
const INIT = 'python/pytest_group_matrix/__init__.py';
const VERSION_LINE = /^__version__ = "([^"]*)"$/m;
const SEMVER = /^\d+\.\d+\.\d+$/;

const readJson = (file) => JSON.parse(fs.readFileSync(at(file), 'utf8'));
const source = () => readJson('package.json').version;

/** Every place the version is carried, and what it says there (null: not found). */
function places() {
  const lock = readJson('package-lock.json');
  const init = VERSION_LINE.exec(fs.readFileSync(at(INIT), 'utf8'));
  const pyproject = fs.readFileSync(at('python/pyproject.toml'), 'utf8');
  const wheels = fs.existsSync(at('dist/python'))
    ? fs.readdirSync(at('dist/python')).filter((f) => f.endsWith('.whl'))
    : [];
  const wheel =
    wheels.length === 1 ? /^pytest_group_matrix-([^-]+)-py3-none-any\.whl$/.exec(wheels[0]) : null;
  let cli = null;
  try {
    cli = execFileSync(process.execPath, [at('dist/cli/index.js'), '--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported below as not found.
  }
  return [
    ['package-lock.json (version)', lock.version],
    ['package-lock.json (packages[""].version)', lock.packages?.['']?.version],
    [`${INIT} (__version__)`, init?.[1] ?? null],
    [
      'python/pyproject.toml (version read from __version__)',
      /^dynamic = \[.*"version".*\]$/m.test(pyproject) &&
      /^version = \{ attr = "pytest_group_matrix.__version__" \}$/m.test(pyproject)
        ? (init?.[1] ?? null)
        : null,
    ],
    [`dist/python/ (the plugin's wheel: ${wheels.join(', ') || 'none'})`, wheel?.[1] ?? null],
    ['dist/cli/index.js --version (the CLI bundle)', cli],
  ];
}

function check(tag) {
  const version = source();
  const wrong = places().filter(([, v]) => v !== version);
  if (!SEMVER.test(version)) wrong.unshift(['package.json (version): not X.Y.Z', version]);
  if (tag !== undefined && tag !== `v${version}`) wrong.unshift([`the tag ${tag}`, tag.replace(/^v/, '')]);
  if (wrong.length === 0) {
    console.log(
      `version ${version}: package.json, package-lock.json, the plugin, its wheel and the CLI agree${tag ? `, and so does the tag ${tag}` : ''}`,
    );
    return 0;
  }
  console.error(`version: package.json says ${version}, but:`);
  for (const [where, v] of wrong) console.error(`  ${where}: ${v ?? 'not found'}`);
  console.error(
    'Set it everywhere with `node scripts/version.mjs set X.Y.Z`, then `npm run package` (dist/ carries it) and commit.',
  );
  return 1;
}

function set(version) {
  if (!SEMVER.test(version ?? '')) throw new Error(`'${version}' is not a version X.Y.Z`);
  const pkg = readJson('package.json');
  pkg.version = version;
  fs.writeFileSync(at('package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const lock = readJson('package-lock.json');
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  fs.writeFileSync(at('package-lock.json'), JSON.stringify(lock, null, 2) + '\n');
  const init = fs.readFileSync(at(INIT), 'utf8');
  if (!VERSION_LINE.test(init)) throw new Error(`${INIT} has no line __version__ = "..."`);
  fs.writeFileSync(at(INIT), init.replace(VERSION_LINE, `__version__ = "${version}"`));
  console.log(
    `version ${version} written to package.json, package-lock.json and ${INIT}; now npm run package, and commit.`,
  );
  return 0;
}

const positional = args.filter(
  (a, i) => !a.startsWith('--') && args[i - 1] !== '--root' && args[i - 1] !== '--tag',
);
const tagAt = args.indexOf('--tag');
try {
  if (positional[0] === undefined) console.log(source());
  else if (positional[0] === 'check')
    process.exitCode = check(tagAt === -1 ? undefined : (args[tagAt + 1] ?? ''));
  else if (positional[0] === 'set') process.exitCode = set(positional[1]);
  else throw new Error('usage: node scripts/version.mjs [check [--tag vX.Y.Z] | set X.Y.Z] [--root DIR]');
} catch (err) {
  console.error(`version: ${err.message}`);
  process.exitCode = 2;
}
