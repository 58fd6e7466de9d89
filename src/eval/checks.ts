// Automatic checks on one published pair or one FAQ: the question's form (wh-class), whether it
// is well formed, and whether two questions of one FAQ ask for the same thing. Rules are fixed
// and documented in docs/quality/README.md; change them there too.
import { FUNCTION_WORDS, contentStems } from '../verify/words.js';

// ---------------------------------------------------------------- question forms

/** Question forms, as the journalists' mix in docs/faq-guide.md counts them. */
export const WH_FORMS = ['what', 'yes/no', 'what-is/who-is', 'how', 'when', 'why', 'advice', 'how much/many', 'where', 'who', 'other'] as const;
export type WhForm = (typeof WH_FORMS)[number];

/** The journalists' mix from docs/faq-guide.md (share of 1,432 questions), for comparison. */
export const GUIDE_MIX: Readonly<Partial<Record<WhForm, number>>> = {
  what: 0.22,
  'yes/no': 0.19,
  'what-is/who-is': 0.16,
  how: 0.09,
  when: 0.07,
  why: 0.07,
  advice: 0.06,
  'how much/many': 0.05,
  where: 0.04,
  who: 0.04,
};

const AUXILIARIES = new Set(
  ('is are was were am be do does did has have had can could will would should shall may might must ' +
    "isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't cannot couldn't won't wouldn't shouldn't mustn't")
    .split(' '),
);
const WH_WORDS = new Set(['what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how']);
const PREPOSITIONS = new Set(
  ('of in on at to for from by with without about after before during since until between among under over against into onto ' +
    'behind beyond inside outside near up down out off like than as through across around toward towards').split(' '),
);

