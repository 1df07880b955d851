// Bundles each entry point with ncc into dist/: the action (dist/index.js) and the CLI
// (dist/cli/index.js). ESM output; licenses collected next to each bundle.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const entries = [
  { src: 'src/index.ts', out: 'dist' },
  { src: 'src/cli.ts', out: 'dist/cli' },
  { src: 'src/report/index.ts', out: 'dist/report' },
  // Runner-side filters for JS suites, one small bundle each (no typescript-estree in them).
  { src: 'src/filters/jest/index.ts', out: 'dist/filters/jest' },
  { src: 'src/filters/vitest/index.ts', out: 'dist/filters/vitest' },
  { src: 'src/filters/playwright/index.ts', out: 'dist/filters/playwright' },
];
fs.rmSync('dist', { recursive: true, force: true });
for (const { src, out } of entries) {
  execFileSync(
    'npx',
    ['ncc', 'build', src, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      stdio: 'inherit',
    },
  );
}
// ncc writes a package.json only when the input is a package; ESM bundles need "type": "module"
// when the nearest package.json says otherwise (a user's checkout under another package).
fs.writeFileSync('dist/package.json', '{ "type": "module" }\n');
// Jest require()s its --filter module: a CommonJS shim that imports the ESM filter bundle.
fs.copyFileSync('src/filters/jest/filter.cjs', 'dist/filters/jest/filter.cjs');
