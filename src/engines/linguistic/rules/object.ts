// "What did Japan pledge to do?", "What did Japan call for?", "What has Japan signed with the Philippines?"
import type { PairKind } from '../../../types.js';
import { gluedHyphen, type Doc, type Token } from '../../../nlp/doc.js';
import { escapeRegExp } from '../../../nlp/regexp.js';
import { COMMITMENT_VERBS, FEELING_VERBS, REPORTING_VERBS, TITLES, VAGUE_VERBS } from '../../../lang/en/words.js';
import { SUBORDINATORS, analyseClause, type Clause } from '../../../facts/clause.js';
import { cleanSentence, leadAnswer } from '../answer.js';
import { countAt } from './figure.js';
import { TOPICLESS_VERBS, objectHead, objectLead } from './object-phrase.js';
import { COMPLEMENT_TO, IDIOM_OBJECTS, TO_DO_QUESTION, NEXT_VERBS, PHRASAL, candidate, evidenceOf, finishQuestion, restText, trimRest, whQuestion, type FrameRule } from './shared.js';

const NP_START = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);
/** "praised his players' gutsy performance", "fired an airstrike": a verb that mostly takes a person ("fire",
 *  "praise") is asked "Who" only when its object is one: a name, a pronoun or a noun for people. */
const PERSON_NOUN = /^(?:people|persons?|players?|fans|workers?|staff|officials?|members?|voters?|leaders?|executives?|employees?|rivals?|opponents?|team|side|squad|clubs?|men|women|children|boys|girls|students?|teachers?|soldiers|troops|police|officers?|journalists?|reporters?|critics|supporters|colleagues|lawmakers|senators|ministers?|judges?|lawyers?|doctors?|nurses?|managers?|coach(?:es)?|chiefs?|bosses|boss|directors?|presidents?|chairman|chairwoman|candidates?|figures?|suspects?|aides?|advisers?|advisors?|partners?|allies|ally|champions?|winners?|holders|hosts|visitors|opposition|government|company|firm|bank)$/;
type Tok = { pos: string; lower: string; text: string; space: string };
type Ent = { start: number; end: number; type: string; text: string };

/** The end of the object noun phrase that starts at r0. */
function objectEnd(t: readonly Tok[], r0: number, rEnd: number): number {
  let k = r0;
  // (The possessive's apostrophe of "his players' gutsy performance" is part of the phrase.)
  // (A particle only as a possessive: "to" starts what follows the object.)
  while (k < rEnd && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t[k].pos) || t[k].pos === 'PART' && /^['’]s?$/.test(t[k].text) || t[k].pos === 'PRON' && (k === r0 || /^(his|her|its|their)$/.test(t[k].lower)) || /^['’]$/.test(t[k].text) || glued(t, k))) k++;
  return k;
}

/** Verbs whose object may be a person or a thing: "chose South Dakota Sen. John Thune" asks "Who", "chose the term
 *  NFT" asks "What". */
const PICK_VERBS = new Set(['choose', 'pick', 'select', 'tap', 'endorse', 'back']);

