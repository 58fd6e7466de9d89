// `newsfaq eval review`: a seeded sample of articles as a review sheet for people to rate on the
// five-point rubric (docs/faq-guide.md), and the ratings file read back into figures.
// Sheets hold article text (copyrighted): keep them out of the repository. Ratings files hold
// only pair ids, scores and reasons, and live in docs/quality/.
import { generateFaq } from '../faq/generate.js';
import { annotate } from '../nlp/annotate.js';
import { VERSION } from '../version.js';
import { isSetName, listFiles, readSetArticle, SET_NAMES, type SetName } from './data.js';
import { pairId } from './faq-eval.js';
import { hashString, mulberry32, shuffle } from './prng.js';
import { formatTable, pct } from './table.js';

export interface Pick {
  readonly set: SetName;
  readonly file: string;
}

/** N articles: each set shuffled with its own PRNG (seeded from the seed and the set's name), then
 *  taken round-robin in set order until N. The same data, sets, N and seed give the same sample. */
export function sampleArticles(dataDir: string, sets: readonly SetName[], n: number, seed: number): Pick[] {
  return roundRobin(
    sets.map((set) => ({ set, files: shuffle(listFiles(dataDir, set), mulberry32(hashString(`${seed}:${set}`))) })),
    n,
  );
}

