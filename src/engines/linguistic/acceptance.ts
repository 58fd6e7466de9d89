// How likely an editor is to accept a pair as it stands: a logistic model over plain features of the
// question, the answer, its evidence and the article, fitted on the blind ratings in docs/quality/
// (src/eval/acceptance-train.ts). Selection (src/faq/select.ts) ranks and cuts with it.
import type { Candidate } from '../../types.js';
import { sentenceById, type Doc } from '../../nlp/doc.js';
import { contentStems, stem } from '../../verify/words.js';
import { ACCEPTANCE_WEIGHTS } from './acceptance-weights.js';
import { fullName } from './context.js';

const WH = ['what', 'who', 'when', 'why', 'how many', 'how much', 'by how much', 'where', 'which', 'how'] as const;
const KINDS = ['event', 'definition', 'time', 'figure', 'cause', 'negation', 'commitment', 'purpose', 'place', 'next'] as const;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'that', 'these', 'those']);
/** Relative times a reader cannot place without the article's date. */
const RELATIVE_TIME = /\b(yesterday|today|tomorrow|last (week|month|year|night)|next (week|month|year)|this (week|month|year)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|recently)\b/i;
const VAGUE_HEADS = /\b(the|this|that) (plan|deal|agreement|move|decision|report|company|firm|group|bill|law|case|policy|proposal|program|programme|project|scheme|measure|change|changes|announcement|statement|issue|study|survey|event|incident|attack|team|game|match|show|film|book|system|service|product)\b/i;

