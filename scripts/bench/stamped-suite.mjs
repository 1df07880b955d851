// Writes a generated benchmark suite once: a stamp file records the parameters (and a hash of the
// generator's own source), and the suite is rewritten only when they change.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STAMP = '.bench-stamp.json';

/**
 * `configs`: file name → text written at the suite's root. `fileAt(i)`: the i-th test file as
 * `{ rel, text }`. Returns `{ dir, files, bytes, regenerated }`.
 */
export function writeStampedSuite({ out, generatorUrl, version, files, seed, force, configs, fileAt }) {
  const dir = path.resolve(out);
  // The generator's own source is part of the stamp: editing it regenerates the suite.
  const source = crypto
    .createHash('sha256')
    .update(fs.readFileSync(fileURLToPath(generatorUrl)))
    .digest('hex')
    .slice(0, 16);
  const params = { version, files, seed, source };
  const stampFile = path.join(dir, STAMP);
  if (!force && fs.existsSync(stampFile)) {
    try {
      const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
      if (JSON.stringify(stamp.params) === JSON.stringify(params)) {
        return { dir, files: stamp.files, bytes: stamp.bytes, regenerated: false };
      }
    } catch {
      // unreadable stamp: regenerate
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(configs)) fs.writeFileSync(path.join(dir, name), text);
  let bytes = 0;
  const made = new Set();
  for (let i = 0; i < files; i++) {
    const { rel, text } = fileAt(i);
    const abs = path.join(dir, rel);
    const parent = path.dirname(abs);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    fs.writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  fs.writeFileSync(stampFile, JSON.stringify({ params, files, bytes }, null, 2) + '\n');
  return { dir, files, bytes, regenerated: true };
}
