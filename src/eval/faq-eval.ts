// `newsfaq eval faq`: generate the FAQ of every article in the evaluation sets, check every
// published pair automatically, compare news_faq with the journalists' own questions, aggregate.
import { PAIR_KINDS, type Candidate, type Faq, type PairKind } from '../types.js';
import { generateFaq, wordCount as articleWords } from '../faq/generate.js';
import { defaultCount } from '../faq/select.js';
import { annotate } from '../nlp/annotate.js';
import { verifyCandidate } from '../verify/verifier.js';
import { VERSION } from '../version.js';
import { FORM_FAILURES, WH_FORMS, findDuplicates, formFailures, hasResolvedDate, whForm, wordCount, type FormFailure, type WhForm } from './checks.js';
import { evenSample, fileArticleId, listFiles, readJournalistPairs, readSetArticle, type JournalistPair, type SetName } from './data.js';
import { matchReference, prepareReference, type MatchRoute } from './journalist.js';

export interface FaqEvalOptions {
  readonly dataDir: string;
  readonly sets: readonly SetName[];
  /** At most this many articles per set (an evenly spaced sample in file-name order). */
  readonly limit?: number;
  /** Called after each article, for progress reports. */
  readonly onArticle?: (set: SetName, done: number, total: number) => void;
}

/** A published pair, named for reports: `<set>/<file>#<n>` (n from 1). */
export function pairId(set: string, file: string, n: number): string {
  return `${set}/${file}#${n}`;
}

interface Example {
  readonly pair: string;
  readonly question: string;
  readonly detail: string;
}

const MAX_EXAMPLES = 15;

/** Figures for one set (or all sets together). */
export interface SetReport {
  readonly set: string;
  articles: number;
  readErrors: { file: string; message: string }[];
  generationErrors: { file: string; message: string }[];
  pairs: number;
  pairsPerArticle: { mean: number; min: number; max: number; zero: number; zeroFiles: string[]; target: number; belowTarget: number };
  support: { failures: number; byRule: Record<string, number>; examples: Example[] };
  wellFormed: { failures: number; byReason: Record<FormFailure, number>; examples: Example[] };
  duplicates: { pairs: number; faqs: number; byRule: Record<string, number>; examples: Example[] };
  kinds: Record<PairKind, number>;
  whForms: Record<WhForm, number>;
  questionWords: { mean: number; over20: number };
  answerWords: { mean: number };
  time: { datedArticles: number; timePairs: number; resolved: number; examples: Example[] };
  /** Milliseconds spent in generateFaq. */
  generationMs: number;
}

export interface JournalistReport {
  readonly questions: number;
  asked: number;
  grounded: number;
  byRoute: Record<MatchRoute | 'both', number>;
  /** Questions whose article could not be read or generated: counted as not asked. */
  missingArticle: number;
  /** Generated pairs (news_faq) that match at least one journalist question of their article. */
  generatedPairs: number;
  generatedMatching: number;
  /** The journalists' forms, by the same classifier as the generated questions. */
  whForms: Record<WhForm, number>;
  byForm: Record<WhForm, { questions: number; asked: number }>;
  examples: { asked: { question: string; matchedBy: string; pair: string }[]; missed: string[] };
}

