// The ask worker thread: answers readers' new questions off the server's main thread, so reading pages and FAQs
// stays fast while questions are being worked out. It reads the archive through its own read-only connection.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from '../store/sqlite.js';
import { computeAnswer, DocCache } from './ask-compute.js';
import { toApiError } from './errors.js';
import type { AskJob, AskReply } from './ask-pool.js';

const store = openSqliteStore((workerData as { db: string }).db, { readonly: true });
const docs = new DocCache(store);

parentPort!.on('message', (job: AskJob | { clear: true }) => {
  if ('clear' in job) return docs.clear();
  computeAnswer(store, docs, job.question, job.articleId, job.published, job.asOf).then(
    (json) => parentPort!.postMessage({ id: job.id, json } satisfies AskReply),
    (e) => {
      const err = toApiError(e);
      parentPort!.postMessage({ id: job.id, error: { status: err.status, code: err.code, message: err.message } } satisfies AskReply);
    },
  );
});
