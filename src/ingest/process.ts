// The work done for one input, in a worker thread or in-process: read it, and for every article in it that the
// archive does not hold yet, annotate, generate the FAQ and encode the annotation. No database access here.
import { readArticles } from '../article/index.js';
import { isNewsfaqError } from '../errors.js';
import { annotate } from '../nlp/annotate.js';
import { linguisticEngine } from '../engines/linguistic/index.js';
import { faqFromDoc } from '../faq/generate.js';
import type { ArticleRecord } from '../store/store.js';
import { contentHash } from '../store/hash.js';
import { ANNOTATION_VERSION, encodeDoc } from '../store/annotation.js';
import { readFileChecked } from '../cli/inputs.js';
import type { InputFormat } from '../types.js';

export interface Job {
  readonly seq: number;
  /** File path, or "-" for standard input (then `bytes` is set). */
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly format?: InputFormat | 'auto';
}

export type Outcome =
  | { readonly kind: 'record'; readonly name: string; readonly record: ArticleRecord }
  | { readonly kind: 'known'; readonly name: string; readonly id: string }
  | { readonly kind: 'failed'; readonly name: string; readonly reason: string };

export interface JobResult {
  readonly seq: number;
  readonly outcomes: readonly Outcome[];
}

export function reasonOf(e: unknown): string {
  if (isNewsfaqError(e)) return `[${e.code}] ${e.message}`;
  return `[internal] ${(e as Error)?.message ?? String(e)}`;
}

/** Process one input. `known` holds the content hashes already stored (their articles are not regenerated). */
export function processJob(job: Job, known: ReadonlySet<string>): JobResult {
  const outcomes: Outcome[] = [];
  let articles;
  try {
    const bytes = job.bytes ? Buffer.from(job.bytes) : readFileChecked(job.name);
    articles = readArticles(bytes, { format: job.format ?? 'auto', source: job.name === '-' ? undefined : job.name });
  } catch (e) {
    return { seq: job.seq, outcomes: [{ kind: 'failed', name: job.name, reason: reasonOf(e) }] };
  }
  articles.forEach((article, k) => {
    const name = articles.length > 1 ? `${job.name}#${k + 1}` : job.name;
    try {
      const hash = contentHash(article);
      if (known.has(hash)) {
        outcomes.push({ kind: 'known', name, id: article.id });
        return;
      }
      const doc = annotate(article);
      const candidates = linguisticEngine.generate(doc);
      if (candidates instanceof Promise) throw new Error('the linguistic engine is expected to be synchronous');
      const faq = faqFromDoc(doc, candidates, linguisticEngine.name);
      outcomes.push({
        kind: 'record',
        name,
        record: {
          article,
          contentHash: hash,
          sentences: doc.sentences.map((s) => ({ id: s.id, text: s.text })),
          annotation: { version: ANNOTATION_VERSION, data: encodeDoc(doc) },
          faq,
        },
      });
    } catch (e) {
      outcomes.push({ kind: 'failed', name, reason: reasonOf(e) });
    }
  });
  return { seq: job.seq, outcomes };
}
