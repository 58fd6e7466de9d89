// Which stored articles answer a question: BM25 over articles (the store's index) for candidates, then the
// candidates' own sentences scored here. Two steps keep a question's cost flat as the archive grows: the store
// is asked once, for the rarer words only, and sentences are read for fifty articles, not searched in millions.
import type { Store } from '../store/store.js';
import { stem } from '../verify/words.js';
import type { Question } from './question.js';
import { synonyms } from './synonyms.js';

export interface RankedArticle {
  readonly articleId: string;
  readonly score: number;
}

/** Term groups for the store: each question term with its lemma, surface form and synonyms. */
export function searchTerms(q: Question): string[][] {
  const groups = q.terms.map((t) => [...new Set([t.lower, t.lemma, ...synonyms(t.lemma)])]);
  // The wh-phrase's head ("projects" in "how many projects") names what the right article is about.
  if (q.head && !groups.some((g) => g.includes(q.head))) groups.push([...new Set([q.head, ...synonyms(q.head)])]);
  return groups;
}

/** Retrieval weights: article BM25, an article's best sentences (the first counts fully, the next two SECOND each),
 *  each normalised by its best score. Chosen on the journalists' questions (docs/archive.md). FAQ pairs are not
 *  searched for ranking: at weight 0.1 they changed no figure (top-1 64.0% with and without), and cost a query. */
const W_ARTICLE = 1.0;
const W_SENTENCE = 0.5;
const SECOND = 0.3;
const SENTENCES_PER_ARTICLE = 3;
/** Articles taken from the article index, whose sentences are then read. */
const CANDIDATES = 50;
/** Of those, the best articles whose sentences are read and scored. */
const READ = 20;
/** The article search scores every article holding any of its words, about a microsecond each on this machine:
 *  in a large archive the commonest words are left out until the rest occur in at most this many articles (the
 *  rarest word always stays). Under this size nothing is left out; leaving out words even above 10% of the
 *  articles cost 2.6 points of top-1 on the public archive. */
const POSTINGS = 10_000;
/** Asked as of a date, an article published that day gains RECENT (the weight of a second article match), less
 *  as it ages (a week's time constant); an article published after the date cannot be what was asked about. */
const RECENT = 0.5;
const RECENT_DAYS = 7;

/**
 * Articles' sentences as word stems, read from the store once: a server answering many questions keeps one
 * (and clears it when the archive changes); without one, each question reads its candidates afresh.
 */
export class SentenceStems {
  private readonly articles = new Map<string, readonly (readonly string[])[]>();

  constructor(private readonly store: Store, private readonly max = 5000) {}

  async get(articleId: string): Promise<readonly (readonly string[])[]> {
    const hit = this.articles.get(articleId);
    if (hit) return hit;
    const stems = await readStems(this.store, articleId);
    if (this.articles.size >= this.max) this.articles.delete(this.articles.keys().next().value!);
    this.articles.set(articleId, stems);
    return stems;
  }

  clear(): void {
    this.articles.clear();
  }
}

async function readStems(store: Store, articleId: string): Promise<string[][]> {
  return ((await store.getSentences(articleId)) ?? []).map((s) => words(s.text).map(stem));
}

