// Ingest: read inputs, generate and store FAQs, using worker threads for the work and this thread for writing.
//
// Crash safety: articles are written in batches, one transaction each (WAL journal), so a killed run leaves the
// database with whole batches only; the content hash (unique in the store) makes a re-run skip what was stored
// and add the rest, without duplicates. Bad inputs are reported and skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord, Store } from '../store/store.js';
import type { InputFormat } from '../types.js';
import { ARTICLE_EXTENSIONS } from '../cli/inputs.js';
import { WorkerPool } from './pool.js';
import { processJob, reasonOf, type Job, type JobResult } from './process.js';

export interface IngestOptions {
  /** Worker threads (default: one per core); 0 processes in this thread. */
  readonly jobs?: number;
  /** Articles per transaction (default 32). */
  readonly batchSize?: number;
  /** A batch is also written when this many ms passed since the last write (default 1000). */
  readonly flushMs?: number;
  readonly format?: InputFormat | 'auto';
  readonly onProgress?: (p: IngestProgress) => void;
  /** Stop taking new inputs (what is in flight is finished and written). */
  readonly signal?: AbortSignal;
  /** Standard input, for "-" (read on demand). */
  readonly readStdin?: () => Buffer;
}

export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface IngestProgress extends Readonly<IngestCounts> {
  readonly inputsDone: number;
  readonly inputsTotal: number;
  readonly elapsedS: number;
}

export interface IngestSummary extends Readonly<IngestCounts> {
  readonly inputs: number;
  readonly failures: readonly { readonly name: string; readonly reason: string }[];
  readonly elapsedS: number;
  /** Articles added or updated per second of wall time. */
  readonly articlesPerS: number;
  readonly jobs: number;
  readonly interrupted: boolean;
}

/** Files named by the arguments: folders are walked (recursively, sorted), data-set index files skipped. */
export function expandIngestInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (ARTICLE_EXTENSIONS.test(e.name) && !/^index\.jsonl$/i.test(e.name)) out.push(p);
    }
  };
  for (const a of args) {
    let dir = false;
    try {
      dir = a !== '-' && statSync(a).isDirectory();
    } catch {
      /* a missing file is reported when read */
    }
    if (dir) walk(a);
    else out.push(a);
  }
  return out;
}

export async function ingest(store: Store, args: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const names = expandIngestInputs(args);
  const jobs: Job[] = names.map((name, seq) => {
    if (name !== '-') return { seq, name, format: options.format };
    let bytes: Uint8Array | undefined;
    try {
      bytes = (options.readStdin ?? (() => readFileSync(0)))();
    } catch {
      bytes = undefined;
    }
    return { seq, name, format: options.format, bytes: bytes ?? new Uint8Array() };
  });
  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  const failures: { name: string; reason: string }[] = [];
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const flushMs = options.flushMs ?? 1000;
  let buffer: ArticleRecord[] = [];
  let lastFlush = performance.now();
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown;
  let inputsDone = 0;
  const progress = () => options.onProgress?.({ ...counts, inputsDone, inputsTotal: jobs.length, elapsedS: (performance.now() - started) / 1000 });

  const flush = () => {
    if (!buffer.length) return;
    const batch = buffer;
    buffer = [];
    lastFlush = performance.now();
    writing = writing.then(async () => {
      if (writeError) return;
      try {
        for (const r of await store.putArticles(batch)) counts[r.status]++;
      } catch (e) {
        writeError = e;
      }
      progress();
    });
  };

  const handle = (r: JobResult) => {
    inputsDone++;
    for (const o of r.outcomes) {
      if (o.kind === 'known') counts.unchanged++;
      else if (o.kind === 'failed') {
        counts.failed++;
        failures.push({ name: o.name, reason: o.reason });
      } else buffer.push(o.record);
    }
    if (buffer.length >= batchSize || performance.now() - lastFlush >= flushMs) flush();
    progress();
  };

  const known = await store.contentHashes();
  const threads = Math.max(0, Math.floor(options.jobs ?? availableParallelism()));
  let interrupted = false;
  if (threads === 0) {
    for (const job of jobs) {
      if (options.signal?.aborted) { interrupted = true; break; }
      try {
        handle(processJob(job, known));
      } catch (e) {
        handle({ seq: job.seq, outcomes: [{ kind: 'failed', name: job.name, reason: reasonOf(e) }] });
      }
      // let writes and signals through
      await writing;
      if (writeError) break;
    }
  } else if (jobs.length) {
    let next = 0;
    let done = 0;
    await new Promise<void>((resolve) => {
      let pool: WorkerPool | undefined = undefined;
      const pump = () => {
        if (options.signal?.aborted) interrupted = true;
        while (pool && !interrupted && !writeError && next < jobs.length && pool.hasRoom()) pool.submit(jobs[next++]);
        if (pool && pool.alive() === 0) {
          // no worker can run: fail what is left rather than loop
          while (next < jobs.length) {
            const j = jobs[next++];
            done++;
            handle({ seq: j.seq, outcomes: [{ kind: 'failed', name: j.name, reason: '[internal] no worker thread could be started' }] });
          }
        }
        if (pool && (done === jobs.length || ((interrupted || writeError) && pool.inFlight() === 0))) {
          void pool.close().then(resolve);
          pool = undefined;
        }
      };
      pool = new WorkerPool(Math.min(threads, jobs.length), [...known], (r) => {
        done++;
        handle(r);
        pump();
      });
      pool.onEmpty = pump;
      options.signal?.addEventListener('abort', pump, { once: true });
      pump();
    });
  }
  flush();
  await writing;
  if (writeError) throw writeError;
  const elapsedS = (performance.now() - started) / 1000;
  progress();
  return {
    ...counts,
    inputs: jobs.length,
    failures,
    elapsedS,
    articlesPerS: elapsedS > 0 ? (counts.added + counts.updated) / elapsedS : 0,
    jobs: threads,
    interrupted,
  };
}
