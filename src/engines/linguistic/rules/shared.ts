// Pieces shared by the question rules.
import type { Candidate, PairKind } from '../../../types.js';
import type { Doc, Sentence, Token } from '../../../nlp/doc.js';
import type { Frame } from '../frames.js';
import { capitalise, invert, joinWords } from '../realise.js';
import { renderSpan } from '../context.js';

export interface RuleContext {
  readonly doc: Doc;
  readonly frame: Frame;
  /** How central the frame's sentence is to the article, 0..1. */
  readonly salience: number;
  /** Second pass for an article that gave almost nothing: a definite description after the verb
   *  ("the harbour") is allowed; the subject must still be self-contained. */
  readonly lenient?: boolean;
}

export type FrameRule = (ctx: RuleContext) => Candidate[];

/** Words that end the useful part of a clause's remainder in a question. */
const REST_STOPS = new Set([
  'which', 'who', 'whom', 'whose', 'while', 'whilst', 'including', 'because', 'as', 'although', 'though', 'but',
  'where', 'when', 'after', 'before', 'amid', 'despite', 'since', 'saying', 'according', 'following', 'with',
  'so', 'if', 'unless', 'whereas', 'due', 'thanks', 'owing', 'than', 'until', 'whether', 'like',
]);

/** A baseline ("down to 110 mln dlrs against 295 mln a year earlier") belongs to the answer. */
export function isBaseline(t: Frame['s']['tokens'], k: number): boolean {
  // ("compared with the $171,207 contributed to ...": whatever the comparison names.)
  if (t[k].lower === 'compared' && /^(with|to)$/.test(t[k + 1]?.lower ?? '')) return true;
  // ("rose by 4.3% in the year to December up from November's 4.2%": "up from" always gives the old level.)
  if (/^(up|down)$/.test(t[k].lower) && t[k + 1]?.lower === 'from') return true;
  return /^(against|versus|from)$/.test(t[k].lower) && /^(NUM|SYM)$/.test(t[k + 1]?.pos ?? '');
}

/** End of the remainder to keep in a question: stop at a comma, a subordinate clause or a list. */
export function trimRest(f: Frame, a: number, b: number, keepWith = false): number {
  const end = restEnd(f, a, b, keepWith);
  // "rose five times between November 2003 [and August 2004]": a range of times or figures cut before its "and"
  // says the wrong thing,
  // so the range goes to the answer whole.
  const t = f.s.tokens;
  for (let k = a; k < end; k++) {
    if (t[k].lower !== 'between' || !(t[k + 1]?.pos === 'NUM' || f.s.times.some((x) => x.start <= t[k + 1].start && x.end > t[k + 1].start))) continue;
    let closed = false;
    for (let j = k + 1; j < end; j++) if (t[j].lower === 'and') closed = true;
    if (!closed) return k;
  }
  return end;
}

