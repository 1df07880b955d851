// ncc's ESM output has no __filename/__dirname, and bundled CommonJS code (typescript.js, pulled
// in by typescript-estree) reads them at load time. This module must be the entry's first import.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const self = globalThis as { __filename?: string; __dirname?: string };
self.__filename ??= fileURLToPath(import.meta.url);
self.__dirname ??= dirname(self.__filename);
