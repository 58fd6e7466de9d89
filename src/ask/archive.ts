// Ask the archive: find the articles that answer a question (BM25 over articles, sentences and FAQ pairs), reuse a
// stored FAQ pair when the question is one, else extract the answer from the best articles, or say plainly that
// the archive does not answer it.
import type { Article, FaqPair, SentenceId } from '../types.js';
import type { Doc } from '../nlp/doc.js';
import { annotate } from '../nlp/annotate.js';
import type { Store, PairHit } from '../store/store.js';
import { ANNOTATION_VERSION, decodeDoc } from '../store/annotation.js';
import { stem } from '../verify/words.js';
import { answerFromDoc, type DocAnswer } from './answer.js';
import { analyseQuestion, type AnswerType, type Question } from './question.js';
import { synonyms } from './synonyms.js';

export interface ArchiveAnswer {
  readonly question: string;
  /** '' when the archive does not answer the question. */
  readonly answer: string;
  readonly abstained: boolean;
  readonly confidence: number;
  readonly type: AnswerType;
  /** The sentence(s) the answer rests on, first the one holding it. */
  readonly evidence: readonly { readonly id: SentenceId; readonly text: string }[];
  /** The article answered from (absent when nothing was found at all). */
  readonly article?: ArticleRef;
  /** For time answers: the time resolved against the article's date. */
  readonly resolved?: string;
  /** When a stored FAQ pair asked the same question, that pair. */
  readonly reused?: { readonly question: string; readonly engine: string; readonly position: number };
  /** The articles retrieved, best first, with their scores (for explanations and the retrieval evaluation). */
  readonly ranked: readonly RankedArticle[];
}

export interface ArticleRef {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly url?: string;
}

export interface RankedArticle {
  readonly articleId: string;
  readonly score: number;
}

export interface AskOptions {
  /** Answer only at or above this confidence (default ARCHIVE_THRESHOLD). */
  readonly threshold?: number;
  /** Articles to extract answers from (default 3). */
  readonly articles?: number;
}

/** Below this the archive "does not answer". Lower than the single-text threshold (weights.ts), which was chosen
 *  against SQuAD's adversarial unanswerable questions; provisional until calibrated on archive questions with
 *  known answers (docs/archive.md). */
export const ARCHIVE_THRESHOLD = 0.1;

/** Term groups for the store: each question term with its lemma, surface form and synonyms. */
export function searchTerms(q: Question): string[][] {
  const groups = q.terms.map((t) => [...new Set([t.lower, t.lemma, ...synonyms(t.lemma)])]);
  // The wh-phrase's head ("projects" in "how many projects") names what the right article is about.
  if (q.head && !groups.some((g) => g.includes(q.head))) groups.push([...new Set([q.head, ...synonyms(q.head)])]);
  return groups;
}

/** Retrieval weights: article BM25, an article's best sentences (the first counts fully, the next two SECOND each),
 *  FAQ pairs; each source normalised by its best score. Chosen on the journalists' questions (docs/archive.md). */
const W_ARTICLE = 1.0;
const W_SENTENCE = 0.5;
const W_PAIR = 0.1;
const SECOND = 0.3;
const SENTENCES_PER_ARTICLE = 3;
/** Articles taken from the article index. */
const CANDIDATES = 50;

/** Rank the archive's articles for a question. */
export async function rankArticles(store: Store, q: Question, limit = 20): Promise<RankedArticle[]> {
  const terms = searchTerms(q);
  if (!terms.length) return [];
  const [arts, sents, pairs] = await Promise.all([
    store.searchArticles(terms, { limit: CANDIDATES }),
    store.searchSentences(terms, { limit: 100 }),
    store.searchPairs(terms, { limit: 30 }),
  ]);
  const score = new Map<string, number>();
  const add = (id: string, v: number) => score.set(id, (score.get(id) ?? 0) + v);
  const top = (xs: readonly { score: number }[]) => (xs.length ? xs[0].score : 1) || 1;
  const ta = top(arts);
  for (const a of arts) add(a.articleId, (W_ARTICLE * a.score) / ta);
  // an article's sentences: the best, plus a little for the next ones
  const ts = top(sents);
  const seen = new Map<string, number>();
  for (const s of sents) {
    const k = seen.get(s.articleId) ?? 0;
    if (k < SENTENCES_PER_ARTICLE) add(s.articleId, (W_SENTENCE * (k === 0 ? 1 : SECOND) * s.score) / ts);
    seen.set(s.articleId, k + 1);
  }
  const tp = top(pairs);
  const pairSeen = new Set<string>();
  for (const p of pairs) {
    if (pairSeen.has(p.articleId)) continue;
    pairSeen.add(p.articleId);
    add(p.articleId, (W_PAIR * p.score) / tp);
  }
  return [...score].map(([articleId, s]) => ({ articleId, score: s })).sort((a, b) => b.score - a.score).slice(0, limit);
}