/** Rank the archive's articles for a question; `asOf` (YYYY-MM-DD) is the day it is asked, when known. */
export async function rankArticles(store: Store, q: Question, limit = 20, cache?: SentenceStems, asOf?: string): Promise<RankedArticle[]> {
  const groups = searchTerms(q);
  if (!groups.length) return [];
  const { articles: n, counts } = await store.termCounts(groups);
  const arts = await store.searchArticles(withinBudget(groups, counts), { limit: CANDIDATES });
  if (!arts.length) return [];

  const score = new Map<string, number>();
  const add = (id: string, v: number) => score.set(id, (score.get(id) ?? 0) + v);
  const top = arts[0].score || 1;
  for (const a of arts) add(a.articleId, (W_ARTICLE * a.score) / top);

  const idf = counts.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const read = (id: string) => (cache ? cache.get(id) : readStems(store, id));
  const sentences = await sentenceScores(read, arts.slice(0, READ).map((a) => a.articleId), groups, idf);
  const best = Math.max(0, ...sentences.flatMap((s) => s.scores)) || 1;
  for (const s of sentences) {
    s.scores.slice(0, SENTENCES_PER_ARTICLE).forEach((v, k) => add(s.articleId, (W_SENTENCE * (k === 0 ? 1 : SECOND) * v) / best));
  }
  if (asOf) {
    for (const a of arts) {
      if (!a.date) continue;
      const age = daysBetween(a.date, asOf);
      if (!Number.isFinite(age)) continue;
      if (age < -1) score.delete(a.articleId);
      else add(a.articleId, RECENT * Math.exp(-Math.max(0, age) / RECENT_DAYS));
    }
  }
  return [...score].map(([articleId, s]) => ({ articleId, score: s })).sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Days from an article's date to the asking date (negative: published later). */
function daysBetween(published: string, asOf: string): number {
  return (Date.parse(asOf.slice(0, 10)) - Date.parse(published.slice(0, 10))) / 86_400_000;
}

/** The groups to search for: rarest first, while their articles add up to POSTINGS. */
function withinBudget(groups: readonly string[][], counts: readonly number[]): string[][] {
  const order = groups.map((_, k) => k).filter((k) => counts[k] > 0).sort((a, b) => counts[a] - counts[b]);
  const keep = new Set<number>();
  let total = 0;
  for (const k of order) {
    if (keep.size && total + counts[k] > POSTINGS) break;
    keep.add(k);
    total += counts[k];
  }
  return groups.filter((_, k) => keep.has(k));
}

const K1 = 1.2;
const B = 0.75;

/** Each candidate article's sentence BM25 scores, best first (term weights from the archive's article counts). */
async function sentenceScores(
  read: (articleId: string) => Promise<readonly (readonly string[])[]>,
  ids: readonly string[],
  groups: readonly string[][],
  idf: readonly number[],
) {
  const match = groupMatcher(groups);
  const rows: { articleId: string; tfs: number[][]; lens: number[] }[] = [];
  let total = 0;
  let count = 0;
  for (const articleId of ids) {
    const sentences = await read(articleId);
    rows.push({ articleId, tfs: sentences.map(match), lens: sentences.map((s) => s.length) });
    for (const s of sentences) total += s.length;
    count += sentences.length;
  }
  const avg = total / Math.max(1, count);
  return rows.map(({ articleId, tfs, lens }) => ({
    articleId,
    scores: tfs
      .map((tf, k) => tf.reduce((sum, f, g) => sum + (f ? (idf[g] * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lens[k]) / avg)) : 0), 0))
      .sort((a, b) => b - a),
  }));
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w !== '');

/**
 * Per sentence (as stems), how often each group occurs: a single-word alternative, or a phrase alternative whole.
 */
function groupMatcher(groups: readonly string[][]): (stems: readonly string[]) => number[] {
  const single = new Map<string, number[]>();
  const phrases: { group: number; stems: string[] }[] = [];
  groups.forEach((group, g) => {
    for (const alt of group) {
      const ws = words(alt).map(stem);
      const list = single.get(ws[0]) ?? [];
      if (ws.length === 1 && !list.includes(g)) single.set(ws[0], [...list, g]);
      else if (ws.length > 1) phrases.push({ group: g, stems: ws });
    }
  });
  return (stems) => {
    const f = groups.map(() => 0);
    for (const st of stems) {
      const gs = single.get(st);
      if (gs) for (const g of gs) f[g]++;
    }
    for (const p of phrases) {
      for (let i = stems.indexOf(p.stems[0]); i >= 0; i = stems.indexOf(p.stems[0], i + 1)) {
        if (p.stems.every((w, j) => stems[i + j] === w)) f[p.group]++;
      }
    }
    return f;
  };
}
