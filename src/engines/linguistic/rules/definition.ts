// Article-level definitions: "What is ASEAN?", "Who is Fumio Kishida?", "What is X?" from "X is a ...".
import type { Candidate } from '../../../types.js';
import { gluedHyphen, type Doc, type Token } from '../../../nlp/doc.js';
import { escapeRegExp } from '../../../nlp/regexp.js';
import { spelledOut } from '../../../nlp/acronyms.js';
import { cleanSentence } from '../answer.js';
import { fullName, mostlyCapitalised, usedLowerCase } from '../context.js';
import { isKnownWord } from '../../../nlp/tokenize.js';
import { mainClause } from '../../../facts/clause.js';
import { NEWS_OUTLET, REPORTING_VERBS, TITLES } from '../../../lang/en/words.js';
import { COUNTRIES } from '../../../lang/en/places.js';
import { stem, words } from '../../../verify/words.js';

const ROLE_WORDS = /^(professor|director|founder|president|chairman|chair|analyst|economist|author|lawyer|attorney|spokesman|spokeswoman|spokesperson|researcher|scientist|editor|reporter|manager|head|chief|executive|officer|member|leader|minister|senator|governor|mayor|judge|coach|player|singer|actor|actress|artist|writer|historian|expert|adviser|advisor|consultant|partner|owner|ceo|cfo|fellow|strategist|commissioner|secretary|ambassador|representative|candidate|vice|deputy|investor|doctor|physician|nurse|pilot|astronaut|engineer|teacher|student|ally|aide|politician|lawmaker|granddaughter|grandson|daughter|son|wife|husband|widow|widower|mother|father|brother|sister|niece|nephew|contractor|activist|organizer|organiser)$/;
import { candidate, finishQuestion } from './shared.js';

/** How often a name (or its last word, for people) is mentioned. */
function mentions(doc: Doc, name: string): number {
  let n = 0;
  const last = name.split(/\s+/).pop()!;
  for (const s of doc.sentences) if (s.text.includes(name) || s.text.includes(last)) n++;
  return n;
}

/** A definition of a name outside the story's core: not in the headline or the first two sentences, and in fewer
 *  than three sentences. Raters accepted about 85% of definitions of the story's own names and 45% of the rest (a
 *  source met once, a store in a list; docs/quality.md, "Session 8"). Acronyms, which readers need decoded
 *  wherever they are, are exempt. */
export function minorDefinition(doc: Doc, c: Candidate): boolean {
  return c.kind === 'definition' && c.origin !== 'definition.acronym' && !!c.topic?.startsWith('def:') && !prominent(doc, c.topic.slice(4));
}

function prominent(doc: Doc, name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  if (!last) return true;
  if ((doc.article.title ?? '').includes(last) || doc.sentences.slice(0, 2).some((s) => s.text.includes(last))) return true;
  return mentions(doc, name) >= 3;
}

/**
 * Is a person part of the story rather than a voice in it? Raters fail "Who is X?" for commentators and
 * spokesmen quoted in passing. A person counts when the headline or the first two sentences name them, or
 * when some sentence has them do something other than speak (as the subject of a non-reporting verb).
 */
