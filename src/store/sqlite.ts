// The embedded store: one SQLite file (better-sqlite3 12.x), WAL journal, FTS5 indexes ranked by BM25.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { NewsfaqError } from '../errors.js';
import { tokenizeParagraph } from '../nlp/tokenize.js';
import type { Article, Faq, FaqPair, InputFormat } from '../types.js';
import { contentHash } from './hash.js';
import { migrate } from './migrations.js';
import { ensureDbFolder } from './path.js';
import { ftsExpression, termGroups } from './query.js';
import type {
  ArticleHit, ArticlePage, ArticleRecord, ArticleSummary, ListOptions, PairHit, PutResult, SearchOptions, SearchQuery,
  SentenceHit, Store, StoreCounts, StoredArticle, StoredFaq, StoredSentence, TermCounts,
} from './store.js';

export interface SqliteOptions {
  /** Open without writing (no migrations); the file must exist and be up to date. */
  readonly readonly?: boolean;
  /** Fail with NF001 when the file does not exist instead of creating it. */
  readonly mustExist?: boolean;
}

interface ArticleRow {
  pk: number;
  id: string;
  content_hash: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  format: string;
  paragraphs: string;
  words: number;
  added_at: string;
  updated_at: string;
}

const now = (): string => new Date().toISOString();

function wordCount(article: Article): number {
  let n = 0;
  for (const p of article.paragraphs) n += p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return n;
}

/** Sentences when the caller did not give the Doc's: the same segmentation annotate() uses. */
export function segmentSentences(article: Article): StoredSentence[] {
  const out: StoredSentence[] = [];
  article.paragraphs.forEach((p, pi) => tokenizeParagraph(p).forEach((s, si) => out.push({ id: `p${pi}s${si}`, text: s.text })));
  return out;
}

function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    ...(r.title !== null && { title: r.title }),
    ...(r.date !== null && { date: r.date }),
    ...(r.source !== null && { source: r.source }),
    format: r.format as InputFormat,
    paragraphs: JSON.parse(r.paragraphs) as string[],
    ...(r.url !== null && { url: r.url }),
  };
}

function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    ...(r.title !== null && { title: r.title }),
    ...(r.date !== null && { date: r.date }),
    ...(r.source !== null && { source: r.source }),
    ...(r.url !== null && { url: r.url }),
    words: r.words,
    addedAt: r.added_at,
  };
}