function restEnd(f: Frame, a: number, b: number, keepWith: boolean): number {
  const t = f.s.tokens;
  // "ate 51 hot dogs and buns": a remainder that opens with "and" belongs to what came before it.
  if (/^(and|or)$/.test(t[a]?.lower ?? '')) return a;
  let keptInfinitive = false;
  for (let k = a; k < b; k++) {
    // Step over a parenthesis ("$102.6bn (£53.51bn) debt"): the question leaves it out.
    if (t[k].text === '(') {
      const close = t.findIndex((x, i) => i > k && x.text === ')');
      if (close > k && close < b) { k = close; continue; }
      return k;
    }
    if (t[k].text === ',' || t[k].text === ';' || t[k].text === ':' || t[k].text === '—' || t[k].text === '–' || /^["“”]$/.test(t[k].text)) return k;
    // A spaced hyphen is a dash: "won custody of her children - unusual for ...".
    if (t[k].text === '-' && t[k].space !== '' && k > a) return k;
    // "in an attempt to ...", "in a bid to ...", "in order to ...": a purpose, part of the answer.
    if (k > a && purposeMarker(t, k) !== undefined) return k;
    if (k > a && isBaseline(t, k)) return k;
    // "put the court on notice that he wants ...": a clause after "that" is the answer's, not the question's.
    // (Not after a verb, "found that ...", nor after a noun the clause states, "hide the fact that ...".)
    if (t[k].lower === 'that' && t[k].pos === 'SCONJ' && k > a + 1 && /^(NOUN|PROPN)$/.test(t[k - 1].pos) && !/^(fact|idea|notion|claims?|view|belief|hopes?|fears?|news|suggestion|possibility|sense|impression|argument|assumption|evidence|signs?)$/.test(t[k - 1].lower)) return k;
    // "exports totalled 1.43 billion and imports 12.9 billion": a second figure with its verb left out.
    if (t[k].lower === 'and' && /^(NOUN|PROPN)$/.test(t[k + 1]?.pos ?? '') && /^(NUM|SYM)$/.test(t[k + 2]?.pos ?? '')) return k;
    // "reported 580,000 cases and 18,369 deaths": a second count belongs to the answer.
    if (t[k].lower === 'and' && /^(NUM|SYM)$/.test(t[k + 1]?.pos ?? '')) return k;
    if (REST_STOPS.has(t[k].lower) && k > a && !(keepWith && t[k].lower === 'with')) {
      // "arrived soon after ...": the adverb belongs to the cut phrase.
      let end = k;
      while (end > a + 1 && t[end - 1].pos === 'ADV') end--;
      return end;
    }
    if ((t[k].lower === 'and' || t[k].lower === 'but') && t[k + 1]) {
      // ("and officially charts the fastest computers": an adverb may open the second verb phrase.)
      const second = t[k + 1].pos === 'ADV' && /ly$/.test(t[k + 1].lower) ? t[k + 2] : t[k + 1];
      if (second && (second.pos === 'VERB' || second.pos === 'AUX')) return k;
      // "and Capriotti's Sandwich Shop is expected ...": a second clause with its own subject.
      for (let j = k + 1; j < Math.min(b, k + 7); j++) {
        if (t[j].pos === 'AUX' || (t[j].pos === 'VERB' && !/ing$/.test(t[j].lower))) return k;
        if (!/^(DET|NOUN|PROPN|ADJ|NUM|PART)$/.test(t[j].pos)) break;
      }
    }
    // A purpose or complement clause ("to enhance ...") is part of the answer, not the question; but
    // "failed ... to approve a bill" needs its first infinitive, or the question asks "failed" at what?
    // ("there is no way to get rid of them": the infinitive completes "no way"; without it the question is empty.)
    if (t[k].lower === 'to' && k > a && t[k + 1]?.pos === 'VERB' && !(t[k - 1].pos === 'NOUN' && t[k - 2]?.lower === 'no') && !afterRank(t, a, k)) {
      const v = t[f.clause.verb.main];
      if (!COMPLEMENT_TO.has(v.lemma) || keptInfinitive || f.clause.verb.copula) return k;
      keptInfinitive = true;
    }
  }
  return b;
}

/** "became the fifth Spaniard [to reach the last eight]", "the first woman to fly solo": after a ranked noun the
 *  infinitive says what the rank is in, so the question keeps it. */
function afterRank(t: Frame['s']['tokens'], a: number, k: number): boolean {
  if (t[k - 1]?.pos !== 'NOUN' && t[k - 1]?.pos !== 'PROPN' || /^(day|week|month|year|season|quarter|time)s?$/.test(t[k - 1].lower)) return false;
  for (let j = k - 2; j >= a && j >= k - 4; j--) {
    if (/^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|latest|youngest|oldest|\d+(?:st|nd|rd|th))$/.test(t[j].lower)) return true;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t[j].pos)) return false;
  }
  return false;
}

/** Nouns that make an idiom with their verb ("paid tribute to", "took part in"): no object to ask for. */
export const IDIOM_OBJECTS = new Set(['tribute', 'attention', 'homage', 'heed', 'respects', 'part', 'place', 'note', 'notice', 'aim', 'issue', 'exception', 'advantage', 'care', 'charge', 'effect', 'hold', 'shape', 'stock', 'steps', 'action', 'account', 'sides', 'track', 'way', 'ground', 'speed', 'pace', 'momentum', 'steam', 'breath', 'toll', 'stage', 'heart', 'hands', 'host']);

