// Archive retrieval: ingest every public article (the data sets and news_faq/input, never news_faq/articles, which
// still carry the journalists' questions), ask each journalist question of news_faq/pairs.jsonl, and count how
// often the article it was written for ranks first and in the top 5.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { ingest, type IngestSummary } from '../ingest/ingest.js';
import { analyseQuestion } from '../ask/question.js';
import { rankArticles } from '../ask/archive.js';

export const RETRIEVAL_INPUTS = ['articles/bbc2005', 'articles/rtqa_news', 'articles/reuters21578', 'news_faq/input'];

export interface RetrievalReport {
  readonly articles: number;
  readonly questions: number;
  /** Percent of questions whose article ranks first / in the top 5 / at all in the top 20. */
  readonly top1: number;
  readonly top5: number;
  readonly top20: number;
  /** Mean reciprocal rank over the top 20 (0 when absent). */
  readonly mrr: number;
  readonly ingest?: IngestSummary;
  /** Questions whose article was not in the top 5, for reading. */
  readonly misses: readonly { readonly id: string; readonly question: string; readonly expected: string; readonly got: readonly string[] }[];
  readonly msPerQuestion: number;
  /** The same questions asked as of their own date (`asOf`, news_faq's `date`): a reader asking about that
   *  day's news. Reported beside, not instead of, the figures above. */
  readonly asOfDate: Figures;
  /** The plain figures on the even- and odd-numbered questions (0-based line of pairs.jsonl): the retrieval weights
   *  are chosen on the even ones (retrieval-tune.ts), so the odd ones are the held-out figure. */
  readonly halves: { readonly even: Figures; readonly odd: Figures };
}

export interface Figures { readonly top1: number; readonly top5: number; readonly top20: number; readonly mrr: number }

export interface RetrievalOptions {
  readonly dataDir: string;
  /** Reuse (or keep) this database; default a temporary one, deleted afterwards. */
  readonly db?: string;
  readonly jobs?: number;
  /** At most this many questions (evenly spaced). */
  readonly limit?: number;
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

interface PairRow { id: string; article_id: string; question: string; date?: string }

const stemOf = (source: string | undefined): string => (source ? basename(source, extname(source)) : '');

/** Source-file stem of every stored article, by article id. */
async function sourceStems(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let offset: number | undefined = 0; offset !== undefined;) {
    const page = await store.listArticles({ limit: 1000, offset });
    for (const a of page.items) out.set(a.id, stemOf(a.source));
    offset = page.nextOffset;
  }
  return out;
}

export async function runRetrievalEval(options: RetrievalOptions): Promise<RetrievalReport> {
  const tmp = options.db ? undefined : mkdtempSync(join(tmpdir(), 'newsfaq-retrieval-'));
  const dbPath = options.db ?? join(tmp!, 'archive.db');
  const store = openSqliteStore(dbPath);
  try {
    const inputs = RETRIEVAL_INPUTS.map((p) => join(options.dataDir, p)).filter((p) => existsSync(p));
    const summary = await ingest(store, inputs, {
      jobs: options.jobs,
      onProgress: options.onProgress && ((p) => options.onProgress!('ingest', p.inputsDone, p.inputsTotal)),
    });
    const stems = await sourceStems(store);
    let pairs = readFileSync(join(options.dataDir, 'news_faq', 'pairs.jsonl'), 'utf8')
      .split('\n').filter((l) => l.trim()).map((l, line) => ({ ...(JSON.parse(l) as PairRow), line }));
    if (options.limit && options.limit < pairs.length) {
      const step = pairs.length / options.limit;
      pairs = Array.from({ length: options.limit }, (_, k) => pairs[Math.floor(k * step)]);
    }
    const plain = new Tally();
    const dated = new Tally();
    const halves = [new Tally(), new Tally()];
    const misses: RetrievalReport['misses'][number][] = [];
    const t0 = performance.now();
    for (const [k, p] of pairs.entries()) {
      const q = analyseQuestion(p.question);
      const got = (await rankArticles(store, q, 20)).map((r) => stems.get(r.articleId) ?? r.articleId);
      const at = plain.add(got.indexOf(p.article_id));
      halves[p.line % 2].add(at);
      if (at < 0 || at >= 5) misses.push({ id: p.id, question: p.question, expected: p.article_id, got: got.slice(0, 3) });
      const asOf = (await rankArticles(store, q, 20, undefined, p.date)).map((r) => stems.get(r.articleId) ?? r.articleId);
      dated.add(asOf.indexOf(p.article_id));
      options.onProgress?.('ask', k + 1, pairs.length);
    }
    const ms = (performance.now() - t0) / Math.max(1, 2 * pairs.length);
    return {
      articles: (await store.counts()).articles,
      questions: pairs.length,
      ...plain.figures(),
      ingest: summary,
      misses,
      msPerQuestion: Math.round(ms * 10) / 10,
      asOfDate: dated.figures(),
      halves: { even: halves[0].figures(), odd: halves[1].figures() },
    };
  } finally {
    await store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Ranks of the right article (-1: not in the top 20), summed up. */
class Tally {
  private n = 0;
  private top1 = 0;
  private top5 = 0;
  private top20 = 0;
  private rr = 0;

  add(at: number): number {
    this.n++;
    if (at === 0) this.top1++;
    if (at >= 0 && at < 5) this.top5++;
    if (at >= 0) { this.top20++; this.rr += 1 / (at + 1); }
    return at;
  }

  figures(): Figures {
    const pct = (x: number) => Math.round((x / Math.max(1, this.n)) * 1000) / 10;
    return { top1: pct(this.top1), top5: pct(this.top5), top20: pct(this.top20), mrr: Math.round((this.rr / Math.max(1, this.n)) * 1000) / 1000 };
  }
}
