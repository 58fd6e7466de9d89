// Features of (question, sentence) and (question, sentence, span): how well a sentence matches the question and
// how likely a span of it is the answer. The weights that combine them live in weights.ts.
import type { Doc, Sentence, Token } from '../nlp/doc.js';
import { stem } from '../verify/words.js';
import { candidateSpans, type Span } from './chunks.js';
import type { AnswerType, Question } from './question.js';
import { synonyms } from './synonyms.js';

export const SENTENCE_FEATURES = [
  'bias', 'cov', 'cnt', 'bigram', 'keyMiss', 'lead', 'headHit', 'density', 'typeHit', 'covSq', 'allKeys', 'rawCov', 'win',
  'prevCov', 'nextCov', 'first3', 'relPos', 'verbHit', 'lenLog', 'startsPron', 'leadLong', 'typeCov',
] as const;
/** Answer-type groups for the type x span-kind features. */
export const TYPE_GROUPS = ['name', 'date', 'num', 'thing', 'why'] as const;
export const KIND_GROUPS = ['entity', 'time', 'np', 'npof', 'list', 'pp', 'clause', 'vp'] as const;
const CROSS = TYPE_GROUPS.flatMap((t) => KIND_GROUPS.map((k) => `x_${t}_${k}` as const));
export const SPAN_FEATURES = [
  'type', 'typeNeg', 'qover', 'qoverAll', 'near', 'near3', 'dist1', 'distFar', 'leftOfMatch', 'rightOfMatch', 'subjLeft', 'objRight',
  'len1', 'lenLog', 'long', 'k_entity', 'k_time', 'k_np', 'k_npof', 'k_nppp', 'k_list', 'k_pp', 'k_clause', 'k_vp', 'k_rest', 'k_mod',
  'appos', 'copula', 'headIn', 'headNear', 'propn', 'num', 'startsDet', 'endsComma', 'sent', 'sentTop', 'firstAfterMatch', 'lastBeforeMatch',
  'cueReason', 'cueManner', 'paren', 'quote', 'afterLast', 'beforeFirst', 'sameClause', 'afterVerb', 'beforeVerb', 'numHeadIn', 'headLast', 'subjOfMatch', 'headOnly',
  ...CROSS,
] as const;
export type SentenceFeature = (typeof SENTENCE_FEATURES)[number];
/** Features of the whole answer, for its confidence (a logistic model: weights.ts). */
export const CONFIDENCE_FEATURES = [
  'bias', 'cov', 'cnt', 'keyMiss', 'allKeys', 'win', 'sentMargin', 'spanTop', 'spanMargin', 'type', 'qover', 'near', 'fewTerms', 'longDoc',
  'typed', 'sameSentence',
] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
export type SpanFeature = (typeof SPAN_FEATURES)[number];
export type Vec<K extends string> = Record<K, number>;

/** How a question term matched a token: 1 the same word, less for lemma, stem and synonym matches. */
export interface TokenMatch {
  readonly term: number;
  readonly quality: number;
}

export interface DocStats {
  readonly n: number;
  /** Sentence frequency of stems. */
  readonly df: ReadonlyMap<string, number>;
}

const normNum = (w: string): string => w.replace(/,/g, '');

/** Computed once per document: every question asked of it needs them. */
const STATS = new WeakMap<Doc, DocStats>();

export function docStats(doc: Doc): DocStats {
  let stats = STATS.get(doc);
  if (!stats) STATS.set(doc, (stats = computeStats(doc)));
  return stats;
}

