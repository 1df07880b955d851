#!/usr/bin/env node
// The `group-matrix` command (dist/cli/index.js; the setup action puts it on PATH). src/cli/main.ts
// holds the commands; this entry only starts them, or serves as a worker thread of the reader.
import './shim.js';
import { isExtractionWorker, serveExtraction } from './extract/parallel.js';
import { main } from './cli/main.js';

if (isExtractionWorker()) await serveExtraction();
else process.exitCode = await main(process.argv.slice(2));
