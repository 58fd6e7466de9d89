// Does a generated FAQ ask what the journalists asked? The matching rule (documented in
// docs/quality/README.md) compares content-word stems of the questions and answers; it is
// fixed and deterministic so figures from different runs compare.
import { contentStems, whForm, type WhForm } from './checks.js';
import { FUNCTION_WORDS, stem, words } from '../verify/words.js';

/** Words that name no information, left out of the stems on both sides: question filler
 *  ("What do I need to know?", "What does it mean?") and quantity/linking words the shared
 *  function-word list keeps ("How many ...", "between"). */
export const MATCH_STOP = new Set(
  ['know', 'need', 'mean', 'happen', 'thing', 'get', 'go', 'like', 'really', 'actually', 'exactly', 'now', 'say', 'said',
    'many', 'much', 'between', 'among', 'across', 'around', 'through', 'while', 'because', 'if', 'whether', 'still', 'even', 'ever'].map(stem),
);

/** Forms that do not name the kind of fact asked for: they may stand for any other form. */
const GENERAL: ReadonlySet<WhForm> = new Set(['what', 'yes/no', 'advice', 'other']);

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

/** The forms are the same, or both general: "Will prices rise?" may be asked as "What will happen
 *  to prices?", but "When ...?" is only matched by "When ...?" and "Is X banned?" not by "Where was X banned?". */
export function compatibleForms(a: WhForm, b: WhForm): boolean {
  return a === b || (GENERAL.has(a) && GENERAL.has(b));
}

/** Lower-case words inside a name: "Bank of America", "Cinco de Mayo", "Respect for Marriage Act". */
const NAME_LINKS = new Set(['of', 'de', 'del', 'la', 'for', 'and', 'the', 'von', 'van', 'da']);

/**
 * Content stems for matching questions, with a name counted once: a run of capitalised words
 * ("President Donald Trump", "Hot Dog Eating Contest") gives only its last word's stem, so a
 * two-word name cannot make a match on its own.
 */
export function matchStems(text: string): Set<string> {
  const out = new Set<string>();
  const raw = text.replace(/[’‘]/g, "'").split(/\s+/).filter(Boolean);
  const tokens = raw.map((t) => t.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9%]+$/g, ''));
  /** A name run stops at punctuation after a word ("Trump, Biden and ..."). */
  const ends = raw.map((t) => /[,;:.!?)"”]$/.test(t));
  const addWords = (t: string) => {
    for (const w of words(t)) if (!FUNCTION_WORDS.has(w) && !MATCH_STOP.has(stem(w))) out.add(stem(w));
  };
  const cap = (k: number) => k < tokens.length && /^[A-Z]/.test(tokens[k]);
  for (let k = 0; k < tokens.length; k++) {
    if (!cap(k)) {
      addWords(tokens[k]);
      continue;
    }
    let end = k;
    for (;;) {
      if (ends[end]) break;
      if (cap(end + 1)) end++;
      else if (NAME_LINKS.has(tokens[end + 1] ?? '') && !ends[end + 1] && cap(end + 2)) end += 2;
      else break;
    }
    const head = words(tokens[end]).filter((w) => !FUNCTION_WORDS.has(w) && !MATCH_STOP.has(stem(w)));
    if (head.length) for (const w of head) out.add(stem(w));
    else for (let i = k; i <= end; i++) addWords(tokens[i]);
    k = end;
  }
  return out;
}

/** The stems a question asks about. */
export function questionStems(question: string): Set<string> {
  return matchStems(question);
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

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * The matching rule. J = the journalist question's stems (content words minus MATCH_STOP, a name
 * counted once), G = the generated question's. A generated pair asks for the same information when
 *  - question route: J and G share at least two stems (one when J has one), the generated question
 *    and answer together contain >= 50% of J, and the forms are compatible (the same, or both
 *    general; identical when J has a single stem: "Who are the Taliban?" is only matched by a
 *    who-is question); or
 *  - evidence route: the pair's evidence lies in the journalist's answer (>= 60% of each evidence
 *    sentence's stems occur in the answer text), J and G share at least one stem (none needed when
 *    J is empty: "What happened?"), the question and answer contain >= 50% of J, and the forms are
 *    compatible.
 */
export function matchPair(ref: PreparedReference, pair: GeneratedPair): MatchResult {
  const grounded = evidenceInAnswer(pair, ref.answerStems);
  const form = whForm(pair.question);
  const g = matchStems(pair.question);
  const j = ref.stems;
  const sharedQ = countShared(j, g);
  const covered = j.size ? countShared(j, new Set([...g, ...matchStems(pair.answer)])) / j.size : 1;
  if (j.size && sharedQ >= Math.min(2, j.size) && covered >= QUESTION_COVERAGE && (j.size > 1 || form === ref.form) && compatibleForms(ref.form, form)) {
    return { route: 'question', grounded };
  }
  if (grounded && (sharedQ >= 1 || !j.size) && covered >= QUESTION_COVERAGE && compatibleForms(ref.form, form)) return { route: 'evidence', grounded };
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
