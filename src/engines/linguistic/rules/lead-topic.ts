// The very last resort: "What is the latest on Tony Blair?", answered by the lead sentence that names the story's
// subject. A quarter of the public articles had no FAQ at all: their leads are features, previews or claims no
// clause rule could turn into a specific question. What every news lead does is say what is new about its subject,
// and a reader who has only the headline asks exactly that.
import type { Candidate } from '../../../types.js';
import type { Doc, Entity, Sentence } from '../../../nlp/doc.js';
import { mainClause, type Clause } from '../../../facts/clause.js';
import { isKnownWord } from '../../../nlp/tokenize.js';
import { escapeRegExp } from '../../../nlp/regexp.js';
import { REPORTING_VERBS, TITLES } from '../../../lang/en/words.js';
import { notProse } from '../not-prose.js';
import { cleanSentence } from '../answer.js';
import { fullName, isRoleWord, mostlyCapitalised, personName, renderSpan } from '../context.js';
import { backReference } from '../frames.js';
import { describable } from './lead-event.js';
import { candidate, finishQuestion } from './shared.js';

const LEAD_SENTENCES = 3;
const SCORE = 0.2;
// (Not a country or a place alone: "What is the latest on Maine?" asks about everything that happens there.)
const TOPIC_TYPES = new Set(['person', 'organisation', 'other']);
const DEMONYM = /^(?:Native |Black |White )?(?:Tory|Tories|Labour|Conservative|Democrat|Democratic|Republican|Liberal|American|British|English|Scottish|Welsh|Irish|French|German|European|African|Asian|Chinese|Japanese|Russian|Indian|Australian|Canadian|Mexican|Latino|Hispanic)s?$/;

export function leadTopicCandidates(doc: Doc): Candidate[] {
  const leads = doc.sentences.slice(0, LEAD_SENTENCES).filter(answers);
  const title = doc.article.title ?? '';
  // The subject the headline names (raters passed such pairs where they failed a name that was only the source or
  // a side figure: "What is the latest on AAA?"); else the lead's own subject when it describes the story's thing;
  // else the name the article keeps coming back to.
  for (const s of leads) {
    const c = mainClause(s.tokens);
    for (const e of c ? subjectNames(s, c) : openingNames(s)) {
      const q = inTitle(title, e.text) ? topicCandidate(doc, s, e) : undefined;
      if (q) return [q];
    }
  }
  // The lead's subject when it describes the story's thing ("the New York music studio where John Lennon spent his
  // final hours").
  for (const s of leads) {
    const c = mainClause(s.tokens);
    if (!c || c.fronted || !describable(s, c) || !definiteThing(s, c.subject) || reportsOthers(s, c)) continue;
    const topic = renderSpan(doc, s, c.subject[0], c.subject[1]);
    if (topic && !backReference(topic) && topic.split(' ').length <= 14) return [topicQuestion(doc, s, topic)];
  }
  for (const s of leads) {
    const c = mainClause(s.tokens);
    for (const e of c ? subjectNames(s, c).filter((x) => mentions(doc, x.text) >= 3) : []) {
      const q = topicCandidate(doc, s, e);
      if (q) return [q];
    }
  }
  return [];
}

/** Heads that, after "the", point back to someone or something named before ("the Irish coach", "the League One
 *  side", "the High Street retailer"). */
const BACK_HEADS = new Set(['side', 'team', 'club', 'squad', 'firm', 'company', 'group', 'retailer', 'giant', 'maker', 'carrier', 'bank', 'country', 'city', 'party', 'government', 'body', 'star', 'pair', 'duo', 'trio', 'man', 'woman']);

/** A subject that is one particular thing, not "a British author" or "the Irish coach". */
function definiteThing(s: Sentence, [a, b]: readonly [number, number]): boolean {
  const t = s.tokens;
  // The head ends the phrase or comes before its first preposition ("the frozen assets of the central bank").
  const adp = t.slice(a, b).findIndex((x) => x.pos === 'ADP');
  const head = t[adp > 0 ? a + adp - 1 : b - 1];
  if (/^(a|an)$/i.test(t[a].text) || head.text.length < 2 || head.lower === 'v') return false;
  return !(/^the$/i.test(t[a].text) && head.pos === 'NOUN' && (BACK_HEADS.has(head.lower) || isRoleWord(head.lower)));
}

