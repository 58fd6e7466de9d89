// Answer a question from one annotated document: rank its sentences, then pick the span of the best ones that
// fits the question, or abstain when the evidence is weak.
import type { Doc, Sentence } from '../nlp/doc.js';
import type { SentenceId } from '../types.js';
import {
  candidateSpans, docStats, dot, matchSentence, sentenceFeatures, spanFeatures, termWeights,
  type ConfidenceFeature, type SentenceFeature, type SentenceMatch, type SpanFeature, type Vec,
} from './features.js';
import { modifierSpans, type Span } from './chunks.js';
import { analyseQuestion, type AnswerType, type Question } from './question.js';
import { WEIGHTS, type Weights } from './weights.js';

export interface DocAnswer {
  /** The short answer ('' when abstaining). */
  readonly answer: string;
  /** The sentence the answer comes from (the best sentence when abstaining). */
  readonly sentence?: { readonly id: SentenceId; readonly text: string };
  /** Character offsets of the answer in the sentence text. */
  readonly offsets?: readonly [number, number];
  readonly evidence: readonly SentenceId[];
  /** 0..1: how sure the answer is right. */
  readonly confidence: number;
  readonly type: AnswerType;
  /** True when the evidence was too weak to answer. */
  readonly abstained: boolean;
  /** For time answers: the span resolved against the article's date ("12 December 2023"). */
  readonly resolved?: string;
}

export interface AnswerOptions {
  /** Answer only when confidence reaches this (default CONFIDENCE_THRESHOLD). */
  readonly threshold?: number;
  /** Sentences considered for the span (default 3). */
  readonly topSentences?: number;
  readonly weights?: Weights;
}

/** Answers below this confidence are "not in the text" (chosen on the public halves: weights.ts). */
export const CONFIDENCE_THRESHOLD = WEIGHTS.threshold;

export interface Scored {
  readonly m: SentenceMatch;
  readonly score: number;
  readonly spans: readonly Span[];
  readonly features: Vec<SentenceFeature>;
}

export interface SpanCandidate {
  readonly sentence: Sentence;
  readonly span: Span;
  readonly features: Vec<SpanFeature>;
  readonly score: number;
}

export interface SentenceRow {
  readonly m: SentenceMatch;
  readonly spans: readonly Span[];
  readonly features: Vec<SentenceFeature>;
}

/** The document's sentences with their features for a question (independent of the weights). */
export function sentenceRows(q: Question, doc: Doc): SentenceRow[] {
  const stats = docStats(doc);
  const tw = termWeights(q, stats);
  const total = tw.reduce((a, b) => a + b, 0);
  const matches = doc.sentences.map((s) => matchSentence(q, s));
  const hit = matches.map((m) => m.best.some((b) => b > 0));
  const rows = doc.sentences.map((s, k) => {
    const m = matches[k];
    // Candidate spans only where they can matter: sentences that match the question or follow/precede one
    // (long articles have many sentences that do neither).
    const near = hit[k] || hit[k - 1] || hit[k + 1] || doc.sentences.length <= 12;
    const spans = near ? withModifiers(candidateSpans(s), modifierSpans(s, q.head, (i) => !!m.matches[i])) : [];
    return { m, spans, features: sentenceFeatures(q, m, tw, total, spans, doc.sentences.length) };
  });
  // neighbours' coverage: an answer sentence often names its subject by a pronoun ("He said ...")
  rows.forEach((r, k) => {
    r.features.prevCov = rows[k - 1]?.features.cov ?? 0;
    r.features.nextCov = rows[k + 1]?.features.cov ?? 0;
  });
  return rows;
}

/** A modifier span replaces a candidate of the same words (it says why the words may answer). */
function withModifiers(spans: readonly Span[], mods: readonly Span[]): Span[] {
  if (!mods.length) return [...spans];
  const at = new Set(mods.map((sp) => `${sp.start}:${sp.end}`));
  return [...spans.filter((sp) => !at.has(`${sp.start}:${sp.end}`)), ...mods];
}

/** Rows scored and sorted, best first. */
export function rankRows(rows: readonly SentenceRow[], weights: Weights = WEIGHTS): Scored[] {
  return rows
    .map((r) => ({ ...r, score: dot(weights.sentence, r.features) }))
    .sort((a, b) => b.score - a.score || a.m.sentence.n - b.m.sentence.n);
}

/** Rank the document's sentences for a question. */
export function rankSentences(q: Question, doc: Doc, weights: Weights = WEIGHTS): Scored[] {
  return rankRows(sentenceRows(q, doc), weights);
}