/** Render part of the clause remainder, self-contained. Undefined if it cannot be. */
export function restText(ctx: RuleContext, a: number, b: number): string | undefined {
  if (a >= b) return '';
  // A remainder cut in the middle of a phrase ("invent aggressive", "sales of") reads as broken.
  const last = ctx.frame.s.tokens[b - 1];
  // "were down", "is up": a copula's particle is a whole predicate.
  const particle = ctx.frame.clause.verb.copula && b - 1 === ctx.frame.clause.rest[0] && /^(down|up|off|out|over)$/.test(last.lower);
  if (!particle && /^(DET|ADP|ADJ|CCONJ|SCONJ|PART|PRON)$/.test(last.pos) && !/^['’]s$/.test(last.text) && !/^(it|them|him|her|us|me)$/i.test(last.text)) return undefined;
  return renderSpan(ctx.doc, ctx.frame.s, a, b, false, ctx.frame.subject, ctx.lenient);
}

/** "in an attempt to", "in a bid to", "in an effort to", "in order to", "so as to" at k, before a verb: the index of
 *  its "to". */
export function purposeMarker(t: readonly Pick<Token, 'lower' | 'pos'>[], k: number): number | undefined {
  let to: number | undefined;
  if (t[k].lower === 'in') {
    let j = k + 1;
    if (/^(a|an|their|his|her|its)$/.test(t[j]?.lower ?? '')) j++;
    if (/^(attempt|bid|effort|order|move)$/.test(t[j]?.lower ?? '') && t[j + 1]?.lower === 'to') to = j + 1;
    // ("in order to" takes no article; "in an order to" is no phrase.)
    if (to !== undefined && t[j].lower === 'order' && j !== k + 1) to = undefined;
  } else if (t[k].lower === 'so' && t[k + 1]?.lower === 'as' && t[k + 2]?.lower === 'to') to = k + 2;
  return to !== undefined && t[to + 1]?.pos === 'VERB' ? to : undefined;
}

/** Assemble "Wh AUX SUBJECT GROUP REST?" from an inverted clause. */
export function whQuestion(wh: string, f: Frame, rest: string, dropNegation = true): string {
  const [aux, subj, group] = invert(f.clause, f.subject, dropNegation, wh === 'When');
  return finishQuestion(joinWords([wh, aux, subj, group, rest, wh === 'When' ? '' : timeBetween(f, rest)]));
}

/** A time phrase the clause analysis stepped over between subject and verb ("Brazil's trade surplus in
 *  March totalled ..."): it says which period the question is about. */
function timeBetween(f: Frame, rest: string): string {
  const t = f.s.tokens;
  // "In 1986 exports totalled ...": a fronted time without a comma.
  const fr = f.clause.fronted;
  if (fr && !f.clause.frontedBy && /^(in|on|during)$/i.test(t[fr[0]].text) && t[fr[1] - 1].text !== ',') {
    const text = f.s.text.slice(t[fr[0]].start, t[fr[1] - 1].end);
    return rest.includes(text) ? '' : text.replace(/^In\b/, 'in').replace(/^On\b/, 'on').replace(/^During\b/, 'during');
  }
  const a = f.clause.subject[1];
  const b = f.clause.verb.start;
  if (b - a < 2 || b - a > 5 || t[a].pos !== 'ADP' || !/^(in|on|during|last|this)$/.test(t[a].lower)) return '';
  const text = f.s.text.slice(t[a].start, t[b - 1].end);
  if (!f.s.times.some((x) => x.start <= t[a + 1].start && x.end >= t[b - 1].end) || rest.includes(text)) return '';
  return text;
}

/** Newswire shorthand reads as code in a question: "110 mln dlrs" -> "110 million dollars". */
const SHORTHAND: [RegExp, string][] = [[/\bmln\b/g, 'million'], [/\bbln\b/g, 'billion'], [/\bdlrs?\b/g, 'dollars'], [/\bpct\b/g, 'percent'], [/\bstg\b/g, 'sterling']];

export function finishQuestion(q: string): string {
  let out = q;
  for (const [re, word] of SHORTHAND) out = out.replace(re, word);
  // "its wholly- owned division": a hyphen the source left open inside a word closes ("pre- and post-war" stays).
  out = out.replace(/\b(\p{L}+)- (?!(?:and|or|to)\b)(\p{Ll}+)/gu, '$1-$2');
  // "tumbled 8% during Tuesday's session" cut to "during Tuesday": a day is "on" it.
  out = out.replace(/\bduring (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])/g, 'on $1');
  // "moved to Puerto Rico in part [to avoid taxes]": a hedge left at the end, its purpose cut, means nothing.
  out = out.replace(/\s+(?:in (?:large |small )?part|partly|mainly|largely|primarily|chiefly)[\s,;:]*$/i, '');
  // "in the U.S.?" keeps the abbreviation's last period.
  const trimmed = out.replace(/[\s,;:]+$/, '');
  const abbreviation = /(?:^|\s)(?:[A-Z]\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.$/.test(trimmed);
  return capitalise(abbreviation ? trimmed : trimmed.replace(/[\s,.;:]+$/, '')) + '?';
}

export function evidenceOf(...sentences: Sentence[]): string[] {
  return [...new Set(sentences.map((s) => s.id))];
}

export function candidate(
  kind: PairKind, question: string, answer: string, evidence: string[], score: number, origin: string,
  topic: string, derived?: string[],
): Candidate {
  return { kind, question, answer, evidence, score: Math.max(0, Math.min(1, score)), origin, topic, derived };
}

/** Verbs that take "to + verb" as their object: "pledged to support", "aims to continue". (Not the aspectual
 *  "continue", "begin", "start", "tend": "What does Rockwell continue to do?" hides the real verb; raters failed it.) */
export const COMPLEMENT_TO = new Set([
  'pledge', 'promise', 'vow', 'agree', 'aim', 'plan', 'intend', 'seek', 'want', 'hope', 'expect', 'decide',
  'refuse', 'threaten', 'try', 'attempt', 'need', 'fail', 'offer', 'choose',
  'vote', 'move', 'prepare', 'propose', 'commit', 'struggle', 'manage', 'wish', 'like', 'love', 'hate',
  'agree', 'undertake', 'resolve', 'strive', 'look', 'push', 'race', 'scramble', 'rush', 'work', 'help',
]);
/** Verbs whose infinitive is a commitment or plan worth asking "What did X <verb> to do?"; "What has Mourinho
 *  attempted to do?", "What did X try to do?" ask for an effort, not news (raters accepted 0 of 4 such). */
export const TO_DO_QUESTION = new Set([...COMPLEMENT_TO].filter((v) => !/^(try|attempt|struggle|strive|manage|scramble|rush|race|push|work|help|look|like|love|hate|wish|need)$/.test(v)));


/** Verbs whose object follows a preposition: "called for", "focused on". */
export const PHRASAL = new Set([
  'call for', 'focus on', 'rely on', 'depend on', 'agree on', 'insist on', 'push for', 'ask for', 'apply for',
  'account for', 'look for', 'wait for', 'pay for', 'vote for', 'argue for', 'lobby for', 'hope for', 'aim for',
  'search for', 'plan for', 'prepare for', 'deal with', 'comply with', 'invest in', 'result in', 'participate in',
  'engage in', 'talk about', 'worry about', 'warn of', 'warn about', 'consist of', 'dispose of', 'approve of',
  'respond to', 'refer to', 'object to', 'contribute to', 'lead to', 'point to', 'react to', 'amount to',
  'apologise for', 'apologize for', 'bid for', 'compete for', 'settle for', 'qualify for', 'opt for',
  'come up with', 'set up', 'sign up for', 'shift towards', 'shift toward', 'switch to', 'turn to',
  'rise to', 'fall to', 'climb to', 'drop to', 'jump to', 'slip to', 'soar to', 'plunge to', 'sink to', 'grow to',
]);

/** Verbs of intention whose "to ..." says what comes next ("What does Japan aim to do?"); "expect", "hope"
 *  and "seek" gave vague questions in the ratings. */
export const NEXT_VERBS = new Set(['aim', 'plan', 'intend', 'prepare', 'schedule']);