function computeStats(doc: Doc): DocStats {
  const df = new Map<string, number>();
  for (const s of doc.sentences) {
    const seen = new Set<string>();
    for (const t of s.tokens) {
      seen.add(stem(normNum(t.lower)));
      seen.add(t.lemma);
    }
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { n: doc.sentences.length, df };
}

export function idfOf(stats: DocStats, key: string): number {
  const df = stats.df.get(key) ?? 0;
  return Math.log(1 + (stats.n - df + 0.5) / (df + 0.5));
}

/** Term weights: inverse sentence frequency in the document, names and numbers counted more. */
export function termWeights(q: Question, stats: DocStats): number[] {
  return q.terms.map((t) => {
    const idf = Math.max(idfOf(stats, stem(normNum(t.lower))), idfOf(stats, t.lemma));
    return (0.4 + idf) * (t.key ? 1.5 : 1) * (t.pos === 'VERB' ? 0.9 : 1);
  });
}

/** A question's matches by word form: a document repeats its words, and three documents are read per question. */
const MATCHES = new WeakMap<Question, Map<string, TokenMatch | undefined>>();

export function matchToken(q: Question, t: Token): TokenMatch | undefined {
  let seen = MATCHES.get(q);
  if (!seen) MATCHES.set(q, (seen = new Map()));
  const key = `${t.lower}\u0000${t.lemma}`;
  if (seen.has(key)) return seen.get(key);
  const m = computeMatch(q, t);
  seen.set(key, m);
  return m;
}

function computeMatch(q: Question, t: Token): TokenMatch | undefined {
  let best: TokenMatch | undefined;
  const tl = normNum(t.lower);
  const ts = stem(tl);
  q.terms.forEach((term, k) => {
    let quality = 0;
    if (normNum(term.lower) === tl) quality = 1;
    else if (term.lemma === t.lemma) quality = 0.95;
    else if (term.stem === ts && ts.length > 2) quality = 0.85;
    else if (synonyms(term.lemma).has(t.lemma)) quality = 0.6;
    else if (term.lower.length >= 6 && tl.length >= 6 && term.lower.slice(0, 6) === tl.slice(0, 6)) {
      // derivations share most of the word: "Buddhist"/"Buddhism", "invaded"/"invasion" less so
      let k = 6;
      while (k < term.lower.length && k < tl.length && term.lower[k] === tl[k]) k++;
      // "Normans"/"Normandy" share only "norman": not the same thing
      quality = k >= 7 && k / Math.min(term.lower.length, tl.length) >= 0.8 ? 0.75 : k / Math.max(term.lower.length, tl.length) >= 0.85 ? 0.5 : 0;
    }
    if (quality > (best?.quality ?? 0)) best = { term: k, quality };
  });
  return best;
}

export interface SentenceMatch {
  readonly sentence: Sentence;
  /** Per token: the question term it matches. */
  readonly matches: readonly (TokenMatch | undefined)[];
  /** Per question term: the best quality found in the sentence. */
  readonly best: readonly number[];
}

export function matchSentence(q: Question, s: Sentence): SentenceMatch {
  const matches = s.tokens.map((t) => (t.pos === 'PUNCT' ? undefined : matchToken(q, t)));
  const best = q.terms.map(() => 0);
  for (const m of matches) if (m && m.quality > best[m.term]) best[m.term] = m.quality;
  return { sentence: s, matches, best };
}

// ---- answer types -------------------------------------------------------------------------------------

const PERSONISH = /^(he|she|they|man|woman|men|women|people|president|leader|official|minister|king|queen|chief|director|player|actor|author|officer|spokesman|spokeswoman|police|son|daughter|wife|husband|mother|father|family|friends?|team|members?|group)$/;
const DATE_WORD = /^(\d{3,4}s?|\d{1,2}(st|nd|rd|th)|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|century|centuries|decade|year|years|month|months|week|weeks|day|days|morning|night|evening|afternoon|ago|later|earlier|hours?|minutes?|seconds?)$/i;
const UNIT_WORD = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|km|kilometers?|kilometres?|meters?|metres?|feet|foot|inches?|pounds?|kg|kilograms?|tons?|tonnes?|percent|%|mph|kmh|degrees?|acres?|people|times)$/i;

