// "When did leaders from Japan and ASEAN convene in Tokyo?", with the date resolved against the article's.
import { formatDate } from '../../../nlp/time/index.js';
import { MONTHS } from '../../../nlp/time/words.js';
import { BURIED_AFTER_WORDS, cleanSentence } from '../answer.js';
import { capitalise } from '../realise.js';
import { lowerInitial } from '../context.js';
import type { TimeExpression } from '../../../nlp/time/index.js';
import type { Token } from '../../../nlp/doc.js';
import { COMPLEMENT_TO, candidate, evidenceOf, restText, trimRest, whQuestion, type FrameRule, type RuleContext } from './shared.js';

/** Verbs whose bare question leaves the reader asking "about what?": "When will regulators decide?". */
const OPEN_VERBS = new Set(['decide', 'rule', 'vote', 'choose', 'announce', 'comment', 'respond', 'report', 'act', 'weigh', 'discuss', 'consider', 'determine', 'testify']);

const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'for', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'from']);
/** A time after these is a span's edge, not when the event happened: "since 2010" does not answer "When". */
const SPAN_EDGES = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'through', 'throughout', 'as', 'to']);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A bare past weekday is the one before the article's date, but a story updated after its date line says
 * "Thursday" for the day after it. When the article also tells of its own date's weekday ("erupted Wednesday" in
 * a story dated Wednesday) and the weekday would be four to six days back, the later day is as likely: no date
 * is better than a wrong one.
 */