/** Every candidate span of the top sentences, scored. */
export function scoreSpans(q: Question, doc: Doc, ranked: readonly Scored[], options: AnswerOptions = {}): SpanCandidate[] {
  const weights = options.weights ?? WEIGHTS;
  const stats = docStats(doc);
  const tw = termWeights(q, stats);
  const total = tw.reduce((a, b) => a + b, 0);
  const out: SpanCandidate[] = [];
  const top = ranked.slice(0, options.topSentences ?? 3);
  for (const [k, r] of top.entries()) {
    for (const span of r.spans) {
      const features = spanFeatures({ q, m: r.m, weights: tw, totalWeight: total, sentScore: r.score - top[0].score, sentTop: k === 0 }, span);
      out.push({ sentence: r.m.sentence, span, features, score: dot(weights.span, features) });
    }
  }
  out.sort((a, b) => b.score - a.score);
  // A typed question (when, how many, who ...) whose best sentences hold a span of that type answers with one.
  // Times and amounts are recognised reliably (a clear fit scores 0.8 or more); names less so (0.5 keeps "X Y" names).
  const cut = q.type === 'person' ? 0.5 : 0.8;
  if (TYPED.has(q.type) && out.some((c) => c.features.type >= 0.8)) return out.filter((c) => c.features.type >= cut);
  return out;
}

const TYPED = new Set<AnswerType>(['date', 'number', 'money', 'person', 'duration']);

/** What the confidence of an answer rests on: how well its sentence matches, how clear the winners are. */
export function confidenceFeatures(q: Question, doc: Doc, ranked: readonly Scored[], spans: readonly SpanCandidate[]): Vec<ConfidenceFeature> {
  const top = ranked[0];
  const best = spans[0];
  const second = spans.find((c) => c.sentence !== best?.sentence || c.span.end <= best.span.start || c.span.start >= best.span.end);
  const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));
  const typed = q.type !== 'thing' && q.type !== 'definition' && q.type !== 'yesno' && q.type !== 'action';
  return {
    bias: 1,
    cov: top.features.cov,
    cnt: top.features.cnt,
    keyMiss: top.features.keyMiss,
    allKeys: top.features.allKeys,
    win: top.features.win,
    sentMargin: clamp(ranked.length > 1 ? top.score - ranked[1].score : 3, 0, 3),
    spanTop: best ? clamp(best.score, -5, 10) / 5 : -1,
    spanMargin: best && second ? clamp(best.score - second.score, 0, 5) : 0,
    type: best ? best.features.type + best.features.typeNeg : 0,
    qover: best ? best.features.qover : 0,
    near: best ? best.features.near : 0,
    fewTerms: q.terms.length <= 2 ? 1 : 0,
    longDoc: doc.sentences.length > 15 ? 1 : 0,
    typed: typed ? 1 : 0,
    sameSentence: best && best.sentence === top.m.sentence ? 1 : 0,
  };
}

function spanText(s: Sentence, span: Span): { text: string; offsets: [number, number] } {
  const a = s.tokens[span.start].start;
  const b = s.tokens[span.end - 1].end;
  return { text: s.text.slice(a, b), offsets: [a, b] };
}

export function answerFromDoc(question: string | Question, doc: Doc, options: AnswerOptions = {}): DocAnswer {
  const q = typeof question === 'string' ? analyseQuestion(question) : question;
  const ranked = rankSentences(q, doc, options.weights);
  if (!ranked.length || !q.terms.length) {
    return { answer: '', evidence: [], confidence: 0, type: q.type, abstained: true };
  }
  const spans = scoreSpans(q, doc, ranked, options);
  const best = spans[0];
  const sentence = best ? best.sentence : ranked[0].m.sentence;
  const features = confidenceFeatures(q, doc, ranked, spans);
  const w = (options.weights ?? WEIGHTS).confidence;
  const confidence = 1 / (1 + Math.exp(-dot(w, features)));
  const threshold = options.threshold ?? CONFIDENCE_THRESHOLD;
  if (!best || confidence < threshold) {
    return { answer: '', sentence: { id: sentence.id, text: sentence.text }, evidence: [sentence.id], confidence, type: q.type, abstained: true };
  }
  const { text, offsets } = spanText(best.sentence, best.span);
  const time = best.sentence.times.find((t) => t.resolved && t.start < offsets[1] && offsets[0] < t.end);
  return {
    answer: text,
    sentence: { id: sentence.id, text: sentence.text },
    offsets,
    evidence: [sentence.id],
    confidence,
    type: q.type,
    abstained: false,
    ...(time?.resolved && { resolved: time.resolved }),
  };
}