/** Round-robin over shuffled lists (exported for tests, which have no data). */
export function roundRobin(lists: readonly { set: SetName; files: readonly string[] }[], n: number): Pick[] {
  const out: Pick[] = [];
  for (let k = 0; out.length < n; k++) {
    let took = false;
    for (const { set, files } of lists) {
      if (k < files.length && out.length < n) {
        out.push({ set, file: files[k] });
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}

const LEAD_SENTENCES = 3;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** The review sheet: article context, then each pair with its stable id and a blank rating line. */
export function buildReviewSheet(dataDir: string, picks: readonly Pick[], options: { seed: number }): string {
  const out: string[] = [
    `newsfaq ${VERSION} review sheet: ${picks.length} articles, seed ${options.seed}`,
    'This sheet quotes the articles: do not commit it. Rate every pair on docs/faq-guide.md\'s five points:',
    '  F fluent, S self-contained, W worth asking, U supported, R responsive.',
    'Fill in each "rate:" line as "<pair id> <1|0> [failed letters] # reason" (1 = acceptable on all five), e.g.',
    '  rate: rtqa_news/20200101_x.txt#3 0 S # "the plan" is unclear',
    "then collect them: grep '^rate: ' sheet.txt | cut -c7- > docs/quality/ratings-<date>-<who>.txt",
    'and summarise: newsfaq eval review --read docs/quality/ratings-<date>-<who>.txt',
  ];
  picks.forEach((pick, k) => {
    out.push('', '='.repeat(100), `[${k + 1}] ${pick.set}/${pick.file}`);
    let article;
    try {
      article = readSetArticle(dataDir, pick.set, pick.file);
    } catch (e) {
      out.push(`  (cannot read: ${(e as Error).message})`);
      return;
    }
    out.push(`title: ${article.title ?? '(none)'}`, `date:  ${article.date ?? '(none)'}`);
    let faq;
    let doc;
    try {
      doc = annotate(article);
      faq = generateFaq(article);
    } catch (e) {
      out.push(`  (generation failed: ${(e as Error).message})`);
      return;
    }
    out.push('lead:');
    for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) out.push(`  ${s.id}  ${clip(s.text, 400)}`);
    if (!faq.pairs.length) out.push('', '(no pairs)');
    faq.pairs.forEach((p, i) => {
      out.push(
        '',
        `#${i + 1} [${p.kind}] ${p.question}`,
        `   A: ${p.answer}`,
        // The cited sentences themselves, so a rater can judge support without the article.
        ...p.evidence.map((e) => `   evidence ${e.id}: ${clip(e.text, 500)}`),
        `rate: ${pairId(pick.set, pick.file, i + 1)} _`,
      );
    });
  });
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- ratings

export const CRITERIA = { F: 'fluent', S: 'self-contained', W: 'worth asking', U: 'supported', R: 'responsive' } as const;
export type Criterion = keyof typeof CRITERIA;
const CRITERION_LETTERS = Object.keys(CRITERIA) as Criterion[];

export interface Rating {
  readonly pair: string;
  readonly set: SetName;
  readonly file: string;
  readonly n: number;
  readonly score: 0 | 1;
  readonly failed: readonly Criterion[];
  readonly reason?: string;
  readonly line: number;
}

export class RatingsError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${source}:${line}: ${detail}`);
    this.name = 'RatingsError';
  }
}

const LINE_FORMAT = 'expected "<set>/<file>#<n> <0|1> [FSWUR letters] # reason"';

/**
 * Parse a ratings file. One line per pair: `<pair id> <0|1> [letters] [# reason]`; blank lines and
 * lines starting with "#" are ignored; a score of "_" marks a pair not rated yet (listed, not counted).
 * Letters name the failed criteria (F S W U R, run together or comma-separated) and go only with 0.
 * Throws RatingsError, with the line number, on the first malformed line.
 */
export function parseRatings(text: string, source = 'ratings'): { ratings: Rating[]; unrated: string[] } {
  const ratings: Rating[] = [];
  const unrated: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = k + 1;
    const hash = raw.indexOf(' #');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash + 2).trim() || undefined : undefined;
    if (!body || body.startsWith('#')) return;
    const fail = (detail: string): never => {
      throw new RatingsError(source, line, detail);
    };
    const fields = body.split(/\s+/);
    const [id, score, letters, ...extra] = fields;
    const m = id.match(/^([a-z0-9_]+)\/([^\s/#]+)#([1-9]\d*)$/);
    if (!m) fail(`"${id}" is not a pair id (<set>/<file>#<n>); ${LINE_FORMAT}`);
    const [, set, file, n] = m!;
    if (!isSetName(set)) fail(`unknown set "${set}" (expected ${SET_NAMES.join(', ')})`);
    if (seen.has(id)) fail(`${id} is rated twice (first on line ${seen.get(id)})`);
    seen.set(id, line);
    if (score === undefined) fail(`no score for ${id}; ${LINE_FORMAT}`);
    if (extra.length) fail(`unexpected "${extra.join(' ')}" (put a reason after " #"); ${LINE_FORMAT}`);
    if (score === '_') {
      unrated.push(id);
      return;
    }
    if (score !== '0' && score !== '1') fail(`score "${score}" must be 0 or 1`);
    let failed: Criterion[] = [];
    if (letters !== undefined) {
      if (!/^[A-Za-z](,?[A-Za-z])*$/.test(letters)) fail(`"${letters}" is not a list of criterion letters (F S W U R)`);
      failed = [...new Set(letters.replace(/,/g, '').toUpperCase().split(''))] as Criterion[];
      const bad = failed.filter((c) => !CRITERION_LETTERS.includes(c));
      if (bad.length) fail(`unknown criterion "${bad.join('')}" (F fluent, S self-contained, W worth asking, U supported, R responsive)`);
      if (score === '1') fail(`${id} is rated 1 (acceptable) but names failed criteria "${letters}"`);
    }
    ratings.push({ pair: id, set: set as SetName, file, n: Number(n), score: score === '1' ? 1 : 0, failed, reason, line });
  });
  return { ratings, unrated };
}

export interface RatingGroup {
  rated: number;
  acceptable: number;
  failures: Record<Criterion, number>;
  /** Rated 0 without naming a criterion. */
  unspecified: number;
}

export interface RatingsSummary {
  readonly all: RatingGroup;
  readonly bySet: Partial<Record<SetName, RatingGroup>>;
}

function emptyGroup(): RatingGroup {
  return { rated: 0, acceptable: 0, failures: { F: 0, S: 0, W: 0, U: 0, R: 0 }, unspecified: 0 };
}

function addRating(g: RatingGroup, r: Rating): void {
  g.rated++;
  if (r.score === 1) g.acceptable++;
  else if (!r.failed.length) g.unspecified++;
  for (const c of r.failed) g.failures[c]++;
}

export function summariseRatings(ratings: readonly Rating[]): RatingsSummary {
  const all = emptyGroup();
  const bySet: Partial<Record<SetName, RatingGroup>> = {};
  for (const r of ratings) {
    addRating(all, r);
    addRating((bySet[r.set] ??= emptyGroup()), r);
  }
  return { all, bySet };
}

export function formatRatingsSummary(s: RatingsSummary, unrated: readonly string[] = []): string {
  const { all } = s;
  const lines = [
    `pairs rated: ${all.rated}${unrated.length ? ` (${unrated.length} not rated yet)` : ''}`,
    `acceptable: ${all.acceptable} (${pct(all.acceptable, all.rated)})`,
    `failures by criterion (share of rated pairs): ${CRITERION_LETTERS.map((c) => `${c} ${CRITERIA[c]} ${all.failures[c]} (${pct(all.failures[c], all.rated)})`).join(', ')}` +
      (all.unspecified ? `, 0 without a letter ${all.unspecified}` : ''),
    '',
  ];
  const groups = [...SET_NAMES.filter((n) => s.bySet[n]).map((n) => [n, s.bySet[n]!] as const), ['all', all] as const];
  lines.push(
    formatTable(
      ['set', 'rated', 'acceptable', ...CRITERION_LETTERS],
      groups.map(([name, g]) => [name, String(g.rated), pct(g.acceptable, g.rated), ...CRITERION_LETTERS.map((c) => String(g.failures[c]))]),
    ),
  );
  return `${lines.join('\n')}\n`;
}
