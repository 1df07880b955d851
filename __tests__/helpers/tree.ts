import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes a directory tree of files (path → content) into a fresh temp directory. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-tree-'));
  for (const [rel, content] of Object.entries(files)) {
    const target = path.join(root, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return root;
}
