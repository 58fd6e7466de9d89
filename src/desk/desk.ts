// The desk: an article's FAQ as editors work on it. The archive (Store) holds articles and machine FAQs; the desk
// tables hold what editors did (status, wording, order, hand-added pairs, history) and what was published.
import type { Article, Faq, FaqPair, PairKind, SentenceId } from '../types.js';
import type { Doc } from '../nlp/doc.js';
import type { Store, StoredArticle } from '../store/store.js';
import { storedDoc } from '../ask/archive.js';
import { generateFaq } from '../faq/generate.js';
import { VERSION } from '../version.js';
import type { DeskDb } from './db.js';
import { checkPair, cleanEvidence, cleanKind, cleanText } from './check.js';
import { mergeRegenerated, questionKey } from './merge.js';
import {
  DeskError, type ArticleRef, type DeskPair, type DeskState, type HistoryAction, type HistoryEntry, type NewPair,
  type PairEdit, type PairFlag, type PairStatus,
} from './model.js';

/** The engine name a published FAQ is stored under in the archive. */
export const DESK_ENGINE = 'desk';

interface PairRow {
  id: number;
  article_id: string;
  position: number;
  question: string;
  answer: string;
  kind: string;
  score: number;
  evidence: string;
  status: PairStatus;
  origin: 'machine' | 'manual';
  edited: number;
  machine_key: string | null;
  flag: string | null;
  updated_at: string;
  updated_by: string | null;
}

interface ArticleRow {
  article_id: string;
  content_hash: string;
  revision: number;
  published_revision: number | null;
  published_at: string | null;
  published_by: string | null;
  published_faq: string | null;
}

export interface ArticleDeskSummary {
  readonly revision: number;
  readonly published?: { readonly at: string; readonly revision: number };
  readonly counts: Readonly<Record<PairStatus, number>>;
  readonly flagged: number;
}

export interface WriteOptions {
  /** Refuse the change (conflict) unless the article is still at this revision. */
  readonly revision?: number;
}

const now = (): string => new Date().toISOString();
const refOf = (a: Article): ArticleRef => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url });

export class Desk {
  private readonly st;
  private readonly docs = new Map<string, { hash: string; doc: Doc }>();
  private readonly listeners: ((articleId: string) => void)[] = [];

  constructor(readonly store: Store, readonly db: DeskDb) {
    this.st = {
      article: db.prepare<[string], ArticleRow>('SELECT * FROM desk_articles WHERE article_id = ?'),
      insertArticle: db.prepare('INSERT INTO desk_articles (article_id, content_hash, revision, updated_at) VALUES (?, ?, 1, ?)'),
      bump: db.prepare('UPDATE desk_articles SET revision = revision + 1, updated_at = ? WHERE article_id = ?'),
      setHash: db.prepare('UPDATE desk_articles SET content_hash = ? WHERE article_id = ?'),
      publish: db.prepare('UPDATE desk_articles SET published_revision = revision, published_at = ?, published_by = ?, published_faq = ? WHERE article_id = ?'),
      pairs: db.prepare<[string], PairRow>('SELECT * FROM desk_pairs WHERE article_id = ? ORDER BY position, id'),
      pair: db.prepare<[number, string], PairRow>('SELECT * FROM desk_pairs WHERE id = ? AND article_id = ?'),
      insertPair: db.prepare(`INSERT INTO desk_pairs (article_id, position, question, answer, kind, score, evidence, status, origin, edited,
        machine_key, flag, updated_at, updated_by) VALUES (@article_id, @position, @question, @answer, @kind, @score, @evidence, @status,
        @origin, @edited, @machine_key, @flag, @updated_at, @updated_by)`),
      updatePair: db.prepare(`UPDATE desk_pairs SET question = @question, answer = @answer, kind = @kind, evidence = @evidence,
        status = @status, edited = @edited, flag = @flag, updated_at = @updated_at, updated_by = @updated_by WHERE id = @id`),
      refreshPair: db.prepare(`UPDATE desk_pairs SET question = @question, answer = @answer, kind = @kind, score = @score,
        evidence = @evidence, machine_key = @machine_key, flag = NULL, updated_at = @updated_at, updated_by = @updated_by WHERE id = @id`),
      setFlag: db.prepare('UPDATE desk_pairs SET flag = ? WHERE id = ?'),
      setPosition: db.prepare('UPDATE desk_pairs SET position = ? WHERE id = ?'),
      deletePair: db.prepare('DELETE FROM desk_pairs WHERE id = ?'),
      maxPosition: db.prepare<[string], { m: number | null }>('SELECT max(position) AS m FROM desk_pairs WHERE article_id = ?'),
      history: db.prepare('INSERT INTO desk_history (article_id, pair_id, action, user_name, at, detail) VALUES (?, ?, ?, ?, ?, ?)'),
      readHistory: db.prepare<[string, number], { id: number; pair_id: number | null; action: HistoryAction; user_name: string | null; at: string; detail: string }>(
        'SELECT * FROM desk_history WHERE article_id = ? ORDER BY id DESC LIMIT ?'),
      published: db.prepare<[string], { published_faq: string | null }>('SELECT published_faq FROM desk_articles WHERE article_id = ?'),
    };
  }

