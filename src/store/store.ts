// The archive's storage contract. Callers (ingest, ask, eval, bench, later the web desk) talk to this interface
// only; SQLite (sqlite.ts) is the embedded default and a PostgreSQL store can implement the same methods.
//
// Rules every implementation keeps (store.contract.test.ts checks them):
// - Articles are identified by their id and deduplicated by a content hash (title, date, paragraphs): storing the
//   same content again is `unchanged` and writes nothing; the same id with new content is `updated` (its
//   sentences, annotation and FAQs are replaced).
// - `putArticles` is atomic: a batch is stored completely or not at all (ingest relies on this to resume after a
//   crash without duplicates).
// - Search takes words, never backend syntax: a query is free text or a list of term groups, each group a set of
//   alternatives (synonyms, lemma and surface forms). Scores are positive, higher is better (BM25).
// - Every method is asynchronous so a networked backend fits; the SQLite store answers synchronously inside.
import type { Article, Faq, SentenceId } from '../types.js';

/** What `putArticle` did. */
export type PutStatus = 'added' | 'unchanged' | 'updated';

/** A sentence as stored and indexed: its stable id (`p{paragraph}s{sentence}`) and text. */
export interface StoredSentence {
  readonly id: SentenceId;
  readonly text: string;
}

/** One article to store, with what the pipeline made of it. */
export interface ArticleRecord {
  readonly article: Article;
  /** Content hash; computed with `contentHash(article)` when absent. */
  readonly contentHash?: string;
  /** The article's sentences in order (from the Doc); the store segments the text itself when absent. */
  readonly sentences?: readonly StoredSentence[];
  /** An encoded annotation (see annotation.ts) so readers need not annotate again. */
  readonly annotation?: { readonly version: string; readonly data: Uint8Array };
  /** The article's FAQ, stored under its engine (replacing that engine's earlier FAQ). */
  readonly faq?: Faq;
}

export interface PutResult {
  readonly id: string;
  readonly status: PutStatus;
}

/** An article as stored, with its bookkeeping. */
export interface StoredArticle {
  readonly article: Article;
  readonly contentHash: string;
  /** ISO timestamps. */
  readonly addedAt: string;
  readonly updatedAt: string;
}

/** A short view of an article for listings and search results. */
export interface ArticleSummary {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly url?: string;
  readonly words: number;
  readonly addedAt: string;
}

export interface ListOptions {
  /** Page size (default 20, at most 1000). */
  readonly limit?: number;
  /** Items to skip (default 0). */
  readonly offset?: number;
  /** Words that must occur in the title or text (all of them). */
  readonly search?: string;
  /** Only articles read from this source (file name as stored). */
  readonly source?: string;
}

export interface ArticlePage {
  readonly items: readonly ArticleSummary[];
  /** Articles matching the filter, over all pages. */
  readonly total: number;
  /** Offset of the next page, absent on the last one. */
  readonly nextOffset?: number;
}

/** A stored FAQ: the pipeline's Faq as written, with when it was stored. */
export interface StoredFaq {
  readonly faq: Faq;
  readonly createdAt: string;
}

/**
 * A search query: free text (split into words; function words dropped), or term groups, each matched when any of
 * its alternatives occurs. Implementations stem words the same way at index and query time.
 */
export type SearchQuery = string | readonly (string | readonly string[])[];

export interface SearchOptions {
  /** Most results (default 20). */
  readonly limit?: number;
  /** Restrict to these article ids. */
  readonly articleIds?: readonly string[];
}

export interface SentenceHit {
  readonly articleId: string;
  readonly sentenceId: SentenceId;
  readonly text: string;
  /** BM25, higher is better. */
  readonly score: number;
}

export interface PairHit {
  readonly articleId: string;
  /** Position of the pair in its FAQ (0-based). */
  readonly position: number;
  readonly engine: string;
  readonly question: string;
  readonly answer: string;
  readonly kind: string;
  readonly evidence: readonly { readonly id: SentenceId; readonly text: string }[];
  readonly score: number;
}

export interface TermCounts {
  readonly articles: number;
  /** One per term group, in the query's order. */
  readonly counts: readonly number[];
}

export interface ArticleHit {
  readonly articleId: string;
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly score: number;
}

export interface StoreCounts {
  readonly articles: number;
  readonly sentences: number;
  readonly faqs: number;
  readonly pairs: number;
}

export interface Store {
  /** Backend name ("sqlite", "postgres", ...). */
  readonly kind: string;
  /** Where the data lives (a file path, a connection name without credentials). */
  readonly location: string;

  /** Store one article (idempotent by content hash). */
  putArticle(record: ArticleRecord): Promise<PutResult>;
  /** Store several articles atomically: all of them or none. */
  putArticles(records: readonly ArticleRecord[]): Promise<PutResult[]>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Articles newest first (by date, undated last, then most recently added), paged, optionally filtered. */
  listArticles(options?: ListOptions): Promise<ArticlePage>;
  /** Remove an article with its sentences, annotation and FAQs; false when there was none. */
  deleteArticle(id: string): Promise<boolean>;
  /** Content hashes already stored (ingest skips these before doing any work). */
  contentHashes(): Promise<Set<string>>;

  getSentences(articleId: string): Promise<StoredSentence[] | undefined>;
  /** The stored annotation when it was written by this annotation version. */
  getAnnotation(articleId: string, version: string): Promise<Uint8Array | undefined>;

  /** Store an article's FAQ under its engine, replacing that engine's previous one. */
  putFaq(articleId: string, faq: Faq): Promise<void>;
  /** The FAQ of an article: the named engine's, else the most recent one. */
  getFaq(articleId: string, engine?: string): Promise<StoredFaq | undefined>;

  /** Sentences ranked by BM25. */
  searchSentences(query: SearchQuery, options?: SearchOptions): Promise<SentenceHit[]>;
  /** FAQ pairs ranked by BM25 over their questions (and, less, their answers). */
  searchPairs(query: SearchQuery, options?: SearchOptions): Promise<PairHit[]>;
  /** Articles ranked by BM25 over title and text. */
  searchArticles(query: SearchQuery, options?: SearchOptions): Promise<ArticleHit[]>;
  /** How many articles hold each term group of the query (any of its alternatives, in title or text), and how
   *  many articles there are: what a caller needs to weigh words or leave the commonest out of a search. */
  termCounts(query: SearchQuery): Promise<TermCounts>;

  counts(): Promise<StoreCounts>;
  /** Problems found by the backend's own consistency check; empty when all is well. */
  checkIntegrity(): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens a store; what `runStoreContract` is given. */
export type StoreFactory = () => Promise<Store> | Store;
