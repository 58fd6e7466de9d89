// Which stored articles answer a question: BM25 over articles (the store's index) for candidates, then the best
// candidates scored again here from their own text (article BM25 over our stems, and their best sentences). Two
// steps keep a question's cost flat as the archive grows: the store is asked once, for the rarer words only, and
// twenty articles are read, not millions searched.
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

/** How the candidates read are scored: the best of a small grid on the even-numbered journalist questions, checked
 *  on the odd ones (src/eval/retrieval-tune.ts, docs/archive.md). `b` and `titleWeight` are those of the article-level BM25 computed here over our own stems;
 *  `sentence` is the weight of an article's best sentences (the first counts fully, the next two `second` each),
 *  each part normalised by its best among the candidates. FAQ pairs are not searched for ranking: at weight 0.1
 *  they changed no figure (top-1 64.0% with and without), and cost a query. */
export interface RetrievalWeights {
  readonly b: number;
  readonly titleWeight: number;
  readonly sentence: number;
  readonly second: number;
}

export const RETRIEVAL_WEIGHTS: RetrievalWeights = { b: 0.6, titleWeight: 4, sentence: 0.25, second: 0.3 };
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

/**
 * Rank the archive's articles for a question; `asOf` (YYYY-MM-DD) is the day it is asked, when known. The READ best
 * candidates of the article index are scored again here, from their own text: an article-level BM25 over our stems
 * in which each question word counts once whatever forms and synonyms it was searched in (the index counts a
 * surface form and its lemma, "elections" and "election", as two words), plus their best sentences. Candidates not
 * read keep the index's order below them.
 */
export async function rankArticles(
  store: Store, q: Question, limit = 20, cache?: SentenceStems, asOf?: string, weights: RetrievalWeights = RETRIEVAL_WEIGHTS,
): Promise<RankedArticle[]> {
  const groups = searchTerms(q);
  if (!groups.length) return [];
  const { articles: n, counts } = await store.termCounts(groups);
  const arts = await store.searchArticles(withinBudget(groups, counts), { limit: CANDIDATES });
  if (!arts.length) return [];

  const idf = counts.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const read = (id: string) => (cache ? cache.get(id) : readStems(store, id));
  const scored = await candidateScores(read, arts.slice(0, READ), groups, idf, weights);
  const score = new Map<string, number>();
  for (const s of scored) score.set(s.articleId, s.score);
  // The rest follow in the index's order, each below the last one read.
  const floor = Math.min(...scored.map((s) => s.score));
  const last = arts[scored.length - 1].score || 1;
  for (const a of arts.slice(scored.length)) score.set(a.articleId, (floor * a.score) / last);
  if (asOf) {
    for (const a of arts) {
      if (!a.date) continue;
      const age = daysBetween(a.date, asOf);
      if (!Number.isFinite(age)) continue;
      if (age < -1) score.delete(a.articleId);
      else if (score.has(a.articleId)) score.set(a.articleId, score.get(a.articleId)! + RECENT * Math.exp(-Math.max(0, age) / RECENT_DAYS));
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

const bm25 = (idf: number, f: number, len: number, avg: number, b: number): number =>
  f ? (idf * f * (K1 + 1)) / (f + K1 * (1 - b + (b * len) / Math.max(1, avg))) : 0;

/**
 * Each candidate's score: its article BM25 (title words counted `titleWeight` times, lengths against the
 * candidates' mean) normalised by the best candidate's, plus its best sentences' BM25 (the usual b = 0.75 against
 * the mean sentence) normalised by the best sentence's. Term weights come from the archive's article counts.
 */
async function candidateScores(
  read: (articleId: string) => Promise<readonly (readonly string[])[]>,
  hits: readonly { readonly articleId: string; readonly title?: string }[],
  groups: readonly string[][],
  idf: readonly number[],
  w: RetrievalWeights,
): Promise<{ articleId: string; score: number }[]> {
  const match = groupMatcher(groups);
  const rows: { articleId: string; tfs: number[][]; lens: number[]; tf: number[]; len: number }[] = [];
  let sentenceWords = 0;
  let sentenceCount = 0;
  for (const hit of hits) {
    const sentences = await read(hit.articleId);
    const tfs = sentences.map(match);
    const lens = sentences.map((s) => s.length);
    const title = match(words(hit.title ?? '').map(stem));
    const tf = groups.map((_, g) => w.titleWeight * title[g] + tfs.reduce((sum, f) => sum + f[g], 0));
    const len = lens.reduce((a, b) => a + b, 0);
    rows.push({ articleId: hit.articleId, tfs, lens, tf, len });
    sentenceWords += len;
    sentenceCount += sentences.length;
  }
  const avgArticle = sentenceWords / Math.max(1, rows.length);
  const avgSentence = sentenceWords / Math.max(1, sentenceCount);
  const scored = rows.map(({ articleId, tfs, lens, tf, len }) => ({
    articleId,
    article: tf.reduce((sum, f, g) => sum + bm25(idf[g], f, len, avgArticle, w.b), 0),
    sentences: tfs.map((f, k) => f.reduce((sum, x, g) => sum + bm25(idf[g], x, lens[k], avgSentence, B), 0)).sort((a, b) => b - a),
  }));
  const bestArticle = Math.max(0, ...scored.map((s) => s.article)) || 1;
  const bestSentence = Math.max(0, ...scored.flatMap((s) => s.sentences)) || 1;
  return scored.map((s) => ({
    articleId: s.articleId,
    score: s.article / bestArticle +
      s.sentences.slice(0, SENTENCES_PER_ARTICLE).reduce((sum, v, k) => sum + (w.sentence * (k === 0 ? 1 : w.second) * v) / bestSentence, 0),
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
