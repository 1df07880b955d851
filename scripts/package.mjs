// Bundles each entry point with ncc: the action (dist/index.js), the CLI (dist/cli/index.js), the
// report action and the JS runners' filters. ESM output; licenses collected next to each bundle.
// And the pytest plugin's wheel (dist/python/), which the setup action installs with no index.
// The bundles are built into a scratch directory and swapped in at the end, so a build that fails
// (or one still running) never leaves dist/ half empty for whatever runs it meanwhile.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { STAMP, stampText } from './dist-sources.mjs';
import { buildWheel } from './plugin-dist.mjs';

const BUILD = '.dist-build';
// Hashed before building: a source edited during the build leaves a stamp that no longer matches.
const stamp = stampText('.');
const entries = [
  { src: 'src/index.ts', out: '' },
  { src: 'src/cli.ts', out: 'cli' },
  { src: 'src/report/index.ts', out: 'report' },
  // Runner-side filters for JS suites, one small bundle each (no typescript-estree in them).
  { src: 'src/filters/jest/index.ts', out: 'filters/jest' },
  { src: 'src/filters/vitest/index.ts', out: 'filters/vitest' },
  { src: 'src/filters/playwright/index.ts', out: 'filters/playwright' },
];
fs.rmSync(BUILD, { recursive: true, force: true });
for (const { src, out } of entries) {
  const dir = out ? `${BUILD}/${out}` : BUILD;
  execFileSync(
    'npx',
    ['ncc', 'build', src, '-o', dir, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      stdio: 'inherit',
    },
  );
}
// ncc writes a package.json only when the input is a package; ESM bundles need "type": "module"
// when the nearest package.json says otherwise (a user's checkout under another package).
fs.writeFileSync(`${BUILD}/package.json`, '{ "type": "module" }\n');
// Jest require()s its --filter module: a CommonJS shim that imports the ESM filter bundle.
fs.copyFileSync('src/filters/jest/filter.cjs', `${BUILD}/filters/jest/filter.cjs`);
// What the bundles were built from, for the end-to-end tests to check before they run them.
fs.writeFileSync(STAMP.replace(/^dist\//, `${BUILD}/`), stamp);

// The plugin's wheel, built reproducibly (scripts/plugin-dist.mjs).
buildWheel(`${BUILD}/python`);

fs.rmSync('dist', { recursive: true, force: true });
fs.renameSync(BUILD, 'dist');
