// Answering one reader's question (of one article or of the archive) as the API's JSON: used in the server's own
// thread or in its ask worker (ask-worker.ts), which keep their own Docs.
import type { Store } from '../store/store.js';
import type { Doc } from '../nlp/doc.js';
import type { Faq } from '../types.js';
import { analyseQuestion, answerFromDoc, askArchive, storedDoc, ARCHIVE_THRESHOLD, type ArchiveAnswer } from '../ask/index.js';
import { archiveAnswerFromDoc, sameQuestion, SentenceStems } from '../ask/archive.js';
import { ApiError } from './errors.js';

/** The answer as the API returns it (renderAskJson's shape, compact). */
function toJson(a: ArchiveAnswer, scope: 'article' | 'archive'): string {
  const { ranked, ...rest } = a;
  return JSON.stringify({ scope, ...rest, confidence: Math.round(a.confidence * 1000) / 1000, ranked: ranked.slice(0, 5) });
}

/** Stored articles' Docs, decoded once (the most recently used 256), and their sentences' stems for retrieval. */
export class DocCache {
  private readonly docs = new Map<string, Doc>();
  readonly stems: SentenceStems;
  constructor(private readonly store: Store) {
    this.stems = new SentenceStems(store);
  }

  async get(articleId: string): Promise<Doc> {
    const hit = this.docs.get(articleId);
    if (hit) {
      // most recently used last, so the oldest is the one evicted
      this.docs.delete(articleId);
      this.docs.set(articleId, hit);
      return hit;
    }
    const doc = await storedDoc(this.store, articleId);
    if (!doc) throw new ApiError(404, 'not_found', `no article "${articleId.slice(0, 100)}" in the archive`);
    if (this.docs.size >= 256) this.docs.delete(this.docs.keys().next().value!);
    this.docs.set(articleId, doc);
    return doc;
  }

  clear(): void {
    this.docs.clear();
    this.stems.clear();
  }
}

/**
 * Answer `question` from the archive, or from one article. For one article, a pair of its published FAQ that asks
 * the same question is the editors' own answer and is given as it is.
 */
export async function computeAnswer(store: Store, docs: DocCache, question: string, articleId?: string, published?: Faq, asOf?: string): Promise<string> {
  if (articleId === undefined) {
    const load = (id: string) => docs.get(id).catch(() => undefined);
    return toJson(await askArchive(store, question, { docs: load, stems: docs.stems, asOf }), 'archive');
  }
  const doc = await docs.get(articleId);
  const q = analyseQuestion(question);
  const position = published?.pairs.findIndex((p) => sameQuestion(q, p.question)) ?? -1;
  if (published && position >= 0) {
    const p = published.pairs[position];
    const a = archiveAnswerFromDoc(question, q, doc, { answer: p.answer, evidence: p.evidence.map((e) => e.id), confidence: 0.9, type: q.type, abstained: false }, [], ARCHIVE_THRESHOLD);
    return toJson({ ...a, evidence: p.evidence, reused: { question: p.question, engine: published.engine, position } }, 'article');
  }
  return toJson(archiveAnswerFromDoc(question, q, doc, answerFromDoc(q, doc), [], ARCHIVE_THRESHOLD), 'article');
}
