// Does a generated FAQ ask what the journalists asked? The matching rule (documented in
// docs/quality/README.md) compares content-word stems of the questions and answers; it is
// fixed and deterministic so figures from different runs compare.
import { contentStems, whForm, type WhForm } from './checks.js';
import { stem } from '../verify/words.js';

/** Words a reader's question uses without naming information ("What do I need to know?"). */
export const QUESTION_FILLER = new Set(['know', 'need', 'mean', 'happen', 'thing', 'get', 'go', 'like', 'really', 'actually', 'exactly', 'now'].map(stem));

/** Forms that ask for one specific kind of fact; two different specific forms never match. */
const SPECIFIC: ReadonlySet<WhForm> = new Set(['who', 'when', 'where', 'why', 'how', 'how much/many']);

/** Minimum share of the journalist question's stems found in the generated question + answer. */
export const QUESTION_COVERAGE = 0.5;
/** Minimum share of an evidence sentence's stems found in the journalist's answer text. */
export const EVIDENCE_IN_ANSWER = 0.6;

export interface GeneratedPair {
  readonly question: string;
  readonly answer: string;
  readonly evidence: readonly { readonly id: string; readonly text: string }[];
}

export interface ReferenceQuestion {
  readonly question: string;
  readonly answers: readonly string[];
}

/** Same form, or at least one side is a general form (what, what-is, yes/no, advice, other). */
export function compatibleForms(a: WhForm, b: WhForm): boolean {
  return a === b || !SPECIFIC.has(a) || !SPECIFIC.has(b);
}

/** The stems a question asks about: content stems minus filler words. */
export function questionStems(question: string): Set<string> {
  return new Set([...contentStems(question)].filter((s) => !QUESTION_FILLER.has(s)));
}

function shareIn(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (!part.size) return 0;
  let n = 0;
  for (const x of part) if (whole.has(x)) n++;
  return n / part.size;
}

/** Every evidence sentence has >= 60% of its content stems in the journalist's answer text. */
export function evidenceInAnswer(pair: GeneratedPair, answerStems: ReadonlySet<string>): boolean {
  if (!pair.evidence.length) return false;
  return pair.evidence.every((e) => shareIn(contentStems(e.text), answerStems) >= EVIDENCE_IN_ANSWER);
}

export type MatchRoute = 'question' | 'evidence';

export interface MatchResult {
  /** How the pair matched, or undefined when it does not ask for the same information. */
  readonly route?: MatchRoute;
  /** The pair's evidence lies in the paragraphs the journalist used to answer. */
  readonly grounded: boolean;
}

/** A prepared reference question, so its stems are computed once. */
export interface PreparedReference {
  readonly form: WhForm;
  readonly stems: ReadonlySet<string>;
  readonly answerStems: ReadonlySet<string>;
}

export function prepareReference(ref: ReferenceQuestion): PreparedReference {
  return { form: whForm(ref.question), stems: questionStems(ref.question), answerStems: contentStems(ref.answers.join('\n')) };
}

/**
 * The matching rule. A generated pair asks for the same information as a journalist's question
 * when their forms are compatible and either
 *  - question route: the generated question + answer contain >= 50% of the journalist question's
 *    stems, and at least two of them (one when the question has only one); or
 *  - evidence route: the pair's evidence lies in the journalist's answer (>= 60% of each evidence
 *    sentence's stems occur in the answer text) and the generated question shares at least one
 *    stem with the journalist question (any, when that question has none: "What happened?").
 */
export function matchPair(ref: PreparedReference, pair: GeneratedPair): MatchResult {
  const grounded = evidenceInAnswer(pair, ref.answerStems);
  if (!compatibleForms(ref.form, whForm(pair.question))) return { grounded };
  const qa = contentStems(`${pair.question} ${pair.answer}`);
  let shared = 0;
  for (const s of ref.stems) if (qa.has(s)) shared++;
  if (ref.stems.size && shared >= Math.min(2, ref.stems.size) && shared / ref.stems.size >= QUESTION_COVERAGE) return { route: 'question', grounded };
  if (grounded) {
    const q = contentStems(pair.question);
    if (!ref.stems.size || [...ref.stems].some((s) => q.has(s))) return { route: 'evidence', grounded };
  }
  return { grounded };
}

export interface ReferenceOutcome {
  /** Some generated pair asks for the same information. */
  readonly asked: boolean;
  /** Some matching pair's evidence lies in the journalist's answer. */
  readonly grounded: boolean;
  readonly routes: readonly MatchRoute[];
  /** Indices of the matching generated pairs. */
  readonly matches: readonly number[];
}

export function matchReference(ref: ReferenceQuestion | PreparedReference, pairs: readonly GeneratedPair[]): ReferenceOutcome {
  const prepared = 'form' in ref ? ref : prepareReference(ref);
  const matches: number[] = [];
  const routes = new Set<MatchRoute>();
  let grounded = false;
  pairs.forEach((p, i) => {
    const m = matchPair(prepared, p);
    if (!m.route) return;
    matches.push(i);
    routes.add(m.route);
    if (m.grounded) grounded = true;
  });
  return { asked: matches.length > 0, grounded, routes: [...routes], matches };
}