function questionTokens(q: string): string[] {
  return q
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .map((t) => t.replace(/^["'(\[]+|["'),.:;!?\]]+$/g, ''))
    .filter(Boolean);
}

/** Expand "what's" / "who's" / "how's" / "where's" into two words. */
function expand(tokens: string[]): string[] {
  return tokens.flatMap((t) => {
    const m = t.match(/^(what|who|how|where|when|why|that|it)'s$/i);
    return m ? [m[1], 'is'] : [t];
  });
}

function classifyTokens(raw: string[]): WhForm {
  const t = expand(raw);
  const lower = t.map((x) => x.toLowerCase());
  const first = lower[0] ?? '';
  if (AUXILIARIES.has(first)) return 'yes/no';
  if (!WH_WORDS.has(first)) return 'other';
  // Advice: a wh-question about what the reader should or can do.
  const head = lower.slice(1, 4);
  for (let k = 0; k < head.length - 1; k++) {
    const [m, s] = [head[k], head[k + 1]];
    if ((['should', 'can', 'could', 'do', 'must'].includes(m) && ['i', 'we'].includes(s)) || (['should', 'can', 'could'].includes(m) && s === 'you')) return 'advice';
  }
  if (first === 'how' && (lower[1] === 'much' || lower[1] === 'many')) return 'how much/many';
  if ((first === 'what' || first === 'who') && ['is', 'are', 'was', 'were'].includes(lower[1] ?? '')) {
    // A definition: "What is ASEAN?", "Who is Fumio Kishida?", "What are the benefits of X?" — a short
    // noun phrase (1-6 words) after the verb, with no -ing/-ed word and no preposition other than "of".
    const rest = t.slice(2);
    const isDefinition =
      rest.length >= 1 &&
      rest.length <= 6 &&
      rest.every((w) => {
        const l = w.toLowerCase();
        if (/^[a-z]/.test(w) && /(ing|ed)$/.test(l) && l.length > 4) return false;
        if (PREPOSITIONS.has(l) && l !== 'of') return false;
        return !AUXILIARIES.has(l) && !WH_WORDS.has(l);
      });
    if (isDefinition) return 'what-is/who-is';
  }
  if (first === 'what' || first === 'which') return 'what';
  if (first === 'who' || first === 'whom' || first === 'whose') return 'who';
  return first as WhForm; // when, where, why, how
}

/** The form of a question: its first word decides, after a leading "So,"/"And"; a question that
 *  opens otherwise ("Covid vaccine: what next?") is classed by the first question word after a colon or comma. */
export function whForm(question: string): WhForm {
  const q = question.trim().replace(/^(so|and|but|ok|okay|now|well|also|plus)\b,?\s+/i, '');
  const form = classifyTokens(questionTokens(q));
  if (form !== 'other') return form;
  const after = q.match(/[:,]\s*((?:what|who|whom|whose|which|when|where|why|how)\b[^]*)$/i);
  return after ? classifyTokens(questionTokens(after[1])) : 'other';
}

// ---------------------------------------------------------------- well-formedness

export const FORM_FAILURES = ['opener', 'question-mark', 'pronoun', 'too-short', 'too-long'] as const;
export type FormFailure = (typeof FORM_FAILURES)[number];

const PERSONAL = new Set(['he', 'she', 'it', 'they', 'him', 'them', 'his', 'her', 'hers', 'its', 'their', 'theirs']);
const DEMONSTRATIVE = new Set(['this', 'these', 'those']);
/** "this year", "those who": demonstratives that need no antecedent. */
const DEMONSTRATIVE_OK = new Set(['year', 'week', 'month', 'weekend', 'season', 'time', 'morning', 'afternoon', 'evening', 'summer', 'winter', 'spring', 'autumn', 'who']);

export const MIN_QUESTION_WORDS = 3;
export const MAX_QUESTION_WORDS = 25;

/** The pronoun the question uses without saying who or what it is, if any. A personal pronoun is
 *  bare when no content word comes before it in the question ("What did he sign?", "Why was it
 *  delayed?"); one after a name or noun ("What did Japan say about its plan?") is resolved. A
 *  demonstrative (this/these/those) is bare unless a time word or "who" follows it. */
export function barePronoun(question: string): string | undefined {
  const tokens = questionTokens(question).map((t) => t.toLowerCase());
  let contentBefore = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k];
    if (PERSONAL.has(w) && !contentBefore) return w;
    // ("this year's festival": the possessive of a time word is the time word.)
    if (DEMONSTRATIVE.has(w) && !DEMONSTRATIVE_OK.has((tokens[k + 1] ?? '').replace(/'s$/, ''))) return w;
    if (k > 0 && !FUNCTION_WORDS.has(w) && !AUXILIARIES.has(w) && /[a-z0-9]/.test(w)) contentBefore = true;
  }
  return undefined;
}

/** The first word is a question word or auxiliary (strict: no "So," before it). */
export function opensAsQuestion(question: string): boolean {
  const words = expand(questionTokens(question)).map((w) => w.toLowerCase());
  // "By how much ...?", "In which city ...?": a preposition may stand before the question word.
  const first = PREPOSITIONS.has(words[0] ?? '') && /^(what|which|whom|whose|how)$/.test(words[1] ?? '') ? words[1] : words[0] ?? '';
  return WH_WORDS.has(first) || AUXILIARIES.has(first);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The ways a question fails to be well formed (empty when it is well formed). */
export function formFailures(question: string): FormFailure[] {
  const q = question.trim();
  const out: FormFailure[] = [];
  if (!opensAsQuestion(q)) out.push('opener');
  if (!q.endsWith('?')) out.push('question-mark');
  if (barePronoun(q)) out.push('pronoun');
  const n = wordCount(q);
  if (n < MIN_QUESTION_WORDS) out.push('too-short');
  if (n > MAX_QUESTION_WORDS) out.push('too-long');
  return out;
}

// ---------------------------------------------------------------- duplicates

export { contentStems };

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export const DUPLICATE_JACCARD = 0.6;

export interface DupInput {
  readonly question: string;
  readonly kind: string;
  readonly evidence: readonly { readonly id: string }[];
}

export interface Duplicate {
  /** Index of the earlier pair and of the later one that repeats it. */
  readonly first: number;
  readonly second: number;
  readonly rule: 'same-question' | 'same-evidence';
}

/** Pairs of one FAQ that ask for the same information: the same question form and content-stem
 *  Jaccard >= 0.6 between the questions, or the same kind citing the identical set of sentences with
 *  at least one content stem shared by the questions ("What is LAX?" and "What is SFO?" from one
 *  sentence listing airports ask different things). */
export function findDuplicates(pairs: readonly DupInput[]): Duplicate[] {
  const info = pairs.map((p) => ({
    stems: contentStems(p.question),
    form: whForm(p.question),
    evidence: [...new Set(p.evidence.map((e) => e.id))].sort().join(','),
  }));
  const out: Duplicate[] = [];
  for (let j = 1; j < pairs.length; j++) {
    for (let i = 0; i < j; i++) {
      if (info[i].form === info[j].form && jaccard(info[i].stems, info[j].stems) >= DUPLICATE_JACCARD) {
        out.push({ first: i, second: j, rule: 'same-question' });
      } else if (pairs[i].kind === pairs[j].kind && info[i].evidence === info[j].evidence && jaccard(info[i].stems, info[j].stems) > 0) {
        out.push({ first: i, second: j, rule: 'same-evidence' });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- time

const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/;

/** The answer states a date a reader can place: a four-digit year (or decade, "the 1970s") or a month name. */
export function hasResolvedDate(answer: string): boolean {
  return /\b(1[6-9]|20)\d\d(s\b|\b)/.test(answer) || MONTHS.test(answer);
}
