// A paired comparison of two generator versions: their review sheets for the same articles (same seed, two
// commits) become one blind sheet holding every distinct pair once, in an order that hides which version made it.
// One rater rates it, and the key tells each version's share of acceptable pairs. Rounds rated separately differ
// by rater and by sample by about ten points; here both versions meet the same rater on the same articles.
import { createHash } from 'node:crypto';
import type { Rating } from './review.js';

/** Which pair of each version a merged pair id stands for (1-based; absent when that version lacks the pair). */
export type CompareKey = Record<string, { a?: number; b?: number }>;

interface SheetArticle {
  readonly header: string[];
  readonly pairs: { readonly identity: string; readonly lines: string[] }[];
}

const RULE = '='.repeat(100);

/** A review sheet's articles by path, each with its header lines and its pairs' lines (without the rate line). */
function parseSheet(text: string): { preamble: string[]; articles: Map<string, SheetArticle> } {
  const preamble: string[] = [];
  const articles = new Map<string, SheetArticle>();
  let article: SheetArticle | undefined;
  let pair: { identity: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const start = line.match(/^\[\d+\] (\S+)/);
    if (start) {
      article = { header: [], pairs: [] };
      articles.set(start[1], article);
      pair = undefined;
      continue;
    }
    if (line === RULE) {
      pair = undefined;
      continue;
    }
    if (!article) {
      preamble.push(line);
      continue;
    }
    const opening = line.match(/^#\d+ (\[\w+\] .*)$/);
    if (opening) {
      pair = { identity: opening[1], lines: [line] };
      article.pairs.push(pair);
    } else if (pair) {
      if (line.startsWith('   A: ')) pair.identity += `\n${line}`;
      if (!line.startsWith('rate: ') && line.trim()) pair.lines.push(line);
    } else if (line !== '(no pairs)') article.header.push(line);
  }
  return { preamble, articles };
}

const order = (text: string) => createHash('sha256').update(text).digest('hex');

/** Merge sheet A and sheet B (same articles) into one blind sheet and its key. */
export function mergeSheets(a: string, b: string): { sheet: string; key: CompareKey; shared: number } {
  const A = parseSheet(a);
  const B = parseSheet(b);
  const missing = [...A.articles.keys()].filter((path) => !B.articles.has(path));
  if (missing.length || A.articles.size !== B.articles.size) throw new Error(`the sheets do not hold the same articles (e.g. ${missing[0] ?? 'sizes differ'}): make both with the same --seed and --sample`);
  const out = A.preamble.filter((line) => line !== RULE);
  const key: CompareKey = {};
  let shared = 0;
  let n = 0;
  for (const [path, article] of A.articles) {
    const pairs = new Map<string, { lines: string[]; a?: number; b?: number }>();
    article.pairs.forEach((p, i) => pairs.set(p.identity, { lines: p.lines, a: i + 1 }));
    B.articles.get(path)!.pairs.forEach((p, i) => {
      const same = pairs.get(p.identity);
      if (same) {
        same.b = i + 1;
        shared++;
      } else pairs.set(p.identity, { lines: p.lines, b: i + 1 });
    });
    const blind = [...pairs.values()].sort((x, y) => order(path + x.lines[0] + x.lines[1]).localeCompare(order(path + y.lines[0] + y.lines[1])));
    out.push(RULE, `[${++n}] ${path}`, ...article.header);
    if (!blind.length) out.push('(no pairs)', '');
    blind.forEach((p, i) => {
      const id = `${path}#${i + 1}`;
      key[id] = { a: p.a, b: p.b };
      out.push(p.lines[0].replace(/^#\d+/, `#${i + 1}`), ...p.lines.slice(1), `rate: ${id} _`, '');
    });
  }
  return { sheet: `${out.join('\n')}\n`, key, shared };
}

export interface Comparison {
  readonly a: Share;
  readonly b: Share;
  readonly onlyA: Share;
  readonly onlyB: Share;
}
export interface Share {
  readonly acceptable: number;
  readonly rated: number;
}

/** Each version's share of acceptable pairs, and that of the pairs only it has. */
export function compareRatings(ratings: readonly Rating[], key: CompareKey): Comparison {
  const byId = new Map(ratings.map((r) => [r.pair, r.score]));
  const unknown = ratings.find((r) => !key[r.pair]);
  if (unknown) throw new Error(`${unknown.pair} is not in the key: the ratings belong to another merged sheet`);
  const tally = (keep: (k: { a?: number; b?: number }) => boolean): Share => {
    let acceptable = 0;
    let rated = 0;
    for (const [id, k] of Object.entries(key)) {
      const score = byId.get(id);
      if (score === undefined || !keep(k)) continue;
      rated++;
      acceptable += score;
    }
    return { acceptable, rated };
  };
  return { a: tally((k) => !!k.a), b: tally((k) => !!k.b), onlyA: tally((k) => !!k.a && !k.b), onlyB: tally((k) => !!k.b && !k.a) };
}

const pct = (s: Share) => `${s.acceptable} of ${s.rated}${s.rated ? ` (${((100 * s.acceptable) / s.rated).toFixed(1)}%)` : ''}`;

export function formatComparison(c: Comparison): string {
  return [
    `version A: ${pct(c.a)} acceptable`,
    `version B: ${pct(c.b)} acceptable`,
    `pairs only A has: ${pct(c.onlyA)}; only B has: ${pct(c.onlyB)}`,
    '',
  ].join('\n');
}