/** The names in the main clause's subject, unless the subject is only a source for what others did ("AAA says
 *  travel will peak"); "Jonah Lomu says he cannot wait" is news about Lomu. */
function subjectNames(s: Sentence, c: Clause): Entity[] {
  if (c.fronted || reportsOthers(s, c)) return [];
  return names(s).filter((e) => e.start >= c.subject[0] && e.end <= c.subject[1]);
}

/** Where the clause reader finds no main clause ("The Streets, aka British rapper Mike Skinner, have topped ..."),
 *  the name that opens the sentence, before any verb, is its subject. */
function openingNames(s: Sentence): Entity[] {
  const t = s.tokens;
  const firstVerb = t.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  return names(s).filter((e) => e.start <= (t[0].pos === 'DET' ? 1 : 0) && (firstVerb < 0 || e.end <= firstVerb));
}

function reportsOthers(s: Sentence, c: Clause): boolean {
  if (!REPORTING_VERBS.has(s.tokens[c.verb.main].lemma)) return false;
  const next = s.tokens[c.rest[0]]?.lower === 'that' ? s.tokens[c.rest[0] + 1] : s.tokens[c.rest[0]];
  return !/^(he|she|it|they|we|i|his|her|its|their|our|my)$/.test(next?.lower ?? '');
}

/** The sentence's whole names: "Section 230" is not "Section", "Haiti's capital of Port-au-Prince" not "Port". */
function names(s: Sentence): Entity[] {
  const t = s.tokens;
  // ("Brown v. Board of Education" read as "Brown v".)
  return s.entities.filter((e) => TOPIC_TYPES.has(e.type) && e.end - e.start <= 6 && !DEMONYM.test(e.text) && !/\sv\.?$/.test(e.text)
    && !/^(PROPN|NUM)$/.test(t[e.end]?.pos ?? '') && !/^[-–]/.test(t[e.end]?.text ?? '') && t[e.start - 1]?.pos !== 'PROPN');
}

function topicCandidate(doc: Doc, s: Sentence, e: Entity): Candidate | undefined {
  const topic = topicName(doc, s, e);
  return topic ? topicQuestion(doc, s, topic) : undefined;
}

function topicQuestion(doc: Doc, s: Sentence, topic: string): Candidate {
  // ("Former President Donald Trump" opening a sentence is "former President Donald Trump" inside a question.)
  const named = topic.replace(/^(Former|Late|Then) (?=\p{Lu})/u, (w) => w.toLowerCase());
  const next = teaserFollowUp(doc, s);
  const answer = next ? `${cleanSentence(s)} ${cleanSentence(next)}` : cleanSentence(s);
  return candidate('event', finishQuestion(`What is the latest on ${named}`), answer, next ? [s.id, next.id] : [s.id], SCORE, 'lead.topic', `lead-topic:${s.id}`);
}

/** Fewer tokens than this, and a lead sentence is taken for a teaser. */
const TEASER_TOKENS = 12;

/** A teaser ("Super Bowl LVIII has its halftime performer.", "America's national debt just hit another sobering
 *  milestone.") says what the news is in the sentence after it, which may open with a pronoun: the teaser has just
 *  named its subject. */