/** Does the object end with a name the tagger calls a person? */
function personNamedLast(entities: readonly Ent[], end: number): boolean {
  // ("South Dakota Sen. John Thune": the tagger leaves a titled name untyped.)
  return entities.some((e) => e.end === end && e.end - e.start >= 2 && (e.type === 'person' || e.type === 'other' && /\b(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.?\s+\p{Lu}/u.test(e.text)));
}

/** Role nouns that put a person's name after them: "Charlton midfielder Graham Stuart", "referee Jonathan Kaplan". */
const ROLE_BEFORE_NAME = /^(striker|midfielder|defender|goalkeeper|keeper|winger|forward|flanker|prop|lock|centre|fly-half|scrum-half|hooker|referee|umpire|counterpart|runner-up|coach|manager|captain|player|rival|boss|chief|leader|minister|senator|governor|opponent|actor|actress|singer|seed|champion)$/;

/** "signed Charlton midfielder Graham Stuart", "lambasted referee Jonathan Kaplan": an object that is a person's full
 *  name after its role is asked "Who", whatever the verb. (The tagger's "person" alone also marks awards and plays.) */
function namedPersonObject(t: readonly Tok[], entities: readonly Ent[], r0: number, rEnd: number): boolean {
  const k = objectEnd(t, r0, rEnd);
  const e = entities.find((x) => x.type === 'person' && x.start > r0 && x.end === k && x.end - x.start >= 2);
  if (!e) return false;
  // ("former scrum-half Andy Williams": the role is one word across its hyphen.)
  const role = glued(t, e.start - 2) ? `${t[e.start - 3]?.lower}-${t[e.start - 1].lower}` : t[e.start - 1].lower;
  return ROLE_BEFORE_NAME.test(role);
}

/** A hyphen inside one word ("scrum-half"): no space either side. */
function glued(t: readonly Tok[], k: number): boolean {
  return gluedHyphen(t[k]) && t[k + 1]?.space === '';
}

function personObject(t: readonly Tok[], entities: readonly Ent[], r0: number, rEnd: number): boolean {
  const k = objectEnd(t, r0, rEnd);
  const np = t.slice(r0, k);
  const head = [...np].reverse().find((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON');
  if (!head) return false;
  if (head.pos === 'PROPN' || head.pos === 'PRON' && /^(him|her|them|us|me|himself|herself|themselves)$/.test(head.lower)) return true;
  return PERSON_NOUN.test(head.lower) || entities.some((e) => e.type === 'person' && e.start >= r0 && e.end <= k);
}

/** Verbs whose object is a person or body: "Who has Parmalat sued?" */
const HUMAN_OBJECT = new Set(['sue', 'hire', 'appoint', 'fire', 'beat', 'defeat', 'elect', 'nominate', 'replace', 'arrest', 'accuse', 'charge', 'meet', 'criticise', 'criticize', 'praise', 'thank', 'blame', 'warn', 'urge', 'invite', 'hire', 'sack', 'recruit', 'convict', 'sentence', 'interview', 'succeed', 'rout', 'thrash', 'outplay', 'crush', 'upset', 'eliminate', 'edge', 'trounce', 'overpower', 'oust', 'unseat', 'fine', 'alert', 'implicate', 'punish', 'rescue']);
/** Verbs that take an object and its complement ("voted X the winner", "declared Saturday Cantona Day"). */
const COMPLEMENT_OBJECT = new Set(['vote', 'name', 'declare', 'elect', 'dub', 'consider', 'label', 'brand', 'deem', 'crown', 'call', 'show', 'find', 'keep', 'leave', 'rate', 'rank', 'set', 'put', 'term', 'describe', 'hail', 'nickname']);
/** Intransitive verbs of change: what follows them is a figure or a phrase, never an object. */
const CHANGE_VERBS = new Set(['rise', 'fall', 'decline', 'jump', 'climb', 'slump', 'surge', 'plunge', 'slip', 'soar', 'tumble', 'dip', 'edge', 'slide', 'sink', 'rebound', 'total']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'take', 'make', 'go', 'come', 'become', 'seem', 'remain', 'include', 'mean', 'play', 'serve', 'give', 'let']);
/** Verbs of asking or ordering someone to act: their question names who was asked ("urge Congress to do"). */
const ASKING_VERBS = new Set(['urge', 'ask', 'order', 'press', 'encourage', 'tell', 'force', 'persuade', 'invite', 'instruct', 'direct', 'advise', 'require', 'allow', 'authorise', 'authorize', 'pressure', 'challenge']);

/** Does the subject name someone the headline or the first two sentences name (by a capitalised word of its own,
 *  not a title)? */
function storyActor(doc: Doc, subject: string): boolean {
  const names = subject.split(/\s+/).map((w) => w.replace(/['’]s$|[^\p{L}\p{N}&.-]/gu, '')).filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const opening = [doc.article.title ?? '', ...doc.sentences.slice(0, 2).map((x) => x.text)].join(' ');
  return names.some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(opening));
}

/** The end of the plain noun phrase opening at r0 (determiners, adjectives, nouns, numbers, a possessive "'s", a
 *  pronoun first): the object an object question asks for. */
function nounPhraseEnd(t: readonly Token[], r0: number, rEnd: number): number {
  let k = r0;
  while (k < rEnd && (NP_START.has(t[k].pos) || t[k].pos === 'PART' && /^['’]s$/.test(t[k].text) || t[k].pos === 'PRON' && k === r0)) k++;
  return k;
}

/** Where "to" stands in "urged Congress to support ...": after the object noun phrase of an asking verb and before
 *  a bare verb; -1 when the clause has no such shape. */
function askedTo(t: readonly Token[], lemma: string, r0: number, rEnd: number): number {
  if (!ASKING_VERBS.has(lemma)) return -1;
  const k = nounPhraseEnd(t, r0, rEnd);
  return k > r0 && t[k]?.lower === 'to' && t[k + 1]?.pos === 'VERB' && t[k + 1].lower === t[k + 1].lemma ? k : -1;
}

/** Verbs whose object is the accused and whose preposition says of what: "accused Britain's sprinters of lacking
 *  pride" is asked "What has X accused Britain's sprinters of?", never "What has X accused?". */
const CHARGE_PREPOSITIONS: Readonly<Record<string, string>> = { accuse: 'of', suspect: 'of', convict: 'of', blame: 'for', charge: 'with', alert: 'to', warn: 'of', remind: 'of', inform: 'of' };

/** "Turkey is to relaunch its currency" -> "What will Turkey relaunch?" (the news "is to" form of the future). */
function isToFuture(ctx: Parameters<FrameRule>[0]): ReturnType<FrameRule> {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const [r0] = clause.rest;
  if (!clause.verb.copula || clause.verb.negated || t[r0]?.lower !== 'to' || t[r0 + 1]?.pos !== 'VERB' || !(f.named || ctx.lenient)) return [];
  if (!/^(is|are)$/.test(t[clause.verb.main].lower)) return [];
  // "The ECB's mandate is to fight rising prices": after an aim or a task, "is to" says what it is, not what will be.
  if (/^(mandate|aim|goal|plan|job|task|role|idea|purpose|priority|strategy|intention|objective|mission|challenge|hope|dream|ambition|target|policy|duty|rule|answer|solution|point)s?$/.test(t[clause.subject[1] - 1]?.lower ?? '')) return [];
  const verb = t[r0 + 1];
  if (LIGHT_VERBS.has(verb.lemma) || !/^(DET|ADJ|NOUN|NUM|PROPN)$/.test(t[r0 + 2]?.pos ?? '') && !/^(its|their|his|her)$/.test(t[r0 + 2]?.lower ?? '')) return [];
  const question = finishQuestion(`${HUMAN_OBJECT.has(verb.lemma) ? 'Who' : 'What'} will ${f.subject} ${verb.lemma}`);
  return [candidate('next', question, cleanSentence(s), evidenceOf(s), 0.7 * (0.5 + ctx.salience / 2), 'object.is-to', `next:${f.subject}:${verb.lemma}`)];
}

/** Verbs of making known that may take a thing, not a clause: "Ford reported higher profits". */
const REPORTED_THINGS = new Set(['report', 'announce', 'reveal', 'disclose', 'unveil']);

/** Does the reporting verb take a noun phrase ("reported higher profits") rather than a clause ("reported
 *  sales rose", "announced that ...")? */
function reportsThing(clause: Clause): boolean {
  const t = clause.tokens;
  const [r0, rEnd] = clause.rest;
  if (t[r0] === undefined || !REPORTED_THINGS.has(t[clause.verb.main].lemma) || !/^(DET|ADJ|NOUN|NUM)$/.test(t[r0].pos)) return false;
  // ("higher profits on Thursday boosted by ...": a participle with its agent is no reported clause.)
  // ("a modest rise in profits after the weak dollar took a bite": a clause further on is no reported clause;
  // "reported sales rose" has its subject where the object would be.)
  const inner = analyseClause(t, r0, rEnd);
  if (!inner || inner.subject[0] !== r0 || t.slice(r0, inner.verb.start).some((x) => SUBORDINATORS.has(x.lower))) return true;
  return !inner.verb.auxes.length && t[inner.verb.main + 1]?.lower === 'by';
}

/** Does the clause's subject do the same verb to something else in another sentence ("Trump signed a document ...
 *  Trump also signed an order ...")? Then a bare "What did X <verb>?" has more than one answer. (A sentence that
 *  tells the same act again, "raised rates" twice, shares a word of the object.) */
function doesOtherwise(ctx: Parameters<FrameRule>[0], lemma: string, object: readonly Token[]): boolean {
  const { s, subject } = ctx.frame;
  const who = subject.split(' ').pop()!;
  const mine = new Set(object.filter((x) => x.pos === 'NOUN' || x.pos === 'PROPN').map((x) => x.lemma));
  return ctx.doc.sentences.some((o) => {
    if (o === s || !o.tokens.some((x) => x.text === who)) return false;
    const at = o.tokens.findIndex((x) => x.pos === 'VERB' && x.lemma === lemma);
    if (at < 0) return false;
    const theirs = o.tokens.slice(at + 1, at + 7).filter((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
    return theirs.length > 0 && !theirs.some((x) => mine.has(x.lemma));
  });
}

/** "The Brazilian government has plans to switch to Linux" -> "What does the Brazilian government plan to do?". */
function havePlans(ctx: Parameters<FrameRule>[0]): ReturnType<FrameRule> {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const v = t[clause.verb.main];
  const [r0] = clause.rest;
  if (v.lemma !== 'have' || clause.verb.auxes.length || clause.verb.negated || !f.named) return [];
  if (!/^plans?$/.test(t[r0]?.lower ?? '') || t[r0 + 1]?.lower !== 'to' || t[r0 + 2]?.pos !== 'VERB') return [];
  const support = v.lower === 'had' ? 'did' : v.lower === 'has' ? 'does' : 'do';
  const question = finishQuestion(`What ${support} ${f.subject} plan to do`);
  return [candidate('next', question, cleanSentence(s), evidenceOf(s), 0.8 * (0.5 + ctx.salience / 2), 'object.have-plans', `next:${f.subject}:plan`)];
}

export const objectRule: FrameRule = (ctx) => {
  const future = isToFuture(ctx);
  if (future.length) return future;
  const { frame: f } = ctx;
  const { clause, s } = f;
  const v = s.tokens[clause.verb.main];
  // "Hodgson says the Premiership should follow the rest of Europe": what someone says ought to happen asked
  // without them ("What should the Premiership follow?") states an opinion as fact (raters failed all such).
  if (f.role === 'reported' && (v.lemma === 'need' || clause.verb.auxes.some((a) => /^(should|must|ought)$/.test(s.tokens[a].lower)))) return [];
  const plans = havePlans(ctx);
  if (plans.length) return plans;
  if (clause.verb.copula || clause.verb.passive || clause.verb.negated) return [];
  // (A lead's "Ford reported higher profits" is the news; elsewhere such verbs mostly introduce what was said.)
  // (Vague verbs not even in the lenient pass: "What has the US dollar continued?", "What did GlaxoSmithKline see?"
  // fail whatever else the article offers. A reporting verb asking someone to act, "urged Congress to support ...",
  // reports no speech.)
  const askAt = askedTo(s.tokens, v.lemma, clause.rest[0], clause.rest[1]);
  if (LIGHT_VERBS.has(v.lemma) || FEELING_VERBS.has(v.lemma) || VAGUE_VERBS.has(v.lemma) || REPORTING_VERBS.has(v.lemma) && askAt < 0 && !(s.n === 0 && reportsThing(clause))) return [];
  // "What did X do to Y?" is worth asking for verbs that carry news; "What did Morrison raise?" is not.
  // Outside the lead only commitments and plans: raters accepted 36% of "What did X pledge/sign/approve?"
  // but 21% of other "What did X <verb>?" questions (round d). The lead's own verb is the news, whatever it is.
  const lead = s.n <= 1;
  if (!lead && !COMMITMENT_VERBS.has(v.lemma) && !NEXT_VERBS.has(v.lemma)) return [];
  if (!f.named) return [];
  // ... and only of the story's own actors: commitments of others further down ("What has Germany offered to do?" in
  // a story about Poland's border, "What has London-based software developer Connectotel unveiled?") were 1 of 20
  // acceptable in session 12's samples, those of the headline's or lead's actors 5 of 14.
  if (!lead && !storyActor(ctx.doc, f.subject)) return [];
  const t = s.tokens;
  const [r0, rEnd] = clause.rest;
  const first = t[r0];
  if (!first) return [];
  const modalFuture = clause.verb.modal && clause.verb.auxes.some((a) => ['will', "'ll", 'wo'].includes(t[a].lower));
  let kind: PairKind = COMMITMENT_VERBS.has(v.lemma) ? 'commitment' : 'event';
  if ((NEXT_VERBS.has(v.lemma) && clause.verb.tense !== 'past') || modalFuture) kind = 'next';
  let tail: string | undefined;
  let origin: string;
  if (first.lower === 'to' && t[r0 + 1]?.pos === 'VERB' && COMPLEMENT_TO.has(v.lemma)) {
    if (!TO_DO_QUESTION.has(v.lemma)) return [];
    tail = 'to do';
    origin = 'object.to-do';
  } else if ((first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'PART' && t[r0 + 1]?.pos !== 'VERB') && PHRASAL.has(`${v.lemma} ${first.lower}`)) {
    // ("rose to 22": a level is the figure rule's, whose answer is the number alone.)
    if (first.lower === 'to' && t[r0 + 1]?.pos === 'NUM') return [];
    // ("rose to prominence", "rose to the challenge": an idiom, no level to ask for.)
    const idiom = `${t[r0 + 1]?.lower ?? ''} ${t[r0 + 2]?.lower ?? ''}`;
    if (first.lower === 'to' && /^(?:(?:prominence|fame|power|stardom|notoriety) |the (?:challenge|occasion))/.test(idiom)) return [];
    tail = first.lower;
    origin = 'object.phrasal';
  } else if (NP_START.has(first.pos) || (first.pos === 'PRON' && /^(its|their|his|her)$/.test(first.lower))) {
    // "dropped 22.6%", "rose 5 pct": intransitive changes are the figure rule's; "processed 163,515,000
    // returns", "totalled 136 mln dlrs": a number as object is asked "How many/How much", not "What".
    if (CHANGE_VERBS.has(v.lemma) || countAt(t, r0) !== undefined || s.entities.some((e) => e.start === r0 && (e.type === 'money' || e.type === 'percent'))) return [];
    // "voted Fergus Crane the winner", "named him chairman": the object's complement is the news, and
    // "What did X vote?" leaves it dangling.
    if (COMPLEMENT_OBJECT.has(v.lemma)) return [];
    // "paid tribute to his side", "took part in": an idiom's noun is no object to ask for; nor is a time
    // ("Pope Francis died Monday").
    if (IDIOM_OBJECTS.has(first.lower) && first.pos === 'NOUN') return [];
    // "offered few other details", "gave no reason": an object that is next to nothing is no answer.
    if (/^(few|little|no|none|nothing)$/.test(first.lower)) return [];
    if (s.times.some((x) => x.start <= first.start && x.end > first.start)) return [];
    // Object noun phrase, then an optional "with/to/from + name" that says with whom.
    const k = nounPhraseEnd(t, r0, rEnd);
    if (k === r0) return [];
    // "hoping foot traffic will increase": the noun phrase is the subject of a clause, not an object.
    // ("seize land owned by a British company": a participle with its agent or place describes the noun.)
    const reducedRelative = t[k]?.pos === 'VERB' && /(ed|en)$/.test(t[k].lower) && t[k + 1]?.pos === 'ADP';
    if (t[k] && (t[k].pos === 'AUX' || t[k].pos === 'VERB') && !reducedRelative) return [];
    // "pushed Japan off the top of the chart", "knocked Federer out": the particle after the object belongs to the
    // verb, and "What has the US pushed?" asks half of it.
    if (/^(off|out|down|away|aside)$/.test(t[k]?.lower ?? '') && !/^(NOUN|PROPN)$/.test(t[k + 1]?.pos ?? '')) return [];
    // "rejected the bid", "signed the protocol": an answer that is a bare definite noun says nothing a reader
    // can use ("What did Irving reject?" "The bid."); a name, number or "of"-phrase makes it worth asking.
    const np = t.slice(r0, k);
    if (/^(the|this|that|these|those)$/.test(first.lower) && np.every((x) => x.pos === 'DET' || x.pos === 'NOUN' || x.pos === 'ADJ') && t[k]?.lower !== 'of' && !ctx.lenient) return [];
    const charge = CHARGE_PREPOSITIONS[v.lemma];
    if (charge && t[k]?.lower === charge) {
      const accused = restText(ctx, r0, k);
      if (!accused || accused.split(' ').length > 6) return [];
      const lead = objectLead(ctx, k + 1, rEnd);
      const question = whQuestion('What', f, `${accused} ${charge}`);
      return [candidate('event', question, lead ? leadAnswer(lead, s) : cleanSentence(s), evidenceOf(s), 0.6 * (0.5 + ctx.salience / 2), 'object.charge', `event:${f.subject}:${v.lemma}`)];
    }
    tail = '';
    origin = 'object.np';
    const prep = t[k];
    // "urged Congress to support the financing requests" -> "What did James Baker urge Congress to do?": what someone
    // was asked or ordered to do, named with them ("What did Donald Trump order?" answered "Agencies to plan ..."
    // was failed as a fragment).
    if (askAt === k) {
      const asked = restText(ctx, r0, k);
      if (!asked || asked.split(' ').length > 6) return [];
      const question = whQuestion('What', f, `${asked} to do`);
      return [candidate('commitment', question, cleanSentence(s), evidenceOf(s), 0.8 * (0.5 + ctx.salience / 2), 'object.ask-to', `commitment:${f.subject}:${v.lemma}`)];
    }
    // ("reiterated his desire to stay at Anfield": an infinitive after a common noun is the noun's own; after a
    // name it is the verb's: "chose John Thune to succeed Mitch McConnell".)
    const nounsOwn = prep?.lower === 'to' && t[k + 1]?.pos === 'VERB' && t[k - 1]?.pos === 'NOUN';
    // ("planned a visit to Saudi Arabia": a journey's "to" is the noun's.)
    const journey = /^(visit|trip|tour|journey|flight|return|move|transfer|letter|message|call)s?$/.test(t[k - 1]?.lower ?? '');
    if (prep && /^(with|to|from|against)$/.test(prep.lower) && !nounsOwn && !journey) {
      const end = trimRest(f, k + 1, rEnd);
      const hasName = s.entities.some((e) => e.start > k && e.end <= end && e.type !== 'date' && e.type !== 'number');
      if (hasName && end - k <= 8) tail = restText(ctx, k, end);
    }
  } else return [];
  if (tail === undefined) return [];
  // "called the deal a disaster", "called him a liar": "call" is a commitment only as "call for".
  if (v.lemma === 'call' && origin !== 'object.phrasal') return [];
  // A long described subject ("the joint vision adopted during the special summit") makes a clumsy question.
  if (kind === 'event' && f.subject.split(' ').length > 6) return [];
  // The object leads the answer, as the guide's "Enhanced security and defence cooperation, ..." does: the
  // sentence alone buries it.
  const objectAt = origin === 'object.np' ? r0 : origin === 'object.phrasal' ? r0 + 1 : -1;
  const fullLead = objectAt >= 0 ? objectLead(ctx, objectAt, rEnd) : undefined;
  // "What did Chelsea salvage against a battling Portsmouth side? A win against a battling Portsmouth side.": what
  // the question already says goes from the answer's lead.
  const echo = fullLead && tail && fullLead.toLowerCase().endsWith(` ${tail.toLowerCase()}`);
  const objectText = echo ? fullLead.slice(0, fullLead.length - tail.length).trim() : fullLead;
  // "What did Ford report?" names no topic (raters failed it as not worth asking); "What profits did Ford report?"
  // and "What plans has Tessa Jowell announced?" do, as the guide's "What security cooperation did Japan call for?".
  // (Only when the answer says more than the topic: "What platform did X launch? A platform." tells nothing.)
  const head = origin === 'object.np' && TOPICLESS_VERBS.has(v.lemma) ? objectHead(t, r0, rEnd) : undefined;
  const topic = head && objectText && objectText.split(' ').length > head.split(' ').length + 1 ? head : undefined;
  const asksWho = HUMAN_OBJECT.has(v.lemma) && (origin !== 'object.np' || personObject(t, s.entities, r0, rEnd))
    || origin === 'object.np' && (namedPersonObject(t, s.entities, r0, rEnd) || PICK_VERBS.has(v.lemma) && personNamedLast(s.entities, objectEnd(t, r0, rEnd)));
  // "What did Donald Trump sign?" in a story of several orders he signed: the question picks out none of them.
  // (The lead's own act is the story's, whatever else the subject did later.)
  if (!topic && !tail && !lead && origin === 'object.np' && doesOtherwise(ctx, v.lemma, t.slice(r0, objectEnd(t, r0, rEnd)))) return [];
  // ("What did Ford report?", "What has WPP posted?": a verb of making known or signing with no topic to name asks
  // nothing a reader can want; "Who have Bath signed?" asks for the person, not "What half".)
  if (head === undefined && TOPICLESS_VERBS.has(v.lemma) && origin === 'object.np' && !tail && !asksWho) return [];
  const question = whQuestion(asksWho ? 'Who' : topic ? `What ${topic}` : 'What', f, tail);
  const answer = objectText ? leadAnswer(objectText, s) : cleanSentence(s);
  const weight = kind === 'commitment' ? 0.85 : kind === 'next' ? 0.8 : 0.6;
  return [candidate(kind, question, answer, evidenceOf(s), weight * (0.5 + ctx.salience / 2), origin, `${kind}:${f.subject}:${v.lemma}`)];
};
