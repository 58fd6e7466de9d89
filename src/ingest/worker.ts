// Worker thread: processes jobs posted by the pool (pool.ts) and posts back their results.
import { parentPort, workerData } from 'node:worker_threads';
import { processJob, reasonOf, type Job } from './process.js';

const known = new Set<string>((workerData as { known: string[] }).known);
parentPort!.on('message', (job: Job) => {
  try {
    const result = processJob(job, known);
    const transfer: ArrayBuffer[] = [];
    for (const o of result.outcomes) {
      if (o.kind === 'record' && o.record.annotation) transfer.push(o.record.annotation.data.buffer as ArrayBuffer);
    }
    parentPort!.postMessage(result, transfer);
  } catch (e) {
    parentPort!.postMessage({ seq: job.seq, outcomes: [{ kind: 'failed', name: job.name, reason: reasonOf(e) }] });
  }
});
