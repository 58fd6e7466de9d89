// Evidence rules a model's pair must pass on top of the shared verifier. The verifier was written
// for an engine that copies clauses; a model writes freely, so its pairs are also checked for what
// a word-by-word support check cannot see: a question whose names or numbers the evidence lacks,
// a yes/no answer the evidence contradicts, a negation or quantifier the evidence does not have,
// a date made absolute, and evidence the prompt withheld as instruction-like text.
import type { Candidate } from '../../types.js';
import type { Doc, Sentence } from '../../nlp/doc.js';
import { negationKept } from '../../verify/checks/negation-kept.js';
import { FUNCTION_WORDS, NEGATION_WORDS, isNumber, normaliseNumber, stem, words } from '../../verify/words.js';
import { formatDate } from '../../nlp/time/index.js';

export interface ModelCheckInput {
  readonly candidate: Candidate;
  readonly doc: Doc;
  readonly evidence: readonly Sentence[];
  /** Sentence ids withheld from the model because they read as instructions to it. */
  readonly withheld: ReadonlySet<string>;
}

export interface ModelCheck {
  readonly ruleId: string;
  run(input: ModelCheckInput): string | undefined;
}

const AUXILIARY = /^(?:(?:is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)(?:n['’]t)?|can(?:not|['’]t)?|won['’]t|will|may|might|shall)(?![\w'’])/i;
const MONTHS_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** Verbs that state a negative without "not": "refused", "denied", "failed" ... */
const NEGATIVE_STEMS = new Set(['refus', 'deni', 'deny', 'fail', 'reject', 'declin', 'lack', 'unabl', 'absent', 'halt', 'stopp', 'stop', 'cancel', 'cancell', 'bann', 'ban', 'prevent', 'avoid', 'dismiss']);
/** Function words that change what a sentence claims: a model may use them only when the evidence does. */
const QUALIFIERS = new Set(['more', 'most', 'less', 'least', 'fewer', 'only', 'all', 'every', 'each', 'before', 'after', 'since', 'until']);
/** Approximations that matter only in front of a number ("over 130 projects"). */
const NUMBER_QUALIFIERS = new Set(['over', 'under', 'above', 'below', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'up']);

interface EvidenceWords {
  readonly all: Set<string>;
  readonly numbers: Set<string>;
  readonly negated: boolean;
}

