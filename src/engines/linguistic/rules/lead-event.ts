// The last resort for an article no other rule could question: its lead's own event, asked plainly.
// "What has Tony Blair promised?", "What have investors snapped up?", "What has happened to Glenn Hoddle?".
// About a fifth of the public articles had no FAQ at all; one plain question about the news an editor can
// keep or fix serves better than nothing. Scored low, so it never displaces a pair of the other rules.
import type { Candidate } from '../../../types.js';
import type { Doc, Sentence } from '../../../nlp/doc.js';
import { analyseClause, mainClause, type Clause } from '../../../facts/clause.js';
import { FEELING_VERBS, NEWS_OUTLET, REPORTING_VERBS, VAGUE_VERBS } from '../../../lang/en/words.js';
import { cleanSentence } from '../answer.js';
import { renderSpan } from '../context.js';
import { backReference } from '../frames.js';
import { invert, joinWords } from '../realise.js';
import { COMPLEMENT_TO, IDIOM_OBJECTS, TO_DO_QUESTION, candidate, finishQuestion } from './shared.js';

const LEAD_SENTENCES = 2;
const SCORE = 0.3;
/** Verbs too empty to ask about on their own ("What has X had?"). */
const EMPTY_VERBS = new Set([
  'be', 'have', 'do', 'get', 'make', 'go', 'come', 'become', 'seem', 'remain', 'look', 'feel', 'say', 'tell', 'add',
  'note', 'take', 'see', 'keep', 'end', 'continue', 'hope', 'fall', 'rise', 'give', 'put', 'let', 'hit', 'want',
  // ("What has Jacques Chirac called?": the thing and what it was called, neither asked.)
  'call',
  // ("What does Dr. Brian Bixler help?" of "helps young people recover": the meaning is in what follows the object.)
  'help',
  ...VAGUE_VERBS,
]);
/** Passives that describe a state or an expectation, not something that happened. */
const STATIVE = new Set(['know', 'see', 'regard', 'consider', 'think', 'believe', 'expect', 'say', 'report', 'estimate', 'predict', 'poise', 'set', 'require', 'describe', 'base', 'locate', 'schedule', 'slate', 'nominate', 'link', 'involve']);
/** Verbs of a view, asked even in the present: what the person believes is the news. */
const STANCE_VERBS = new Set(['believe', 'insist', 'argue', 'claim', 'fear', 'warn', 'predict', 'maintain', 'suspect']);
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'over', 'away']);