  /** Called with the article id whenever what readers see changes (a publication, a changed article). */
  onPublicChange(listener: (articleId: string) => void): void {
    this.listeners.push(listener);
  }

  private emit(articleId: string): void {
    for (const l of this.listeners) l(articleId);
  }

  // ---- reading -------------------------------------------------------------------------------------

  async state(articleId: string): Promise<DeskState> {
    const { stored, row } = await this.ensure(articleId);
    const sentences = (await this.store.getSentences(articleId)) ?? [];
    const texts = new Map(sentences.map((s) => [s.id, s.text]));
    const pairs = this.st.pairs.all(articleId).map((r) => toDeskPair(r, texts));
    const published = row.published_revision !== null && row.published_faq
      ? { revision: row.published_revision, at: row.published_at!, by: row.published_by ?? '', pairs: (JSON.parse(row.published_faq) as Faq).pairs.length }
      : undefined;
    return {
      article: refOf(stored.article),
      revision: row.revision,
      ...(published && { published }),
      unpublishedChanges: row.published_revision !== row.revision,
      pairs,
      sentences,
    };
  }

  /** The FAQ as last published, or undefined. Reads only the desk table: this is the readers' path. */
  published(articleId: string): Faq | undefined {
    const r = this.st.published.get(articleId);
    return r?.published_faq ? (JSON.parse(r.published_faq) as Faq) : undefined;
  }

  /** The approved pairs as they would be published now. */
  async approvedFaq(articleId: string): Promise<Faq> {
    return this.toFaq(await this.state(articleId));
  }

  history(articleId: string, limit = 200): HistoryEntry[] {
    return this.st.readHistory.all(articleId, Math.max(1, Math.min(1000, limit))).map((h) => ({
      id: h.id,
      ...(h.pair_id !== null && { pairId: h.pair_id }),
      action: h.action,
      ...(h.user_name !== null && { user: h.user_name }),
      at: h.at,
      detail: JSON.parse(h.detail) as Record<string, unknown>,
    }));
  }

  /** Editorial status of the listed articles (those the desk has not opened yet are absent). */
  summaries(ids: readonly string[]): Map<string, ArticleDeskSummary> {
    const out = new Map<string, ArticleDeskSummary>();
    if (!ids.length) return out;
    const marks = ids.map(() => '?').join(',');
    const arts = this.db.prepare(`SELECT * FROM desk_articles WHERE article_id IN (${marks})`).all(...ids) as ArticleRow[];
    const counts = this.db
      .prepare(`SELECT article_id, status, count(*) AS n, sum(flag IS NOT NULL) AS flagged FROM desk_pairs WHERE article_id IN (${marks}) GROUP BY article_id, status`)
      .all(...ids) as { article_id: string; status: PairStatus; n: number; flagged: number }[];
    for (const a of arts) {
      const c = { draft: 0, approved: 0, rejected: 0 };
      let flagged = 0;
      for (const r of counts) if (r.article_id === a.article_id) {
        c[r.status] = r.n;
        if (r.status !== 'rejected') flagged += r.flagged;
      }
      out.set(a.article_id, {
        revision: a.revision,
        ...(a.published_revision !== null && a.published_at && { published: { at: a.published_at, revision: a.published_revision } }),
        counts: c,
        flagged,
      });
    }
    return out;
  }

  // ---- editing -------------------------------------------------------------------------------------