export function inTheStory(doc: Doc, name: string): boolean {
  const last = name.split(/\s+/).pop()!;
  const title = (doc.article.title ?? '').toLowerCase();
  if (title.includes(last.toLowerCase())) return true;
  for (const s of doc.sentences) {
    if (!s.text.includes(last)) continue;
    if (s.n <= 1) return true;
    if (/^["“]/.test(s.text)) continue;
    const c = mainClause(s.tokens);
    if (!c) continue;
    const subject = s.text.slice(s.tokens[c.subject[0]].start, s.tokens[c.subject[1] - 1].end);
    const v = s.tokens[c.verb.main];
    if (subject.includes(last) && !REPORTING_VERBS.has(v.lemma) && !c.verb.copula) return true;
  }
  return false;
}

/** "Kaiser Health News is a nonprofit news service", "Flight International is an industry magazine": a publication
 *  is the story's source or its credit line, which raters did not find worth asking about. */
const OUTLET_DESCRIPTOR = / is (?:the |an? )?[^.]*\b(?:news service|news agency|newspaper|magazine|news outlet|newsroom|news organi[sz]ation|wire service|news site|tabloid)\b/i;

/** Evaluative words: a predicate with one gives a verdict, not what the thing is. */
const VERDICT = /^(good|great|fine|able|pure|class|brilliant|fantastic|terrific|excellent|superb|wonderful|talented|gifted|capable|perfect|beginning|symbol|sign|reminder|testament|victory|blow|disaster|triumph|shame|mess|joke)$/;

/** From the article after "is" at a to the phrase's end at k: a verdict, "the only ...", or a rank with what it
 *  ranks in ("the 22nd state to legalize")? "The largest consumer electronics show in the world" defines. */
function notDefining(t: readonly Token[], a: number, k: number): boolean {
  const phrase = t.slice(a, k);
  if (phrase.some((x) => VERDICT.test(x.lower))) return true;
  if (phrase.some((x) => x.lower === 'only') || t[k]?.lower === 'only') return true;
  return t[k]?.lower === 'to' && phrase.some((x) => /^(first|second|third|fourth|fifth|last|latest|\d+(?:st|nd|rd|th)|\w{3,}est)$/.test(x.lower));
}

export function definitionCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const [short, { long, sentence }] of doc.acronyms) {
    const s = doc.sentences[sentence];
    // "the Association of Southeast Asian Nations", but "General Motors".
    const institution = /\b(of|for|on)\b|(Organi[sz]ation|Agency|Union|Association|Bank|Fund|Council|Commission|Authority|Administration|Service|Institute|Board|Department|Ministry|Office|Party|Court|Committee|Programme|Program|Forum|Federation|League|Alliance|Coalition|Centre|Center|Network|Society|Foundation|Conference|Community|Bureau|System|Assembly|Parliament|Force|Guard|Corps|Industry|Exchange|Corp|Corporation|Company|Trust|Station|Museum|Gallery|University|College|Hospital|Agreement|Treaty|Act|Accord|Index|Survey|District|Region|Command|Zone)s?$/.test(long);
    // A ticker fragment ("F" for "AMB") is no acronym: the long form must be words.
    if (short.length < 2 || !/[a-z]/.test(long) || long.split(/\s+/).length < 2) continue;
    // The outlet a story quotes ("The New York Times (NYT)", "the Press Association (PA)") is no news.
    if (NEWS_OUTLET.test(long)) continue;
    // An abbreviation the article never uses again ("Forza Italia (FI)" in a list, a ticker "Bank of America (BAC)")
    // leaves the reader less to decode: kept, but ranked below what else the article offers. (Dropping them was
    // tried in session 10: two raters accepted 34 of the 46 that went; docs/quality.md.)
    const usedAgain = mentions(doc, short) >= 2;
    const the = /^(the|a|an)\s/i.test(long) || !institution ? '' : 'the ';
    const theShort = the && spelledOut(short) ? 'the ' : '';
    // "CSOs (Community Support Officers)": a plural takes "are".
    const be = /[A-Z]s$/.test(short) && /s$/.test(long) ? 'are' : 'is';
    const q = finishQuestion(`What ${be} ${theShort}${short}`);
    // "Nakasone's ruling Liberal Democratic Party (LDP)": the owner and kind the sentence gives say what the body
    // is, which the bare expansion does not (raters failed "The LDP is the Liberal Democratic Party" as half an answer).
    const owner = ownerBefore(doc, s.text, long, short);
    const answer = `${theShort ? 'The ' : ''}${short} ${be} ${owner ?? the}${long}.`;
    const salience = Math.min(1, mentions(doc, short) / 4);
    out.push(candidate('definition', q, answer, [s.id], (0.55 + 0.3 * salience) * (usedAgain ? 1 : 0.4), 'definition.acronym', `def:${short}`, [be, 'the']));
  }
  const seen = new Set<string>();
  for (const info of doc.people.values()) {
    if (!info.title || seen.has(info.name) || !info.name.includes(' ')) continue;
    seen.add(info.name);
    const s = doc.sentences[info.sentence];
    // A title that needs another name to make sense ("counterpart") is not an answer on its own.
    if (/counterpart|colleague|friend|partner/i.test(info.title)) continue;
    // "Hunter Biden and James Biden, the son and brother of President Joe Biden": two roles for two names, respectively.
    if (/^(?:the\s+)?[a-z]+\s+and\s+[a-z]+\s+of\b/i.test(info.title) && new RegExp(`\\p{Lu}[\\p{L}'’-]+ and ${escapeRegExp(info.name)},`, 'u').test(s.text)) continue;
    const n = mentions(doc, info.name);
    if (n < 2 && info.sentence > 3) continue;
    if (!inTheStory(doc, info.name)) continue;
    // "a senior vice president" says nothing without of what.
    if (/^(a|an)\s/i.test(info.title) && !/\b(of|at|for|with|in)\b|\s[A-Z]/.test(info.title)) continue;
    // Appositions read as answers ("the firm's chief executive"); a title before the name only
    // when it is a full capitalised title ("Prime Minister"), not one word ("President") or an abbreviation.
    const apposition = /^(the|a|an)\b/i.test(info.title) || (/^[a-z]/.test(info.title) && /\b(of|at|for)\b/.test(info.title));
    const words = info.title.split(/\s+/);
    // A title alone ("the Prime Minister") does not say of what; one with its "of ..." does.
    const fullTitle = words.length >= 3 && words.length <= 8 && words.includes('of') && words.every((w) => /^[A-Z][a-z]+$|^(of|for|and|the)$/.test(w));
    if (!apposition && !fullTitle) continue;
    if (!/^[A-Z][a-z'’-]+(\s[A-Z][a-z'’.-]+){1,2}$/.test(info.name)) continue;
    // "deputy director of the CDC's Division of Foodborne, Waterborne, and Environmental Diseases": a title that
    // runs on in a list of names was cut at its first comma.
    const at = s.text.indexOf(info.title);
    if (at >= 0 && /^,\s+\p{Lu}[\p{L}-]*(?:,|\s+and\b)/u.test(s.text.slice(at + info.title.length))) continue;
    const title = apposition ? info.title.replace(/^(The|A|An)\b/, (m) => m.toLowerCase()) : `the ${info.title.replace(/^(Former|Acting|Then|Late|Outgoing|Incoming)\b/, (m) => m.toLowerCase())}`;
    const answer = `${info.name} is ${title}.`;
    out.push(candidate('definition', finishQuestion(`Who is ${info.name}`), answer, [s.id], 0.5 + 0.1 * Math.min(3, n), 'definition.person', `def:${info.name}`, ['is', 'the']));
  }
  // "X is a/an/the ..." with a named subject.
  for (const s of doc.sentences) {
    const t = s.tokens;
    const e = s.entities.find((x) => x.start === 0 && x.type !== 'person' && x.type !== 'date' && x.type !== 'number');
    // Only the present: "Goldman was one of the only firms to ..." tells an event, not what Goldman is.
    if (!e || t[e.end]?.lower !== 'is' || !/^(a|an|the)$/.test(t[e.end + 1]?.lower ?? '')) continue;
    // "Oregon Sen. Ron Wyden": a title inside the name makes it a person, defined elsewhere if at all.
    if (s.tokens.slice(e.start, e.end).some((x) => TITLES.has(x.lower))) continue;
    if (e.type === 'place' || e.type === 'country' || e.text.split(/\s+/).length < 2 && (e.type === 'person' || doc.people.has(e.text))) continue;
    if (out.some((c) => c.topic === `def:${e.text}`)) continue;
    // "C. A. Bridges is a Digital Producer for the USA TODAY Network": the byline, not the story.
    if (JOURNALIST.test(s.text)) continue;
    // "X is the granddaughter of ...", "X is an engineer": a role or relation makes X a person.
    let k = e.end + 2;
    while (k < t.length && /^(ADJ|NOUN|PROPN|NUM)$/.test(t[k].pos)) k++;
    const head = t[k - 1]?.lower ?? '';
    // ("Slotkin is a moderate who ...": "who" says a person is described.)
    const roleAfter = k > e.end + 2 && (ROLE_WORDS.test(head) || PERSON_HEADS.test(head) || t[k]?.lower === 'who');
    // "Brian O'Driscoll is a class act", "Veritas is the beginning of the end for ...": a verdict is no definition;
    // nor is a ranking that is the story's news ("Delaware is the 22nd state to legalize ...", "the only branch").
    if (notDefining(t, e.end + 1, k)) continue;
    // ("United Bank is the third biggest in Nigeria": a ranking with no noun says not what X is.)
    // (Not "the most celebrated of all Jewish holidays", whose noun comes after "of all".)
    let j = e.end + 2;
    while (j < t.length && !/^(NOUN|PROPN|ADP|PUNCT|CCONJ|SCONJ|PRON)$/.test(t[j].pos) || t[j]?.text === '-') j++;
    if (!/^(NOUN|PROPN)$/.test(t[j]?.pos ?? '') && !(t[j]?.lower === 'of' && t[j + 1]?.lower === 'all')) continue;
    // ("Paul McCartney is a former recipient of the award": a description resting on something named earlier.)
    const description = s.text.slice(t[e.end + 1].start).split(/[,;:]/)[0];
    if (/\b(?:of|for|at|from) the (?:award|prize|show|event|company|firm|group|programme|program|festival|team|club|film|book|album|series|project|plan|deal)\b(?!\s+[A-Z])/.test(description)) continue;
    const full = surnameOfPerson(doc, e.text) ? fullName(doc, e.text)! : e.text;
    const who = e.type === 'person' || doc.people.has(e.text) || full !== e.text || (roleAfter && e.type !== 'organisation');
    if (who && !inTheStory(doc, e.text)) continue;
    if (full !== e.text && out.some((c) => c.topic === `def:${full}`)) continue;
    const verb = t[e.end].lower;
    out.push(candidate('definition', finishQuestion(`${who ? 'Who' : 'What'} ${verb} ${full}`), cleanSentence(s), [s.id], 0.6, 'definition.copula', `def:${full}`));
  }
  out.push(...termDefinitions(doc, out));
  out.push(...appositionDefinitions(doc, out));
  out.push(...descriptorDefinitions(doc, out));
  // "Moody's", "McDonald's": a name the article writes with its possessive is not defined by its bare stem.
  return out
    // ("What is X?": a one-letter name is no name a reader can place.)
    .filter((c) => (c.topic?.slice('def:'.length).replace(/\.$/, '').length ?? 0) > 1 && !possessiveName(doc, c.topic?.slice(4) ?? '') && !OUTLET_DESCRIPTOR.test(c.answer) && !TOP_OFFICE.test(c.answer) && !BARE_ROLE.test(c.answer)
      && !UNPLACED_OWNER.test(c.answer) && !headOfState(doc, c.question) && !(c.origin !== 'definition.acronym' && HOUSEHOLD_NAMES.has(c.topic?.slice(4) ?? '')))
    .map((c) => ({ ...c, answer: lowerDescriptor(c.answer) }))
    .map((c) => inThePast(doc, c));
}