const clampLimit = (n: number | undefined, dflt: number, max = 1000): number =>
  Math.max(1, Math.min(max, Math.floor(n ?? dflt)));

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly location: string;
  readonly db: Database.Database;
  private readonly st;
  private readonly readonly: boolean;
  /** Article counts by FTS expression, valid while the database is unchanged (`dataVersion`, own writes). */
  private readonly termCache = new Map<string, number>();
  private termCacheVersion = -1;

  constructor(path: string, options: SqliteOptions = {}) {
    this.location = path;
    this.readonly = options.readonly ?? false;
    const inMemory = path === ':memory:';
    if (!inMemory && (options.mustExist || options.readonly) && !existsSync(path)) {
      throw new NewsfaqError('NF001', `${path} (no archive there yet; build one with "newsfaq ingest --db ${path} <files>")`);
    }
    if (!inMemory && !options.readonly) ensureDbFolder(path);
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      this.db.pragma('busy_timeout = 10000');
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        // NORMAL in WAL mode: a killed process loses at most its open transaction, never the database.
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      if (!options.readonly) migrate(this.db, path);
      else this.checkSchema();
    } catch (e) {
      if (e instanceof NewsfaqError) throw e;
      const msg = (e as Error).message;
      throw new NewsfaqError('NF008', `${path} is not a newsfaq archive (${msg})`);
    }
    this.st = this.prepare();
  }

  private checkSchema(): void {
    const v = this.db.pragma('user_version', { simple: true }) as number;
    if (v === 0) throw new NewsfaqError('NF008', `${this.location} is not a newsfaq archive`);
  }

  private prepare() {
    const db = this.db;
    return {
      byHash: db.prepare<[string], { pk: number; id: string }>('SELECT pk, id FROM articles WHERE content_hash = ?'),
      byId: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      pkOf: db.prepare<[string], { pk: number }>('SELECT pk FROM articles WHERE id = ?'),
      insertArticle: db.prepare(
        `INSERT INTO articles (id, content_hash, title, date, source, url, format, paragraphs, words, added_at, updated_at)
         VALUES (@id, @content_hash, @title, @date, @source, @url, @format, @paragraphs, @words, @added_at, @updated_at)`,
      ),
      updateArticle: db.prepare(
        `UPDATE articles SET content_hash = @content_hash, title = @title, date = @date, source = @source, url = @url,
         format = @format, paragraphs = @paragraphs, words = @words, updated_at = @updated_at WHERE pk = @pk`,
      ),
      insertArticleFts: db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)'),
      deleteArticleFts: db.prepare('DELETE FROM articles_fts WHERE rowid = ?'),
      insertSentence: db.prepare('INSERT INTO sentences (article, n, sid, text) VALUES (?, ?, ?, ?)'),
      insertSentenceFts: db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
      sentencePks: db.prepare<[number], { pk: number }>('SELECT pk FROM sentences WHERE article = ?'),
      deleteSentenceFts: db.prepare('DELETE FROM sentences_fts WHERE rowid = ?'),
      deleteSentences: db.prepare('DELETE FROM sentences WHERE article = ?'),
      sentencesOf: db.prepare<[number], { sid: string; text: string }>('SELECT sid, text FROM sentences WHERE article = ? ORDER BY n'),
      sentenceRange: db.prepare<[number], { lo: number | null; hi: number | null }>('SELECT min(pk) AS lo, max(pk) AS hi FROM sentences WHERE article = ?'),
      upsertAnnotation: db.prepare('INSERT OR REPLACE INTO annotations (article, version, data) VALUES (?, ?, ?)'),
      deleteAnnotation: db.prepare('DELETE FROM annotations WHERE article = ?'),
      annotationOf: db.prepare<[number, string], { data: Buffer }>('SELECT data FROM annotations WHERE article = ? AND version = ?'),
      faqOf: db.prepare<[number, string], { pk: number }>('SELECT pk FROM faqs WHERE article = ? AND engine = ?'),
      faqsOfArticle: db.prepare<[number], { pk: number }>('SELECT pk FROM faqs WHERE article = ?'),
      insertFaq: db.prepare('INSERT INTO faqs (article, engine, version, created_at, faq) VALUES (?, ?, ?, ?, ?)'),
      deleteFaq: db.prepare('DELETE FROM faqs WHERE pk = ?'),
      pairPks: db.prepare<[number], { pk: number }>('SELECT pk FROM pairs WHERE faq = ?'),
      deletePairFts: db.prepare('DELETE FROM pairs_fts WHERE rowid = ?'),
      insertPair: db.prepare('INSERT INTO pairs (faq, position, question, answer, kind, score, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertPairFts: db.prepare('INSERT INTO pairs_fts (rowid, question, answer) VALUES (?, ?, ?)'),
      getFaqByEngine: db.prepare<[number, string], { pk: number; created_at: string; faq: string; engine: string; version: string }>(
        'SELECT pk, created_at, faq, engine, version FROM faqs WHERE article = ? AND engine = ?'),
      getLatestFaq: db.prepare<[number], { pk: number; created_at: string; faq: string; engine: string; version: string }>(
        'SELECT pk, created_at, faq, engine, version FROM faqs WHERE article = ? ORDER BY created_at DESC, pk DESC LIMIT 1'),
      pairsOf: db.prepare<[number], { question: string; answer: string; kind: string; score: number; evidence: string }>(
        'SELECT question, answer, kind, score, evidence FROM pairs WHERE faq = ? ORDER BY position'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE pk = ?'),
      hashes: db.prepare<[], { content_hash: string }>('SELECT content_hash FROM articles'),
    };
  }

  // ---- writing -------------------------------------------------------------------------------------

  private clearDerived(pk: number): void {
    for (const { pk: s } of this.st.sentencePks.all(pk)) this.st.deleteSentenceFts.run(s);
    this.st.deleteSentences.run(pk);
    this.st.deleteAnnotation.run(pk);
    for (const { pk: f } of this.st.faqsOfArticle.all(pk)) this.removeFaq(f);
    this.st.deleteArticleFts.run(pk);
  }

  private removeFaq(faqPk: number): void {
    for (const { pk } of this.st.pairPks.all(faqPk)) this.st.deletePairFts.run(pk);
    this.st.deleteFaq.run(faqPk);
  }

  private writeDerived(pk: number, record: ArticleRecord): void {
    const { article } = record;
    this.st.insertArticleFts.run(pk, article.title ?? '', article.paragraphs.join('\n'));
    const sentences = record.sentences ?? segmentSentences(article);
    sentences.forEach((s, n) => {
      const r = this.st.insertSentence.run(pk, n, s.id, s.text);
      this.st.insertSentenceFts.run(r.lastInsertRowid, s.text);
    });
    if (record.annotation) this.st.upsertAnnotation.run(pk, record.annotation.version, Buffer.from(record.annotation.data));
    if (record.faq) this.writeFaq(pk, record.faq);
  }

  private writeFaq(articlePk: number, faq: Faq): void {
    const old = this.st.faqOf.get(articlePk, faq.engine);
    if (old) this.removeFaq(old.pk);
    const { pairs, ...rest } = faq;
    const f = this.st.insertFaq.run(articlePk, faq.engine, faq.version, now(), JSON.stringify(rest));
    pairs.forEach((p, position) => {
      const r = this.st.insertPair.run(f.lastInsertRowid, position, p.question, p.answer, p.kind, p.score, JSON.stringify(p.evidence));
      this.st.insertPairFts.run(r.lastInsertRowid, p.question, p.answer);
    });
  }

  private putOne(record: ArticleRecord): PutResult {
    const { article } = record;
    const hash = record.contentHash ?? contentHash(article);
    const same = this.st.byHash.get(hash);
    if (same) {
      if (record.faq && !this.st.faqOf.get(same.pk, record.faq.engine)) this.writeFaq(same.pk, record.faq);
      return { id: same.id, status: 'unchanged' };
    }
    const t = now();
    const row = {
      id: article.id,
      content_hash: hash,
      title: article.title ?? null,
      date: article.date ?? null,
      source: article.source ?? null,
      url: article.url ?? null,
      format: article.format,
      paragraphs: JSON.stringify(article.paragraphs),
      words: wordCount(article),
      added_at: t,
      updated_at: t,
    };
    const existing = this.st.pkOf.get(article.id);
    if (existing) {
      this.clearDerived(existing.pk);
      this.st.updateArticle.run({ ...row, pk: existing.pk });
      this.writeDerived(existing.pk, record);
      return { id: article.id, status: 'updated' };
    }
    const r = this.st.insertArticle.run(row);
    this.writeDerived(Number(r.lastInsertRowid), record);
    return { id: article.id, status: 'added' };
  }

  private readonly putMany = (records: readonly ArticleRecord[]): PutResult[] => {
    this.termCache.clear();
    return this.db.transaction((rs: readonly ArticleRecord[]) => rs.map((r) => this.putOne(r))).immediate(records);
  };

  async putArticle(record: ArticleRecord): Promise<PutResult> {
    return this.putMany([record])[0];
  }

  async putArticles(records: readonly ArticleRecord[]): Promise<PutResult[]> {
    return records.length ? this.putMany(records) : [];
  }

  async deleteArticle(id: string): Promise<boolean> {
    this.termCache.clear();
    return this.db.transaction(() => {
      const row = this.st.pkOf.get(id);
      if (!row) return false;
      this.clearDerived(row.pk);
      this.st.deleteArticle.run(row.pk);
      return true;
    }).immediate();
  }

  async putFaq(articleId: string, faq: Faq): Promise<void> {
    this.db.transaction(() => {
      const row = this.st.pkOf.get(articleId);
      if (!row) throw new NewsfaqError('NF007', `no article with id "${articleId}" in ${this.location}`);
      this.writeFaq(row.pk, faq);
    }).immediate();
  }

  // ---- reading -------------------------------------------------------------------------------------

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const r = this.st.byId.get(id);
    if (!r) return undefined;
    return { article: toArticle(r), contentHash: r.content_hash, addedAt: r.added_at, updatedAt: r.updated_at };
  }

  async listArticles(options: ListOptions = {}): Promise<ArticlePage> {
    const limit = clampLimit(options.limit, 20);
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.search !== undefined) {
      const expr = ftsExpression(options.search, 'all');
      if (!expr) return { items: [], total: 0 };
      where.push('pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(expr);
    }
    if (options.source !== undefined) {
      where.push('source = ?');
      params.push(options.source);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM articles ${w}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT * FROM articles ${w} ORDER BY date IS NULL, date DESC, pk DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as ArticleRow[];
    const next = offset + rows.length;
    return { items: rows.map(toSummary), total, ...(next < total && { nextOffset: next }) };
  }

  async contentHashes(): Promise<Set<string>> {
    return new Set(this.st.hashes.all().map((r) => r.content_hash));
  }

  async getSentences(articleId: string): Promise<StoredSentence[] | undefined> {
    const row = this.st.pkOf.get(articleId);
    if (!row) return undefined;
    return this.st.sentencesOf.all(row.pk).map((s) => ({ id: s.sid, text: s.text }));
  }

  async getAnnotation(articleId: string, version: string): Promise<Uint8Array | undefined> {
    const row = this.st.pkOf.get(articleId);
    if (!row) return undefined;
    const a = this.st.annotationOf.get(row.pk, version);
    return a ? new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength) : undefined;
  }

  async getFaq(articleId: string, engine?: string): Promise<StoredFaq | undefined> {
    const row = this.st.pkOf.get(articleId);
    if (!row) return undefined;
    const f = engine ? this.st.getFaqByEngine.get(row.pk, engine) : this.st.getLatestFaq.get(row.pk);
    if (!f) return undefined;
    const pairs: FaqPair[] = this.st.pairsOf.all(f.pk).map((p) => ({
      question: p.question,
      answer: p.answer,
      kind: p.kind as FaqPair['kind'],
      score: p.score,
      evidence: JSON.parse(p.evidence),
    }));
    return { faq: { ...(JSON.parse(f.faq) as Omit<Faq, 'pairs'>), pairs }, createdAt: f.created_at };
  }

  // ---- search --------------------------------------------------------------------------------------

  /** Article pks for ids, with their sentence pk ranges. */
  private ranges(ids: readonly string[]): { pk: number; lo: number; hi: number }[] {
    const out: { pk: number; lo: number; hi: number }[] = [];
    for (const id of ids) {
      const row = this.st.pkOf.get(id);
      if (!row) continue;
      const r = this.st.sentenceRange.get(row.pk);
      if (r && r.lo !== null && r.hi !== null) out.push({ pk: row.pk, lo: r.lo, hi: r.hi });
    }
    return out;
  }

  async searchSentences(query: SearchQuery, options: SearchOptions = {}): Promise<SentenceHit[]> {
    const expr = ftsExpression(query, 'any');
    if (!expr) return [];
    const limit = clampLimit(options.limit, 20, 10000);
    const join = `SELECT a.id AS articleId, s.sid AS sentenceId, s.text AS text, -f.rank AS score
      FROM f JOIN sentences s ON s.pk = f.rowid JOIN articles a ON a.pk = s.article ORDER BY f.rank`;
    if (options.articleIds) {
      // An article's sentences have consecutive pks: restrict by rowid range, which FTS5 uses directly.
      const out: SentenceHit[] = [];
      const stmt = this.db.prepare(
        `WITH f AS (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?) ${join}`,
      );
      for (const r of this.ranges(options.articleIds)) out.push(...(stmt.all(expr, r.lo, r.hi, limit) as SentenceHit[]));
      return out.sort((a, b) => b.score - a.score).slice(0, limit);
    }
    return this.db
      .prepare(`WITH f AS (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?) ${join}`)
      .all(expr, limit) as SentenceHit[];
  }

  /** An SQL condition restricting `column` to the given articles; undefined when none of them is stored. */
  private articleFilter(articleIds: readonly string[] | undefined, column: string): { filter: string; params: number[] } | undefined {
    if (!articleIds) return { filter: '', params: [] };
    const pks = articleIds.map((id) => this.st.pkOf.get(id)?.pk).filter((x): x is number => x !== undefined);
    if (!pks.length) return undefined;
    return { filter: `AND ${column} IN (${pks.map(() => '?').join(',')})`, params: pks };
  }

  async searchPairs(query: SearchQuery, options: SearchOptions = {}): Promise<PairHit[]> {
    const expr = ftsExpression(query, 'any');
    if (!expr) return [];
    const limit = clampLimit(options.limit, 20, 10000);
    const restrict = this.articleFilter(options.articleIds, 'a.pk');
    if (!restrict) return [];
    const { filter } = restrict;
    const params: unknown[] = [expr, ...restrict.params];
    const rows = this.db
      .prepare(
        `SELECT a.id AS articleId, p.position AS position, q.engine AS engine, p.question AS question, p.answer AS answer,
           p.kind AS kind, p.evidence AS evidence, -f.rank AS score
         FROM (SELECT rowid, rank FROM pairs_fts WHERE pairs_fts MATCH ?) f
         JOIN pairs p ON p.pk = f.rowid JOIN faqs q ON q.pk = p.faq JOIN articles a ON a.pk = q.article
         WHERE 1 ${filter} ORDER BY f.rank LIMIT ?`,
      )
      .all(...params, limit) as (Omit<PairHit, 'evidence'> & { evidence: string })[];
    return rows.map((r) => ({ ...r, evidence: JSON.parse(r.evidence) }));
  }

  async searchArticles(query: SearchQuery, options: SearchOptions = {}): Promise<ArticleHit[]> {
    const expr = ftsExpression(query, 'any');
    if (!expr) return [];
    const limit = clampLimit(options.limit, 20, 10000);
    const restrict = this.articleFilter(options.articleIds, 'rowid');
    if (!restrict) return [];
    const { filter } = restrict;
    const params: unknown[] = [expr, ...restrict.params];
    const rows = this.db
      .prepare(
        `SELECT a.id AS articleId, a.title AS title, a.date AS date, a.source AS source, -f.rank AS score
         FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ${filter} ORDER BY rank LIMIT ?) f
         JOIN articles a ON a.pk = f.rowid ORDER BY f.rank`,
      )
      .all(...params, limit) as { articleId: string; title: string | null; date: string | null; source: string | null; score: number }[];
    return rows.map((r) => ({
      articleId: r.articleId,
      ...(r.title !== null && { title: r.title }),
      ...(r.date !== null && { date: r.date }),
      ...(r.source !== null && { source: r.source }),
      score: r.score,
    }));
  }

  async termCounts(query: SearchQuery): Promise<TermCounts> {
    // data_version changes when another connection commits: counts cached before then are dropped.
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.termCacheVersion || this.termCache.size > 100_000) {
      this.termCache.clear();
      this.termCacheVersion = version;
    }
    const count = (key: string, sql: string, ...params: unknown[]): number => {
      let n = this.termCache.get(key);
      if (n === undefined) {
        n = (this.db.prepare(sql).get(...params) as { n: number }).n;
        this.termCache.set(key, n);
      }
      return n;
    };
    const articles = count('', 'SELECT count(*) AS n FROM articles');
    const groups = typeof query === 'string' ? termGroups(query) : query;
    const counts = groups.map((g) => {
      const expr = ftsExpression([g]);
      return expr ? count(expr, 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?', expr) : 0;
    });
    return { articles, counts };
  }

  // ---- housekeeping --------------------------------------------------------------------------------

  async counts(): Promise<StoreCounts> {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: n('SELECT count(*) AS n FROM articles'),
      sentences: n('SELECT count(*) AS n FROM sentences'),
      faqs: n('SELECT count(*) AS n FROM faqs'),
      pairs: n('SELECT count(*) AS n FROM pairs'),
    };
  }

  async checkIntegrity(): Promise<string[]> {
    const problems = (this.db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((m) => m !== 'ok');
    for (const t of this.readonly ? [] : ['sentences_fts', 'articles_fts', 'pairs_fts']) {
      try {
        this.db.prepare(`INSERT INTO ${t} (${t}, rank) VALUES ('integrity-check', 0)`).run();
      } catch (e) {
        problems.push(`${t}: ${(e as Error).message}`);
      }
    }
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} rows break foreign keys`);
    return problems;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Open (creating and migrating when needed) the SQLite archive at `path`. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}