  async editPair(articleId: string, pairId: number, edit: PairEdit, user: string, opts: WriteOptions = {}): Promise<DeskPair> {
    await this.ensure(articleId);
    const doc = await this.doc(articleId);
    const row = this.pairRow(articleId, pairId);
    const known = new Set(doc.sentences.map((s) => s.id));
    const next = {
      question: edit.question === undefined ? row.question : cleanText(edit.question, 'question'),
      answer: edit.answer === undefined ? row.answer : cleanText(edit.answer, 'answer'),
      kind: cleanKind(edit.kind, row.kind as PairKind),
      evidence: edit.evidence === undefined ? (JSON.parse(row.evidence) as SentenceId[]) : cleanEvidence(edit.evidence, known),
    };
    const before = { question: row.question, answer: row.answer, kind: row.kind, evidence: JSON.parse(row.evidence) as string[] };
    const changed = next.question !== before.question || next.answer !== before.answer || next.kind !== before.kind
      || next.evidence.join(' ') !== before.evidence.join(' ');
    if (!changed) return this.pairOut(articleId, pairId);
    const flag = checkPair(doc, next);
    // An approved pair the evidence no longer supports goes back to draft until approved again.
    const status: PairStatus = flag && row.status === 'approved' ? 'draft' : row.status;
    this.write(articleId, opts, () => {
      this.st.updatePair.run({ id: pairId, ...next, evidence: JSON.stringify(next.evidence), status, edited: 1, flag: flag ? JSON.stringify(flag) : null, updated_at: now(), updated_by: user });
      this.log(articleId, pairId, 'edit', user, { before, after: next, ...(flag && { flag }), ...(status !== row.status && { status }) });
    });
    return this.pairOut(articleId, pairId);
  }

