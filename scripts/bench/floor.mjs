#!/usr/bin/env node
// The floor for the benchmark: a fresh Node process that discovers the same test files as the
// action (pytest's default python_files under the root, skipping dot-directories and caches)
// and reads every file once. Nothing is parsed. Prints { files, bytes } as JSON.
//
//   node scripts/bench/floor.mjs DIR
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set([
  '__pycache__',
  'node_modules',
  '.git',
  '.tox',
  '.nox',
  '.venv',
  'build',
  'dist',
  'venv',
]);
const root = path.resolve(process.argv[2] ?? '.');
let files = 0;
let bytes = 0;

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (entry.isDirectory()) {
      if (!SKIP.has(name) && !name.startsWith('.')) walk(path.join(dir, name));
    } else if (name.endsWith('.py') && (name.startsWith('test_') || name.endsWith('_test.py'))) {
      bytes += fs.readFileSync(path.join(dir, name)).length;
      files++;
    }
  }
}

walk(root);
process.stdout.write(JSON.stringify({ files, bytes }) + '\n');
