/**
 * Reads and extracts many files on every core: the main thread and worker threads take batches
 * of files from one shared counter (no thread waits for another to hand out work), and the
 * results come back in the files' order, so the plan is the same as with one thread.
 *
 * A worker runs the same bundle as the main thread (the entry asks `isExtractionWorker()` first),
 * so there is no second file to ship in dist/. Workers get plain data only: each JS/TS file's
 * runner is resolved here first; a worker loads typescript-estree itself, when a file needs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Problem, Runner } from '../model.js';
import type { Extracted, ExtractSettings } from './extractor.js';
import { DEFAULT_JS } from './js/index.js';
import { extractorFor } from './registry.js';
import { packResults, unpackResults } from './transfer.js';

/**
 * Below this much work a worker's start (loading the bundle, warming up its own JIT: 0.15–0.25 s)
 * and the two threads' sharing of one machine cost more than they save. Work is counted in
 * Python files; a JS/TS file counts as 20 (most need typescript-estree). Measured on 2 vCPUs
 * (bench suites): one thread was as fast or faster up to about 7,000 Python files (1,000 files:
 * 0.62 s against 0.76 s; 10,000: 2.8 s against 2.3 s). With more cores the threads share less;
 * the lower bound there is an estimate, not measured on this machine.
 */
const MIN_WORK_FOR_THREADS = { twoCores: 8000, moreCores: 2000 };
const JS_FILE_WORK = 20;
/** Files per claim from the shared counter: small enough to balance, large enough to be cheap. */
const BATCH = 32;
const WORKER_KIND = 'group-matrix-extract';

/** A file to extract; `runner` for JS/TS files, resolved by the main thread. */
export interface FileToExtract {
  path: string;
  runner?: Runner;
}

/** The settings as plain data: the JS runner resolver stays on the main thread. */
interface PlainSettings extends Omit<ExtractSettings, 'js'> {
  js: { tagPrefix: string; groupTags: string[] };
}

interface Job {
  kind: typeof WORKER_KIND;
  root: string;
  files: FileToExtract[];
  settings: PlainSettings;
  counter: SharedArrayBuffer;
}

/** Results travel as JSON text (extract/transfer.ts): cheaper than a structured clone of many small objects. */
type Message = { batch: number; json: string } | { error: string };

/** Whether this thread was started to extract files (the entry then calls `serveExtraction`). */
export function isExtractionWorker(): boolean {
  return !isMainThread && (workerData as Partial<Job> | null)?.kind === WORKER_KIND;
}

/** A worker's whole life: claim batches until none are left, post each batch's results. */
export async function serveExtraction(): Promise<void> {
  const job = workerData as Job;
  try {
    await claimBatches(job, (batch, out) =>
      parentPort!.postMessage({ batch, json: packResults(out) } satisfies Message),
    );
  } catch (err) {
    parentPort!.postMessage({
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    } satisfies Message);
  }
}

/**
 * Extracts `files` (relative to `root`, each with an extractor), in parallel when there is
 * enough work and more than one core. `threads` overrides the count (env GROUP_MATRIX_THREADS).
 */
export async function extractFiles(
  root: string,
  files: FileToExtract[],
  settings: ExtractSettings,
  threads = threadCount(files),
): Promise<{ extracted: Extracted[]; threads: number }> {
  const js = settings.js ?? DEFAULT_JS;
  const plain: PlainSettings = {
    marker: settings.marker,
    pytest: settings.pytest,
    ...(settings.python ? { python: settings.python } : {}),
    js: { tagPrefix: js.tagPrefix, groupTags: js.groupTags },
  };
  const job: Job = { kind: WORKER_KIND, root, files, settings: plain, counter: new SharedArrayBuffer(4) };
  const out = new Array<Extracted>(files.length);
  const store = (batch: number, results: Extracted[]): void => {
    for (let i = 0; i < results.length; i++) out[batch * BATCH + i] = results[i]!;
  };
  if (threads <= 1 || !canStartWorkers()) {
    await claimBatches(job, store);
    return { extracted: out, threads: 1 };
  }
  const workers = Array.from({ length: threads - 1 }, () => startWorker(job, store));
  await claimBatches(job, store);
  await Promise.all(workers);
  return { extracted: out, threads };
}

