import type { Extractor } from './extractor.js';
import { pythonExtractor } from './python/index.js';

/** Which extractor reads a file, by its extension; null when no extractor knows the file type. */
export function extractorFor(file: string): Extractor | null {
  if (file.endsWith('.py')) return pythonExtractor;
  return null;
}