function teaserFollowUp(doc: Doc, s: Sentence): Sentence | undefined {
  const next = s.tokens.length < TEASER_TOKENS ? doc.sentences[s.n + 1] : undefined;
  if (!next || next.paragraph > s.paragraph + 1 || next.tokens.length < 6 || next.tokens.length > 40 || notProse(next)) return undefined;
  return /[.!]["”’]?$/.test(next.text.trim()) && !/^["“‘']/.test(next.text) && !/^(I|My|We|Our|You|Your)\b/.test(next.text) ? next : undefined;
}

/** The name as a question can use it: a person by the name the article knows them by ("Lord Goldsmith"); a name
 *  that only qualifies a noun ("Bafta film awards") with that noun, as "the Bafta film awards". */
function topicName(doc: Doc, s: Sentence, e: Entity): string | undefined {
  const t = s.tokens;
  const name = e.text.replace(/['’]s?$/, '');
  // ("Hitler's Germany": a possessive before another name is not what the sentence is about.)
  if (/^['’]s$/.test(t[e.end]?.text ?? '') && t[e.end + 1]?.pos === 'PROPN' || /^(a|an)$/i.test(t[e.start - 1]?.text ?? '')) return undefined;
  let end = e.end;
  while (end < t.length && end < e.end + 3 && t[end].pos === 'NOUN' && /^\p{Ll}/u.test(t[end].text)) end++;
  if (end > e.end) {
    // Only a definite one: "the Bafta film awards", not "JP Morgan staff".
    const before = t[e.start - 1]?.lower;
    return before === 'the' || before === "'s" || before === '’s' ? `the ${s.text.slice(t[e.start].start, t[end - 1].end)}` : undefined;
  }
  // ("Labour MPs", "MPs": a group, not one subject.)
  if (/\p{Lu}s$/u.test(name)) return undefined;
  // (A "person" the article writes after "the" is a thing misread: "the Met Gala".)
  const person = e.type === 'person' && !withArticle(doc, name).startsWith('the ');
  if (person || !name.includes(' ') && fullName(doc, name)) {
    const full = person ? personName(doc, name) : fullName(doc, name)!;
    if (full.includes(' ')) return full;
    // ("Lord Goldsmith", "Mr Pound"; "Bixler" or "Sarah" alone is someone a reader cannot place.)
    const title = t[e.start - 1];
    return title && /^\p{Lu}/u.test(title.text) && TITLES.has(title.lower) ? `${title.text} ${full}` : undefined;
  }
  // A single word that is also an ordinary one ("Queen", "Section", "ID") names nothing particular, unless the
  // story keeps writing it as a name without "the" ("Apple" in a story about Apple; not "the Bank").
  const topic = withArticle(doc, name);
  const common = isKnownWord(name.toLowerCase()) && !(/^\p{Lu}+\d*$/u.test(name) && name.length > 2);
  const asName = topic === name && mostlyCapitalised(doc, name.toLowerCase()) && mentions(doc, name) >= 3;
  return !name.includes(' ') && common && !asName ? undefined : topic;
}

/** A sentence that can answer on its own: a statement of a readable length, not a quote, a question, a greeting or
 *  a first-person opening ("I am a recovering addict."), and not pointing back ("It ...", "This ..."). */
function answers(s: Sentence): boolean {
  const t = s.tokens;
  if (t.length < 6 || t.length > 50 || notProse(s) || !/[.!]["”’]?$/.test(s.text.trim()) || /^["“‘']/.test(s.text)) return false;
  if (t.slice(0, 3).some((x) => /^(i|we|you|my|our|your)$/i.test(x.text)) || /^(hey|hi|hello|dear)$/i.test(t[0].text)) return false;
  if (/^(it|he|she|they|this|that|these|those|its|his|her|their)$/i.test(t[0].text)) return false;
  return t.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
}

/** "the BBC", "the Open Championship": a name the article mostly writes after "the" keeps it ("Uber" does not). */
function withArticle(doc: Doc, name: string): string {
  const all = mentions(doc, name);
  const the = mentions(doc, name, '[Tt]he (?:\\d{4} )?');
  // ("the Winnipeg Jets", "the Doomsday Clock": a name of several words is written with "the" at least once.)
  return the > 0 && (the * 2 >= all || name.includes(' ')) ? `the ${name}` : name;
}

function inTitle(title: string, name: string): boolean {
  const words = name.replace(/['’]s?$/, '').split(/\s+/);
  // A person by their surname ("Kanye West's shrewd soul"), anything else whole.
  const key = words.length > 1 && /^\p{Lu}/u.test(words[words.length - 1]) ? words[words.length - 1] : words.join(' ');
  // (A wire headline in capitals: "BANK OF ENGLAND RESISTS PRESSURE FOR RATE CUT".)
  const caps = title === title.toUpperCase();
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(caps ? key.toUpperCase() : key)}(?![\\p{L}])`, 'u').test(title);
}

function mentions(doc: Doc, name: string, before = ''): number {
  const re = new RegExp(`(?<![\\p{L}])${before}${escapeRegExp(name.replace(/['’]s?$/, ''))}(?![\\p{L}])`, 'gu');
  return doc.sentences.reduce((n, s) => n + (s.text.match(re)?.length ?? 0), 0);
}
