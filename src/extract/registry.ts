import type { Extractor } from './extractor.js';
import { JS_EXTENSIONS, jsExtractor } from './js/index.js';
import { pythonExtractor } from './python/index.js';

/** Which extractor reads a file, by its extension; null when no extractor knows the file type. */
export function extractorFor(file: string): Extractor | null {
  if (file.endsWith('.py')) return pythonExtractor;
  // The JS extractor imports typescript-estree itself, lazily, when a file needs an AST.
  if (JS_EXTENSIONS.some((ext) => file.endsWith(ext))) return jsExtractor;
  return null;
}