  async setStatus(articleId: string, pairId: number, status: PairStatus, user: string, opts: WriteOptions & { override?: boolean } = {}): Promise<DeskPair> {
    await this.ensure(articleId);
    const row = this.pairRow(articleId, pairId);
    if (status === 'approved' && row.flag && !opts.override) {
      const flag = JSON.parse(row.flag) as PairFlag;
      throw new DeskError('flagged', `the verifier does not support this pair (${flag.ruleId}: ${flag.reason}); approve it with override to publish it anyway`, { flag });
    }
    if (row.status !== status) {
      this.write(articleId, opts, () => {
        this.db.prepare('UPDATE desk_pairs SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(status, now(), user, pairId);
        this.log(articleId, pairId, 'status', user, { from: row.status, to: status, ...(row.flag && opts.override && { override: true }) });
      });
    }
    return this.pairOut(articleId, pairId);
  }

  async addPair(articleId: string, input: NewPair, user: string, opts: WriteOptions = {}): Promise<DeskPair> {
    await this.ensure(articleId);
    const doc = await this.doc(articleId);
    const pair = {
      question: cleanText(input.question, 'question'),
      answer: cleanText(input.answer, 'answer'),
      kind: cleanKind(input.kind, 'event'),
      evidence: cleanEvidence(input.evidence, new Set(doc.sentences.map((s) => s.id))),
    };
    const flag = checkPair(doc, pair);
    let id = 0;
    this.write(articleId, opts, () => {
      const r = this.st.insertPair.run({
        article_id: articleId, position: (this.st.maxPosition.get(articleId)?.m ?? -1) + 1, ...pair, score: 1,
        evidence: JSON.stringify(pair.evidence), status: 'draft', origin: 'manual', edited: 0, machine_key: null,
        flag: flag ? JSON.stringify(flag) : null, updated_at: now(), updated_by: user,
      });
      id = Number(r.lastInsertRowid);
      this.log(articleId, id, 'add', user, { after: pair, ...(flag && { flag }) });
    });
    return this.pairOut(articleId, id);
  }

  /** Put the listed pairs first, in that order; the others follow in their current order. */
  async reorder(articleId: string, ids: readonly number[], user: string, opts: WriteOptions = {}): Promise<void> {
    await this.ensure(articleId);
    const rows = this.st.pairs.all(articleId);
    const known = new Set(rows.map((r) => r.id));
    if (new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
      throw new DeskError('invalid', 'order must list pair ids of this article, each once');
    }
    const listed = new Set(ids);
    const order = [...ids, ...rows.filter((r) => !listed.has(r.id)).map((r) => r.id)];
    this.write(articleId, opts, () => {
      order.forEach((id, k) => this.st.setPosition.run(k, id));
      this.log(articleId, null, 'reorder', user, { order });
    });
  }

  /** Move a pair one place up or down among the pairs that are not rejected. */
  async move(articleId: string, pairId: number, direction: 'up' | 'down', user: string, opts: WriteOptions = {}): Promise<void> {
    await this.ensure(articleId);
    const rows = this.st.pairs.all(articleId);
    const live = rows.filter((r) => r.status !== 'rejected').map((r) => r.id);
    const k = live.indexOf(pairId);
    if (k < 0) throw new DeskError('not_found', `no pair ${pairId} to move in this article`);
    const j = direction === 'up' ? k - 1 : k + 1;
    if (j < 0 || j >= live.length) return;
    [live[k], live[j]] = [live[j], live[k]];
    await this.reorder(articleId, live, user, opts);
  }

  /** Generate the machine FAQ again and merge it (merge.ts): editors' work is kept. */
  async regenerate(articleId: string, user: string, opts: WriteOptions & { count?: number } = {}): Promise<{ added: number; refreshed: number; dropped: number; kept: number }> {
    const { stored } = await this.ensure(articleId);
    const faq = generateFaq(stored.article, { count: opts.count });
    await this.store.putFaq(articleId, faq);
    let summary = { added: 0, refreshed: 0, dropped: 0, kept: 0 };
    this.write(articleId, opts, () => {
      const rows = this.st.pairs.all(articleId);
      const plan = mergeRegenerated(rows.map(mergeable), faq.pairs);
      for (const id of plan.drop) this.st.deletePair.run(id);
      const t = now();
      plan.steps.forEach((step, position) => {
        if (step.kind === 'keep') this.st.setPosition.run(position, step.id);
        else if (step.kind === 'refresh') {
          this.st.refreshPair.run({ id: step.id, ...machineFields(step.pair), updated_at: t, updated_by: user });
          this.st.setPosition.run(position, step.id);
        } else this.st.insertPair.run({ article_id: articleId, position, ...machineFields(step.pair), status: 'draft', origin: 'machine', edited: 0, flag: null, updated_at: t, updated_by: user });
      });
      const count = (k: string) => plan.steps.filter((s) => s.kind === k).length;
      summary = { added: count('add'), refreshed: count('refresh'), dropped: plan.drop.length, kept: count('keep') };
      this.log(articleId, null, 'regenerate', user, { ...summary, engine: faq.engine, ...(opts.count && { count: opts.count }) });
    });
    return summary;
  }

  /** Publish the approved pairs: what readers, the export and the archive's ask then see. */
  async publish(articleId: string, user: string, opts: WriteOptions = {}): Promise<Faq> {
    const state = await this.state(articleId);
    const faq = this.toFaq(state);
    if (!faq.pairs.length) throw new DeskError('nothing_to_publish', 'approve at least one pair before publishing');
    this.db.transaction(() => {
      const current = this.st.article.get(articleId)!.revision;
      if (current !== state.revision || (opts.revision !== undefined && opts.revision !== current)) throw conflict(current);
      this.st.publish.run(now(), user, JSON.stringify(faq), articleId);
      this.log(articleId, null, 'publish', user, { revision: state.revision, pairs: faq.pairs.length });
    }).immediate();
    await this.store.putFaq(articleId, faq);
    this.emit(articleId);
    return faq;
  }

  // ---- internals -----------------------------------------------------------------------------------

  /** The article and its desk row, seeding the desk from the machine FAQ the first time. */
  private async ensure(articleId: string): Promise<{ stored: StoredArticle; row: ArticleRow }> {
    const stored = await this.store.getArticle(articleId);
    if (!stored) throw new DeskError('not_found', `no article "${articleId}" in the archive`);
    let row = this.st.article.get(articleId);
    if (!row) {
      const pairs = await this.machinePairs(stored);
      this.db.transaction(() => {
        if (this.st.article.get(articleId)) return;
        const t = now();
        this.st.insertArticle.run(articleId, stored.contentHash, t);
        pairs.forEach((p, position) => this.st.insertPair.run({ article_id: articleId, position, ...machineFields(p), status: 'draft', origin: 'machine', edited: 0, flag: null, updated_at: t, updated_by: null }));
        this.log(articleId, null, 'seed', undefined, { pairs: pairs.length });
      }).immediate();
      row = this.st.article.get(articleId)!;
    } else if (row.content_hash !== stored.contentHash) {
      await this.recheck(articleId, stored);
      row = this.st.article.get(articleId)!;
    }
    return { stored, row };
  }

  /** The article's text changed in the archive: check every pair against the new text again. */
  private async recheck(articleId: string, stored: StoredArticle): Promise<void> {
    const doc = await this.doc(articleId);
    const rows = this.st.pairs.all(articleId);
    let flagged = 0;
    this.db.transaction(() => {
      for (const r of rows) {
        const flag = checkPair(doc, { question: r.question, answer: r.answer, kind: r.kind as PairKind, evidence: JSON.parse(r.evidence) as string[] });
        if (flag) flagged++;
        this.st.setFlag.run(flag ? JSON.stringify(flag) : null, r.id);
      }
      this.st.setHash.run(stored.contentHash, articleId);
      this.st.bump.run(now(), articleId);
      this.log(articleId, null, 'article-changed', undefined, { flagged });
    }).immediate();
    this.emit(articleId);
  }

  private async machinePairs(stored: StoredArticle): Promise<readonly FaqPair[]> {
    const id = stored.article.id;
    const latest = await this.store.getFaq(id);
    if (latest && latest.faq.engine !== DESK_ENGINE) return latest.faq.pairs;
    const linguistic = await this.store.getFaq(id, 'linguistic');
    if (linguistic) return linguistic.faq.pairs;
    const faq = generateFaq(stored.article);
    await this.store.putFaq(id, faq);
    return faq.pairs;
  }

  /** The article's annotated Doc (stored annotation when current), kept for the article's current text. */
  private async doc(articleId: string): Promise<Doc> {
    const hash = this.st.article.get(articleId)?.content_hash ?? '';
    const hit = this.docs.get(articleId);
    if (hit && hit.hash === hash) return hit.doc;
    const doc = await storedDoc(this.store, articleId);
    if (!doc) throw new DeskError('not_found', `no article "${articleId}" in the archive`);
    if (this.docs.size >= 32) this.docs.delete(this.docs.keys().next().value!);
    this.docs.set(articleId, { hash, doc });
    return doc;
  }

  private pairRow(articleId: string, pairId: number): PairRow {
    const row = Number.isSafeInteger(pairId) ? this.st.pair.get(pairId, articleId) : undefined;
    if (!row) throw new DeskError('not_found', `no pair ${pairId} in article "${articleId}"`);
    return row;
  }

  private async pairOut(articleId: string, pairId: number): Promise<DeskPair> {
    const sentences = new Map((await this.store.getSentences(articleId))?.map((s) => [s.id, s.text]) ?? []);
    return toDeskPair(this.pairRow(articleId, pairId), sentences);
  }

  /** One change: revision checked and bumped, in one transaction. */
  private write(articleId: string, opts: WriteOptions, change: () => void): void {
    this.db.transaction(() => {
      const current = this.st.article.get(articleId)!.revision;
      if (opts.revision !== undefined && opts.revision !== current) throw conflict(current);
      change();
      this.st.bump.run(now(), articleId);
    }).immediate();
  }

  private log(articleId: string, pairId: number | null, action: HistoryAction, user: string | undefined, detail: Record<string, unknown>): void {
    this.st.history.run(articleId, pairId, action, user ?? null, now(), JSON.stringify(detail));
  }

  private toFaq(state: DeskState): Faq {
    const approved = state.pairs.filter((p) => p.status === 'approved');
    const rejected = state.pairs.filter((p) => p.status === 'rejected').length;
    const a = state.article;
    return {
      article: { id: a.id, ...(a.title && { title: a.title }), ...(a.date && { date: a.date }), ...(a.source && { source: a.source }), ...(a.url && { url: a.url }) },
      pairs: approved.map((p) => ({ question: p.question, answer: p.answer, kind: p.kind, score: Math.max(0, Math.min(1, p.score)), evidence: p.evidence })),
      engine: DESK_ENGINE,
      version: VERSION,
      stats: { sentences: state.sentences.length, candidates: state.pairs.length, rejected, rejectedBy: rejected ? { editor: rejected } : {}, duplicates: 0 },
      messages: [],
    };
  }
}

function conflict(current: number): DeskError {
  return new DeskError('conflict', `the FAQ changed since you loaded it (now at revision ${current}); reload and try again`, { revision: current });
}

function machineFields(p: FaqPair) {
  return {
    question: p.question,
    answer: p.answer,
    kind: p.kind,
    score: p.score,
    evidence: JSON.stringify(p.evidence.map((e) => e.id)),
    machine_key: questionKey(p.question),
  };
}

function mergeable(r: PairRow) {
  return { id: r.id, question: r.question, status: r.status, origin: r.origin, edited: r.edited === 1, ...(r.machine_key && { machineKey: r.machine_key }) };
}

function toDeskPair(r: PairRow, sentences: ReadonlyMap<string, string>): DeskPair {
  const flag = r.flag ? (JSON.parse(r.flag) as PairFlag) : undefined;
  return {
    id: r.id,
    position: r.position,
    question: r.question,
    answer: r.answer,
    kind: r.kind as PairKind,
    score: r.score,
    evidence: (JSON.parse(r.evidence) as string[]).map((id) => ({ id, text: sentences.get(id) ?? '' })),
    status: r.status,
    origin: r.origin,
    edited: r.edited === 1,
    ...(flag && { flag }),
    updatedAt: r.updated_at,
    ...(r.updated_by !== null && { updatedBy: r.updated_by }),
  };
}