function share(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

function wh(question: string): string {
  const q = question.toLowerCase();
  return WH.find((w) => q.startsWith(`${w} `)) ?? 'yes-no';
}

/** Capitalised words after the first: names that tell a reader what the question is about. */
function names(question: string): string[] {
  return question.split(/\s+/).slice(1).map((w) => w.replace(/[^\p{L}\p{N}.'’-]/gu, '')).filter((w) => /^\p{Lu}/u.test(w));
}

const CAPITALS = new WeakMap<Doc, { capital: Set<string>; lower: Set<string> }>();

/** Words the article always writes with a capital that the question writes lower-case. */
function lostCapitals(question: string, doc: Doc): number {
  let cases = CAPITALS.get(doc);
  if (!cases) {
    cases = { capital: new Set<string>(), lower: new Set<string>() };
    for (const s of doc.sentences) for (const t of s.tokens) if (t.i > 0) (/^\p{Lu}/u.test(t.text) ? cases.capital : cases.lower).add(t.lower);
    CAPITALS.set(doc, cases);
  }
  const { capital, lower } = cases;
  let n = 0;
  for (const w of question.split(/\s+/).slice(1)) {
    const bare = w.replace(/[^\p{L}]/gu, '');
    if (bare && /^\p{Ll}/u.test(bare) && capital.has(bare) && !lower.has(bare)) n++;
  }
  return n;
}

/** Capitalised words of the question that are a person's surname when the article gives the full name ("Shapiro"
 *  for "Josh Shapiro"): a reader meets a surname with no first name. */
function bareSurnames(question: string, doc: Doc): number {
  let n = 0;
  // The last word of each run of capitalised words: "Josh" in "Josh Shapiro" is no surname.
  const words = question.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}.'’-]/gu, ''));
  const lasts = words.filter((w, k) => k > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(words[k + 1] ?? ''));
  for (const w of lasts) {
    const full = fullName(doc, w);
    if (full && full !== w && !question.includes(full)) n++;
  }
  return n;
}

export const FEATURE_NAMES: readonly string[] = [
  'bias',
  'engineScore',
  ...KINDS.map((k) => `kind:${k}`),
  ...WH.map((w) => `wh:${w}`),
  'qWordsLog',
  'aWordsLog',
  'qLong',
  'aLong',
  'answerIsSentence',
  'answerShare',
  'answerNovelty',
  'questionInAnswer',
  'questionNames',
  'noNames',
  'pronoun',
  'vagueHead',
  'bareSurname',
  'lostCapital',
  'titleShare',
  'leadEvidence',
  'evidencePosition',
  'evidenceCount',
  'quoteInAnswer',
  'relativeTimeUndated',
  'relativeTimeInQuestion',
  'digitsInQuestion',
  'digitsInAnswer',
  'endsWithVerb',
  'articleWordsLog',
  'undated',
  'bareDefinite',
  'namesInTitle',
  'yesNoAnswer',
  'surnameSaid',
  'danglingVerb',
  'evidenceLong',
  'qContentWords',
];

/** The feature vector of a pair, in FEATURE_NAMES order. */
export function pairFeatures(doc: Doc, c: Pick<Candidate, 'question' | 'answer' | 'kind' | 'evidence' | 'score'>): number[] {
  const q = c.question;
  const a = c.answer;
  const qWords = q.split(/\s+/).length;
  const aWords = a.split(/\s+/).length;
  const evidence = c.evidence.map((id) => sentenceById(doc, id)).filter((s) => !!s);
  const evidenceText = evidence.map((s) => s.text).join(' ');
  const eWords = Math.max(1, evidenceText.split(/\s+/).length);
  const qStems = contentStems(q);
  const aStems = contentStems(a);
  const firstParagraph = evidence.length ? Math.min(...evidence.map((s) => s.paragraph)) : 0;
  const paragraphs = Math.max(1, doc.article.paragraphs.length);
  const articleWords = doc.article.paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
  const title = contentStems(doc.article.title ?? '');
  const lowerQ = q.toLowerCase().split(/\s+/).map((w) => w.replace(/[^a-z']/g, ''));
  const questionNames = names(q).length;
  const wordy = wh(q);
  const last = lowerQ[lowerQ.length - 1] ?? '';
  const f = [
    1,
    c.score,
    ...KINDS.map((k) => (c.kind === k ? 1 : 0)),
    ...WH.map((w) => (wordy === w ? 1 : 0)),
    Math.log(qWords),
    Math.log(aWords),
    qWords > 16 ? 1 : 0,
    aWords > 40 ? 1 : 0,
    // The answer is its evidence sentence whole: the fact asked for may be buried in it.
    aWords >= 0.9 * eWords ? 1 : 0,
    Math.min(1, aWords / eWords),
    1 - share(aStems, qStems),
    share(qStems, aStems),
    Math.min(3, questionNames),
    questionNames === 0 ? 1 : 0,
    lowerQ.slice(1).some((w) => PRONOUNS.has(w)) ? 1 : 0,
    VAGUE_HEADS.test(q) ? 1 : 0,
    Math.min(2, bareSurnames(q, doc)),
    Math.min(2, lostCapitals(q, doc)),
    share(qStems, title),
    firstParagraph <= 1 ? 1 : 0,
    firstParagraph / paragraphs,
    Math.min(3, evidence.length),
    /["“”]/.test(a) ? 1 : 0,
    !doc.article.date && RELATIVE_TIME.test(a) ? 1 : 0,
    RELATIVE_TIME.test(q) ? 1 : 0,
    /\d/.test(q) ? 1 : 0,
    /\d/.test(a) ? 1 : 0,
    /(ed|en)$/.test(last) || ['said', 'say', 'says', 'do', 'done', 'made', 'won'].includes(last) ? 1 : 0,
    Math.log(Math.max(10, articleWords)) / 5,
    doc.article.date ? 0 : 1,
    // "the award", "the match": a definite noun phrase with no name in it leaves a reader asking which.
    Math.min(2, (q.match(/\bthe (\p{Ll}[\p{L}-]*)( \p{Ll}[\p{L}-]*)?(?=[ ?])/gu) ?? []).filter((m) => !/\b(of|first|last|same|most|world|government|public|country|end)\b/.test(m)).length),
    names(q).some((w) => title.has(stem(w.toLowerCase()))) ? 1 : 0,
    /^(No|Yes|Possibly)\b/.test(a) ? 1 : 0,
    // The answer rests on "Smith said": a speaker a reader has not met.
    /^\p{Lu}[\p{L}'’-]+ (said|says|told|added|noted)\b/u.test(a) || /\b(said|says) \p{Lu}[\p{L}'’-]+[.,]/u.test(a) ? 1 : 0,
    wordy !== 'what' && wordy !== 'who' && wordy !== 'which' && /(ed|ate|ize|ise|ign|end|ect)$/.test(last) ? 1 : 0,
    eWords > 40 ? 1 : 0,
    Math.min(12, qStems.size) / 12,
  ];
  return f;
}

/** Probability (0..1) that a blind rater accepts the pair on all five points. */
export function acceptance(doc: Doc, c: Pick<Candidate, 'question' | 'answer' | 'kind' | 'evidence' | 'score'>): number {
  const f = pairFeatures(doc, c);
  let z = 0;
  for (let i = 0; i < f.length; i++) z += (ACCEPTANCE_WEIGHTS[FEATURE_NAMES[i]] ?? 0) * f[i];
  return 1 / (1 + Math.exp(-z));
}