function doubtfulWeekday(doc: Parameters<FrameRule>[0]['doc'], x: { text: string; relative: boolean; direction: string; range?: { start: string } }): boolean {
  const date = doc.article.date;
  const m = x.text.match(/^(?:on\s+|by\s+)?(?:early\s+|late\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?$/i);
  if (!date || !m || !x.relative || x.direction !== 'past' || !x.range) return false;
  const days = (Date.parse(date) - Date.parse(x.range.start)) / 86_400_000;
  if (days < 4) return false;
  const own = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return doc.sentences.some((s) => s.times.some((t) => new RegExp(`\\b${own}\\b`, 'i').test(t.text)));
}

/**
 * The time of the clause's own event: the first resolved time inside the verb group or the kept remainder (not the
 * subject, not a relative clause), that says when rather than since/until when; with its tokens and the kept
 * remainder's end.
 */
export function clauseTime(ctx: RuleContext): { expr: TimeExpression; tokens: number[]; end: number } | undefined {
  const { frame: f, doc } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const [r0, rEnd] = clause.rest;
  const end = trimRest(f, r0, rEnd);
  // "makes her return to tennis after two years out, at the Volvo Open in Pattaya, Thailand, on Tuesday": a time
  // that closes the sentence, after phrases with no verb of their own, dates the main clause.
  // ("offered to start the trial ..., on Oct. 23": after another verb the time may be that verb's.)
  const closingTime = (first: number, last: number) => first >= end && end > r0
    && t.slice(last + 1).every((x) => x.pos === 'PUNCT') && !t.slice(r0, first).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
    && t.slice(end, first).every((x) => /^(ADP|DET|NOUN|PROPN|ADJ|NUM|PUNCT|PART|CCONJ)$/.test(x.pos) && !/^(to|than|as|since|until|from|between)$/.test(x.lower));
  let exprTokens: number[] = [];
  const expr = s.times.find((x) => {
    // Without an article date a relative time stays in the article's own words ("on Tuesday").
    if ((!x.resolved && doc.article.date) || x.granularity === 'decade' || x.direction === 'present') return false;
    // A day answers "When" plainly; a year, quarter or month inside a sentence usually dates something else
    // ("gains since 2019", "a report on May's building"). "Recently" counts in the lead, where it dates the news.
    if (x.granularity !== 'day' && !(x.granularity === 'approximate' && s.paragraph === 0)) return false;
    // "in the last two years" says how long, not when.
    if (/\b(last|past|next|coming)\s+(\w+\s+)?(days|weeks|months|years|decades)\b/i.test(x.text)) return false;
    if (doubtfulWeekday(doc, x)) return false;
    exprTokens = t.filter((tok) => tok.start < x.end && tok.end > x.start).map((tok) => tok.i);
    if (!exprTokens.length) return false;
    const first = Math.min(...exprTokens);
    const last = Math.max(...exprTokens);
    if (SPAN_EDGES.has(t[first - 1]?.lower ?? '') || SPAN_EDGES.has(t[first].lower)) return false;
    // "on Friday and Saturday", "last Thursday and Friday": one of two days is half the answer.
    const joined = /^(and|or|,)$/.test(t[last + 1]?.lower ?? '') && s.times.some((y) => y !== x && y.start >= t[last + 1].end && y.start <= (t[last + 3] ?? t[last + 2])?.start);
    if (joined) return false;
    // "from Friday to Sunday": a span's opening day ("release the DS from 11 March" still dates the release).
    const spanEnd = t.slice(last + 1, last + 3).some((y) => /^(to|through|until|till|[-–—])$/.test(y.lower));
    if ((t[first].lower === 'from' || t[first - 1]?.lower === 'from') && spanEnd) return false;
    // "set a second hearing for Wednesday": the day of what was set, not of the setting.
    if (t[first - 1]?.lower === 'for' && clause.verb.tense === 'past') return false;
    // ("Tuesday's vote", "President Donald Trump's Monday inauguration": a day before a noun dates the noun.)
    if (/^['’]s$/.test(t[last + 1]?.text ?? '') || t[last + 1]?.pos === 'NOUN') return false;
    // "agreed as part of an accord reached yesterday": the day of the accord, a reduced relative, not of the agreeing.
    if (first - 1 >= r0 && t[first - 1].pos === 'VERB' && /ed$/.test(t[first - 1].lower) && t[first - 2]?.pos === 'NOUN') return false;
    // "rose to 76.8 pct from 76.3 pct in January": the time belongs to the baseline, not the event.
    if (t.slice(r0, first).some((tok) => /^(from|compared|versus|than|against)$/.test(tok.lower))) return false;
    // ("has confirmed she will take part in the Grand Prix on 18 February": the time of a clause inside the rest.)
    const inner = t.slice(r0, first).some((x) => x.pos === 'AUX');
    return (first >= clause.verb.start && last < clause.verb.end) || (first >= r0 && last < end && !inner) || closingTime(first, last);
  });
  return expr ? { expr, tokens: exprTokens, end } : undefined;
}

/** Verbs of a scheduled event, which a present-tense "When does X ...?" asks about naturally ("When do EU finance
 *  ministers meet?"). Another verb in the present with a time already past is a photo caption ("When do tourists
 *  walk in Athens?" for June 1 in a story of June 22), and a state is no event ("When do Republicans have the
 *  momentum?"): raters failed all such questions. */
const SCHEDULED = new Set([
  'meet', 'begin', 'start', 'open', 'close', 'end', 'expire', 'launch', 'arrive', 'leave', 'return', 'resume', 'air',
  'kick', 'run', 'take', 'go', 'come', 'finish', 'debut', 'premiere', 'vote', 'sit', 'reopen', 'convene', 'play', 'face',
]);
/** States, which a future time does not make an event: "Republicans have the momentum going into Election Day". */
const STATIVE = new Set(['have', 'be', 'seem', 'remain', 'look', 'feel', 'need', 'want', 'know', 'own', 'hold', 'lead', 'trail']);
/** What a list or a set is made of has no "when" in any tense: "Previous winners have included Pop Idol". */
const MEMBERSHIP = new Set(['include', 'contain', 'comprise', 'feature']);

/** Is a present-tense clause with this verb and time something scheduled to ask "When" of? (A weekday with the
 *  present is the news's schedule: "Hingis makes her return on Tuesday".) */
function scheduled(lemma: string, expr: TimeExpression): boolean {
  const weekday = WEEKDAYS.some((d) => expr.text.toLowerCase().includes(d));
  return SCHEDULED.has(lemma) || COMPLEMENT_TO.has(lemma) || (expr.direction !== 'past' || weekday) && !STATIVE.has(lemma);
}

/**
 * "issue a recall for 26,550 pounds of chicken bites manufactured [on Oct. 3]", "put the court on notice that
 * Abbe Lowell wants [...]": with the time cut, the question hangs on another verb, whose time it was. Not
 * "scheduled to expire [March 20]" (the infinitive's own time, asked plainly; "declined to say Friday" is not),
 * nor "the highly-anticipated sentencing" (an -ing form after a determiner or a modifier is a noun).
 */
function leftHanging(t: readonly Token[], cutFrom: number): boolean {
  const hanging = t[cutFrom - 1];
  const before = t[cutFrom - 2];
  const infinitive = before?.lower === 'to' && !/^(decline|refuse)$/.test(t[cutFrom - 3]?.lemma ?? '');
  const gerund = /ing$/.test(hanging.lower) && !!before && (/^(DET|ADJ)$/.test(before.pos) || before.pos === 'VERB' && /ed$/.test(before.lower));
  return hanging.pos === 'VERB' && hanging.lower !== hanging.lemma && !infinitive && !gerund;
}

/** Events a time after "ahead of" or "after" them may date: "ahead of a meeting of finance ministers on Monday". */
const DATED_EVENTS = new Set([
  'match', 'game', 'fight', 'show', 'meeting', 'race', 'final', 'tie', 'clash', 'election', 'concert', 'fixture', 'semi-final', 'quarter-final', 'trial', 'hearing', 'summit', 'ceremony', 'tournament',
  'arrival', 'visit', 'departure', 'trip', 'inauguration', 'speech', 'address', 'debate', 'talks', 'conference', 'premiere', 'opening', 'funeral', 'wedding', 'briefing', 'session',
]);

/**
 * "attempted to pile the pressure on Arsenal ahead of the Gunners facing Newcastle on Wednesday", "fined after a
 * fight two years ago", "comes ahead of a meeting on Monday": a time after "ahead of", "after", "before" and an event
 * of its own dates that event, not the main verb (raters failed every such When).
 */
function timeOfSomethingElse(t: readonly Token[], verb: Token, r0: number, cutFrom: number): boolean {
  // "issued a proclamation establishing a national Flag Day on June 14": a participle's clause takes the time.
  if (t.slice(r0, cutFrom).some((x, i) => x.pos === 'VERB' && /^[a-z]+ing$/.test(x.text) && x.lower !== 'including' && i > 0 && t[r0 + i - 1].pos === 'NOUN')) return true;
  // "designated June 14 as national Flag Day": a date right after a verb that names a day is its object.
  if (cutFrom === r0 && DAY_NAMING.has(verb.lemma) && /^\p{Lu}/u.test(t[cutFrom]?.text ?? '') && MONTHS[t[cutFrom].lower.replace(/\.$/, '')] !== undefined) return true;
  for (let k = r0; k < cutFrom; k++) {
    // ("refused ... ahead of the US president's arrival in Northern Ireland on Tuesday", "reassigned in the wake of
    // the inauguration", "charged over crowd trouble during their match on 26 October": "during" after a noun
    // belongs to the noun, and so does the event's day.)
    const during = t[k].lower === 'during' && t[k - 1]?.pos === 'NOUN';
    if (!/^(ahead|before|after|following)$/.test(t[k].lower) && !(t[k].lower === 'wake' && t[k + 1]?.lower === 'of') && !during) continue;
    // The event is what the preposition itself takes: "after a fight", "ahead of a meeting", not "after an injury
    // in the FA Cup tie on Saturday" (the tie is the comeback's).
    for (let i = t[k + 1]?.lower === 'of' ? k + 2 : k + 1; i < cutFrom && t[i].pos !== 'ADP'; i++) {
      const x = t[i];
      // ("their Carling Cup match": the tagger may call an event noun a verb after a name.)
      const noun = x.pos === 'NOUN' || /^(PROPN|DET|PRON|ADJ)$/.test(t[i - 1]?.pos ?? '');
      if (DATED_EVENTS.has(x.lemma) && noun || x.pos === 'VERB' && /ing$/.test(x.lower) && t[i - 1]?.pos === 'PROPN') return true;
    }
  }
  return false;
}

/** Verbs whose object may be a day: "designated June 14 as Flag Day", "set March 1 as the deadline". */
const DAY_NAMING = new Set(['designate', 'declare', 'proclaim', 'set', 'name', 'mark', 'make', 'choose', 'pick', 'fix']);

const AGO = /\s*,?\s*\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago\b,?/gi;

/** A worked-out day ("Tuesday 21 January 2025", "8 May 2025"), which reads after "On". */
const DAY_DATE = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?\d{1,2} [A-Z][a-z]+ \d{4}$/;

/**
 * "On Tuesday 21 January 2025 (the article is dated 22 January 2025), President Donald Trump revoked a 1965 civil
 * rights executive order.": the worked-out day leads and the sentence follows without its own time words, so the
 * day is said once (raters failed "date. sentence with the same day" as padding).
 */
function datedSentence(ctx: RuleContext, when: string, articleDate: string | undefined, cutFrom: number, cutTo: number): string | undefined {
  const { s } = ctx.frame;
  const t = s.tokens;
  // Only a time of the main verb itself: fronted, "On Tuesday, the campaign has announced that Trump will travel"
  // would date the announcing (the raters failed three such); the date then the whole sentence keeps it in place.
  const { clause } = ctx.frame;
  if (!DAY_DATE.test(when) || ctx.frame.role !== 'main' || t.slice(clause.verb.end, cutFrom).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
  const before = s.text.slice(0, t[cutFrom].start).replace(/[\s,]+$/, '');
  const tail = s.text.slice(t[cutTo - 1].end);
  // The words after the time join those before it: with their comma, straight on, or with none at the end.
  const after = /^\s*[.!?;:]/.test(tail) ? tail.trim() : tail.replace(/^\s*,?\s*/, (m) => (before ? (m.includes(',') ? ', ' : ' ') : ''));
  const rest = `${before}${after}`.trim();
  // ("while Cyber Monday officially fell, plenty of ... sales are still available": a time inside a clause of its
  // own, fronted, would lead a sentence that no longer reads.)
  if (rest.split(/\s+/).length < 4 || /^(while|whilst|though|although|as|when|after|before|because|if|since|until)\b/i.test(rest)) return undefined;
  const sentence = cleanSentence({ ...s, text: rest });
  // The sentence's first word keeps its capital only when it is a name.
  const body = /^(The|A|An)\s/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : lowerInitial(sentence, t[cutFrom === 0 ? cutTo : 0], ctx.doc);
  return `On ${when}${articleDate ? ` (the article is dated ${articleDate})` : ''}, ${body}`;
}

export const timeRule: FrameRule = (ctx) => {
  const { frame: f, doc } = ctx;
  const { clause, s } = f;
  if (clause.verb.copula || clause.verb.negated || MEMBERSHIP.has(s.tokens[clause.verb.main].lemma)) return [];
  const t = s.tokens;
  const [r0] = clause.rest;
  const found = clauseTime(ctx);
  if (!found) return [];
  const { expr, tokens: exprTokens, end } = found;
  if (!clause.verb.auxes.length && clause.verb.tense !== 'past' && !scheduled(t[clause.verb.main].lemma, expr)) return [];
  const inGroup = exprTokens.every((i) => i >= clause.verb.start && i < clause.verb.end);
  // Drop the time words and a preposition right before them from the remainder.
  let cutFrom = Math.min(...exprTokens);
  const cutTo = Math.max(...exprTokens) + 1;
  if (cutFrom > r0 && TIME_PREPS.has(t[cutFrom - 1].lower)) cutFrom--;
  let rest: string | undefined;
  if (inGroup) rest = restText(ctx, r0, end);
  else {
    const before = restText(ctx, r0, Math.min(cutFrom, end));
    const after = cutTo < end ? restText(ctx, cutTo, end) : '';
    rest = before === undefined || after === undefined ? undefined : `${before} ${after}`.trim();
  }
  if (rest === undefined || rest.split(' ').length > 14) return [];
  // ("vanished 10 years ago, on 1 February 1995": a second time in the question half gives the answer away.)
  rest = rest.replace(AGO, '').trim();
  if (!inGroup && cutFrom > r0 && cutTo >= end && leftHanging(t, cutFrom)) return [];
  if (!inGroup && timeOfSomethingElse(t, t[clause.verb.main], r0, cutFrom)) return [];
  // "When will US food and drug regulators decide?": a verb that needs its "whether"/"on" phrase asks nothing bare.
  if (!rest && !clause.verb.copula && OPEN_VERBS.has(t[clause.verb.main].lemma)) return [];
  // ("When are Greek sprinters expected to find out?": so does an infinitive that ends the question.)
  if (/\bto (?:find out|learn|know|hear|decide|rule|announce|determine|discover|confirm|reveal|comment|respond)$/.test(rest)) return [];
  const question = whQuestion('When', f, rest);
  const date = doc.article.date;
  const when = capitalise(expr.resolved ?? expr.text.replace(/^(on|in|at|during)\s+/i, ''));
  // With no date to work one out, the time is the article's own words, which a short sentence says plainly: a
  // lead that only repeats them was failed as padding.
  const plain = cleanSentence(s);
  // A date worked out from the article's own says so.
  const articleDate = expr.relative && date ? formatDate(date) : undefined;
  const answer = !expr.resolved
    ? (plain.split(/\s+/).length <= BURIED_AFTER_WORDS ? plain : `${when} (the article carries no date). ${plain}`)
    : datedSentence(ctx, when, articleDate, cutFrom, cutTo) ?? (articleDate ? `${when} (the article is dated ${articleDate}). ${plain}` : `${when}. ${plain}`);
  const v = t[clause.verb.main];
  const weight = (s.paragraph === 0 ? 0.9 : 0.75) * (expr.resolved ? 1 : 0.8);
  return [candidate('time', question, answer, evidenceOf(s), weight * (0.5 + ctx.salience / 2), 'time.when', `when:${v.lemma}:${s.id}`)];
};