/** "Japan's ruling " before "Liberal Democratic Party (LDP)": a country's or company's possessive and up to two
 *  lower-case words. Not a person's ("Nakasone's": the reader is no wiser), not a common word's ("the Bank's"), not
 *  a possessive that is part of the name ("Women's Tennis Association") or a contraction ("It's"). */
function ownerBefore(doc: Doc, text: string, long: string, short: string): string | undefined {
  const at = text.indexOf(`${long} (${short})`);
  if (at <= 0) return undefined;
  const m = /(?:^|\s)((?:[Tt]he )?(\p{Lu}[\p{L}.]+)['’]s (?:[a-z-]+ ){0,2})$/u.exec(text.slice(0, at));
  if (!m) return undefined;
  const owner = m[2];
  const country = COUNTRIES[owner] !== undefined;
  if (!country && (isKnownWord(owner.toLowerCase()) || doc.people.has(owner) || fullName(doc, owner) || /^(?:It|That|What|There|Here|He|She|Who|Women|Men|Children|People|Girls|Boys)$/.test(owner))) return undefined;
  return m[1].replace(/^The /, 'the ');
}

/** Companies every reader knows: "Microsoft is a software giant" tells them nothing (raters failed "What is
 *  Microsoft?", "What is Costco?", "What is CVS?"). An acronym's expansion ("GM is General Motors") is still given. */
const HOUSEHOLD_NAMES: ReadonlySet<string> = new Set([
  'Microsoft', 'Apple', 'Google', 'Amazon', 'Facebook', 'Meta', 'Netflix', 'Walmart', 'Costco', 'CVS', 'Walgreens',
  'Target', "McDonald's", 'Starbucks', 'Coca-Cola', 'Pepsi', 'PepsiCo', 'Nike', 'Disney', 'Sony', 'Samsung', 'Toyota',
  'Ford', 'IBM', 'Intel', 'Twitter', 'YouTube', 'Instagram', 'TikTok', 'Uber', 'Tesla', 'eBay', 'Yahoo', 'Boeing',
  'General Motors', 'Nintendo', 'Kroger', 'Home Depot', 'Best Buy', 'Visa', 'Mastercard', 'Honda', 'BMW', 'Volkswagen',
]);

/** "Record producer Terry Melcher ... has died aged 62": an obituary's person is asked "Who was X?" (raters failed a
 *  present-tense "is a record producer" for a man the article reports dead). */
function inThePast(doc: Doc, c: Candidate): Candidate {
  const name = /^Who is (.+)\?$/.exec(c.question)?.[1];
  if (!name || !c.answer.startsWith(`${name} is `)) return c;
  // ("Marlon Brando is a late film star": "late" says it, and goes.)
  const late = new RegExp(`^${escapeRegExp(name)} is (?:a|the) late `).exec(c.answer);
  if (late) return { ...c, question: `Who was ${name}?`, answer: `${name} was ${c.answer.slice(name.length + 4).replace(/^(a|the) late /, '$1 ')}` };
  const last = name.split(/\s+/).pop()!;
  const died = doc.sentences.some((s) => {
    if (!s.text.includes(last)) return false;
    const k = mainClause(s.tokens);
    if (!k) return false;
    const subject = s.text.slice(s.tokens[k.subject[0]].start, s.tokens[k.subject[1] - 1].end);
    // (The whole name, or the surname alone: "Beau Biden died" says nothing of Hallie Biden.)
    const named = subject.includes(name) || new RegExp(`^(?:(?:Mr|Mrs|Ms|Dr)\\.? )?${escapeRegExp(last)}$`).test(subject);
    return named && s.tokens[k.verb.main].lemma === 'die' && !k.verb.negated;
  });
  return died ? { ...c, question: `Who was ${name}?`, answer: `${name} was ${c.answer.slice(name.length + 4)}` } : c;
}

/** "X is the Former Vice President", "an Ex-Trump lawyer": a time modifier keeps the capital of the sentence its
 *  descriptor opened; it loses it here. */
function lowerDescriptor(answer: string): string {
  return answer.replace(/\b(is (?:the|a|an) )(Ex-|Former|Acting|Late|Then|Outgoing|Incoming|Interim|Retired|Veteran)(?=[ -]?\p{L})/u, (_, lead: string, word: string) => `${lead}${word.toLowerCase()}`);
}

/** "Kamala Harris is the Vice President.", "Jacques Chirac is the French president.": a head of state or government
 *  is the one person a news reader needs no introduction to (raters accepted about one in seven such definitions,
 *  docs/quality.md, "Session 7"); a president of something else ("president of the co-op") is defined. */
const TOP_OFFICE = /^[^.]+ is (?:the )?(?:[Ff]ormer |[Ff]irst |[Cc]urrent |[Ll]ate )?(?:(?:US|U\.S\.|UK|American|British|[A-Z][a-z]+(?:an|ian|ish|ese|i|ic|ch)) )?(?:[Vv]ice [Pp]resident|[Pp]resident|[Pp]rime [Mm]inister|[Pp]ope|[Kk]ing|[Qq]ueen)(?: of the United States)?\.$/u;

/** "Osamu Iemura is a senior vice president.": a role that does not say of what is half an answer (raters failed it). */
const BARE_ROLE = /^[^.]+ (?:is|was) (?:a|an|the) (?:(?:senior|junior|executive|deputy|assistant|associate|vice|former|chief|general|managing|regional|local|company|top|university|college|high school) )*(?:president|director|manager|spokesman|spokeswoman|spokesperson|chairman|chairwoman|official|executive|officer|analyst|economist|member|partner|adviser|advisor|employee|worker|staffer|commander|student|leader)\.$/;

/** "Jared Polis is the state's Democratic governor": which state, the answer does not say (raters failed it S). */
const UNPLACED_OWNER = /^[^.]+ (?:is|was) (?:the|a|an) (?:[\w-]+ )?(?:state|country|nation|city|county|company|firm|team|club|party|region|province)['’]s? /;

/** "Who is Joe Biden?" in a story that calls him President Joe Biden: a head of state or government, or a pope
 *  or monarch, the title has already introduced (raters failed such questions as not worth asking). */
function headOfState(doc: Doc, question: string): boolean {
  const name = /^Who (?:is|was) (.+)\?$/.exec(question)?.[1];
  if (!name) return false;
  if (OPENS_WITH_HEAD_TITLE.test(name)) return true;
  // (A former holder is still introduced: "former Russian President Dmitry Medvedev".)
  const titled = new RegExp(`(?<!\\b(?:former|Former|ex|then)[\\s-](?:\\S+\\s)?)(?:^|[.,;:"“(]\\s*|\\b(?:the|US|U\\.S\\.|UK|[a-z]+|[A-Z][a-z]+(?:an|ian|ish|ese|ch|i))\\s+)(?:${HEAD_TITLES})\\s+${escapeRegExp(name)}\\b`);
  return doc.sentences.some((s) => titled.test(s.text));
}

const HEAD_TITLES = 'Vice President|President|Prime Minister|Pope|King|Queen|Chancellor';
const OPENS_WITH_HEAD_TITLE = new RegExp(`^(?:${HEAD_TITLES})\\b`);

const JOURNALIST = /\b(reporter|producer|correspondent|columnist|contributor|writer|editor)s? (for|at|with)\b/i;

/** A one-word name the article also gives in full as a person's ("Baez" for "Javier Baez"). */
function surnameOfPerson(doc: Doc, name: string): boolean {
  if (name.includes(' ')) return false;
  const full = fullName(doc, name);
  return !!full && full !== name && full.endsWith(` ${name}`);
}

function possessiveName(doc: Doc, name: string): boolean {
  if (!name) return false;
  let owned = 0;
  let bare = 0;
  for (const s of doc.sentences) {
    for (let i = s.text.indexOf(name); i >= 0; i = s.text.indexOf(name, i + name.length)) {
      if (/^['’]s\b/.test(s.text.slice(i + name.length))) owned++;
      else bare++;
    }
  }
  return owned > bare;
}

/** Heads that point at the story rather than name a thing: "The problem is ...", "The goal is ...". */
const STORY_HEADS = /^(problem|goal|aim|idea|question|answer|result|reason|point|issue|key|difference|catch|bottom|upshot|good|bad|news|thing|truth|fact|hope|plan|concern|worry|risk|challenge|priority|focus|message|lesson|takeaway|trend|situation|outlook|forecast|number|total|cost|price|deadline|date|time|rate|rule|law|bill|deal|case|move|decision|report|study|survey|poll|data|figure|story|event|day|week|year|season|show|film|movie|game|match|team|group|company|firm|government|state|city|country|program|programme|policy)$/;

/**
 * "A recession is a prolonged period of economic decline", "Salmonella is an organism which ...": an explainer's
 * own term defined in the present, asked as readers ask it ("What is a recession?"). The term must be the story's:
 * in its headline, or named three times or more; and the sentence must say what it is, not judge it.
 */
function termDefinitions(doc: Doc, have: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const title = new Set(words(doc.article.title ?? '').map(stem));
  for (const s of doc.sentences) {
    const t = s.tokens;
    // ("First, the textbook definition: A recession is ...": after a short lead-in and its colon.)
    const colon = t.findIndex((x, i) => x.text === ':' && i < 8);
    // ("According to the CDC, salmonella is ...": after its attribution, which the answer keeps.)
    const attributed = t[0]?.lower === 'according' && t[1]?.lower === 'to' ? t.findIndex((x, i) => x.text === ',' && i < 12) : -1;
    const from = colon >= 0 ? colon + 1 : attributed > 0 ? attributed + 1 : 0;
    let a = from;
    const det = /^(a|an|the)$/i.test(t[from]?.text ?? '') ? t[from].lower : '';
    if (det) a++;
    let k = a;
    while (k < t.length && k - a < 4 && /^(ADJ|NOUN|PROPN)$/.test(t[k].pos) && !/^[,;:]$/.test(t[k].text)) k++;
    // "X refers to ..." defines as "X is a ..." does.
    const refers = t[k]?.lower === 'refers' && t[k + 1]?.lower === 'to';
    const be = refers ? 'is' : t[k]?.lower;
    // A definition says what kind of thing the term is ("is a mineral"); "is the key to", "is the top hazard", "are a
    // bit cartoon-like" rank or judge it. A quoted line is a voice's view.
    if (k === a || !refers && (!/^(is|are)$/.test(be ?? '') || !/^(a|an)$/.test(t[k + 1]?.lower ?? '') || t[k + 2]?.lower === 'bit') || /["“”]/.test(s.text)) continue;
    // ("Ketogenic/NOUN is a ... plan": an adjective the tagger read as the term; "The tags are": one word after "the"
    // does not say which.)
    if (k - a === 1 && (/(ic|al|ous|ive)$/.test(t[a].lower) || det === 'the')) continue;
    const head = t[k - 1];
    // A name is the copula rule's; a head that stands for the story ("The problem is") defines nothing.
    // ("The law states/NOUN abortion is ...": a plural inside the term is a verb the tagger misread.)
    if (t.slice(a, k - 1).some((x) => x.pos === 'NOUN' && x.lemma !== x.lower)) continue;
    if (head.pos !== 'NOUN' || STORY_HEADS.test(head.lemma) || s.entities.some((e) => e.start < k && e.end > a && e.type !== 'other')) continue;
    const term = s.text.slice(t[a].start, head.end);
    const termLower = /^[A-Z][a-z]/.test(term) && t[a].pos !== 'PROPN' && a === from ? term[0].toLowerCase() + term.slice(1) : term;
    if ([...have, ...out].some((c) => c.topic === `def:${termLower}`)) continue;
    const inTitle = title.has(stem(head.lower)) || title.has(stem(head.lemma));
    const mentioned = doc.sentences.filter((x) => x.text.toLowerCase().includes(termLower.toLowerCase())).length;
    // ("The current war is ...", "the new sanctions": a definite phrase of the moment is the story's, not a term;
    // "the tags" is one only when the headline names them.)
    if (det === 'the' && (!inTitle || t.slice(a, k).some((x) => /^(current|new|latest|recent|same|first|last|next|other|proposed)$/.test(x.lower)))) continue;
    if (!inTitle && mentioned < 3) continue;
    let end = k + 2;
    while (end < t.length && /^(ADJ|NOUN|PROPN|NUM)$/.test(t[end].pos)) end++;
    if (notDefining(t, k + 1, end) || end === k + 2) continue;
    const article = det === 'the' ? 'the ' : det ? `${det} ` : '';
    const question = finishQuestion(`What ${be} ${article}${termLower}`);
    const answer = colon >= 0 ? s.text.slice(t[from].start).trim() : cleanSentence(s);
    out.push(candidate('definition', question, answer[0].toUpperCase() + answer.slice(1), [s.id], 0.65, 'definition.term', `def:${termLower}`));
  }
  return out;
}

/** Nouns that say what kind of thing or person a name is, at the end of a descriptor before it. */
const DESCRIPTOR_HEADS = /^(centre|prop|winger|wing|fly-half|scrum-half|flanker|hooker|lock|full-back|fullback|forward|skipper|keeper|playmaker|batsman|bowler|all-rounder|jockey|trainer|hurdler|swimmer|cyclist|runner|novelist|film-maker|filmmaker|vice-chairman|chancellor|boss|bassist|vocalist|frontwoman|songwriter|composer|poet|playwright|dancer|model|broadcaster|group|firm|company|maker|carrier|retailer|bank|operator|producer|giant|chain|airline|insurer|lender|manufacturer|supplier|distributor|developer|publisher|broadcaster|network|agency|club|team|side|band|singer|star|actor|actress|rapper|comedian|director|writer|author|player|striker|midfielder|defender|goalkeeper|coach|manager|sprinter|athlete|champion|boxer|golfer|driver|rider|economist|analyst|expert|official|minister|leader|chief|executive|president|chairman|founder|entrepreneur|billionaire|investor|activist|lawyer|judge|prosecutor|senator|governor|mayor|candidate|party|union|charity|organisation|organization|regulator|watchdog|website|service|platform|app|brand|label|studio|magazine|newspaper|tycoon|mogul|veteran|icon|legend|hopeful|newcomer|outfit|conglomerate|drugmaker|automaker|carmaker|chipmaker|pharmacist|designer|photographer|chef|musician|guitarist|drummer|frontman|presenter|host|journalist|correspondent|researcher|scientist|professor|doctor|surgeon|astronaut|pilot)$/;

/** "US supermarket group Winn-Dixie has filed ..." -> "What is Winn-Dixie?" "Winn-Dixie is a US supermarket group." */
function descriptorDefinitions(doc: Doc, have: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const title = doc.article.title ?? '';
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (const e of s.entities) {
      if (!/^(person|organisation|other)$/.test(e.type) || e.start < 2) continue;
      if ([...have, ...out].some((x) => x.topic === `def:${e.text}`)) continue;
      // ("give the expanded company Netflix's 300 million subscribers": a name owning what follows is no apposition.)
      if (/^['’]s?$/.test(t[e.end]?.text ?? '')) continue;
      const head = t[e.start - 1];
      if (!(DESCRIPTOR_HEADS.test(head.lower) || OFFICES.test(head.lower)) || head.pos === 'PROPN' && !/^[a-z]/.test(head.text)) continue;
      let a = e.start - 1;
      // Capitalised words belong to it whatever the tagger says ("Former All Black star").
      // ("At Southern California grocery chain Vons": a capitalised preposition or article opens no descriptor.)
      const part = (x: (typeof t)[number]) => (/^(ADJ|NOUN|PROPN|NUM)$/.test(x.pos) || /^[A-Z][a-z]/.test(x.text)) && !/^(The|A|An|At|In|On|For|As|After|With|By|From|To|Of|And|But)$/.test(x.text) && x.pos !== 'ADP' && x.pos !== 'DET';
      const extend = () => { while (a > 0 && part(t[a - 1]) && !/^['’]s$/.test(t[a - 1].text) && e.start - a < 6) a--; };
      extend();
      // "oil and gas producer TMOC", "airplane and train manufacturer Bombardier": the descriptor is the whole
      // coordination (cut at "and" it says less than the article, "a gas producer").
      // Both sides alike (lower-case words, or names: "England and Real Madrid striker"); not two names joined
      // ("actor Tom Hanks and director Ron Howard", "Motorola and chip firm Freescale") nor a plural.
      const capital = (x: (typeof t)[number]) => /^[A-Z]/.test(x.text);
      const alike = a > 1 && capital(t[a - 2]) === capital(t[a]) && !OFFICES.test(t[a].lower) && !TITLES.has(t[a].lower)
        && !s.entities.some((x) => x.type === 'person' && x.end === a - 1) && !(t[a - 2].pos === 'NOUN' && t[a - 2].lemma !== t[a - 2].lower);
      if (alike && /^(and|or)$/.test(t[a - 1].lower) && part(t[a - 2]) && e.start - a < 5) {
        a -= 2;
        extend();
      }
      if (e.start - a < 2) continue;
      // The descriptor starts the sentence or follows a determiner, preposition or comma: it is not part of
      // a longer noun phrase ("the company's US supermarket group ...").
      if (a > 0 && !/^(DET|ADP|PUNCT|CCONJ)$/.test(t[a - 1].pos)) continue;
      // "Lord of the Rings director Peter Jackson": after "of the" the descriptor is the tail of a title; so it is
      // after a capitalised "of" ("Bank of England deputy governor Rachel Lomax").
      if (a > 1 && t[a - 1].lower === 'the' && t[a - 2].lower === 'of') continue;
      if (a > 1 && t[a - 1].lower === 'of' && /^[A-Z]/.test(t[a - 2].text) && /^[A-Z]/.test(t[a].text)) continue;
      // "six-second video platform Vine": a hyphen glued before it means the descriptor starts earlier.
      if (a > 0 && gluedHyphen(t[a - 1])) continue;
      // Only an article may stand before it: "Former All Black star" is not "the Black star".
      if (a > 0 && t[a - 1].pos === 'DET' && !/^(the|a|an)$/i.test(t[a - 1].text)) continue;
      const important = title.includes(e.text) || s.paragraph === 0 || (doc.nameCounts.get(e.text) ?? 0) >= 2;
      if (!important) continue;
      const words = t.slice(a, e.start);
      // A name inside the descriptor ("Federal Reserve chairman", "Qantas chief executive") makes the role unique.
      const named = words.some((x) => x.pos === 'PROPN' && !DEMONYM_START.test(x.text) && !/^(US|UK|EU)$/.test(x.text));
      const office = OFFICES.test(head.lower);
      // "a chief executive" says nothing without whose; "the Venezuelan president" does.
      if (office && !named && !DEMONYM_START.test(words[0].text)) continue;
      let described = s.text.slice(t[a].start, t[e.start - 1].end);
      // ("Struggling Japanese car maker": a capital opening the sentence goes, whatever follows it.)
      const ownCapital = words[0].pos === 'PROPN' || words[1]?.pos === 'PROPN' && !DEMONYM_START.test(words[1].text);
      // ("Costco: Warehouse giant Costco has ...": after a list item's label the capital is the sentence's, not a name's.)
      // ("Rock icon Pete Townshend picked up ...": so at the sentence's start, for a word the article writes lower-case.)
      const sentenceStart = a === 0 && !/^[A-Z]/.test(words[1]?.text ?? 'A') && usedLowerCase(doc, words[0].lower);
      const afterLabel = (sentenceStart || t[a - 1]?.text === ':') && isKnownWord(words[0].lower) && !mostlyCapitalised(doc, words[0].lower);
      if ((!ownCapital || afterLabel) && !/^[A-Z]{2,}|^[A-Z][a-z]+[A-Z]/.test(described) && !DEMONYM_START.test(described)) described = described[0].toLowerCase() + described.slice(1);
      // "the Qantas chief executive", "the Venezuelan president"; but "a Chelsea striker", one of many.
      // ("an NBA champion", "a NATO ally": an initialism takes the article of its first letter's name.)
      const initialism = /^[A-Z]{2,}\b/.test(described) && !/^[A-Z]{2,}[a-z]/.test(described);
      const article = office ? 'the' : initialism ? (/^[AEFHILMNORSX]/.test(described) && !/^(NATO|NASA|UEFA|FIFA|OPEC|UNESCO|UNICEF)\b/.test(described) ? 'an' : 'a')
        : /^[aeiou]/i.test(described) && !/^(US|UK|EU|one|uni)/i.test(described) ? 'an' : 'a';
      // The descriptor says whether the name is a person or a body: "British car maker Aston Martin".
      // ("Record producer Terry Melcher": a person's name takes "Who" whatever the head; "former European champion
      // Borussia Dortmund", an organisation, takes "What".)
      const who = e.type === 'person' ? !BODY_HEADS.test(head.lower) : PERSON_HEADS.test(head.lower) && e.type !== 'organisation';
      if (who && e.text.split(/\s+/).length < 2) continue;
      if (who && !inTheStory(doc, e.text)) continue;
      out.push(candidate('definition', finishQuestion(`${who ? 'Who' : 'What'} is ${e.text}`), `${e.text} is ${article} ${described}.`, [s.id], 0.62, 'definition.descriptor', `def:${e.text}`, [article]));
    }
  }
  return out;
}

const OFFICES = /^(chief|executive|president|chairman|chair|minister|governor|director|manager|leader|head|secretary|spokesman|spokeswoman|boss|founder|editor|coach|captain|mayor|senator|prosecutor|judge|official)$/;
const PERSON_HEADS = /^(centre|prop|winger|wing|fly-half|scrum-half|flanker|hooker|lock|full-back|fullback|forward|skipper|keeper|playmaker|batsman|bowler|all-rounder|jockey|trainer|hurdler|swimmer|cyclist|runner|novelist|film-maker|filmmaker|vice-chairman|chancellor|boss|bassist|vocalist|frontwoman|songwriter|composer|poet|playwright|dancer|singer|star|actor|actress|rapper|comedian|director|writer|author|player|striker|midfielder|defender|goalkeeper|coach|manager|sprinter|athlete|champion|boxer|golfer|driver|rider|economist|analyst|expert|official|minister|leader|chief|executive|president|chairman|founder|entrepreneur|billionaire|investor|activist|lawyer|judge|prosecutor|senator|governor|mayor|candidate|tycoon|mogul|veteran|icon|legend|hopeful|newcomer|pharmacist|designer|photographer|chef|musician|guitarist|drummer|frontman|presenter|host|journalist|correspondent|researcher|scientist|professor|doctor|surgeon|astronaut|pilot|head|secretary|spokesman|spokeswoman|boss|editor|captain|chair|official)$/;

/** Heads that name a body, not a person: the tagger's "person" before them is a company ("drugmaker Dr Reddy's"). */
const BODY_HEADS = /^(group|firm|company|maker|carrier|retailer|bank|operator|giant|chain|airline|insurer|lender|manufacturer|supplier|distributor|developer|publisher|network|agency|club|team|side|band|party|union|charity|organisation|organization|regulator|watchdog|website|service|platform|app|brand|label|studio|magazine|newspaper|outfit|conglomerate|drugmaker|automaker|carmaker|chipmaker)$/;

/** Descriptors that open with a proper adjective keep its capital ("Japanese car maker"). */
const DEMONYM_START = /^(US|UK|EU|[A-Z][a-z]+(an|ian|ish|ese|i|ic|ch))\b/;

/** "Parmalat, the Italian food group at the centre of ..., has reported ..." -> "What is Parmalat?" */
function appositionDefinitions(doc: Doc, have: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const c = mainClause(s.tokens);
    if (!c?.apposition) continue;
    const e = s.entities.find((x) => x.start === c.subject[0] && x.end === c.subject[1]);
    if (!e || e.type === 'date' || e.type === 'number' || e.type === 'money' || e.type === 'percent' || e.text.length < 2) continue;
    // "Daughters, Fiona and ...": a capitalised common noun at the start of a sentence is no name.
    if (e.end - e.start === 1 && s.tokens[e.start].pos === 'NOUN') continue;
    // "Oregon Sen. Ron Wyden, the ranking Democrat ...": a title inside the name; the person rule handles people.
    if (s.tokens.slice(e.start, e.end).some((x) => TITLES.has(x.lower))) continue;
    if ([...have, ...out].some((x) => x.topic === `def:${e.text}`)) continue;
    const [a, b] = c.apposition;
    if (b - a > 18) continue;
    // "Hamas, Greenstein pointed out, means ...": an attribution between commas is no description.
    if (s.tokens.slice(a, b).some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma))) continue;
    const described = s.text.slice(s.tokens[a].start, s.tokens[b - 1].end).replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
    // ("Zipline, a new social media app that allows users to capture, edit and share ...": an apposition the comma
    // cut inside a clause or a list of its own is half a description.)
    if (/\b(that|which|who|to|and|or)$/.test(described.replace(/\s+\S+$/, '')) && /^,\s+\S+\s+(and|or)\b|^,\s+\S+,/.test(s.text.slice(s.tokens[b - 1].end))) continue;
    // "Rizo-López Foods of Modesto, California, ...": a place after a comma is an address, not a description.
    if (s.entities.some((x) => x.start === a && x.end === b && (x.type === 'place' || x.type === 'country'))) continue;
    const role = s.tokens.slice(a, b).some((x) => TITLES.has(x.lower) || ROLE_WORDS.test(x.lower));
    // "Wilson, a former adviser ...": a one-word name described by a role is a person, asked by full name.
    const single = !e.text.includes(' ') && e.type !== 'organisation' && role && /^(a|an|the)\b/i.test(described);
    // "Chávez Rodriguez, the granddaughter of ...": a role or relation after a name that is no organisation.
    // "McConnell, a well-known politician": a surname the article gives in full is a person whatever the description.
    const who = e.type === 'person' || doc.people.has(e.text) || single || surnameOfPerson(doc, e.text) || (role && e.type !== 'organisation' && /^(a|an|the)\b/i.test(described));
    // Places and party labels ("D-New York") are not what readers ask "What is" about; a person is
    // described by a role ("a professor at ..."), not by an opinion ("a long shot").
    if (e.type === 'place' || e.type === 'country' || /^[DRI]-/.test(described)) continue;
    if (who && !role) continue;
    const name = who && !e.text.includes(' ') ? fullName(doc, e.text, { n: s.n, offset: s.tokens[e.start].start }) : e.text;
    if (!name) continue;
    // A person quoted once in passing, or a thing named once deep in the story ("Daughters, Fiona, ..." in a
    // bio box), is filler; one the story returns to, or names early, is worth a definition.
    if (mentions(doc, e.text) < 2 && s.paragraph > 1) continue;
    if (who && !inTheStory(doc, e.text)) continue;
    if (name !== e.text && [...have, ...out].some((x) => x.topic === `def:${name}`)) continue;
    // "Roche, a former Davis Cup player" answers "Who is Tony Roche?" with the name asked, citing where it is given.
    // ("Kennedy, the son of former Attorney General Robert F. Kennedy": a name its own description holds is
    // someone else's, a father's or a son's, and the full name found is the wrong one.)
    if (name !== e.text && described.includes(name)) continue;
    const named = name !== e.text ? doc.sentences.find((x) => x.text.includes(name)) : undefined;
    const answer = named ? `${name} is ${described}.` : `${e.text} is ${described}.`;
    const evidence = named && named.id !== s.id ? [s.id, named.id] : [s.id];
    out.push(candidate('definition', finishQuestion(`${who ? 'Who' : 'What'} is ${name}`), answer, evidence, 0.65, 'definition.apposition', `def:${name}`));
  }
  return out;
}