/** How well a span fits the expected answer type: 1 a clear fit, 0 neutral, negative a clash. */
export function typeScore(type: AnswerType, span: Span, tokens: readonly Token[]): number {
  const toks = tokens.slice(span.start, span.end);
  const e = span.entity;
  const hasNum = toks.some((t) => t.pos === 'NUM' || /^\d/.test(t.text));
  const hasPropn = toks.some((t) => t.pos === 'PROPN' || (t.i > 0 && /^[A-Z]/.test(t.text)));
  const dateish = span.kind === 'time' || e === 'date' || toks.some((t) => DATE_WORD.test(t.text));
  switch (type) {
    case 'person':
      if (e === 'person') return 1;
      if (e === 'organisation' || e === 'nationality') return 0.5;
      if (e === 'country' || e === 'place' || dateish || (hasNum && !hasPropn)) return -1;
      if (hasPropn) return 0.7;
      if (toks.some((t) => PERSONISH.test(t.lemma))) return 0.4;
      return span.kind === 'np' || span.kind === 'np-of' ? 0 : -0.5;
    case 'organisation':
      if (e === 'organisation') return 1;
      if (hasPropn) return e === 'person' ? 0.3 : 0.7;
      if (dateish) return -1;
      return 0;
    case 'place':
      if (e === 'country' || e === 'place') return 1;
      if (dateish || (hasNum && !hasPropn)) return -1;
      if (hasPropn) return e === 'person' ? 0.1 : 0.6;
      return span.kind === 'pp' ? 0.2 : 0;
    case 'date':
      if (span.kind === 'time' || e === 'date') return 1;
      if (dateish) return 0.7;
      if (hasNum) return 0.2;
      return -1;
    case 'duration':
      if (e === 'date' || span.kind === 'time') return 0.8;
      if (hasNum && toks.some((t) => UNIT_WORD.test(t.text))) return 1;
      if (hasNum) return 0.5;
      return -1;
    case 'number':
      if (e === 'number' || e === 'percent' || e === 'money') return 1;
      if (hasNum) return toks.some((t) => DATE_WORD.test(t.text)) && !toks.some((t) => UNIT_WORD.test(t.text)) ? 0.2 : 0.9;
      if (toks.some((t) => /^(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|several|few|many)$/.test(t.lower))) return 0.6;
      return -1;
    case 'money':
      if (e === 'money') return 1;
      if (hasNum) return toks.some((t) => /^[$£€]|dollars?|euros?|pounds?|cents?|yen$/i.test(t.text)) ? 1 : 0.5;
      return -1;
    case 'reason':
      if (span.kind === 'clause' && /^(because|since|as|due|so|after|for|amid|over|following|thanks|given|to)$/.test(span.cue ?? '')) return 1;
      return span.kind === 'clause' ? 0.3 : 0;
    case 'manner':
      if (span.kind === 'clause' && /^(by|through|using|via|with)$/.test(span.cue ?? '')) return 1;
      return 0;
    case 'action':
      return span.kind === 'vp' ? 1 : span.kind === 'rest' ? 0.3 : 0;
    case 'definition':
    case 'thing':
    case 'yesno':
      if (span.kind === 'time' || (e === 'date' && type === 'thing')) return -0.2;
      return 0;
  }
}

// ---- span features ------------------------------------------------------------------------------------

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '--', '—', '–']);

function typeGroup(t: AnswerType): (typeof TYPE_GROUPS)[number] {
  if (t === 'person' || t === 'organisation' || t === 'place') return 'name';
  if (t === 'date' || t === 'duration') return 'date';
  if (t === 'number' || t === 'money') return 'num';
  if (t === 'reason' || t === 'manner' || t === 'action') return 'why';
  return 'thing';
}

function kindGroup(k: Span['kind']): (typeof KIND_GROUPS)[number] {
  if (k === 'np-of' || k === 'np-pp') return 'npof';
  if (k === 'rest') return 'vp';
  if (k === 'mod') return 'np';
  return k;
}

const COPULA = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'remains', 'remained', 'called', 'named', 'known']);

export interface SpanContext {
  readonly q: Question;
  readonly m: SentenceMatch;
  readonly weights: readonly number[];
  readonly totalWeight: number;
  /** The sentence's own score and whether it ranks first. */
  readonly sentScore: number;
  readonly sentTop: boolean;
}

