// Worker threads for readers' new questions (ask-worker.ts). A worker that dies fails its questions with 503 and
// is started again on its next question; once every worker has died a few times the server answers in its own
// thread instead.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Faq } from '../types.js';
import { ApiError } from './errors.js';

export interface AskJob {
  readonly id: number;
  readonly question: string;
  readonly articleId?: string;
  readonly published?: Faq;
  readonly asOf?: string;
}

export type AskReply =
  | { readonly id: number; readonly json: string }
  | { readonly id: number; readonly error: { readonly status: number; readonly code: string; readonly message: string } };

const here = import.meta.url;
const WORKER_URL = new URL(here.endsWith('.ts') ? './ask-worker.ts' : './ask-worker.js', here);

/** Under tsx (tests, `npm run newsfaq`) the worker registers tsx itself: Node 20 runs no --import hooks in workers. */
function startWorker(db: string): Worker {
  if (!here.endsWith('.ts')) return new Worker(WORKER_URL, { workerData: { db } });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true, workerData: { db } });
}

/** One worker thread and the questions it is answering. */
class AskWorker {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, { resolve: (json: string) => void; reject: (e: unknown) => void }>();
  deaths = 0;
  closed = false;

  constructor(private readonly db: string) {}

  get busy(): number {
    return this.waiting.size;
  }

  ask(job: AskJob): Promise<string> {
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { resolve, reject });
      worker.postMessage(job);
    });
  }

  clear(): void {
    this.worker?.postMessage({ clear: true });
  }

  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker(this.db);
    w.unref();
    w.on('message', (r: AskReply) => {
      const p = this.waiting.get(r.id);
      if (!p) return;
      this.waiting.delete(r.id);
      if ('json' in r) p.resolve(r.json);
      else p.reject(new ApiError(r.error.status as 400, r.error.code, r.error.message));
    });
    const fail = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      if (!this.closed) this.deaths++;
      for (const p of this.waiting.values()) p.reject(new ApiError(503, 'busy', `the question could not be answered (${why}); try again`, { retryAfter: 1 }));
      this.waiting.clear();
    };
    w.on('error', (e) => fail(e.message));
    w.on('exit', (code) => fail(`worker exited with code ${code}`));
    this.worker = w;
    return w;
  }
}

/** Worker threads (one per core by default), each given the next question when it has the fewest waiting. */
export class AskPool {
  private readonly workers: AskWorker[];
  private next = 1;

  constructor(db: string, size = Math.max(1, availableParallelism())) {
    this.workers = Array.from({ length: size }, () => new AskWorker(db));
  }

  /** False once the workers have died too often: answer in the calling thread instead. */
  get usable(): boolean {
    return this.workers.some((w) => !w.closed && w.deaths < 3);
  }

  ask(question: string, articleId?: string, published?: Faq, asOf?: string): Promise<string> {
    const live = this.workers.filter((w) => !w.closed && w.deaths < 3);
    const worker = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    return worker.ask({ id: this.next++, question, articleId, published, asOf });
  }

  clear(): void {
    for (const w of this.workers) w.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