export function leadEventCandidates(doc: Doc): Candidate[] {
  const leads = doc.sentences.slice(0, LEAD_SENTENCES).filter((s) => s.tokens.length >= 6 && s.tokens.length <= 50 && !/^["“]/.test(s.text));
  for (const s of leads) {
    const c = mainClause(s.tokens);
    if (!c || c.verb.negated || c.fronted) continue;
    const moved = movedQuestion(doc, s, c);
    if (moved) return [candidate('event', moved, cleanSentence(s), [s.id], SCORE, 'lead.moved', `lead-event:${s.id}`)];
    if (!namedSubject(s, c)) {
      const described = describedQuestion(doc, s, c);
      if (described) return [candidate('event', described, cleanSentence(s), [s.id], SCORE, 'lead.described', `lead-event:${s.id}`)];
      continue;
    }
    const question = eventQuestion(doc, s, c);
    if (question) return [candidate('event', question, cleanSentence(s), [s.id], SCORE, 'lead.event', `lead-event:${s.id}`)];
  }
  // Still nothing: the lead's event with the subject it has, a description included ("What have peace protestors
  // lost?", "What has happened to a guitar belonging to Jimi Hendrix?"). Scored lower still.
  for (const s of leads) {
    const c = mainClause(s.tokens);
    if (!c || c.verb.negated || c.fronted || !describable(s, c)) continue;
    // ("What did a spokesman say?": an unnamed source's words are no event.)
    if (REPORTING_VERBS.has(s.tokens[c.verb.main].lemma)) continue;
    // ("Brisk increases in income are to appear": "What will X do?" asks an agent to act; "What will happen to
    // Tony Blair's big speech?" asks for a forecast.)
    if (c.verb.copula || c.verb.passive && c.verb.modal) continue;
    const named = namedApposition(s, c);
    const question = eventQuestion(doc, s, named ? { ...c, subject: named } : c);
    if (question) return [candidate('event', question, cleanSentence(s), [s.id], SCORE * 0.8, 'lead.any', `lead-event:${s.id}`)];
  }
  return [];
}

function eventQuestion(doc: Doc, s: Sentence, c: Clause): string | undefined {
  const subject = renderSpan(doc, s, c.subject[0], c.subject[1]);
  if (!subject || backReference(subject)) return undefined;
  return c.verb.passive || undergoes(c) ? happenedTo(c, subject) : c.verb.copula ? isTo(c, subject) : whatDid(c, subject, s.entities, (a, b) => renderSpan(doc, s, a, b));
}

/** "Great Ormond Street Hospital professor of child health, Al Aynsley-Green, was chosen": the person named between
 *  commas after a described subject, as [start, end), the better subject to ask about. */
function namedApposition(s: Sentence, c: Clause): [number, number] | undefined {
  const b = c.subject[1];
  if (s.tokens[b]?.text !== ',') return undefined;
  const e = s.entities.find((x) => x.start === b + 1 && s.tokens[x.end]?.text === ','
    && (x.type === 'person' || x.type === 'other' && s.tokens.slice(x.start, x.end).every((y) => y.pos === 'PROPN' || y.text === '-')));
  return e && [e.start, e.end];
}

const PERSON_HEADS = /^(man|woman|boy|girl|person|spokesman|spokeswoman|spokesperson|source|official|resident|teenager|child|mother|father|driver)$/;

/** A subject that says what it is without the article around it: a noun phrase of two to ten words, no pronoun
 *  but a possessive, not "some" or "many" of something ("Some of the firms" leaves the reader asking which). */
export function describable(s: Sentence, c: Clause): boolean {
  const t = s.tokens.slice(...c.subject);
  if (!t.length || t.length > 10 || !t.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) return false;
  if (/^(some|many|most|few|several|all|both|this|these|those|that|such|other|others|one)$/i.test(t[0].text)) return false;
  // ("early in the second half Wayne Carlisle's cross": an adverbial read into the subject.)
  if (!/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(t[0].pos) || /^(early|late|later|earlier)$/i.test(t[0].text)) return false;
  // One bare word ("women", "officials", "pressure") or a back-reference ("the Spaniard", "the world") is too vague.
  const content = t.filter((x) => /^(NOUN|PROPN|ADJ|NUM)$/.test(x.pos)).length;
  if (content < 2 || (/^the$/i.test(t[0].text) && content < 3 && !t.some((x, i) => x.pos === 'PROPN' && i < t.length - 1))) return false;
  // "A late header by teenager Danny Graham earned ...": the name after "by" or "from" is the news, not the subject;
  // "Less than a week after X signed ...": a fronted time read as the subject.
  if (t.some((x) => /^(by|from|after|before|since|until)$/i.test(x.text))) return false;
  // "A 40-year-old man", "a spokesman": someone unnamed.
  if (/^(a|an)$/i.test(t[0].text) && PERSON_HEADS.test(t[t.length - 1].lower)) return false;
  // ("Justice Sandra Day O'Connor early this morning lifted ...": a time read into the subject.)
  if (s.times.some((x) => x.start < t[t.length - 1].end && x.end > t[0].start)) return false;
  return t.every((x) => !(x.pos === 'PRON' && !/^(its|their|his|her)$/i.test(x.text)) && !/^["“”(]$/.test(x.text));
}

/** Verbs of a measure moving, which the lead of a market or economy story reports without a figure to ask for. */
const MOVES = new Set([
  'rise', 'fall', 'drop', 'jump', 'climb', 'slump', 'surge', 'plunge', 'slip', 'soar', 'tumble', 'dip', 'decline',
  'grow', 'shrink', 'rebound', 'increase', 'decrease', 'ease', 'sink', 'slide', 'recover', 'collapse', 'stall',
]);

/**
 * "Germany's unemployment figure rose above the level of five million last month" -> "What happened to Germany's
 * unemployment figure?": the measure's move is the news; the subject must carry a name or be a measure with an owner.
 */
function movedQuestion(doc: Doc, s: Sentence, c: Clause): string | undefined {
  const t = s.tokens;
  const [a, b] = c.subject;
  const v = t[c.verb.main];
  // ("declined to comment" is no move.)
  if (!MOVES.has(v.lemma) || t[c.rest[0]]?.lower === 'to' && t[c.rest[0] + 1]?.pos === 'VERB' || c.verb.passive || c.verb.copula || c.verb.modal || b - a > 6) return undefined;
  if (t.slice(a, b).some((x) => x.pos === 'PRON' || x.pos === 'NUM' || x.pos === 'VERB') || /^(a|an)$/i.test(t[a].text)) return undefined;
  if (!t.slice(a, b).some((x) => x.pos === 'PROPN')) return undefined;
  const subject = renderSpan(doc, s, a, b);
  if (!subject) return undefined;
  const perfect = c.verb.auxes.some((k) => /^(has|have)$/.test(t[k].lower));
  if (!perfect && c.verb.tense !== 'past') return undefined;
  return finishQuestion(`What ${perfect ? 'has happened' : 'happened'} to ${subject}`);
}

/**
 * "Scientists have found the earliest known evidence of cooking at an archaeological site in Israel" ->
 * "What have scientists found at an archaeological site in Israel?": a described subject ("scientists", "a
 * German court") is placed by the named place the sentence gives, which the question keeps.
 */
function describedQuestion(doc: Doc, s: Sentence, c: Clause): string | undefined {
  const t = s.tokens;
  const [a, b] = c.subject;
  if (b - a > 4 || c.verb.passive || c.verb.copula || !c.verb.auxes.length && c.verb.tense === 'present') return undefined;
  if (!t.slice(a, b).every((x) => /^(DET|ADJ|NOUN|PROPN)$/.test(x.pos)) || t[b - 1].pos !== 'NOUN' || (t[a].pos === 'DET' && !/^(a|an)$/i.test(t[a].text))) return undefined;
  const v = t[c.verb.main];
  if (EMPTY_VERBS.has(v.lemma) || REPORTING_VERBS.has(v.lemma) || v.pos !== 'VERB') return undefined;
  const [r0, rEnd] = c.rest;
  if (!/^(DET|NOUN|ADJ|NUM)$/.test(t[r0]?.pos ?? '')) return undefined;
  // The first "in/at ..." phrase after the object, running to a place's name and no further.
  for (let k = r0 + 1; k < Math.min(rEnd, r0 + 12); k++) {
    // ("the earliest known evidence": a participle before its noun is an adjective.)
    const verb = t[k].pos === 'AUX' || t[k].pos === 'VERB' && !/^(NOUN|ADJ)$/.test(t[k + 1]?.pos ?? '');
    if (/^[,;:—–(]$/.test(t[k].text) || verb) return undefined;
    if (!/^(in|at)$/.test(t[k].lower)) continue;
    const place = s.entities.find((e) => e.start > k && e.start <= k + 6 && /^(place|country|organisation)$/.test(e.type));
    if (!place || t.slice(k + 1, place.start).some((x) => !/^(DET|ADJ|NOUN|ADP|PROPN)$/.test(x.pos))) return undefined;
    const where = s.text.slice(t[k].start, t[place.end - 1].end);
    const subject = s.text.slice(t[a].start, t[b - 1].end);
    const [aux, subj, group] = invert(c, /^[A-Z][a-z]+$/.test(t[a].text) && t[a].pos !== 'PROPN' ? subject[0].toLowerCase() + subject.slice(1) : subject);
    return finishQuestion(joinWords(['What', aux, subj, group, where]));
  }
  return undefined;
}

/**
 * The subject must be a name a reader knows what to do with: "Officials", "It", "the Scottish Conservative leader"
 * or "a German court" leave them asking who, and a name inside a phrase after the head ("A late header by Danny
 * Graham earned ...") is not what the sentence is about (such subjects were misread).
 */
function namedSubject(s: Sentence, c: Clause): boolean {
  const [a, b] = c.subject;
  if (b - a > 8 || /^(a|an)$/i.test(s.tokens[a].text)) return false;
  const names = s.entities.filter((e) => e.start >= a && e.end <= b && e.type !== 'date' && e.type !== 'number');
  const head = b - 1;
  const bare = s.tokens[a].pos !== 'DET';
  const headIsName = names.some((e) => (/^(person|organisation|country|place)$/.test(e.type) || (bare && e.type === 'other')) && e.start <= head && head < e.end);
  if (!headIsName) return false;
  const inName = (k: number) => names.some((e) => e.start <= k && k < e.end);
  // A preposition may only sit inside a name ("Bank of America"); a pronoun only as a possessive.
  return s.tokens.slice(a, b).every((t, k) => !(t.pos === 'ADP' && !inName(a + k)) && !(t.pos === 'PRON' && !/^(its|their|his|her)$/.test(t.lower)));
}

/** "X has had a bucket of slurry thrown over him", "had his licence revoked": "have" with an object and a past
 *  participle is something done to the subject, asked as a passive is. */
function undergoes(c: Clause): boolean {
  const t = c.tokens;
  if (t[c.verb.main].lemma !== 'have' || c.verb.copula) return false;
  const [r0, rEnd] = c.rest;
  for (let k = r0 + 1; k < Math.min(rEnd, r0 + 10); k++) {
    // (A participle differs from its lemma and ends neither in "-ing" nor in "-s".)
    if (t[k].pos === 'VERB') return t[k].lower !== t[k].lemma && !/(?:ing|s)$/.test(t[k].lower) && t[k - 1].pos === 'NOUN';
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t[k].pos) && t[k].lower !== 'of' && !/^(his|her|its|their)$/.test(t[k].lower)) return false;
  }
  return false;
}

/** "Glenn Hoddle has been unveiled as ..." -> "What has happened to Glenn Hoddle?" */
function happenedTo(c: Clause, subject: string): string | undefined {
  const t = c.tokens;
  // "is expected to", "are poised to", "is known for": a present passive is a state, not an event.
  if (/^(is|are|am|'s|'re)$/.test(t[c.verb.auxes[0] ?? c.verb.main].lower) || STATIVE.has(t[c.verb.main].lemma)) return undefined;
  const will = c.verb.auxes.some((a) => /^(will|'ll)$/.test(t[a].lower));
  const perfect = c.verb.auxes.some((a) => /^(has|have)$/.test(t[a].lower));
  if (c.verb.auxes.some((a) => /^(would|could|might|may|should|must|can)$/.test(t[a].lower))) return undefined;
  const verb = will ? 'will happen' : perfect ? 'has happened' : 'happened';
  return finishQuestion(`What ${verb} to ${subject}`);
}

/** "George Michael is to perform live ..." -> "What will George Michael do?" */
function isTo(c: Clause, subject: string): string | undefined {
  const t = c.tokens;
  const [r0] = c.rest;
  if (!/^(is|are)$/.test(t[c.verb.main].lower) || t[r0]?.lower !== 'to' || t[r0 + 1]?.pos !== 'VERB') return undefined;
  return finishQuestion(`What will ${subject} do`);
}

/** "Tony Blair has promised that ..." -> "What has Tony Blair promised?"; "... promised to ..." -> "... to do?" */
function whatDid(c: Clause, subject: string, entities: Sentence['entities'], render: (a: number, b: number) => string | undefined): string | undefined {
  const t = c.tokens;
  const v = t[c.verb.main];
  // "The Inter-American Development Bank said it intended ...": in a lead, what a named source said is the news.
  const stance = STANCE_VERBS.has(v.lemma) || (v.lemma === 'say' && c.verb.tense !== 'present');
  if ((EMPTY_VERBS.has(v.lemma) && !stance) || FEELING_VERBS.has(v.lemma) || (REPORTING_VERBS.has(v.lemma) && !stance) || v.pos !== 'VERB') return undefined;
  // A present simple lead is mostly a misread ("England prop Phil Vickery is ...") or a feature's opening,
  // unless it gives a view ("Mike Tindall believes he can make the Lions tour").
  if (!c.verb.auxes.length && c.verb.tense === 'present' && !stance) return undefined;
  const [r0, rEnd] = c.rest;
  const next = t[r0];
  if (!next || r0 >= rEnd) return undefined;
  // "What did the Telegraph say?": the outlet is the messenger, not the news.
  if (v.lemma === 'say' && NEWS_OUTLET.test(subject)) return undefined;
  // ("held their breath": the idiom's noun may follow a possessive.)
  const objectNoun = next.pos === 'PRON' && /^(its|their|his|her)$/.test(next.lower) ? t[r0 + 1] : next;
  if (objectNoun && IDIOM_OBJECTS.has(objectNoun.lower) && objectNoun.pos === 'NOUN') return undefined;
  // ("Rosh Hashana began this week": a time after the verb is no object.)
  if (/^(this|last|next|early|late)$/.test(next.lower) && /^(week|weekend|month|year|morning|afternoon|evening|night|season|spring|summer|autumn|fall|winter)$/.test(t[r0 + 1]?.lower ?? '')) return undefined;
  const [aux, subj, group] = invert(c, subject);
  if (next.lower === 'to' && t[r0 + 1]?.pos === 'VERB') return TO_DO_QUESTION.has(v.lemma) ? finishQuestion(joinWords(['What', aux, subj, group, 'to do'])) : undefined;
  // A particle belongs to the verb ("snapped up shares").
  // ("edged out rival Kelly Sotherton": a person after the particle is asked "Who".)
  if (PARTICLES.has(next.lower) && /^(DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(t[r0 + 1]?.pos ?? '')) {
    const person = entities.some((e) => e.type === 'person' && e.start > r0 && e.start <= r0 + 3);
    return finishQuestion(joinWords([person ? 'Who' : 'What', aux, subj, group, next.lower]));
  }
  // An object or a reported clause follows: what the verb took is the news.
  if (stance) {
    if (!/^(DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(next.pos) && next.lower !== 'that') return undefined;
    // "Ukraine claimed Russia was behind the attack" -> "What did Ukraine claim about Russia?": the reported
    // clause's own short subject says what the view is about, when it reads on its own ("it", "the move" do not).
    const inner = analyseClause(t, next.lower === 'that' ? r0 + 1 : r0, rEnd);
    const plain = inner && inner.subject[1] - inner.subject[0] <= 7 && t.slice(...inner.subject).every((x) => /^(DET|PROPN|NOUN|ADJ|CCONJ|NUM)$/.test(x.pos));
    const topic = plain ? render(inner.subject[0], inner.subject[1]) : undefined;
    // Without its topic, "What did Columbia Gas System Inc say?" names nothing a reader wants: raters failed all
    // four such questions as not worth asking (docs/quality.md, "Session 6").
    if (!topic || subject.toLowerCase().includes(topic.toLowerCase())) return undefined;
    return finishQuestion(joinWords(['What', aux, subj, group, `about ${topic}`]));
  }
  if (/^(DET|NOUN|PROPN|NUM|ADJ)$/.test(next.pos) || next.lower === 'that' || next.pos === 'PRON' && /^(its|their|his|her)$/.test(next.lower)) {
    const person = entities.some((e) => e.type === 'person' && e.start === r0);
    return finishQuestion(joinWords([person ? 'Who' : 'What', aux, subj, group]));
  }
  return undefined;
}

