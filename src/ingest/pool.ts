// A small pool of worker threads running processJob: jobs go to whichever worker is free, at most `depth` in
// flight per worker. A worker that dies fails its jobs (reported, not fatal) and is replaced.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './process.js';

const here = import.meta.url;
/** Under tsx (tests, `npm run newsfaq`) the worker is the .ts file; built, it is the .js beside this one. */
const WORKER_URL = new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here);

interface Slot {
  worker: Worker;
  inFlight: Map<number, Job>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly known: readonly string[],
    private readonly onResult: (r: JobResult) => void,
    private readonly depth = 2,
  ) {
    for (let k = 0; k < size; k++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: { known: this.known } });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (r: JobResult) => {
      slot.inFlight.delete(r.seq);
      this.onResult(r);
    });
    const fail = (why: string) => {
      const jobs = [...slot.inFlight.values()];
      slot.inFlight.clear();
      for (const j of jobs) this.onResult({ seq: j.seq, outcomes: [{ kind: 'failed', name: j.name, reason: `[internal] worker stopped: ${why}` }] });
      if (!this.closed) {
        const k = this.slots.indexOf(slot);
        if (k >= 0) this.slots[k] = this.spawn();
      }
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => { if (!this.closed && slot.inFlight.size) fail(`exit code ${code}`); });
    return slot;
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