export interface FaqEvalReport {
  readonly meta: { dataDir: string; sets: readonly string[]; limit?: number; version: string; node: string; started: string; seconds: number };
  readonly sets: SetReport[];
  readonly overall: SetReport;
  readonly journalist?: JournalistReport;
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function emptySet(set: string): SetReport {
  return {
    set,
    articles: 0,
    readErrors: [],
    generationErrors: [],
    pairs: 0,
    pairsPerArticle: { mean: 0, min: Infinity, max: 0, zero: 0, zeroFiles: [], target: 0, belowTarget: 0 },
    support: { failures: 0, byRule: {}, examples: [] },
    wellFormed: { failures: 0, byReason: zeroRecord(FORM_FAILURES), examples: [] },
    duplicates: { pairs: 0, faqs: 0, byRule: {}, examples: [] },
    kinds: zeroRecord(PAIR_KINDS),
    whForms: zeroRecord(WH_FORMS),
    questionWords: { mean: 0, over20: 0 },
    answerWords: { mean: 0 },
    time: { datedArticles: 0, timePairs: 0, resolved: 0, examples: [] },
    generationMs: 0,
  };
}

function push<T>(list: T[], item: T): void {
  if (list.length < MAX_EXAMPLES) list.push(item);
}

/** Published pair -> the Candidate the shared verifier checks. */
export function candidateOf(pair: Faq['pairs'][number]): Candidate {
  return { question: pair.question, answer: pair.answer, kind: pair.kind, evidence: pair.evidence.map((e) => e.id), score: pair.score, origin: 'eval' };
}

/** Add one article's FAQ to a set's figures (sums; means are finished by `finish`). */
function addFaq(r: SetReport, set: string, file: string, faq: Faq, doc: ReturnType<typeof annotate>): void {
  r.articles++;
  const n = faq.pairs.length;
  r.pairs += n;
  // The count the FAQ aims at by default (scaled to article length), and whether it fell short.
  const target = defaultCount(articleWords(doc.article));
  r.pairsPerArticle.target += target;
  if (n < target) r.pairsPerArticle.belowTarget++;
  r.pairsPerArticle.min = Math.min(r.pairsPerArticle.min, n);
  r.pairsPerArticle.max = Math.max(r.pairsPerArticle.max, n);
  if (n === 0) {
    r.pairsPerArticle.zero++;
    r.pairsPerArticle.zeroFiles.push(`${set}/${file}`);
  }
  const dated = !!faq.article.date;
  if (dated) r.time.datedArticles++;
  faq.pairs.forEach((p, k) => {
    const id = pairId(set, file, k + 1);
    const fail = verifyCandidate(doc, candidateOf(p));
    if (fail) {
      r.support.failures++;
      r.support.byRule[fail.ruleId] = (r.support.byRule[fail.ruleId] ?? 0) + 1;
      push(r.support.examples, { pair: id, question: p.question, detail: `${fail.ruleId}: ${fail.reason}` });
    }
    const form = formFailures(p.question);
    if (form.length) {
      r.wellFormed.failures++;
      for (const f of form) r.wellFormed.byReason[f]++;
      push(r.wellFormed.examples, { pair: id, question: p.question, detail: form.join(', ') });
    }
    r.kinds[p.kind] = (r.kinds[p.kind] ?? 0) + 1;
    r.whForms[whForm(p.question)]++;
    const qw = wordCount(p.question);
    r.questionWords.mean += qw;
    if (qw > 20) r.questionWords.over20++;
    r.answerWords.mean += wordCount(p.answer);
    if (p.kind === 'time' && dated) {
      r.time.timePairs++;
      if (hasResolvedDate(p.answer)) r.time.resolved++;
      else push(r.time.examples, { pair: id, question: p.question, detail: p.answer });
    }
  });
  const dups = findDuplicates(faq.pairs);
  const repeated = new Set(dups.map((d) => d.second));
  r.duplicates.pairs += repeated.size;
  if (dups.length) r.duplicates.faqs++;
  for (const d of dups) {
    r.duplicates.byRule[d.rule] = (r.duplicates.byRule[d.rule] ?? 0) + 1;
    push(r.duplicates.examples, {
      pair: pairId(set, file, d.second + 1),
      question: faq.pairs[d.second].question,
      detail: `${d.rule} as #${d.first + 1}: ${faq.pairs[d.first].question}`,
    });
  }
}

function finish(r: SetReport): SetReport {
  r.pairsPerArticle.mean = r.articles ? r.pairs / r.articles : 0;
  r.pairsPerArticle.target = r.articles ? r.pairsPerArticle.target / r.articles : 0;
  if (r.pairsPerArticle.min === Infinity) r.pairsPerArticle.min = 0;
  r.questionWords.mean = r.pairs ? r.questionWords.mean / r.pairs : 0;
  r.answerWords.mean = r.pairs ? r.answerWords.mean / r.pairs : 0;
  return r;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Merge finished set reports into one (means weighted by pairs and articles). */
function merge(parts: readonly SetReport[]): SetReport {
  const r = emptySet('all');
  let qSum = 0;
  let aSum = 0;
  for (const p of parts) {
    r.articles += p.articles;
    r.readErrors.push(...p.readErrors);
    r.generationErrors.push(...p.generationErrors);
    r.pairs += p.pairs;
    if (p.articles) r.pairsPerArticle.min = Math.min(r.pairsPerArticle.min, p.pairsPerArticle.min);
    r.pairsPerArticle.max = Math.max(r.pairsPerArticle.max, p.pairsPerArticle.max);
    r.pairsPerArticle.zero += p.pairsPerArticle.zero;
    r.pairsPerArticle.target += p.pairsPerArticle.target * p.articles;
    r.pairsPerArticle.belowTarget += p.pairsPerArticle.belowTarget;
    r.pairsPerArticle.zeroFiles.push(...p.pairsPerArticle.zeroFiles);
    r.support.failures += p.support.failures;
    addCounts(r.support.byRule, p.support.byRule);
    r.wellFormed.failures += p.wellFormed.failures;
    addCounts(r.wellFormed.byReason, p.wellFormed.byReason);
    r.duplicates.pairs += p.duplicates.pairs;
    r.duplicates.faqs += p.duplicates.faqs;
    addCounts(r.duplicates.byRule, p.duplicates.byRule);
    addCounts(r.kinds, p.kinds);
    addCounts(r.whForms, p.whForms);
    qSum += p.questionWords.mean * p.pairs;
    aSum += p.answerWords.mean * p.pairs;
    r.questionWords.over20 += p.questionWords.over20;
    r.time.datedArticles += p.time.datedArticles;
    r.time.timePairs += p.time.timePairs;
    r.time.resolved += p.time.resolved;
    r.generationMs += p.generationMs;
  }
  r.questionWords.mean = qSum;
  r.answerWords.mean = aSum;
  // Examples stay per set; the overall block keeps counts only.
  return finish(r);
}

function emptyJournalist(questions: number): JournalistReport {
  return {
    questions,
    asked: 0,
    grounded: 0,
    byRoute: { question: 0, evidence: 0, both: 0 },
    missingArticle: 0,
    generatedPairs: 0,
    generatedMatching: 0,
    whForms: zeroRecord(WH_FORMS),
    byForm: Object.fromEntries(WH_FORMS.map((f) => [f, { questions: 0, asked: 0 }])) as JournalistReport['byForm'],
    examples: { asked: [], missed: [] },
  };
}

/** Run the evaluation. Synchronous: the engine is; ~30 ms an article. */
export function runFaqEval(options: FaqEvalOptions): FaqEvalReport {
  const started = new Date();
  const t0 = performance.now();
  const setReports: SetReport[] = [];
  let journalist: JournalistReport | undefined;
  for (const set of options.sets) {
    const files = evenSample(listFiles(options.dataDir, set), options.limit);
    const r = emptySet(set);
    const faqs = new Map<string, Faq>();
    files.forEach((file, k) => {
      let article;
      try {
        article = readSetArticle(options.dataDir, set, file);
      } catch (e) {
        r.readErrors.push({ file, message: (e as Error).message });
        return;
      }
      try {
        const t = performance.now();
        const faq = generateFaq(article);
        r.generationMs += performance.now() - t;
        addFaq(r, set, file, faq, annotate(article));
        if (set === 'news_faq') faqs.set(fileArticleId(file), faq);
      } catch (e) {
        r.generationErrors.push({ file, message: (e as Error).message });
      }
      options.onArticle?.(set, k + 1, files.length);
    });
    setReports.push(finish(r));
    if (set === 'news_faq') {
      const ids = new Set(files.map(fileArticleId));
      journalist = compareWithJournalists(readJournalistPairs(options.dataDir).filter((p) => ids.has(p.article_id)), faqs, set);
    }
  }
  return {
    meta: {
      dataDir: options.dataDir,
      sets: options.sets,
      limit: options.limit,
      version: VERSION,
      node: process.version,
      started: started.toISOString(),
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    },
    sets: setReports,
    overall: merge(setReports),
    journalist,
  };
}

/** For each journalist question: did the article's generated FAQ ask it, with evidence in the answer? */
export function compareWithJournalists(rows: readonly JournalistPair[], faqs: ReadonlyMap<string, Faq>, set = 'news_faq'): JournalistReport {
  const j = emptyJournalist(rows.length);
  const matchedPairs = new Map<string, Set<number>>();
  for (const row of rows) {
    const form = whForm(row.question);
    j.whForms[form]++;
    j.byForm[form].questions++;
    const faq = faqs.get(row.article_id);
    if (!faq) {
      j.missingArticle++;
      continue;
    }
    const out = matchReference(prepareReference(row), faq.pairs);
    if (out.asked) {
      j.asked++;
      j.byForm[form].asked++;
      j.byRoute[out.routes.length === 2 ? 'both' : out.routes[0]]++;
      if (j.examples.asked.length < MAX_EXAMPLES) {
        const k = out.matches[0];
        j.examples.asked.push({ question: row.question, matchedBy: out.routes.join('+'), pair: `${pairId(set, `${row.article_id}.txt`, k + 1)} ${faq.pairs[k].question}` });
      }
    } else if (j.examples.missed.length < MAX_EXAMPLES) j.examples.missed.push(row.question);
    if (out.grounded) j.grounded++;
    const seen = matchedPairs.get(row.article_id) ?? new Set<number>();
    for (const k of out.matches) seen.add(k);
    matchedPairs.set(row.article_id, seen);
  }
  const withQuestions = new Set(rows.map((r) => r.article_id));
  for (const [id, faq] of faqs) {
    if (!withQuestions.has(id)) continue;
    j.generatedPairs += faq.pairs.length;
    j.generatedMatching += matchedPairs.get(id)?.size ?? 0;
  }
  return j;
}
