// A small pool of worker threads running processJob: jobs go to whichever worker is free, at most `depth` in
// flight per worker. A worker that dies fails its jobs (reported, not fatal) and is replaced.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './process.js';

const here = import.meta.url;
const underTsx = here.endsWith('.ts');
/** Built, the worker is the .js beside this file; under tsx (tests, `npm run newsfaq`) it is the .ts file, and the
 *  worker thread must register tsx itself (Node 20 does not run --import hooks in workers). */
const WORKER_URL = new URL(underTsx ? './worker.ts' : './worker.js', here);

function startWorker(workerData: unknown): Worker {
  if (!underTsx) return new Worker(WORKER_URL, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Job>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;
  /** Workers that died; past a few, none is started again (the remaining jobs fail instead of looping). */
  private deaths = 0;

  constructor(
    private readonly size: number,
    private readonly known: readonly string[],
    private readonly onResult: (r: JobResult) => void,
    private readonly depth = 2,
  ) {
    for (let k = 0; k < size; k++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker({ known: this.known });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (r: JobResult) => {
      slot.inFlight.delete(r.seq);
      this.onResult(r);
    });
    const fail = (why: string) => {
      const jobs = [...slot.inFlight.values()];
      slot.inFlight.clear();
      for (const j of jobs) this.onResult({ seq: j.seq, outcomes: [{ kind: 'failed', name: j.name, reason: `[internal] worker stopped: ${why}` }] });
      const k = this.slots.indexOf(slot);
      if (k < 0) return;
      if (!this.closed && ++this.deaths <= 2 * this.size + 3) this.slots[k] = this.spawn();
      else this.slots.splice(k, 1);
      if (!this.slots.length) this.onEmpty?.();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => { if (!this.closed && slot.inFlight.size) fail(`exit code ${code}`); });
    return slot;
  }

  /** Called when every worker has died and none can be started. */
  onEmpty?: () => void;

  /** Workers alive. */
  alive(): number {
    return this.slots.length;
  }

  /** Room for another job? */
  hasRoom(): boolean {
    return this.slots.some((s) => s.inFlight.size < this.depth);
  }

  inFlight(): number {
    return this.slots.reduce((n, s) => n + s.inFlight.size, 0);
  }

  submit(job: Job): void {
    const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    slot.inFlight.set(job.seq, job);
    slot.worker.postMessage(job);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
