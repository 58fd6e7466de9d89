// Readers' questions, of one article or the whole archive, answered by src/ask with the same evidence rules.
// Answers are kept (by scope and question) until the archive changes, and a question being answered is answered
// once however many readers ask it at the same moment: a popular question costs what reading a page costs.
import type { Store } from '../store/store.js';
import type { Desk } from '../desk/index.js';
import { ApiError } from './errors.js';
import { computeAnswer, DocCache } from './ask-compute.js';
import { AskPool } from './ask-pool.js';

export const MAX_QUESTION = 500;

export interface AskOptions {
  /** Answers kept (default 5000). */
  readonly maxEntries?: number;
  /** Questions being answered at once before new ones are refused with 503 (default 64). */
  readonly maxPending?: number;
  /** The archive file: new questions are then answered in a worker thread reading it (not for ':memory:'). */
  readonly db?: string;
}

/** A question as asked: one line, at most MAX_QUESTION characters. */
export function cleanQuestion(value: unknown): string {
  if (typeof value !== 'string') throw new ApiError(400, 'invalid', 'question must be a string');
  // eslint-disable-next-line no-control-regex
  const q = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!q) throw new ApiError(400, 'invalid', 'question is empty');
  if (q.length > MAX_QUESTION) throw new ApiError(400, 'invalid', `question is longer than ${MAX_QUESTION} characters`);
  return q;
}

export class AskService {
  private readonly answers = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();
  private readonly docs: DocCache;
  private readonly pool: AskPool | undefined;
  private readonly maxEntries: number;
  private readonly maxPending: number;

  constructor(private readonly store: Store, private readonly desk: Desk, opts: AskOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 5000;
    this.maxPending = opts.maxPending ?? 64;
    this.docs = new DocCache(store);
    this.pool = opts.db && opts.db !== ':memory:' ? new AskPool(opts.db) : undefined;
  }

  private key = (question: string, articleId?: string, asOf?: string): string => `${articleId ?? ''}\u0000${asOf ?? ''}\u0000${question}`;

  /** The kept answer (JSON), if this question was answered since the archive last changed. */
  cached(question: string, articleId?: string, asOf?: string): string | undefined {
    return this.answers.get(this.key(question, articleId, asOf));
  }

  /** Answer (JSON). Throws 404 for an unknown article and 503 when too many questions are being answered. */
  answer(question: string, articleId?: string, asOf?: string): Promise<string> {
    const key = this.key(question, articleId, asOf);
    const hit = this.answers.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    let p = this.pending.get(key);
    if (p) return p;
    if (this.pending.size >= this.maxPending) return Promise.reject(new ApiError(503, 'busy', 'too many questions at once; try again shortly', { retryAfter: 2 }));
    p = this.compute(question, articleId, asOf).then(
      (json) => {
        this.pending.delete(key);
        if (this.answers.size >= this.maxEntries) this.answers.delete(this.answers.keys().next().value!);
        this.answers.set(key, json);
        return json;
      },
      (e) => {
        this.pending.delete(key);
        throw e;
      },
    );
    this.pending.set(key, p);
    return p;
  }

  /** The archive changed: forget kept answers and documents. */
  clear(): void {
    this.answers.clear();
    this.docs.clear();
    this.pool?.clear();
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private async compute(question: string, articleId?: string, asOf?: string): Promise<string> {
    const published = articleId === undefined ? undefined : this.desk.published(articleId);
    if (this.pool?.usable) return this.pool.ask(question, articleId, published, asOf);
    // let the request that asked finish its own bookkeeping first
    await new Promise((r) => setImmediate(r));
    return computeAnswer(this.store, this.docs, question, articleId, published, asOf);
  }
}
