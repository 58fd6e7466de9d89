// The object noun phrase of a clause, for the two places an object question needs it: its head names the question's
// topic ("What plans has Tessa Jowell announced?") and its words lead the answer ("Plans to limit the number of new
// casinos in the UK to 24. Tessa Jowell has announced ...").
import { gluedHyphen, type Token } from '../../../nlp/doc.js';
import { restText, type FrameRule } from './shared.js';

/** Verbs that say nothing of what was made known or done: their question needs the object's head noun. */
export const TOPICLESS_VERBS = new Set(['announce', 'report', 'unveil', 'reveal', 'disclose', 'launch', 'propose', 'issue', 'post', 'publish', 'release', 'outline', 'introduce', 'set', 'present', 'submit',
  // (Session 13's raters: "What has Rishi Sunak ordered?" and "What has India ordered?" say nothing of what.)
  'order', 'approve', 'sign', 'file', 'adopt', 'pass', 'award']);
/** Nouns of change whose "in X" says what changed: "a 26% rise in annual profits". */
const CHANGE_NOUNS = new Set(['rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'cut', 'boost', 'decline', 'reduction', 'surge', 'slump', 'gain', 'loss']);
/** Heads too empty to name a topic. */
const EMPTY_HEADS = new Set(['thing', 'things', 'way', 'ways', 'something', 'one', 'lot', 'number', 'series', 'range', 'kind', 'type', 'details', 'information', 'news', 'careers']);
/** Units and times, which a misread amount or time leaves as the head ("$3.5bn", "last week"). */
const UNIT_OR_TIME = /^(bn|m|mln|billion|million|trillion|pct|percent|cents?|dlrs|day|days|week|weeks|month|months|year|years|hours?|minutes?)$/;

/** The head noun of the object noun phrase at k ("higher fourth quarter and full-year profits" -> "profits"), with
 *  its "in" phrase after a noun of change ("rise in annual profits"); undefined when there is none worth naming. */
export function objectHead(t: readonly Token[], k: number, b: number): string | undefined {
  let head = -1;
  let j = k;
  for (; j < b; j++) {
    const x = t[j];
    if (x.pos === 'NOUN') head = j;
    else if (gluedHyphen(x) || x.pos === 'CCONJ' && /^(ADJ|NOUN|NUM)$/.test(t[j + 1]?.pos ?? '')) continue;
    // ("another SUV recall": a name inside the phrase, before its head noun, is a modifier.)
    else if (!/^(DET|ADJ|NUM|SYM)$/.test(x.pos) && !(x.pos === 'PRON' && j === k) && !(x.pos === 'PROPN' && j > k && t[j + 1]?.pos === 'NOUN')) break;
  }
  if (head < 0 || head !== j - 1 || EMPTY_HEADS.has(t[head].lower) || UNIT_OR_TIME.test(t[head].lower) || /^[A-Z]/.test(t[head].text)) return undefined;
  // "proposed cutting taxes" (a gerund, not taxes), "cost and production cutting measures" (a participle inside the
  // phrase, whose head comes after it): no head to name.
  if (/ing$/.test(t[k].lower) && t[k].pos !== 'DET' || /^(VERB|ADJ)$/.test(t[j]?.pos ?? '') && /(ing|ed)$/.test(t[j].lower) && t[j + 1]?.pos === 'NOUN') return undefined;
  if (CHANGE_NOUNS.has(t[head].lemma) && t[j]?.lower === 'in') {
    let e = j + 1;
    while (e < b && /^(ADJ|NOUN)$/.test(t[e].pos) && e - j <= 4) e++;
    if (e > j + 1 && t[e - 1].pos === 'NOUN') return t.slice(head, e).map((x) => x.text).join(' ');
  }
  // "information campaign", "fuel efficiency standards": the nouns before the head say which kind.
  let from = head;
  // Only a compound that opens the phrase: "an information campaign", not "fourth quarter profits".
  while (from > k && head - from < 2 && t[from - 1].pos === 'NOUN' && /^[a-z]/.test(t[from - 1].text) && !UNIT_OR_TIME.test(t[from - 1].lower)) from--;
  if (from < head && from > k && !/^(DET|PRON)$/.test(t[from - 1].pos)) from = head;
  return t.slice(from, head + 1).map((x) => x.text).join(' ');
}

/** Words that end an object phrase: a subordinate clause, a participle with its agent, a purpose. */
const LEAD_STOPS = /^(after|because|as|amid|while|whilst|since|following|despite|although|though|when|if|before|until|unless|which|who|whose|where|saying|according|than|so|thanks|due|owing)$/;

/** The object phrase from k as a short answer, in the sentence's own words: up to a comma, dash, quotation, a
 *  subordinate clause, a time ("profits on Thursday"), a purpose ("in a bid to") or a second verb; a list ("better
 *  pensions, child care and decent wages") and a bracket ("$1.3bn (£691m) bill") are kept whole. Undefined when that
 *  is no clean phrase of two to eighteen words. */
export function objectLead(ctx: Parameters<FrameRule>[0], k: number, b: number): string | undefined {
  const { s } = ctx.frame;
  const t = s.tokens;
  let end = k;
  for (; end < b; end++) {
    const x = t[end];
    if (x.text === '(') {
      const close = t.findIndex((y, i) => i > end && y.text === ')');
      if (close < 0 || close >= b) return undefined;
      end = close;
      continue;
    }
    if (x.text === ',' && listGoesOn(t, end + 1, b)) continue;
    if (/^[,;:—–)"“”]$/.test(x.text) || x.text === '-' && x.space !== '' || x.text === '.') break;
    // (A word glued by a hyphen is part of a compound: "after-tax charge", "stand-up paddleboard".)
    const glued = gluedHyphen(t[end + 1]);
    if (LEAD_STOPS.test(x.lower) && end > k && !glued) break;
    if (x.pos === 'ADP' && s.times.some((m) => m.start === t[end + 1]?.start || m.start === t[end + 2]?.start && t[end + 1].lower === 'the')) break;
    // (A time before its noun modifies it: "fourth quarter profits".)
    const time = s.times.find((m) => m.start === x.start);
    if (time && end > k && t.find((y) => y.start >= time.end)?.pos !== 'NOUN') break;
    if (x.lower === 'in' && /^(an?|order)$/.test(t[end + 1]?.lower ?? '') && /^(attempt|bid|effort|move|push|order|response)$/.test(t[end + (t[end + 1].lower === 'order' ? 1 : 2)]?.lower ?? '')) break;
    if ((x.lower === 'and' || x.lower === 'but') && (t[end + 1]?.pos === 'VERB' || t[end + 1]?.pos === 'AUX') && !gluedHyphen(t[end + 2])) {
      // ("to try and reverse the decline": the verb pair cannot be cut.)
      if (t[end - 1].pos === 'VERB') return undefined;
      break;
    }
    if (x.pos === 'VERB' && /(ed|en)$/.test(x.lower) && t[end + 1]?.lower === 'by' && end > k) break;
    // "on the back of record oil prices": a cause.
    if (x.lower === 'on' && t[end + 1]?.lower === 'the' && t[end + 2]?.lower === 'back' && t[end + 3]?.lower === 'of') break;
    // A clause of its own ("an injury he said he suffered") or a pronoun the reader cannot place.
    if (x.pos === 'AUX' || x.pos === 'PRON' && /^(he|she|they|it|him|them|we|us|i|you)$/.test(x.lower)) return undefined;
  }
  // "its latest smartphone, the iPhone 14": a common noun phrase keeps the name its apposition gives it.
  if (t[end]?.text === ',' && t.slice(k, end).every((x) => x.pos !== 'PROPN')) {
    let e = end + 1 + (t[end + 1]?.lower === 'the' ? 1 : 0);
    const from = e;
    while (e < t.length && e - from < 5 && (t[e].pos === 'PROPN' || t[e].pos === 'NUM' && e > from) && /^(?:[A-Z0-9]|[a-z][A-Z])/.test(t[e].text)) e++;
    if (e > from && (e >= b || /^[,.;]$/.test(t[e]?.text ?? '.'))) end = e;
  }
  // ("her own statement on Twitter just [before 6 p.m.]": an adverb left by the cut goes with it; so does a
  // participle whose time was cut: "chicken bites manufactured [on Nov. 9]".)
  // ("to keep the government funded [through Nov. 21]": after a verb of its own the participle is a complement.)
  const ownVerb = (e: number) => t.slice(k + 1, e - 1).some((x, j) => x.pos === 'VERB' && t[k + j].lower === 'to');
  // (The tagger may read the plural before the participle as a verb: "chicken bites/VERB manufactured".)
  const noun = (x: Token) => x.pos === 'NOUN' || x.pos === 'VERB' && /[^s]s$/.test(x.lower);
  while (end > k + 1 && (t[end - 1].pos === 'ADV' || t[end - 1].pos === 'VERB' && /(ed|en)$/.test(t[end - 1].lower) && noun(t[end - 2]) && !ownVerb(end))) end--;
  // Words outside brackets: "to $16.2bn (£8.7bn)" counts as two.
  let words = 0;
  for (let j = k, depth = 0; j < end; j++) {
    if (t[j].text === '(') depth++;
    else if (t[j].text === ')') depth--;
    else if (!depth && /\w/.test(t[j].text)) words++;
  }
  const last = t[end - 1];
  if (words < 2 || words > 18 || !last || /^(DET|ADP|CCONJ|SCONJ|PART|ADJ|PRON)$/.test(last.pos) && last.text !== ')' || /^['’]s$/.test(last.text)) return undefined;
  // "Its legal fight to make three bloggers reveal.": a bare verb after "make/let/help someone" was cut before its
  // own object. (The tagger's "verbs" that end a phrase are mostly nouns: "a 3.8% boost".)
  // So was "the operation to eliminate [\"imminent threats\"]".
  if (last.pos === 'VERB' && (t[end - 2]?.lower === 'to' || t.slice(k, end - 1).some((x) => x.pos === 'VERB' && /^(make|let|help|have|see|watch|hear)$/.test(x.lemma)))) return undefined;
  // "The bid.", "A decree.", "Such a flag.": a bare head says less than the sentence that follows.
  if (words === 2 && /^(the|this|that|these|those|such|a|an)$/i.test(t[k].text) || words === 3 && /^such$/i.test(t[k].text)) return undefined;
  // "Some banks and payment firms." (ordered to do what?), "Various general suggestions.": a lead that only
  // counts or sorts its head reads as half an answer (raters failed it R); the sentence answers alone.
  if (/^(some|various|several|certain|specific|many|few|other|numerous)$/i.test(t[k].text)) return undefined;
  // "ordered the banks, including Alipay, to crack down": what they were told to do comes after the aside.
  if (t[end]?.text === ',' && DIRECTIVE_VERBS.has(t[ctx.frame.clause.verb.main].lemma) && asideThenTo(t, end + 1, b)) return undefined;
  return s.text.slice(t[k].start, last.end);
}

/** Verbs whose object is told, asked or allowed to do something ("ordered the banks to crack down"). */
const DIRECTIVE_VERBS = new Set(['order', 'urge', 'ask', 'tell', 'force', 'allow', 'require', 'instruct', 'encourage', 'persuade', 'direct', 'pressure', 'press', 'permit', 'invite', 'warn', 'advise']);

/** From k: an aside closed by a comma, then "to" and a verb. */
function asideThenTo(t: readonly Token[], k: number, b: number): boolean {
  const close = t.findIndex((y, i) => i >= k && i < b && y.text === ',');
  return close > k && t[close + 1]?.lower === 'to' && t[close + 2]?.pos === 'VERB';
}

/** After a comma at k: more items of a list, then "and" or "or" and the last one? */
function listGoesOn(t: readonly Token[], k: number, b: number): boolean {
  for (let j = k; j < b && j - k < 10; j++) {
    if (/^(and|or)$/.test(t[j].lower)) return j > k && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t[j + 1]?.pos ?? '');
    if (t[j].text !== ',' && !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t[j].pos)) return false;
  }
  return false;
}
