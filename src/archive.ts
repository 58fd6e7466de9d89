// newsfaq/archive: the article archive (SQLite store, ingest) and readers' questions answered from it.
export { openStore, openSqliteStore, SqliteStore, contentHash, defaultDbPath, resolveDbPath, MIGRATIONS, SCHEMA_VERSION, type OpenStoreOptions } from './store/index.js';
export type { Store, ArticleRecord, PutResult, PutStatus, StoredArticle, StoredFaq, StoredSentence, ArticleSummary, ListOptions, ArticlePage, SearchQuery, SearchOptions, SentenceHit, PairHit, ArticleHit, StoreCounts } from './store/store.js';
export { ingest, expandIngestInputs, type IngestOptions, type IngestSummary, type IngestProgress } from './ingest/ingest.js';
export { analyseQuestion, answerFromDoc, answerFromText, askArchive, rankArticles, renderAsk, ARCHIVE_THRESHOLD, CONFIDENCE_THRESHOLD, type AnswerType, type ArchiveAnswer, type DocAnswer, type TextAnswer, type AskFormat } from './ask/index.js';