function startWorker(job: Job, store: (batch: number, out: Extracted[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let failed: string | null = null;
    worker.on('message', (m: Message) => {
      if ('error' in m) failed = m.error;
      else store(m.batch, unpackResults(m.json));
    });
    worker.on('error', (err) => reject(err));
    worker.on('exit', (code) => {
      if (failed !== null || code !== 0)
        reject(new Error(`an extraction thread failed: ${failed ?? `exit code ${code}`}`));
      else resolve();
    });
  });
}

async function claimBatches(job: Job, emit: (batch: number, out: Extracted[]) => void): Promise<void> {
  const counter = new Int32Array(job.counter);
  const batches = Math.ceil(job.files.length / BATCH);
  for (;;) {
    const batch = Atomics.add(counter, 0, 1);
    if (batch >= batches) return;
    const out: Extracted[] = [];
    const end = Math.min(job.files.length, (batch + 1) * BATCH);
    for (let i = batch * BATCH; i < end; i++)
      out.push(await extractOne(job.root, job.files[i]!, job.settings));
    emit(batch, out);
    // On the main thread, let the workers' finished batches be unpacked now, while they work,
    // rather than all at the end.
    if (isMainThread) await new Promise((resolve) => setImmediate(resolve));
  }
}

async function extractOne(root: string, file: FileToExtract, settings: PlainSettings): Promise<Extracted> {
  const bytes = readSource(root, file.path);
  if ('problem' in bytes) return bytes;
  const extractor = extractorFor(file.path)!;
  const runner = file.runner ?? 'jest';
  const result = await extractor.extract(
    { path: file.path, bytes: bytes.bytes },
    { ...settings, js: { ...settings.js, runnerOf: () => runner } },
  );
  return { result };
}

/**
 * One read buffer per thread, reused for every file: a fresh buffer per file costs an allocation
 * and, counted as external memory, extra garbage collections. Extractors only borrow the bytes
 * (each turns them into text before it returns), and a thread reads its files one at a time.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/** Reads a file the plan needs; a file that cannot be read is a problem, not a crash. */
function readSource(root: string, file: string): { bytes: Uint8Array } | { problem: Problem } {
  let fd: number | null = null;
  try {
    fd = fs.openSync(path.join(root, file), 'r');
    let size = 0;
    for (;;) {
      if (size === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, size);
        scratch = bigger;
      }
      const n = fs.readSync(fd, scratch, size, scratch.length - size, null);
      if (n === 0) break;
      size += n;
    }
    return { bytes: scratch.subarray(0, size) };
  } catch (err) {
    return {
      problem: {
        severity: 'error',
        file,
        title: 'Unreadable file',
        message: `${file} could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); its tests cannot be planned.`,
      },
    };
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

function threadCount(files: FileToExtract[]): number {
  const forced = Number(process.env['GROUP_MATRIX_THREADS']);
  if (Number.isInteger(forced) && forced >= 1) return forced;
  const cores = os.availableParallelism();
  const work = files.reduce((sum, f) => sum + (f.runner ? JS_FILE_WORK : 1), 0);
  if (work < (cores <= 2 ? MIN_WORK_FOR_THREADS.twoCores : MIN_WORK_FOR_THREADS.moreCores)) return 1;
  return Math.max(1, Math.min(cores, 8, Math.ceil(files.length / BATCH)));
}

/**
 * Workers load this module's file, so it must be a bundle Node can run: the dist/ entries are;
 * the TypeScript sources run by the tests are not (those extract on one thread).
 */
function canStartWorkers(): boolean {
  return import.meta.url.endsWith('.js');
}
