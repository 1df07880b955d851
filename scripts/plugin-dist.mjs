// The pytest plugin's packages, built from python/ by `python -m build` with the setuptools that
// python/pyproject.toml pins, so the same sources give the same bytes anywhere:
//   node scripts/plugin-dist.mjs wheel DIR   the wheel, into DIR (npm run package: dist/python/,
//                                            which the setup action installs with no package index);
//   node scripts/plugin-dist.mjs check [DIR] the sdist and the wheel as the release builds them
//                                            (isolated build), `twine check --strict` on both, and
//                                            the wheel byte for byte against dist/python/'s.
// Build tools live in .venvs/build (pinned below, made on first use; PyPI must be reachable then).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const VENV = path.join(REPO, '.venvs', 'build');
const TOOLS = ['build==1.6.1', 'twine==7.0.0', 'setuptools==80.9.0'];
// Zip entries carry this time (1980-01-01, the earliest a zip can hold) instead of the files'.
const SOURCE_DATE_EPOCH = '315532800';

/** The build venv's python, made or remade when the pinned tools changed. */
export function buildPython() {
  const python = path.join(VENV, 'bin', 'python');
  const stamp = path.join(VENV, 'group-matrix-tools.txt');
  const wanted = TOOLS.join('\n') + '\n';
  if (fs.existsSync(python) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted)
    return python;
  fs.rmSync(VENV, { recursive: true, force: true });
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', ...TOOLS], {
    stdio: 'inherit',
  });
  fs.writeFileSync(stamp, wanted);
  return python;
}

/**
 * A copy of the project's sources: what setuptools reads, without caches or build leftovers, every
 * file mode 644 (a zip entry keeps its file's mode, and checkouts differ by umask).
 */
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-plugin-src-'));
  const skip = (name) => name === '__pycache__' || name.endsWith('.pyc') || name.endsWith('.egg-info');
  const copy = (from, to) => {
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(to, { mode: 0o755 });
      for (const name of fs.readdirSync(from).sort())
        if (!skip(name)) copy(path.join(from, name), path.join(to, name));
    } else {
      fs.copyFileSync(from, to);
      fs.chmodSync(to, 0o644);
    }
  };
  for (const name of ['pyproject.toml', 'README.md', 'pytest_group_matrix'])
    copy(path.join(REPO, 'python', name), path.join(dir, name));
  return dir;
}

/** `python -m build` of the staged sources into `outDir`; `args` chooses what and how. */
function build(outDir, args) {
  const python = buildPython();
  const src = stage();
  try {
    fs.mkdirSync(outDir, { recursive: true });
    console.log(['python -m build', ...args, `(python/, SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH})`].join(' '));
    execFileSync(python, ['-m', 'build', ...args, '--outdir', outDir, src], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SOURCE_DATE_EPOCH },
    });
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
  return fs.readdirSync(outDir).sort();
}

/** The wheel alone, with the build venv's setuptools (the pinned one): no download, same bytes. */
export function buildWheel(outDir) {
  return build(outDir, ['--wheel', '--no-isolation']);
}

function check(outDir) {
  const built = build(outDir, []);
  const wheels = built.filter((f) => f.endsWith('.whl'));
  const sdists = built.filter((f) => f.endsWith('.tar.gz'));
  if (wheels.length !== 1 || sdists.length !== 1)
    throw new Error(`expected one wheel and one sdist, built: ${built.join(', ')}`);
  const files = [...sdists, ...wheels].map((f) => path.join(outDir, f));
  execFileSync(buildPython(), ['-m', 'twine', 'check', '--strict', ...files], { stdio: 'inherit' });
  const shipped = path.join(REPO, 'dist', 'python', wheels[0]);
  if (!fs.existsSync(shipped))
    throw new Error(`dist/python/ has no ${wheels[0]}: run npm run package and commit dist/`);
  if (!fs.readFileSync(shipped).equals(fs.readFileSync(path.join(outDir, wheels[0]))))
    throw new Error(
      `dist/python/${wheels[0]} differs from the wheel python -m build makes: run npm run package and commit dist/`,
    );
  console.log(
    `${wheels[0]} in dist/python/ (what the setup action installs) is the wheel python -m build makes`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [command, dir] = process.argv.slice(2);
  try {
    if (command === 'wheel' && dir) console.log(buildWheel(path.resolve(dir)).join('\n'));
    else if (command === 'check')
      check(path.resolve(dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gm-plugin-dist-'))));
    else throw new Error('usage: node scripts/plugin-dist.mjs wheel DIR | check [DIR]');
  } catch (err) {
    console.error(`plugin-dist: ${err.message}`);
    process.exitCode = 1;
  }
}