const contentStems = (text: string): Set<string> => {
  const q = analyseQuestion(text);
  return new Set(q.terms.map((t) => stem(t.lower)));
};

/** A stored pair asks the same question: same kind of question, and nearly the same content words both ways. */
export function sameQuestion(asked: Question, stored: string): boolean {
  const a = new Set(asked.terms.map((t) => stem(t.lower)));
  const b = contentStems(stored);
  if (!a.size || !b.size) return false;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const storedQ = analyseQuestion(stored);
  if (storedQ.type !== asked.type && !(storedQ.type === 'thing' || asked.type === 'thing')) return false;
  return both / a.size >= 0.8 && both / b.size >= 0.8;
}

/** The annotated Doc of a stored article: the stored annotation when current, else annotated now. */
export async function storedDoc(store: Store, id: string): Promise<Doc | undefined> {
  const stored = await store.getArticle(id);
  if (!stored) return undefined;
  const data = await store.getAnnotation(id, ANNOTATION_VERSION);
  if (data) {
    try {
      return decodeDoc(data, stored.article);
    } catch {
      /* annotate below */
    }
  }
  return annotate(stored.article);
}

function refOf(a: Article): ArticleRef {
  return {
    id: a.id,
    ...(a.title !== undefined && { title: a.title }),
    ...(a.date !== undefined && { date: a.date }),
    ...(a.source !== undefined && { source: a.source }),
    ...(a.url !== undefined && { url: a.url }),
  };
}

/** An answer from one document, in the archive's terms. */
export function archiveAnswerFromDoc(question: string, q: Question, doc: Doc, res: DocAnswer, ranked: readonly RankedArticle[], threshold: number): ArchiveAnswer {
  const abstained = res.abstained || res.confidence < threshold;
  return {
    question,
    answer: abstained ? '' : res.answer,
    abstained,
    confidence: res.confidence,
    type: q.type,
    evidence: res.sentence ? [{ id: res.sentence.id, text: res.sentence.text }] : [],
    article: refOf(doc.article),
    ...(!abstained && res.resolved && { resolved: res.resolved }),
    ranked,
  };
}

function reuse(question: string, q: Question, pair: PairHit, article: Article, ranked: readonly RankedArticle[]): ArchiveAnswer {
  return {
    question,
    answer: pair.answer,
    abstained: false,
    confidence: 0.9,
    type: q.type,
    evidence: pair.evidence,
    article: refOf(article),
    reused: { question: pair.question, engine: pair.engine, position: pair.position },
    ranked,
  };
}

/** Answer a question from the whole archive. */
export async function askArchive(store: Store, question: string, options: AskOptions = {}): Promise<ArchiveAnswer> {
  const q = analyseQuestion(question);
  const threshold = options.threshold ?? ARCHIVE_THRESHOLD;
  const ranked = await rankArticles(store, q);
  const none: ArchiveAnswer = { question, answer: '', abstained: true, confidence: 0, type: q.type, evidence: [], ranked };
  if (!ranked.length) return none;

  // A stored FAQ pair of one of the best articles that asks the same question is reused as it is.
  const top = ranked.slice(0, options.articles ?? 3);
  const pairs = await store.searchPairs(searchTerms(q), { limit: 10, articleIds: top.map((r) => r.articleId) });
  for (const p of pairs) {
    if (!sameQuestion(q, p.question)) continue;
    const a = await store.getArticle(p.articleId);
    if (a) return reuse(question, q, p, a.article, ranked);
  }

  // Otherwise extract from the best articles; the retrieval rank tempers each answer's confidence.
  let best: { doc: Doc; res: DocAnswer; score: number } | undefined;
  for (const [k, r] of top.entries()) {
    const doc = await storedDoc(store, r.articleId);
    if (!doc) continue;
    const res = answerFromDoc(q, doc, { threshold: -Infinity });
    const score = res.confidence * (r.score / ranked[0].score) * (k === 0 ? 1 : 0.9);
    if (!best || score > best.score) best = { doc, res, score };
  }
  if (!best) return none;
  return archiveAnswerFromDoc(question, q, best.doc, { ...best.res, confidence: best.score }, ranked, threshold);
}

export type { FaqPair };
