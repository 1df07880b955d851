#!/usr/bin/env node
// The floor for the TS part of the benchmark: a fresh Node process that discovers the same files
// as the action's default JS discovery (`*.test.*` / `*.spec.*` and anything under `__tests__/`,
// JS/TS extensions, outside node_modules, dist and dot-directories) and reads every file once.
// Nothing is parsed. Prints { files, bytes } as JSON.
//
//   node scripts/bench/floor-js.mjs DIR
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist']);
const EXT = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const TEST = /\.(?:test|spec)\.[^.]+$/;
const root = path.resolve(process.argv[2] ?? '.');
let files = 0;
let bytes = 0;

function walk(dir, inTests) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (entry.isDirectory()) {
      if (!SKIP.has(name) && !name.startsWith('.'))
        walk(path.join(dir, name), inTests || name === '__tests__');
    } else if (EXT.test(name) && !/\.d\.[cm]?ts$/.test(name) && (inTests || TEST.test(name))) {
      bytes += fs.readFileSync(path.join(dir, name)).length;
      files++;
    }
  }
}

walk(root, false);
process.stdout.write(JSON.stringify({ files, bytes }) + '\n');
