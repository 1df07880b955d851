/**
 * Reads and extracts many Python files on every core: the main thread and worker threads take
 * batches of files from one shared counter (no thread waits for another to hand out work), and
 * the results come back in the files' order, so the plan is the same as with one thread.
 *
 * A worker runs the same bundle as the main thread (the entry asks `isExtractionWorker()` first),
 * so there is no second file to ship in dist/. Only Python files go to workers: their settings
 * are plain data, while the JS extractor needs the runner resolver and loads its parser lazily.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { FileResult, Problem } from '../model.js';
import type { ExtractSettings } from './extractor.js';
import { extractPython } from './python/index.js';

/** Below this many files a worker's start-up (loading the bundle, ~0.1 s) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 400;
/** Files per claim from the shared counter: small enough to balance, large enough to be cheap. */
const BATCH = 32;
const WORKER_KIND = 'group-matrix-extract';

interface Job {
  kind: typeof WORKER_KIND;
  root: string;
  files: string[];
  settings: Omit<ExtractSettings, 'js'>;
  counter: SharedArrayBuffer;
}

/** One file's outcome: its result, or the problem that kept it from being read. */
export type Extracted = { result: FileResult } | { problem: Problem };

/** Results travel as JSON text: cheaper to send than a structured clone of many small objects. */
type Message = { batch: number; json: string } | { error: string };

/** Whether this thread was started to extract files (the entry then calls `serveExtraction`). */
export function isExtractionWorker(): boolean {
  return !isMainThread && (workerData as Partial<Job> | null)?.kind === WORKER_KIND;
}

/** A worker's whole life: claim batches until none are left, post each batch's results. */
export function serveExtraction(): void {
  const job = workerData as Job;
  try {
    claimBatches(job, (batch, out) =>
      parentPort!.postMessage({ batch, json: JSON.stringify(out) } satisfies Message),
    );
  } catch (err) {
    parentPort!.postMessage({
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    } satisfies Message);
  }
}

/**
 * Extracts `files` (Python, relative to `root`), in parallel when there are enough of them and
 * more than one core. `threads` overrides the number of threads (env GROUP_MATRIX_THREADS).
 */
export async function extractPythonFiles(
  root: string,
  files: string[],
  settings: ExtractSettings,
  threads = threadCount(files.length),
): Promise<{ extracted: Extracted[]; threads: number }> {
  const plain: Omit<ExtractSettings, 'js'> = { marker: settings.marker, pytest: settings.pytest };
  const job: Job = { kind: WORKER_KIND, root, files, settings: plain, counter: new SharedArrayBuffer(4) };
  const out = new Array<Extracted>(files.length);
  const store = (batch: number, results: Extracted[]): void => {
    for (let i = 0; i < results.length; i++) out[batch * BATCH + i] = results[i]!;
  };
  if (threads <= 1 || !canStartWorkers()) {
    claimBatches(job, store);
    return { extracted: out, threads: 1 };
  }
  const workers = Array.from({ length: threads - 1 }, () => startWorker(job, store));
  claimBatches(job, store);
  await Promise.all(workers);
  return { extracted: out, threads };
}

function startWorker(job: Job, store: (batch: number, out: Extracted[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let failed: string | null = null;
    worker.on('message', (m: Message) => {
      if ('error' in m) failed = m.error;
      else store(m.batch, JSON.parse(m.json) as Extracted[]);
    });
    worker.on('error', (err) => reject(err));
    worker.on('exit', (code) => {
      if (failed !== null || code !== 0)
        reject(new Error(`an extraction thread failed: ${failed ?? `exit code ${code}`}`));
      else resolve();
    });
  });
}

function claimBatches(job: Job, emit: (batch: number, out: Extracted[]) => void): void {
  const counter = new Int32Array(job.counter);
  const batches = Math.ceil(job.files.length / BATCH);
  for (;;) {
    const batch = Atomics.add(counter, 0, 1);
    if (batch >= batches) return;
    const out: Extracted[] = [];
    const end = Math.min(job.files.length, (batch + 1) * BATCH);
    for (let i = batch * BATCH; i < end; i++) out.push(extractOne(job.root, job.files[i]!, job.settings));
    emit(batch, out);
  }
}

function extractOne(root: string, file: string, settings: Omit<ExtractSettings, 'js'>): Extracted {
  const bytes = readSource(root, file);
  if ('problem' in bytes) return bytes;
  return { result: extractPython({ path: file, bytes: bytes.bytes }, settings) };
}

/** Reads a file the plan needs; a file that cannot be read is a problem, not a crash. */
export function readSource(root: string, file: string): { bytes: Uint8Array } | { problem: Problem } {
  try {
    return { bytes: fs.readFileSync(path.join(root, file)) };
  } catch (err) {
    return {
      problem: {
        severity: 'error',
        file,
        title: 'Unreadable file',
        message: `${file} could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); its tests cannot be planned.`,
      },
    };
  }
}

function threadCount(files: number): number {
  const forced = Number(process.env['GROUP_MATRIX_THREADS']);
  if (Number.isInteger(forced) && forced >= 1) return forced;
  if (files < MIN_FILES_FOR_THREADS) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), 8, Math.floor(files / BATCH)));
}

/**
 * Workers load this module's file, so it must be a bundle Node can run: the dist/ entries are;
 * the TypeScript sources run by the tests are not (those extract on one thread).
 */
function canStartWorkers(): boolean {
  return import.meta.url.endsWith('.js');
}