const cache = new WeakMap<Sentence, EvidenceWords>();
function sentenceWords(s: Sentence): EvidenceWords {
  let w = cache.get(s);
  if (!w) {
    const all = new Set<string>();
    const numbers = new Set<string>();
    let negated = false;
    const add = (x: string) => { all.add(x); all.add(stem(x)); };
    for (const t of s.tokens) { add(t.lower.replace(/’/g, "'")); add(t.lemma); }
    for (const x of words(s.text)) {
      add(x);
      if (isNumber(x)) numbers.add(normaliseNumber(x));
      if (NEGATION_WORDS.has(x) || /n't$/.test(x) || NEGATIVE_STEMS.has(stem(x))) negated = true;
    }
    for (const t of s.tokens) if (t.lower === "n't" || NEGATIVE_STEMS.has(stem(t.lemma))) negated = true;
    w = { all, numbers, negated };
    cache.set(s, w);
  }
  return w;
}

function evidenceWords(evidence: readonly Sentence[]): EvidenceWords {
  const all = new Set<string>();
  const numbers = new Set<string>();
  let negated = false;
  for (const s of evidence) {
    const w = sentenceWords(s);
    for (const x of w.all) all.add(x);
    for (const x of w.numbers) numbers.add(x);
    negated ||= w.negated;
  }
  return { all, numbers, negated };
}

const has = (set: ReadonlySet<string>, w: string) => set.has(w) || set.has(stem(w));

/** Acronyms and their long forms count as the same name. */
function nameKnown(name: string, ev: EvidenceWords, doc: Doc): boolean {
  if (has(ev.all, name.toLowerCase())) return true;
  for (const [short, { long }] of doc.acronyms) {
    if (short.toLowerCase() === name.toLowerCase() && words(long).every((w) => FUNCTION_WORDS.has(w) || has(ev.all, w))) return true;
    if (words(long).includes(name.toLowerCase()) && has(ev.all, short.toLowerCase())) return true;
  }
  return false;
}

const hasNegation = (ws: readonly string[]) => ws.some((w) => NEGATION_WORDS.has(w) || /n't$/.test(w));

/** Text the model may not have cited: sentences withheld as instructions to a model. */
export const instructionEvidence: ModelCheck = {
  ruleId: 'llm-instruction-evidence',
  run({ candidate, withheld }) {
    const bad = candidate.evidence.filter((id) => withheld.has(id));
    return bad.length ? `cites ${bad.join(', ')}, which reads as instructions to a model and was withheld` : undefined;
  },
};

/** The cited sentences and their neighbours (two either side, same paragraph): where a question's names may come from. */
function nearbySentences(doc: Doc, evidence: readonly Sentence[]): Sentence[] {
  return doc.sentences.filter((s) => evidence.some((e) => e.paragraph === s.paragraph && Math.abs(e.index - s.index) <= 2));
}

/**
 * Names, numbers and dates in the question are the evidence's: a question may not bring in facts.
 * Names may also come from the sentences next to the evidence ("What did Japan agree with
 * Malaysia?" citing "Prime Minister Kishida concluded an agreement with ... Anwar Ibrahim", after a
 * sentence about Japan's talks), but not from elsewhere in the article, which is how a model
 * misattributes (Malaysia's name on the Philippines agreement).
 */
export const questionSupported: ModelCheck = {
  ruleId: 'llm-question-unsupported',
  run({ candidate, doc, evidence }) {
    const ev = evidenceWords(evidence);
    const near = evidenceWords(nearbySentences(doc, evidence));
    const q = candidate.question;
    const body = q.replace(/^\S+\s/, '');
    for (const name of body.match(/\b[A-Z][A-Za-z’'.]*(?:-[A-Z][A-Za-z’'.]*)*/g) ?? []) {
      for (const part of name.replace(/['’]s$/, '').replace(/\.$/, '').split('-')) {
        if (part.length > 1 && !MONTHS_DAYS.has(part.toLowerCase()) && !nameKnown(part, near, doc)) return `question names "${name}", which neither the cited sentences nor those next to them do`;
      }
    }
    for (const w of words(q)) {
      if (isNumber(w) && !ev.numbers.has(normaliseNumber(w))) return `question number ${w} is not in the cited sentences`;
      if (MONTHS_DAYS.has(w) && !has(ev.all, w)) return `question date "${w}" is not in the cited sentences`;
    }
    // A bare "Yes." or "No." says nothing by itself: the question is the claim, so all of it must be in the evidence.
    if (AUXILIARY.test(q)) {
      const rest = words(candidate.answer.replace(/^\s*(yes|no)\b[\s,.;:!-]*/i, ''));
      if (!rest.some((w) => !FUNCTION_WORDS.has(w))) {
        const missing = words(body).filter((w) => !FUNCTION_WORDS.has(w) && !isNumber(w) && !has(ev.all, w));
        if (missing.length) return `a bare yes/no answer, and the question's words ${missing.slice(0, 4).join(', ')} are not in the cited sentences`;
      }
    }
    return undefined;
  },
};

/**
 * A yes/no answer agrees with the evidence. "No" needs a negative in the evidence, or a correction:
 * a question the evidence does not state, answered with what it does state ("Did prices rise? No,
 * prices fell."). "Yes" needs no negation on the question's verb in the evidence.
 */
export const polarity: ModelCheck = {
  ruleId: 'llm-polarity',
  run({ candidate, doc, evidence }) {
    if (!AUXILIARY.test(candidate.question)) return undefined;
    const m = candidate.answer.match(/^\s*(yes|no)\b/i);
    if (!m) return undefined;
    const says = m[1].toLowerCase();
    if (hasNegation(words(candidate.question)) || /n't\b/i.test(candidate.question)) return `"${m[1]}" answers a negative question ambiguously`;
    const ev = evidenceWords(evidence);
    if (says === 'no' && !ev.negated) {
      const asked = words(candidate.question.replace(/^\S+\s/, '')).filter((w) => !FUNCTION_WORDS.has(w) && !isNumber(w));
      const rest = words(candidate.answer.replace(/^\s*no\b[\s,.;:!-]*/i, '')).filter((w) => !FUNCTION_WORDS.has(w));
      if (!rest.length) return 'a bare "No", and the cited sentences negate nothing';
      if (asked.every((w) => has(ev.all, w))) return 'answers "No" to what the cited sentences state, and they negate nothing';
    }
    if (says === 'yes') {
      const lost = negationKept.run({ candidate: { ...candidate, answer: candidate.question }, evidence, doc });
      if (lost) return `answers "Yes" but ${lost.replace(/ but the answer does not$/, '')}`;
    }
    return undefined;
  },
};

/** The answer does not add a negation the evidence lacks ("did not sign" from "signed"). */
export const negationAdded: ModelCheck = {
  ruleId: 'llm-negation-added',
  run({ candidate, evidence }) {
    const rest = candidate.answer.replace(/^\s*no\b[\s,.;:!-]*/i, '');
    const ws = words(rest);
    if (!hasNegation(ws) && !/\bcannot\b/i.test(rest)) return undefined;
    return evidenceWords(evidence).negated ? undefined : 'the answer negates, but the cited sentences do not';
  },
};

/** Resolved dates of the evidence ("shortly before 17 December 2023") and the article's date, lower-case. */
function resolvedPhrases(doc: Doc, evidence: readonly Sentence[]): { resolved: string[]; dated?: string } {
  const resolved = evidence.flatMap((s) => s.times.map((t) => t.resolved).filter((r): r is string => !!r)).map((r) => r.toLowerCase());
  let dated: string | undefined;
  try {
    dated = doc.article.date ? formatDate(doc.article.date).toLowerCase() : undefined;
  } catch {
    dated = undefined;
  }
  return { resolved, dated };
}

/** Quantifiers and comparisons ("all", "only", "more", "over 130") must be the evidence's own. */
export const qualifiersSupported: ModelCheck = {
  ruleId: 'llm-qualifier-unsupported',
  run({ candidate, doc, evidence }) {
    const ev = evidenceWords(evidence);
    // Words of a resolved date ("shortly before ...") are the resolver's, not the model's.
    const { resolved, dated } = resolvedPhrases(doc, evidence);
    let text = candidate.answer.toLowerCase().replace(/\s+/g, ' ');
    for (const r of [...resolved, ...(dated ? [`the article is dated ${dated}`, `dated ${dated}`] : [])]) text = text.split(r).join(' ');
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (QUALIFIERS.has(w) && !ev.all.has(w)) return `the answer says "${w}", the cited sentences do not`;
      if (NUMBER_QUALIFIERS.has(w) && isNumber(ws[i + 1] ?? '') && !ev.all.has(w)) return `the answer says "${w} ${ws[i + 1]}", the cited sentences do not`;
    }
    return undefined;
  },
};

/**
 * Dates: a day, month or year the cited sentences do not contain may appear only inside the
 * resolved form of one of their time expressions ("shortly before 17 December 2023"), or as the
 * article's date stated as such ("the article is dated ..."); never as a bare, absolute date.
 */
export const datesSupported: ModelCheck = {
  ruleId: 'llm-date-unsupported',
  run({ candidate, doc, evidence }) {
    const ev = evidenceWords(evidence);
    const answer = candidate.answer.toLowerCase().replace(/\s+/g, ' ');
    const { resolved, dated } = resolvedPhrases(doc, evidence);
    for (const w of words(candidate.answer)) {
      const dateLike = isNumber(w) ? !ev.numbers.has(normaliseNumber(w)) : MONTHS_DAYS.has(w) && !has(ev.all, w);
      if (!dateLike) continue;
      // The resolved form, whole (a leading weekday or "the" may go: "17 December 2023" for "Sunday 17 December 2023").
      const forms = (r: string) => [r, r.replace(/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? /, ''), r.replace(/^the /, '')];
      if (resolved.some((r) => words(r).includes(w) && forms(r).some((f) => answer.includes(f)))) continue;
      if (dated && words(dated).includes(w) && answer.includes(`dated ${dated}`)) continue;
      return `"${w}" is not in the cited sentences (a date may only be given in its resolved form)`;
    }
    return undefined;
  },
};

export const MODEL_CHECKS: readonly ModelCheck[] = [instructionEvidence, questionSupported, polarity, negationAdded, qualifiersSupported, datesSupported];

export function runModelChecks(input: ModelCheckInput): { ruleId: string; reason: string } | undefined {
  for (const check of MODEL_CHECKS) {
    const reason = check.run(input);
    if (reason) return { ruleId: check.ruleId, reason };
  }
  return undefined;
}
