// Bundles each entry point with ncc into dist/: the action (dist/index.js) and the CLI
// (dist/cli/index.js). ESM output; licenses collected next to each bundle.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const entries = [
  { src: 'src/index.ts', out: 'dist' },
  { src: 'src/cli.ts', out: 'dist/cli' },
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