export function spanFeatures(ctx: SpanContext, span: Span): Vec<SpanFeature> {
  const { q, m, weights, totalWeight } = ctx;
  const tokens = m.sentence.tokens;
  const inSpan = (k: number) => k >= span.start && k < span.end;
  const len = span.end - span.start;
  const toks = tokens.slice(span.start, span.end);
  const content = toks.filter((t) => t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && t.pos !== 'PART');
  const matchedInside = content.filter((t) => m.matches[t.i] && m.matches[t.i]!.quality >= 0.85).length;
  // question terms matched near the span, outside it
  const nearTerms = new Map<number, number>();
  const near3Terms = new Map<number, number>();
  let dist = Infinity;
  let leftOfMatch = false;
  let rightOfMatch = false;
  m.matches.forEach((mm, k) => {
    if (!mm || inSpan(k)) return;
    const d = k < span.start ? span.start - k : k - span.end + 1;
    dist = Math.min(dist, d);
    if (d <= 8) nearTerms.set(mm.term, Math.max(nearTerms.get(mm.term) ?? 0, mm.quality));
    if (d <= 3) near3Terms.set(mm.term, Math.max(near3Terms.get(mm.term) ?? 0, mm.quality));
    if (k >= span.end && k - span.end < 3) leftOfMatch = true;
    if (k < span.start && span.start - k <= 3) rightOfMatch = true;
  });
  const sumW = (ts: Map<number, number>) => [...ts].reduce((s, [term, qual]) => s + weights[term] * qual, 0) / (totalWeight || 1);
  const before = tokens[span.start - 1];
  const after = tokens[span.end];
  const firstMatchedBefore = (() => {
    // the span is the first candidate after the last match before it: nothing but function words between
    let k = span.start - 1;
    while (k >= 0 && !m.matches[k] && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADP' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART' || tokens[k].pos === 'ADV')) k--;
    return k >= 0 && !!m.matches[k];
  })();
  const lastBeforeMatch = (() => {
    let k = span.end;
    while (k < tokens.length && !m.matches[k] && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || tokens[k].text === ',')) k++;
    return k < tokens.length && !!m.matches[k];
  })();
  const ts = typeScore(q.type, span, tokens);
  const headLemma = q.head;
  // where the question's first and last terms (in question order) matched
  const lastTerm = q.terms.length - 1;
  let afterLast = false;
  let beforeFirst = false;
  let afterVerb = false;
  let beforeVerb = false;
  let sameClause = false;
  m.matches.forEach((mm, k) => {
    if (!mm || inSpan(k)) return;
    if (mm.term === lastTerm && k < span.start && span.start - k <= 4) afterLast = true;
    if (mm.term === 0 && k >= span.end && k - span.end <= 3) beforeFirst = true;
    const isVerb = tokens[k].pos === 'VERB';
    if (isVerb && k < span.start && span.start - k <= 3) afterVerb = true;
    if (isVerb && k >= span.end && k - span.end <= 3) beforeVerb = true;
    const [lo, hi] = k < span.start ? [k + 1, span.start] : [span.end, k];
    if (hi - lo <= 10 && !tokens.slice(lo, hi).some((t) => CLAUSE_PUNCT.has(t.text))) sameClause = true;
  });
  const tg = typeGroup(q.type);
  const kg = kindGroup(span.kind);
  const f: Vec<SpanFeature> = {
    type: Math.max(0, ts),
    typeNeg: Math.min(0, ts),
    qover: content.length ? matchedInside / content.length : 0,
    qoverAll: content.length > 0 && matchedInside === content.length ? 1 : 0,
    near: sumW(nearTerms),
    near3: sumW(near3Terms),
    dist1: dist === Infinity ? 0 : 1 / dist,
    distFar: dist === Infinity ? 1 : dist > 10 ? 1 : 0,
    leftOfMatch: leftOfMatch ? 1 : 0,
    rightOfMatch: rightOfMatch ? 1 : 0,
    subjLeft: q.role === 'subject' && leftOfMatch ? 1 : 0,
    objRight: q.role === 'object' && rightOfMatch ? 1 : 0,
    len1: len === 1 ? 1 : 0,
    lenLog: Math.log(1 + len),
    long: len > 8 ? 1 : 0,
    k_entity: span.kind === 'entity' ? 1 : 0,
    k_time: span.kind === 'time' ? 1 : 0,
    k_np: span.kind === 'np' ? 1 : 0,
    k_npof: span.kind === 'np-of' ? 1 : 0,
    k_nppp: span.kind === 'np-pp' ? 1 : 0,
    k_list: span.kind === 'list' ? 1 : 0,
    k_pp: span.kind === 'pp' ? 1 : 0,
    k_clause: span.kind === 'clause' ? 1 : 0,
    k_vp: span.kind === 'vp' ? 1 : 0,
    k_rest: span.kind === 'rest' ? 1 : 0,
    k_mod: span.kind === 'mod' ? 1 : 0,
    appos: (before?.text === ',' || before?.text === '(') && (!after || after.text === ',' || after.text === ')' || after.text === '.') && !!m.matches[span.start - 2] ? 1 : 0,
    copula: !!before && COPULA.has(before.lower) && !!m.matches[span.start - 2] ? 1 : 0,
    headIn: headLemma !== '' && toks.some((t) => t.lemma === headLemma) ? 1 : 0,
    headNear: headLemma !== '' && tokens.slice(Math.max(0, span.start - 3), span.start).some((t) => t.lemma === headLemma) ? 1 : 0,
    propn: toks.some((t) => t.pos === 'PROPN') ? 1 : 0,
    num: toks.some((t) => t.pos === 'NUM') ? 1 : 0,
    startsDet: toks[0]?.pos === 'DET' ? 1 : 0,
    endsComma: after?.text === ',' ? 1 : 0,
    sent: ctx.sentScore,
    sentTop: ctx.sentTop ? 1 : 0,
    firstAfterMatch: firstMatchedBefore ? 1 : 0,
    lastBeforeMatch: lastBeforeMatch ? 1 : 0,
    cueReason: span.kind === 'clause' && q.type === 'reason' ? 1 : 0,
    cueManner: span.kind === 'clause' && q.type === 'manner' && /^(by|through|using|via|with)$/.test(span.cue ?? '') ? 1 : 0,
    paren: before?.text === '(' ? 1 : 0,
    quote: /^["“”]$/.test(before?.text ?? '') ? 1 : 0,
    afterLast: afterLast ? 1 : 0,
    beforeFirst: beforeFirst ? 1 : 0,
    sameClause: sameClause ? 1 : 0,
    afterVerb: afterVerb ? 1 : 0,
    beforeVerb: beforeVerb ? 1 : 0,
    // "How many schools?": the counted noun belongs to the question, not the answer ("seven", not "seven schools")
    headLast: headLemma !== '' && toks[toks.length - 1]?.lemma === headLemma ? 1 : 0,
    subjOfMatch: (() => {
      // the span is the subject of a predicate the question names: "<span> is/was/has ... <matched>"
      let k = span.end;
      while (k < tokens.length && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k++;
      if (k === span.end && tokens[k]?.pos !== 'VERB') return 0;
      for (let j = k; j < Math.min(tokens.length, k + 4); j++) if (m.matches[j]) return 1;
      return 0;
    })(),
    // "Which Beatle ...?" is not answered "Beatle": a span of nothing but the asked-for noun and question words
    headOnly: headLemma !== '' && content.length > 0 && content.some((t) => t.lemma === headLemma) && content.every((t) => t.lemma === headLemma || (m.matches[t.i]?.quality ?? 0) >= 0.85) ? 1 : 0,
    numHeadIn: (q.type === 'number' || q.type === 'money') && headLemma !== '' && toks.some((t) => t.lemma === headLemma) ? 1 : 0,
  } as Vec<SpanFeature>;
  for (const t of TYPE_GROUPS) for (const k of KIND_GROUPS) (f as Record<string, number>)[`x_${t}_${k}`] = t === tg && k === kg ? 1 : 0;
  return f;
}

// ---- sentence features --------------------------------------------------------------------------------

export function sentenceFeatures(q: Question, m: SentenceMatch, weights: readonly number[], totalWeight: number, spans: readonly Span[], nSentences = 1): Vec<SentenceFeature> {
  const s = m.sentence;
  let cov = 0;
  let cnt = 0;
  q.terms.forEach((_, k) => {
    cov += weights[k] * m.best[k];
    cnt += m.best[k] > 0 ? 1 : 0;
  });
  cov /= totalWeight || 1;
  const T = q.terms.length || 1;
  // question term pairs that occur close together in the same order
  let bigram = 0;
  const posOf = (term: number): number[] => m.matches.flatMap((mm, k) => (mm && mm.term === term ? [k] : []));
  for (let k = 0; k + 1 < q.terms.length; k++) {
    if (q.terms[k + 1].i - q.terms[k].i > 3) continue;
    const a = posOf(k);
    const b = posOf(k + 1);
    if (a.some((x) => b.some((y) => y > x && y - x <= 3))) bigram++;
  }
  const keys = q.terms.map((t, k) => (t.key ? k : -1)).filter((k) => k >= 0);
  const keyMiss = keys.length ? keys.filter((k) => m.best[k] === 0).length / keys.length : 0;
  const matchedAt = m.matches.flatMap((mm, k) => (mm ? [k] : []));
  const distinct = new Set(m.matches.filter(Boolean).map((mm) => mm!.term)).size;
  const density = matchedAt.length ? distinct / (matchedAt[matchedAt.length - 1] - matchedAt[0] + 1) : 0;
  const typeHit = spans.some((sp) => {
    if (typeScore(q.type, sp, s.tokens) < 0.8) return false;
    for (let k = sp.start; k < sp.end; k++) if (m.matches[k]) return false;
    return true;
  });
  // best coverage within a window of 12 tokens
  let win = 0;
  for (let a = 0; a < s.tokens.length; a++) {
    if (!m.matches[a]) continue;
    const got = new Map<number, number>();
    for (let b = a; b < Math.min(s.tokens.length, a + 12); b++) {
      const mm = m.matches[b];
      if (mm) got.set(mm.term, Math.max(got.get(mm.term) ?? 0, mm.quality));
    }
    let c = 0;
    for (const [term, qual] of got) c += weights[term] * qual;
    win = Math.max(win, c / (totalWeight || 1));
  }
  const verbs = q.terms.map((t, k) => (t.pos === 'VERB' ? k : -1)).filter((k) => k >= 0);
  const N = Math.max(1, nSentences);
  return {
    bias: 1,
    rawCov: Math.min(3, cov * totalWeight / 5),
    win,
    prevCov: 0,
    nextCov: 0,
    first3: s.n < 3 ? 1 : 0,
    relPos: s.n / N,
    verbHit: verbs.length ? verbs.filter((k) => m.best[k] > 0).length / verbs.length : 0,
    lenLog: Math.log(1 + s.tokens.length) / 4,
    startsPron: /^(he|she|they|it|his|her|their|its)$/.test(s.tokens[0]?.lower ?? '') ? 1 : 0,
    leadLong: s.n === 0 && N > 15 ? 1 : 0,
    typeCov: typeHit ? cov : 0,
    cov,
    cnt: cnt / T,
    bigram: q.terms.length > 1 ? bigram / (q.terms.length - 1) : 0,
    keyMiss,
    lead: s.n === 0 ? 1 : 0,
    headHit: q.head && s.tokens.some((t) => t.lemma === q.head) ? 1 : 0,
    density,
    typeHit: typeHit ? 1 : 0,
    covSq: cov * cov,
    allKeys: keys.length > 0 && keyMiss === 0 ? 1 : 0,
  };
}

export function dot<K extends string>(w: Readonly<Record<K, number>>, f: Readonly<Record<K, number>>): number {
  let s = 0;
  for (const k in f) s += (w[k] ?? 0) * f[k];
  return s;
}

export { candidateSpans };
