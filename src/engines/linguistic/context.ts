// Self-containment: render a span of a sentence so it can be read without the article.
// Pronouns become the names they stand for, acronym definitions collapse to the short form,
// vague definite descriptions ("the company", "the bloc") take the article's name for them.
// A span that cannot be made self-contained gives undefined, and the question is not asked.
import { gluedHyphen, midSentenceCaseCounts, mostlyCapitalisedIn, type CaseCounts, type Doc, type Entity, type Sentence, type Token } from '../../nlp/doc.js';
import { escapeRegExp } from '../../nlp/regexp.js';
import { spelledOut } from '../../nlp/acronyms.js';
import { isKnownWord } from '../../nlp/tokenize.js';
import { BLOCS, COUNTRIES } from '../../lang/en/places.js';
import { mainClause } from '../../facts/clause.js';
import { ATTRIBUTE_NOUNS, ownedPhrase } from './owner.js';

const DEMONYMS = new Set([...Object.values(COUNTRIES), 'European', 'African', 'Asian', 'Arab', 'Latin', 'Western', 'Eastern', 'Nordic', 'Scandinavian', 'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Gulf', 'Baltic', 'Balkan', 'Irish', 'Jewish', 'Muslim', 'Christian', 'Catholic', 'Hispanic', 'Latino', 'Democratic', 'Republican', 'Conservative', 'Labour', 'Liberal']);
import { PERSONAL_PRONOUNS, REPORTING_VERBS, TITLES, VAGUE_HEADS, WELL_KNOWN_ABBREVIATIONS } from '../../lang/en/words.js';

const ORGLIKE = new Set(['organisation', 'country', 'other']);
const COMPANY_WORDS = new Set(['company', 'firm', 'group', 'carrier', 'bank', 'retailer', 'airline', 'maker', 'giant', 'insurer', 'lender', 'brand', 'chain', 'business']);

/** The most recent entity of the given types before (sentence n, token k). With `subjectOnly`, only
 *  entities opening their sentence count: pronouns mostly continue the previous subject. */
function lastEntity(doc: Doc, n: number, k: number, types: ReadonlySet<string>, lookBack = 2, subjectOnly = false, headOnly = false): Entity | undefined {
  for (let m = n; m >= Math.max(0, n - lookBack); m--) {
    const ms = doc.sentences[m];
    // Subject position: inside the subject of that sentence's main clause ("US Federal Reserve chairman Alan Greenspan has given ...").
    const subject = subjectOnly ? mainClause(ms.tokens)?.subject : undefined;
    // With headOnly, the subject's head: "U.S." in "U.S. trade representative Clayton Yeutter" is no "it".
    const inSubject = (e: Entity) => !!subject && e.start >= subject[0] && e.end <= subject[1] && (!headOnly || e.end === subject[1]);
    const ents = ms.entities.filter((e) => types.has(e.type) && (m < n || e.end <= k) && (!subjectOnly || inSubject(e)));
    if (ents.length) return ents[ents.length - 1];
    // The nearest subject before the pronoun is its antecedent: when no name heads it ("students from ... said
    // they would ..."), an older name is a guess.
    if (headOnly && subject && (m < n || subject[1] <= k) && !(m === n && subject[0] >= k)) return undefined;
  }
  return undefined;
}

/** The name a person is best known by in the article: full name, with title on first use. */
export function personName(doc: Doc, name: string): string {
  const info = doc.people.get(name);
  const words = (info ? info.name : name).split(' ');
  // "Actress Julia Roberts": a role the tagger read into the name is no part of it.
  while (words.length > 2 && isRoleWord(words[0])) words.shift();
  return words.join(' ');
}

const PERSON_ROLES = new Set([
  'singer', 'actor', 'actress', 'star', 'player', 'striker', 'sprinter', 'athlete', 'rocker', 'musician', 'boss',
  'coach', 'manager', 'director', 'chief', 'president', 'minister', 'senator', 'governor', 'mayor', 'author',
  'artist', 'rapper', 'comedian', 'presenter', 'champion', 'captain', 'goalkeeper', 'midfielder', 'defender',
  'forward', 'batsman', 'bowler', 'driver', 'rider', 'golfer', 'boxer', 'tennis', 'veteran', 'founder', 'entrepreneur',
  'billionaire', 'executive', 'lawmaker', 'congressman', 'congresswoman', 'candidate', 'nominee', 'suspect', 'defendant',
]);

/** Is the person given this role anywhere: a title ("singer Adele"), or the role next to the name? */
function hasRole(doc: Doc, name: string, role: string): boolean {
  const last = name.split(/\s+/).pop()!;
  for (const info of doc.people.values()) if (info.name === name && info.title?.toLowerCase().includes(role)) return true;
  // The role as a title before the name ("Prime Minister Tony Blair") or in an apposition after it ("Blair, the
  // prime minister"); merely near it ("the prime minister put Milburn in charge in Mr Brown's stead") is not enough.
  // ("President Joe Biden" gives Hunter Biden no title: a surname two people share needs the whole name.)
  const shared = [...doc.people.values()].some((p) => p.name !== name && p.name.endsWith(` ${last}`));
  const who = shared ? escapeRegExp(name) : last;
  const given = shared ? '' : `(?:[A-Z][\\w'’-]+\\s+){0,2}`;
  const near = new RegExp(`\\b${role}\\s+${given}${who}\\b|\\b${who},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+){0,3}${role}\\b`, 'i');
  return doc.sentences.some((x) => x.text.includes(last) && near.test(x.text));
}

/** The article's most mentioned person (two mentions or more), by full name. */
function mainPerson(doc: Doc): string | undefined {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) for (const e of s.entities) {
    if (e.type !== 'person') continue;
    const name = doc.people.get(e.text)?.name ?? e.text;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 1;
  // Only a real name ("Coach of the" from a garbled title is none).
  for (const [name, c] of counts) if (c > top && /^[A-Z][\w'’.-]*(\s[A-Z][\w'’.-]*)+$/.test(name)) { top = c; best = name; }
  return best;
}

/** The organisation-like name (typed or not) the article mentions most, when one clearly leads. */
function dominantOrganisation(doc: Doc): string | undefined {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) for (const e of s.entities) {
    if ((e.type === 'organisation' || e.type === 'other') && /^[A-Z]/.test(e.text) && !doc.people.has(e.text)) counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] >= ranked[0][1])) return undefined;
  return ranked[0][0];
}

/** "the company", "the group": the organisation that was the subject just before, else the one the
 *  headline names, else the one the article is clearly about. */
function companyReferent(doc: Doc, s: Sentence, k: number, plural: boolean): string | undefined {
  // "The firms want ..." after "Technology firms Sony, Philips and Samsung are ...": one name is not the firms.
  if (plural) return undefined;
  const recent = lastEntity(doc, s.n, k, new Set(['organisation', 'other']), 2, true);
  // ("Sears, Roebuck and Co": a company suffix read as a name of its own is no company.)
  const suffix = recent && /^(Co|Inc|Corp|Ltd|Plc|LLC|Cos)\.?$/i.test(recent.text);
  if (recent && !suffix && /^[A-Z]/.test(recent.text) && !doc.people.has(recent.text) && !publicBody(doc, recent.text)) return recent.text;
  const named = titleOrganisation(doc) ?? dominantOrganisation(doc);
  return named && !publicBody(doc, named) ? named : undefined;
}

/** A regulator, ministry or court is no "company": "NHTSA" (National Highway Traffic Safety Administration). */
function publicBody(doc: Doc, name: string): boolean {
  const long = doc.acronyms.get(name)?.long ?? name;
  return /\b(Administration|Agency|Commission|Department|Ministry|Bureau|Authority|Board|Council|Court|Office|Service|Parliament|Congress|Senate|Government|Police|Committee)$/.test(long);
}

/** The organisation the headline is about: the first organisation-like name that the title and the lead share. */
function titleOrganisation(doc: Doc): string | undefined {
  const title = doc.article.title ?? '';
  for (const s of doc.sentences.slice(0, 3)) for (const e of s.entities) {
    if ((e.type === 'organisation' || e.type === 'other') && title.includes(e.text)) return e.text;
  }
  return undefined;
}

export function resolvePronoun(doc: Doc, s: Sentence, k: number): string | undefined {
  const w = s.tokens[k].lower;
  if (['he', 'she', 'him', 'her', 'his', 'hers'].includes(w)) {
    // Only a person in subject position: "She was arrested" after "... procuring children for Epstein" is not Epstein.
    const e = lastEntity(doc, s.n, k, new Set(['person']), 2, true);
    if (!e) return undefined;
    const name = personName(doc, e.text);
    // Another person named between the antecedent and the pronoun makes "he" a guess ("Kammerer said Haley
    // wasn't part of it. He wasn't in the kitchen ..."): no name is better than the wrong one.
    const from = doc.sentences.findIndex((x) => x.entities.includes(e));
    for (let m = Math.max(0, from); m <= s.n; m++) {
      for (const x of doc.sentences[m].entities) {
        const person = x.type === 'person' || doc.people.has(x.text);
        if (person && (m < s.n || x.end <= k) && personName(doc, x.text) !== name) return undefined;
      }
    }
    return w === 'his' || (w === 'her' && s.tokens[k + 1]?.pos !== 'ADP' && /^(NOUN|ADJ|PROPN)$/.test(s.tokens[k + 1]?.pos ?? '')) ? `${name}'s` : name;
  }
  if (['it', 'its', 'they', 'their', 'them'].includes(w)) {
    // "United made it 13 wins in 15 games": "make it" + a count refers to nothing.
    if (w === 'it' && /^(make|made|makes|making)$/.test(s.tokens[k - 1]?.lower ?? '') && s.tokens[k + 1]?.pos === 'NUM') return undefined;
    // "..., the People's Daily said. It quoted a spokesman ...": a source that speaks is the last speaker, often an
    // outlet the entity list lacks; the last named actor would be a guess.
    const next = s.tokens[k + 1];
    if ((w === 'it' || w === 'they') && next && (REPORTING_VERBS.has(next.lemma) || next.lemma === 'quote' || next.lemma === 'cite')) return undefined;
    // "they" needs a plural antecedent: only an organisation or bloc; "it" a country or organisation.
    const types = w === 'it' || w === 'its' ? ORGLIKE : new Set(['organisation']);
    const e = lastEntity(doc, s.n, k, types, 1, true, true);
    if (!e) return undefined;
    // "Sony is entering a market which has been dominated by Nintendo. It launched its DS ...": another actor named
    // as the agent of a verb after the antecedent and before the pronoun makes "it" a guess.
    for (let m = e.sentence; m <= s.n; m++) {
      const ms = doc.sentences[m];
      const rival = ms.entities.some((x) => types.has(x.type) && x.text !== e.text && !e.text.includes(x.text) && !x.text.includes(e.text)
        && ms.tokens[x.start - 1]?.lower === 'by' && ms.tokens[x.start - 2]?.pos === 'VERB' && /(ed|en)$/.test(ms.tokens[x.start - 2].lower)
        && (m > e.sentence || x.start >= e.end) && (m < s.n || x.end <= k));
      if (rival) return undefined;
    }
    const et = doc.sentences[e.sentence].tokens;
    // "Democrats ... But it wasn't enough": a plural word is no "it".
    const one = et[e.start].lower;
    if ((w === 'it' || w === 'its') && e.end - e.start === 1 && /[^s]s$/.test(one) && (et[e.start].lemma !== one || isKnownWord(one.slice(0, -1)))) return undefined;
    // "The Commission ... It proposed": the name keeps its article.
    const text = et[e.start - 1]?.lower === 'the' && !/^the\s/i.test(e.text) ? `the ${e.text}` : e.text;
    // "they/their" refers to a plural: accept a bloc or organisation; "it" accepts one named actor.
    return w === 'its' || w === 'their' ? `${text}'s` : text;
  }
  return undefined;
}

const EVENT_NOUNS = new Set(['summit', 'meeting', 'talks', 'conference', 'forum', 'visit']);

/** "the leaders" -> "the leaders from Japan and ASEAN": the earlier mention of the same noun
 *  that says whose they are (a from/of phrase ending in names). */
function earlierMention(doc: Doc, s: Sentence, head: Token): string | undefined {
  for (let m = 0; m < s.n; m++) {
    const ms = doc.sentences[m];
    const t = ms.tokens;
    for (let j = 0; j + 2 < t.length; j++) {
      // A common noun only: "the Coach of the Year award" is a name, not "the coach" described.
      if (t[j].lemma !== head.lemma || !/^[a-z]/.test(t[j].text) && j > 0 || !/^(from|of)$/.test(t[j + 1].lower)) continue;
      let e = j + 2;
      for (;;) {
        if (t[e]?.lower === 'the') e++;
        const ent = ms.entities.find((x) => x.start === e && x.type !== 'date' && x.type !== 'number');
        if (!ent) break;
        e = ent.end;
        if (t[e]?.text === '(' && t[e + 2]?.text === ')') e += 3;
        if (t[e]?.lower === 'and' && ms.entities.some((x) => x.start === e + 1 || (x.start === e + 2 && t[e + 1].lower === 'the'))) { e++; continue; }
        break;
      }
      // ("the merger of Russian gas giant Gazprom": a name that only opens a longer phrase is no end to cut at.)
      if (e <= j + 2 || /^(NOUN|PROPN|ADJ)$/.test(t[e]?.pos ?? '')) continue;
      const text = renderSpan(doc, ms, j, e, true);
      if (text) return `the ${text}`;
    }
  }
  return undefined;
}

/** "the line" -> "the new tram line": the fuller mention of the same noun in the lead (the story's subject)
 *  or one that carries a name ("the Bupa Great Ireland Run"). */
function fullerMention(doc: Doc, s: Sentence, head: Token): string | undefined {
  for (let m = 0; m < s.n; m++) {
    const t = doc.sentences[m].tokens;
    for (let j = 1; j < t.length; j++) {
      // (The same number too: "the bombs" is not "the Israeli bomb".)
      if (t[j].lower !== head.lower || t[j].pos !== 'NOUN' || /^(NOUN|PROPN)$/.test(t[j + 1]?.pos ?? '')) continue;
      let a = j;
      while (a > 0 && /^(ADJ|NOUN|PROPN)$/.test(t[a - 1].pos) && !/^['’]s$/.test(t[a - 1].text)) a--;
      if (a === j) continue;
      // "House and Senate budget negotiators": a modifier coordinated with another names only part of them.
      if (/^(and|or|&)$/.test(t[a - 1]?.lower ?? '')) continue;
      // ("Strongest quake we've felt ...": a sentence's capitalised first word is no name unless the tagger found
      // a typed or longer one there.)
      const opening = t.findIndex((x) => /\w/.test(x.text));
      const nameAtOpening = doc.sentences[m].entities.some((e) => e.start === opening && (e.type !== 'other' || e.end - e.start > 1));
      const named = t.slice(a, j).some((x, i) => x.pos === 'PROPN' && (a + i !== opening || nameAtOpening));
      // ("Hayao Miyazaki's latest film, Howl's Moving Castle, is to be released": the name between commas says
      // which film better than "the latest film".)
      if (t[j + 1]?.text === ',' && t[j + 2]?.pos === 'PROPN') {
        let e = j + 2;
        while (e < t.length && e - j <= 7 && (t[e].pos === 'PROPN' || /^['’]s$/.test(t[e].text) && t[e + 1]?.pos === 'PROPN')) e++;
        if (/^[,.]$/.test(t[e]?.text ?? '')) return doc.sentences[m].text.slice(t[j + 2].start, t[e - 1].end);
      }
      if (!named && doc.sentences[m].paragraph !== 0) continue;
      return `the ${doc.sentences[m].text.slice(t[a].start, t[j].end)}`;
    }
  }
  return undefined;
}

/** "the summit" -> "the Japan-ASEAN summit" when the article names the parties with a hyphenated pair. */
function namedEvent(doc: Doc, head: Token): string | undefined {
  if (!EVENT_NOUNS.has(head.lemma)) return undefined;
  for (const ms of doc.sentences) {
    const t = ms.tokens;
    for (let j = 0; j + 2 < t.length; j++) {
      if (t[j].pos === 'PROPN' && gluedHyphen(t[j + 1]) && t[j + 2].pos === 'PROPN') {
        return `the ${t[j].text}-${t[j + 2].text} ${head.text}`;
      }
    }
  }
  return undefined;
}

/** "the bank" -> "the Reserve Bank of Australia": an organisation the article names with that noun. */
function namedByHead(doc: Doc, head: Token): string | undefined {
  const noun = head.lemma;
  let best: string | undefined;
  let count = 0;
  const seen = new Map<string, number>();
  for (const ms of doc.sentences) for (const e of ms.entities) {
    if (e.type !== 'organisation' && e.type !== 'other') continue;
    const words = e.text.toLowerCase().split(/\s+/);
    // The noun must head the name: "the bank" is the Reserve Bank of Australia, but "the forest" is no Forest
    // Service and "the pope" no "Square for Pope Francis".
    const of = words.indexOf('of');
    const headWord = of > 0 ? words[of - 1] : words[words.length - 1];
    if (words.length < 2 || (headWord !== noun && headWord !== `${noun}s`)) continue;
    seen.set(e.text, (seen.get(e.text) ?? 0) + 1);
  }
  for (const [name, c] of seen) if (c > count) { best = name; count = c; }
  if (!best) return undefined;
  // ("the court" in a story naming the U.S. Supreme Court twice and the Ohio Supreme Court once: a rival name
  // leaves it open which is meant, unless the one is named far more often.)
  if ([...seen].some(([name, c]) => name !== best && 2 * c >= count && !best!.endsWith(name) && !name.endsWith(best!))) return undefined;
  return /^the\s/i.test(best) ? best : `the ${best}`;
}

/** "the government" -> "the Turkish government" when one country dominates the article. */
function nationalGovernment(doc: Doc, head: Token): string | undefined {
  if (!/^(government|parliament|army|military|police|economy|president|central|country|nation)$/.test(head.lemma)) return undefined;
  const counts = new Map<string, number>();
  for (const ms of doc.sentences) for (const e of ms.entities) if (e.type === 'country') counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return undefined;
  // "the country" is the country itself; "the government" is its government.
  if (head.lemma === 'country' || head.lemma === 'nation') return withThe(ranked[0][0]);
  const demonym = COUNTRIES[ranked[0][0]];
  return demonym ? `the ${demonym} ${head.text}` : undefined;
}

/** Country names said with "the": "the U.S.", "the UK", "the Philippines". */
function withThe(country: string): string {
  return /^(?:[A-Z]\.?){2,4}$|^United\b|^(?:Netherlands|Philippines|Bahamas|Maldives|Gambia|Czech Republic|Dominican Republic|Vatican)$/.test(country) ? `the ${country}` : country;
}

/** Resolve "the bloc", "the company" and friends; undefined when the description stays vague. */
function resolveDescription(doc: Doc, s: Sentence, a: number, b: number): string | undefined {
  const head = s.tokens[b - 1];
  if (b - a === 2 && s.tokens[a].lower === 'the') {
    const byName = namedByHead(doc, head) ?? nationalGovernment(doc, head);
    if (byName) return byName;
  }
  if (b - a === 2 && s.tokens[a].lower === 'the') {
    const named = earlierMention(doc, s, head) ?? namedEvent(doc, head) ?? fullerMention(doc, s, head);
    if (named) return named;
  }
  if (head.lemma === 'bloc') {
    for (const [short] of doc.acronyms) if (BLOCS.has(short)) return short;
    return undefined;
  }
  if (COMPANY_WORDS.has(head.lemma) && s.tokens[a].lower === 'the' && b - a <= 4) return companyReferent(doc, s, a, head.lower !== head.lemma);
  // "the singer", "the 29-year-old": a role noun stands for the article's main person.
  // A role the main person is never given ("the president" in a story about a shop owner) is someone else.
  if ((PERSON_ROLES.has(head.lemma) && b - a <= 3 || isAge(s, a, b)) && s.tokens[a].lower === 'the') {
    const main = mainPerson(doc);
    if (!main || (PERSON_ROLES.has(head.lemma) && !hasRole(doc, main, head.lower))) return undefined;
    // A name of two or more words that opens with a first name ("Keanu Reeves", not "Australian Open").
    if (isAge(s, a, b) && !(main.includes(' ') && firstNameLike(main.split(' ')[0], doc))) return undefined;
    // ("... with Bath prop Matt Stevens coming in for the injured Phil Vickery. The 22-year-old has only made 10
    // starts": an age right after other people are named is likelier theirs than the main person's.)
    if (isAge(s, a, b) && othersNamedBefore(doc, s, a, main)) return undefined;
    return main;
  }
  return undefined;
}

/** Definite nouns any reader understands without the article. */
const GENERIC = new Set([
  'world', 'public', 'internet', 'economy', 'media', 'press', 'past', 'future', 'weekend', 'morning', 'evening',
  'night', 'day', 'year', 'week', 'month', 'time', 'moment', 'way', 'end', 'start', 'beginning', 'first',
  'last', 'same', 'top', 'bottom', 'web', 'sun', 'moon', 'earth', 'sea', 'air', 'pandemic', 'weather',
]);
/** Currencies: "the dollar" is one thing wherever it is read, though "the US dollar" says it better. */
const CURRENCIES = new Set(['dollar', 'euro', 'pound', 'yen', 'yuan', 'rouble', 'ruble', 'rupee', 'franc', 'peso']);
/** Measures named by what they count: "the number of mortgages approved in the UK" says which. */
const MEASURE_OF = new Set(['number', 'price', 'cost', 'value', 'rate', 'level', 'share', 'amount', 'proportion', 'percentage', 'volume', 'size', 'fraction', 'portion']);
export const PLAN_NOUNS = new Set(['plan', 'statement', 'vision', 'deal', 'agreement', 'partnership', 'relationship', 'declaration', 'accord', 'pact', 'treaty', 'talks', 'summit', 'meeting', 'alliance']);

/** "the comprehensive implementation plan" -> "the Japan-ASEAN comprehensive implementation plan" when the
 *  article names its two parties as a hyphenated pair. */
export function partiesPrefix(doc: Doc): string | undefined {
  for (const ms of doc.sentences) {
    const t = ms.tokens;
    for (let j = 0; j + 2 < t.length; j++) {
      if (t[j].pos === 'PROPN' && gluedHyphen(t[j + 1]) && t[j + 2].pos === 'PROPN') return `${t[j].text}-${t[j + 2].text}`;
    }
  }
  return undefined;
}

/** Sentences whose span already carries the parties' name in this rendering. */
let namedOnce = new WeakSet<Sentence>();

/**
 * A definite noun phrase inside a span: "the risk", "the farms". Returns the phrase's end and its
 * self-contained text, or `vague` when nothing in the article names it.
 */
function definitePhrase(doc: Doc, s: Sentence, k: number, b: number): { end: number; text?: string; vague: boolean } {
  const t = s.tokens;
  let e = k + 1;
  while (e < b && /^(ADJ|NOUN|NUM|PROPN)$/.test(t[e].pos) && !(t[e].pos === 'NOUN' && /^(PROPN)$/.test(t[e + 1]?.pos ?? '') && false)) e++;
  if (e === k + 1) return { end: k + 1, vague: false };
  const words = t.slice(k + 1, e);
  const head = t[e - 1];
  // "the Bank", "the Commission": a body's short name stands for the one full name the article gives it ("the
  // Bank of England"); with none, or several, no reader can tell which.
  if (words.length === 1 && /^[A-Z][a-z]+$/.test(words[0].text) && SHORT_BODY_NAMES.has(words[0].lower) && !/^(of|for|and|&)$/.test(t[e]?.lower ?? '') && !/^[A-Z]/.test(t[e]?.text ?? '')) {
    const full = bodyFullName(doc, words[0].text);
    return full ? { end: e, text: full, vague: false } : { end: e, vague: true };
  }
  // "the former VP", "the CEO": an office written short names no one (the story names Cheney "former Vice
  // President" and Harris "Vice President": which holder is meant is a guess).
  if (ROLE_ABBREVIATIONS.has(head.text) && words.length <= 2 && words.slice(0, -1).every((x) => /^[a-z]/.test(x.text))) return { end: e, vague: true };
  // Named inside ("the Japan-ASEAN partnership", "the 2032 Olympics") or after ("the streets of New Orleans").
  if (words.some((x) => x.pos === 'PROPN' || x.pos === 'NUM' || /^[A-Z]/.test(x.text))) return { end: e, vague: false };
  if (/^(of|from|in|at|for|between|with|by|on)$/.test(t[e]?.lower ?? '') && t.slice(e + 1, e + 5).some((x) => x.pos === 'PROPN' || /^[A-Z]/.test(x.text))) return { end: e, vague: false };
  if (e - k === 2 && MEASURE_OF.has(head.lemma) && t[e]?.lower === 'of' && /^(NOUN|ADJ)$/.test(t[e + 1]?.pos ?? '') && e + 2 < b) return { end: e, vague: false };
  if (GENERIC.has(head.lemma) || head.pos !== 'NOUN') return { end: e, vague: false };
  const named = e - k === 2 ? resolveDescription(doc, s, k, e) : undefined;
  if (named) return { end: e, text: named, vague: false };
  if (CURRENCIES.has(head.lemma)) return { end: e, vague: false };
  if (PLAN_NOUNS.has(head.lemma)) {
    const parties = partiesPrefix(doc);
    // Once per sentence is enough: "the Japan-ASEAN joint vision adopted during the special summit".
    const before = s.text.slice(0, t[k].start);
    if (parties && !before.includes(parties) && !namedOnce.has(s)) {
      namedOnce.add(s);
      return { end: e, text: `the ${parties} ${s.text.slice(t[k + 1].start, t[e - 1].end)}`, vague: false };
    }
    if (parties) return { end: e, vague: false };
  }
  return { end: e, vague: true };
}

/** Offices news writes short. */
const ROLE_ABBREVIATIONS = new Set(['VP', 'CEO', 'CFO', 'COO', 'PM']);

/** Bodies a story names in full once and then by their kind ("the Bank", "the Commission"); not the ones a
 *  reader places alone ("the Senate", "the House", "the police"). */
const SHORT_BODY_NAMES = new Set(['bank', 'commission', 'court', 'board', 'committee', 'council', 'ministry', 'department', 'agency', 'company', 'group', 'union', 'fund', 'authority', 'institute', 'association', 'foundation', 'office', 'bureau', 'federation', 'corporation', 'service']);

/** The one organisation name in the article holding this word ("Bank" -> "the Bank of England"), if one. */
function bodyFullName(doc: Doc, word: string): string | undefined {
  const names = new Set<string>();
  const has = new RegExp(`\\b${word}\\b`);
  for (const x of doc.sentences) for (const e of x.entities) if ((e.type === 'organisation' || e.type === 'other') && e.text !== word && has.test(e.text)) names.add(e.text);
  if (names.size !== 1) return undefined;
  const [name] = names;
  return /^(The|the) /.test(name) ? name.replace(/^The /, 'the ') : `the ${name}`;
}

/** Whether a noun phrase [a, b) is a vague definite description ("the plan", "the leaders"). */
/** "the Prime Minister" as a whole span: the title in lower case ("prime minister"), else undefined. */
function titleOnly(s: Sentence, a: number, b: number): string | undefined {
  if (s.tokens[a]?.lower !== 'the' || b - a < 2 || b - a > 4) return undefined;
  const words = s.tokens.slice(a + 1, b);
  if (!words.every((t) => /^[A-Z][a-z]+$/.test(t.text))) return undefined;
  const head = words[words.length - 1].lower;
  if (!TITLES.has(head) && !PERSON_ROLES.has(head)) return undefined;
  return words.map((t) => t.lower).join(' ');
}

/** The one person the article gives this title ("British Prime Minister Boris Johnson"), by full name. */
function officeHolder(doc: Doc, office: string): string | undefined {
  const holders = new Set<string>();
  for (const info of doc.people.values()) if (info.title && new RegExp(`\\b${office}\\b`, 'i').test(info.title)) holders.add(info.name);
  if (holders.size === 0) {
    // The title written right before a name in the text: "Prime Minister Boris Johnson".
    for (const x of doc.sentences) {
      const at = x.text.toLowerCase().indexOf(`${office} `);
      if (at < 0) continue;
      const words = x.text.slice(at + office.length + 1).split(/\s+/).slice(0, 3);
      for (let n = 3; n >= 2; n--) {
        const name = words.slice(0, n).join(' ').replace(/[.,;:'’]+$/, '');
        if (/^(\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+$/u.test(name) && x.entities.some((e) => (e.type === 'person' || e.type === 'other') && e.text.endsWith(name))) {
          holders.add(name);
          break;
        }
      }
    }
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** Does the sentence before, or this one before the description, name a person other than `main`? */
function othersNamedBefore(doc: Doc, s: Sentence, a: number, main: string): boolean {
  const surname = main.split(' ').pop()!;
  const prev = s.n > 0 ? doc.sentences[s.n - 1].entities : [];
  return [...prev, ...s.entities.filter((e) => e.end <= a)].some((e) => e.type === 'person' && e.text.split(' ').pop() !== surname);
}

/** "the 29-year-old" (one token or five: "29 - year - old"): an age standing for a person. */
function isAge(s: Sentence, a: number, b: number): boolean {
  return b - a >= 2 && /^\d+-year-old$/.test(s.text.slice(s.tokens[a + 1].start, s.tokens[b - 1].end));
}

function isVague(s: Sentence, a: number, b: number): boolean {
  const det = s.tokens[a]?.lower;
  if (det !== 'the' && det !== 'this' && det !== 'that' && det !== 'these' && det !== 'those') return false;
  if (isAge(s, a, b)) return true;
  const words = s.tokens.slice(a + 1, b);
  const head = words[words.length - 1];
  // ("the German company" names no company: a nationality before a company word is no name.)
  const nationality = (t: Token) => DEMONYMS.has(t.text) && !!head && COMPANY_WORDS.has(head.lemma);
  if (words.some((t) => (t.pos === 'PROPN' && !nationality(t)) || t.pos === 'NUM')) return false;
  if (!head) return true;
  if (PERSON_ROLES.has(head.lemma) || COMPANY_WORDS.has(head.lemma)) return true;
  return VAGUE_HEADS.has(head.lemma) && (det !== 'the' || words.length <= 1);
}

/** "make that attribution without evidence", tagged a conjunction: no verb follows its noun, so it points back. */
function demonstrativeThat(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j++;
  return j > k + 1 && tokens[j]?.pos !== 'VERB' && tokens[j]?.pos !== 'AUX';
}

/**
 * Render tokens [a, b) of a sentence self-contained. Returns undefined if a pronoun or vague
 * description cannot be resolved.
 */
export function renderSpan(doc: Doc, s: Sentence, a: number, b: number, lowerFirst = true, subject?: string, lenient = false): string | undefined {
  namedOnce = new WeakSet<Sentence>();
  const words: { text: string; space: string }[] = [];
  const tokens = s.tokens;
  // "the Prime Minister", "the President": a capitalised title alone names whoever holds it in the article.
  const office = titleOnly(s, a, b);
  if (office !== undefined) {
    const holder = officeHolder(doc, office);
    return holder ? `${s.text.slice(s.tokens[a + 1].start, s.tokens[b - 1].end)} ${holder}` : undefined;
  }
  // Noun-phrase level: a lone vague description as the whole span.
  if ((b - a <= 4 || isAge(s, a, b)) && isVague(s, a, b) && !ownedPhrase(doc, s, a, b)) {
    const named = resolveDescription(doc, s, a, b);
    if (!named) return undefined;
    return named;
  }
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    // "Sales fell" in a brief about Toshiba: "Toshiba's sales".
    const owned = ownedPhrase(doc, s, k, b);
    // Once is enough: "Japan's domestic demand contributed to growth", not "... to Japan's growth".
    if (owned && !subject?.includes(owned.text.slice(0, owned.text.indexOf(' ') + 1))) {
      words.push({ text: owned.text, space: t.space });
      k = owned.end - 1;
      continue;
    }
    // A parenthesis that is not an acronym ("$102.6bn (£53.51bn)") is left out of a question.
    if (t.text === '(' && !(tokens[k + 2]?.text === ')' && doc.acronyms.has(tokens[k + 1].text))) {
      let close = k + 1;
      while (close < b && tokens[close].text !== ')') close++;
      if (close < b) { k = close; continue; }
      return undefined;
    }
    // "Long Form (ABBR)" -> "ABBR"; but a short long form of an abbreviation readers do not know stays long ("Arts
    // Alliance Digital Cinema", not "AADC": raters failed questions naming "AADC", "BOI", "CFCA" unexplained).
    const acr = t.text === '(' && tokens[k + 2]?.text === ')' ? doc.acronyms.get(tokens[k + 1].text) : undefined;
    if (acr) {
      const longWords = acr.long.split(/\s+/).length;
      const keepLong = !WELL_KNOWN_ABBREVIATIONS.has(tokens[k + 1].text) && longWords <= 4 && words.slice(-longWords).map((w) => w.text).join(' ') === acr.long;
      if (keepLong) {
        k += 2;
        continue;
      }
      let cut = words.length - longWords;
      // ("the Association of Southeast Asian Nations (ASEAN)" is "ASEAN", but "The International Association of
      // Athletics Federations (IAAF) council" is "the IAAF council": an initialism keeps its article.)
      if (cut > 0 && words[cut - 1].text.toLowerCase() === 'the' && !spelledOut(tokens[k + 1].text)) cut--;
      const space = cut >= 0 && cut < words.length ? words[cut].space : ' ';
      if (cut >= 0) words.splice(cut);
      words.push({ text: tokens[k + 1].text, space });
      k += 2;
      continue;
    }
    // A definite description must say which: "the risk" alone is not self-contained.
    if (t.lower === 'the' && !(k + 2 < b && COMPANY_WORDS.has(tokens[k + 1].lemma) && /^['’]s$/.test(tokens[k + 2].text))) {
      const d = definitePhrase(doc, s, k, b);
      if (d.vague && !lenient) return undefined;
      if (d.text) {
        words.push({ text: d.text, space: t.space });
        k = d.end - 1;
        continue;
      }
    }
    // "the company's debt" -> "Parmalat's debt".
    if (t.lower === 'the' && k + 2 < b && COMPANY_WORDS.has(tokens[k + 1].lemma) && /^['’]s$/.test(tokens[k + 2].text)) {
      const named = companyReferent(doc, s, k, false);
      if (!named) return undefined;
      words.push({ text: `${named}'s`, space: t.space });
      k += 2;
      continue;
    }
    if (t.lower === 'that' && t.pos === 'SCONJ' && demonstrativeThat(tokens, k)) return undefined;
    if (PERSONAL_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET')) {
      // "this year", "this week" are times, not references back.
      if (['this', 'that', 'these', 'those'].includes(t.lower) && /^(year|week|month|morning|afternoon|evening|season|summer|winter|spring|autumn|fall|weekend|quarter|time)s?$/.test(tokens[k + 1]?.lower ?? '')) {
        words.push({ text: t.text, space: t.space });
        continue;
      }
      if (['this', 'that', 'these', 'those'].includes(t.lower)) return undefined;
      if (['we', 'us', 'our', 'i', 'me', 'my', 'you', 'your'].includes(t.lower)) return undefined;
      // "Russia is not equipped to defend its ally": a possessive that agrees with the clause's own subject
      // refers to it, whatever name came before.
      if (subject && possessiveOfSubject(doc, t.lower, subject)) {
        words.push({ text: t.text, space: t.space || ' ' });
        continue;
      }
      // "The US and its allies": a possessive after "and" refers to the name just before it, in the same phrase.
      if (/^(his|her|its|their)$/.test(t.lower) && k - 2 >= a && tokens[k - 1].lower === 'and' && s.entities.some((e) => e.end === k - 1 && e.start >= a)) {
        words.push({ text: t.text, space: t.space || ' ' });
        continue;
      }
      // "politicians did not deliver what they promised": "they" after a plural subject is that subject,
      // which a question cannot repeat as a pronoun.
      if (subject && /^(they|them)$/.test(t.lower) && pluralCommon(subject)) return undefined;
      const r = resolvePronoun(doc, s, k);
      if (!r) return undefined;
      // "Why did Boris Johnson give up his seat?": a possessive that refers to the question's own subject stays.
      // ("Did Melania Trump's office give a reason for her absence?": so does one referring to the subject's owner.)
      if (subject && /^(his|her|its|their)$/.test(t.lower) && (subject.endsWith(r.replace(/['’]s$/, '')) || subject.startsWith(r))) {
        words.push({ text: t.text, space: t.space || ' ' });
        continue;
      }
      // "the Fed made it almost free to borrow": an object pronoun is never the clause's own subject (that would be
      // "itself"), so a resolution to it is wrong ("Why did the Fed make the Fed almost free ...?").
      if (subject && /^(it|him|her|them)$/.test(t.lower) && subject.endsWith(r)) return undefined;
      words.push({ text: r, space: t.space || ' ' });
      continue;
    }
    // "Mr Sullivan" -> "John Sullivan": the courtesy title goes when the article gives the full name, and a
    // reader cannot place the question without it.
    if (HONORIFIC.test(t.text) && /^[A-Z]/.test(tokens[k + 1]?.text ?? '') && k + 1 < b) {
      // The surname with its hyphenated parts ("Kilroy-Silk"), then no further capitalised word.
      let e = k + 2;
      while (e + 1 < b && tokens[e].text === '-' && tokens[e].space === '' && tokens[e + 1].space === '') e += 2;
      if (!/^[A-Z]/.test(tokens[e]?.text ?? '')) {
        const full = fullName(doc, s.text.slice(tokens[k + 1].start, tokens[e - 1].end), { n: s.n, offset: t.start });
        if (!full) return undefined;
        words.push({ text: full, space: t.space });
        k = e - 1;
        continue;
      }
    }
    // A person's bare surname becomes the full name the article gives ("Hodgson" -> "Roy Hodgson"), from its
    // list of people or its text ("Ronan O'Gara" for "O'Gara"). (The tagger calls some companies people and
    // some people "other": a name with no full form anywhere is left as it is.)
    const single = s.entities.find((e) => e.start === k && e.end === k + 1 && (e.type === 'person' || e.type === 'other'));
    // ("Sky Harbor's Terminal 4": after a possessive or before a number it is no surname.)
    if (single && s.text[t.end] !== '-' && !companyApposition(tokens, k) && !/\d/.test(t.text) && !/^['’]s$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.pos !== 'NUM' && !TITLES.has(tokens[k - 1]?.lower ?? '') && !/^[A-Z]/.test(tokens[k - 1]?.text ?? '') && !/^[A-Z]/.test(tokens[k + 1]?.text ?? '') && /^[A-Z](?:[a-z]|['’][A-Z])/.test(t.text)) {
      const full = fullName(doc, t.text, { n: s.n, offset: t.start });
      if (full) {
        words.push({ text: full, space: t.space });
        continue;
      }
    }
    // A newswire ticker after a company name ("Brooklyn Union Gas BU") is code, not words.
    if (isTicker(doc, s, k)) continue;
    words.push({ text: t.text, space: t.space });
  }
  let text = words.map((w, i) => (i === 0 ? w.text : w.space + w.text)).join('');
  if (lowerFirst) text = lowerInitial(text, tokens[a], doc);
  // "Sprinter Mark Lewis-Francis", "Shares in Holcim": a sentence's first word tagged as a name but
  // outside every name the article has is a capitalised common word.
  if (lowerFirst && a === 0 && text.startsWith(tokens[0].text) && tokens[0].pos === 'PROPN' && /^[A-Z][a-z]+$/.test(tokens[0].text)
    && !(TITLES.has(tokens[0].lower) && /^[A-Z]/.test(tokens[1]?.text ?? ''))
    && !opensTitle(tokens[1]?.text)
    && !s.entities.some((e) => e.start === 0 && e.type !== 'date' && e.type !== 'number' && e.type !== 'other') && !doc.people.has(tokens[0].text) && !COUNTRIES[tokens[0].text] && !DEMONYMS.has(tokens[0].text)
    && (PERSON_ROLES.has(tokens[0].lower) || /^(shares|stocks|prices|markets|investors|analysts|officials|sales|profits)$/.test(tokens[0].lower) || COMPANY_WORDS.has(tokens[0].lower) || ATTRIBUTE_NOUNS.has(tokens[0].lower)
      // ("Swarms of early morning shoppers", "Fans who buy tickets": a plural common word before "of" or a relative
      // is no name.)
      || /[^s]s$/.test(tokens[0].lower) && /^(of|who|that|in|at|from|with)$/.test(tokens[1]?.lower ?? '') && isKnownWord(tokens[0].lower.slice(0, -1)) && !mostlyCapitalised(doc, tokens[0].lower)
      // "First Republic": a word used in lower case elsewhere may still open a longer name.
      || usedLowerCase(doc, tokens[0].lower) && !mostlyCapitalised(doc, tokens[0].lower) && !s.entities.some((e) => e.start === 0 && e.end > 1))) {
    text = text[0].toLowerCase() + text.slice(1);
  }
  // ("2004's films" with its year left out gave "Have's films grabbed ...?".)
  if (/^['’]s\b/.test(text)) return undefined;
  return text;
}

/** "Ford, the US car company, ...": a name its apposition calls a company is no person's surname. */
function companyApposition(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.text !== ',') return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 9) && tokens[j].text !== ','; j++) if (COMPANY_WORDS.has(tokens[j].lemma)) return true;
  return false;
}

const HONORIFIC = /^(Mr|Mrs|Ms|Dr|Miss)\.?$/;

/** Where a surname is read: a sentence and a character offset in it. */
export interface NamePlace {
  readonly n: number;
  readonly offset: number;
}

interface FullNames {
  /** The full name a bare surname stands for anywhere in the article. */
  readonly name: string | undefined;
  /** Each "Firstname Surname" the article writes, in order. */
  readonly mentions: readonly NameMention[];
}

interface NameMention {
  readonly name: string;
  readonly n: number;
  readonly offset: number;
  /** Introduced as someone's relative ("his father Harry Levin"). */
  readonly relative: boolean;
}

const KIN_BEFORE = /\b(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|widow|widower|stepfather|stepmother|stepson|stepdaughter|parents?|children|sons|daughters|brothers|sisters)['’]?,?\s+(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.?\s+)?$/i;

/** The full name of a person the article names by surname: from its list of people, else the first
 *  "Firstname Surname" in its text (not "Mr Surname", "The Surname" or "President Surname"). When two people
 *  share the surname and the place it is read is given, the one named in full last before it ("full-back Jason
 *  Robinson would ... Robinson has been blamed" in a story that names coach Andy Robinson more often). */
export function fullName(doc: Doc, surname: string, at?: NamePlace): string | undefined {
  let names = FULL_NAMES.get(doc);
  if (!names) FULL_NAMES.set(doc, (names = new Map()));
  let found = names.get(surname);
  if (!found) names.set(surname, (found = findFullName(doc, surname)));
  if (at && found.name && new Set(found.mentions.map((m) => m.name)).size > 1) {
    const last = found.mentions.filter((m) => m.n < at.n || (m.n === at.n && m.offset < at.offset)).at(-1);
    // Only a full name just before (a passing mention far back does not take the surname over), and not a
    // relative's ("his father Harry Levin", "Bolsonaro's son, Sen. Flavio Bolsonaro"): a family shares a
    // surname, and the story's own person keeps it.
    if (last && at.n - last.n <= 2 && !last.relative) return last.name;
  }
  return found.name;
}

const FULL_NAMES = new WeakMap<Doc, Map<string, FullNames>>();

function findFullName(doc: Doc, surname: string): FullNames {
  const mentions: NameMention[] = [];
  // "band Kasabian", "firm Dyson": a name the article calls a group is no one's surname ("Linda Kasabian" is who the
  // band is named after).
  const group = new RegExp(`\\b(?:band|group|duo|trio|quartet|firm|company|label|club|team|outfit)\\s+${escapeRegExp(surname)}\\b`);
  if (doc.sentences.some((s) => group.test(s.text))) return { name: undefined, mentions };
  return { name: findName(doc, surname, mentions), mentions };
}

function findName(doc: Doc, surname: string, mentions: NameMention[]): string | undefined {
  // The full name the article gives this surname: "Johnson" in a story that opens with Boris Johnson and later
  // names his father Stanley is Boris; the people list alone would say whoever it met last.
  let titled: string | undefined;
  // Compiling the name pattern costs more than the search: only when some capitalised word precedes the name.
  const preceded = doc.sentences.some((x) => {
    for (let i = x.text.indexOf(` ${surname}`); i > 0; i = x.text.indexOf(` ${surname}`, i + 1)) {
      const before = x.text.slice(0, i).split(' ').pop() ?? '';
      if (/^\p{Lu}/u.test(before)) return true;
    }
    return false;
  });
  if (preceded) {
    const found: string[] = [];
    // One first name (hyphenated or with a middle initial), so "Director Kash Patel" gives "Kash Patel".
    const re = new RegExp(`(?<![\\p{L}'’])(\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\.?)?) ${escapeRegExp(surname)}(?![\\p{L}]|-\\p{L})`, 'gu');
    for (const x of doc.sentences) {
      if (!x.text.includes(` ${surname}`)) continue;
      for (const m of x.text.matchAll(re)) {
        const first = m[1].split(/[ -]/)[0];
        if (x.times.some((t) => t.text.includes(m[1]))) continue;
        const whole = `${m[1]} ${surname}`;
        // "President Bush" names him well enough when no first name is given.
        if (TITLES.has(first.toLowerCase()) && !HONORIFIC.test(first) && !m[1].includes(' ')) titled ??= whole;
        if (HONORIFIC.test(first) || !firstNameLike(first, doc) || doc.acronyms.has(first)) continue;
        // A name the tagger saw as one, with nothing but titles before it: not "Moderna Covid-19", "Malin Space
        // Science" or "State Spartans" (of "Norfolk State Spartans").
        const known = doc.people.get(surname)?.name;
        // The people list may hold the longer form ("Mani Shankar Aiyar" for "Shankar Aiyar").
        // (Not a role the tagger read into the name: "Actress Julia Roberts".)
        const extra = known && known.endsWith(` ${whole}`) ? known.slice(0, -whole.length - 1).split(' ') : [];
        const best = known && extra.length && extra.every((w) => firstNameLike(w, doc) && !isRoleWord(w)) ? known : whole;
        // The tagger may call a titled chunk an organisation ("Former Federal Reserve Chairman Alan Greenspan"):
        // then the title must be there, so "Goldman Sachs" is no full name of a Mr Sachs.
        const chunk = (e: Entity) => {
          const prefix = e.text.slice(0, e.text.indexOf(whole));
          // ("New Castle County Executive Matt Meyer" is read as a place.)
          return (e.type === 'person' || e.type === 'other' || ((e.type === 'organisation' || e.type === 'place') && prefix.trim() !== '')) && titleBefore(prefix);
        };
        if (x.entities.some((e) => e.text.includes(whole) && chunk(e))) {
          found.push(best);
          mentions.push({ name: best, n: x.n, offset: m.index!, relative: KIN_BEFORE.test(x.text.slice(0, m.index)) });
        }
      }
    }
    // Two people share the surname (Alan Greenspan and his father Herbert): the one the article names in full
    // most often, the first of them on a tie.
    if (found.length) {
      const mentions = (name: string) => doc.sentences.reduce((n, x) => n + x.text.split(name).length - 1, 0);
      const best = found.reduce((a, b) => (mentions(b) > mentions(a) ? b : a));
      // ("Biden's lawyer" in a story about Hunter Biden that names President Joe Biden: the bare surname is more
      // likely whoever the article names most, and when that is not the titled one, it stays bare.)
      const rivals = [...new Set([...doc.people.values()].map((p) => p.name))].filter((n) => n !== best && n.endsWith(` ${surname}`));
      if (rivals.some((n) => mentions(n) > mentions(best))) return undefined;
      return best;
    }
  }
  const known = doc.people.get(surname)?.name;
  if (known && known !== surname && known.endsWith(` ${surname}`) && firstNameLike(known.split(' ')[0], doc)) return known;
  return surnameFirst(doc, surname) ?? titled;
}

/** "Deputy prime minister Kim Mahn-Je", "President Xi Jinping": a name written family name first, which the
 *  article later shortens to that name alone ("Kim said ..."). Only a two-word person name whose first word is the
 *  surname asked about, with a hyphenated given name or a title before it ("Apple Watch", "Real Madrid" and "Fiat
 *  Auto" are tagged people too). */
function surnameFirst(doc: Doc, surname: string): string | undefined {
  const re = new RegExp(`^${escapeRegExp(surname)} \\p{Lu}\\p{Ll}+(-\\p{Lu}?\\p{Ll}+)?$`, 'u');
  for (const s of doc.sentences) {
    for (const e of s.entities) {
      const m = e.type === 'person' ? re.exec(e.text) : null;
      if (m && (m[1] || TITLES.has(s.tokens[e.start - 1]?.lower ?? ''))) return e.text;
    }
  }
  return undefined;
}

/** Could the word open a person's name? Not "Former", "European", "Keeper" or a country. */
function firstNameLike(word: string, doc: Doc): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !NOT_FIRST_NAMES.has(word) && !DEMONYMS.has(word) && !COUNTRIES[word] && !TITLES.has(word.toLowerCase()) && !PERSON_ROLES.has(word.toLowerCase()) && !usedLowerCase(doc, word.toLowerCase());
}

/** What may stand right before a first name inside a name chunk: nothing, or a title ("Transport Minister Jane
 *  Porter", "FBI Director Kash Patel"), not another name word ("Norfolk State Spartans" is no "State Spartans"). */
function titleBefore(prefix: string): boolean {
  const w = prefix.trim().split(/\s+/).pop() ?? '';
  return !w || TITLES.has(w.toLowerCase()) || TITLES.has(w.toLowerCase().replace(/\.$/, '')) || DEMONYMS.has(w) || /^[A-Z]{2,5}$/.test(w) || /['’]s$/.test(w) || /^(the|former|then|acting|registrar|attorney)$/i.test(w);
}

/** Capitalised words that come before a surname without being a first name (titles and roles are checked apart). */
const NOT_FIRST_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'For', 'When', 'While', 'After', 'Before', 'If', 'As', 'By', 'With', 'From', 'To', 'Of', 'Saint', 'St', 'Team', 'Rep', 'Sen', 'Gov', 'Gen', 'Col', 'Sgt', 'Agent', 'Prof', 'Father', 'Brother', 'Sister', 'Uncle', 'Aunt', 'Dear', 'Said', 'Says', 'Asked', 'Told', 'Meanwhile', 'However', 'Yet', 'Then', 'Now', 'So', 'Also', 'Both', 'Neither', 'Former', 'Late', 'Young', 'Old', 'New', 'Big', 'Little',
]);

function pluralCommon(subject: string): boolean {
  const last = subject.split(/\s+/).pop() ?? '';
  return /^[a-z]+s$/.test(last) && !/ss$/.test(last);
}

function isPersonName(doc: Doc, subject: string): boolean {
  const last = subject.split(/\s+/).pop() ?? '';
  return doc.people.has(last) || doc.people.has(subject);
}

/** Does a possessive agree with the subject so that it refers to it: "his" after a person, "its" after
 *  a named body or country, "their" after a plural? */
function possessiveOfSubject(doc: Doc, pronoun: string, subject: string): boolean {
  if (pronoun === 'his' || pronoun === 'her') return isPersonName(doc, subject);
  if (pronoun === 'its') return /^[A-Z]/.test(subject) && !isPersonName(doc, subject) && !/\band\b/.test(subject);
  if (pronoun === 'their') return pluralCommon(subject) || /\band\b/.test(subject);
  return false;
}

/** How the article writes a word inside sentences (not first): only capitalised, only in lower case, or both or
 *  never (undefined). */
function midSentenceCase(doc: Doc, word: string): 'upper' | 'lower' | undefined {
  const c = caseCounts(doc).get(word.toLowerCase());
  if (!c) return undefined;
  if (c.upper && !c.lower) return 'upper';
  if (c.lower && !c.upper) return 'lower';
  return undefined;
}

/** mostlyCapitalisedIn over the article's own counts. */
export function mostlyCapitalised(doc: Doc, word: string): boolean {
  return mostlyCapitalisedIn(caseCounts(doc), word);
}

/** midSentenceCaseCounts of the article, computed once. */
function caseCounts(doc: Doc): CaseCounts {
  let counts = CASE_COUNTS.get(doc);
  if (!counts) CASE_COUNTS.set(doc, (counts = midSentenceCaseCounts(doc.sentences.map((x) => x.tokens))));
  return counts;
}

const CASE_COUNTS = new WeakMap<Doc, CaseCounts>();

/** Does the article use the word in lower case somewhere (so it is a common word)? */
export function usedLowerCase(doc: Doc, word: string): boolean {
  let words = TOKEN_TEXTS.get(doc);
  if (!words) TOKEN_TEXTS.set(doc, (words = new Set(doc.sentences.flatMap((x) => x.tokens.map((t) => t.text)))));
  return words.has(word);
}

/** Every token's text, once per article: asked for each sentence-initial word and each candidate first name. */
const TOKEN_TEXTS = new WeakMap<Doc, ReadonlySet<string>>();

function isTicker(doc: Doc, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!/^[A-Z]{1,5}$/.test(t.text) || k === 0 || doc.acronyms.has(t.text)) return false;
  const prev = s.tokens[k - 1];
  if (prev.pos !== 'PROPN' || !/^[A-Z][a-z]/.test(prev.text)) return false;
  // "The London FTSE fell": a code heading its subject is a name ("Gas BU, a ... utility" is followed by a comma).
  const next = s.tokens[k + 1];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  // A code the article uses once, inside a name chunk ("Gas BU, a New York gas utility").
  const ent = s.entities.find((e) => e.start < k && e.end > k);
  // Companies only: "Washington DC" keeps its letters.
  if (!ent || ent.end !== k + 1 || (ent.type !== 'organisation' && ent.type !== 'other') || /\b(Washington|DC|Co|Inc|Corp|Ltd|Plc)\b/.test(t.text)) return false;
  let uses = 0;
  for (const x of doc.sentences) uses += (x.text.match(new RegExp(`\\b${t.text}\\b`, 'g')) ?? []).length;
  return uses === 1;
}

/** Modifiers that never open a name: "Former Olympic champion Michael Johnson", "Ex-chatshow host ...". */
const OFFICES = /^(president|minister|senator|governor|mayor|chief|director|executive|founder|captain|chairman|judge|general|congressman|congresswoman|lawmaker)$/;

/** A word for what someone is or does ("actress", "striker"), not part of their name. */
export function isRoleWord(word: string): boolean {
  return PERSON_ROLES.has(word.toLowerCase()) || MORE_ROLES.has(word.toLowerCase());
}

/** Positions in a team and trades, written before a name: "keeper Petr Cech", "analyst Christian Schulz". */
const MORE_ROLES = new Set([
  'medallist', 'medalist', 'keeper', 'winger', 'flanker', 'hooker', 'prop', 'lock', 'fly-half', 'scrum-half', 'full-back', 'centre', 'wing', 'number', 'skipper', 'sprinter', 'hurdler', 'jockey', 'trainer', 'pitcher', 'quarterback', 'linebacker', 'receiver',
  'analyst', 'teenager', 'youngster', 'schoolboy', 'schoolgirl', 'rookie', 'newcomer', 'economist', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson', 'researcher', 'scientist', 'expert', 'lawyer', 'attorney', 'prosecutor', 'teacher', 'doctor', 'designer', 'chef', 'photographer', 'producer', 'writer', 'novelist', 'poet', 'historian',
]);

const DESCRIPTOR_OPENERS = /^(?:Former|Ex-[a-z][\w-]*|Veteran|Cult|Budget|Embattled|Struggling|Troubled|Beleaguered|Defiant|Outgoing|Retired|Interim|Fellow|Rival)$/;

/** Lower-case the first word unless it is a name or an acronym. */
/** "Foreign Secretary Jack Straw": the word before a capitalised title opens it and keeps its capital, even one the
 *  article uses in lower case elsewhere ("foreign aid"). */
function opensTitle(next: string | undefined): boolean {
  return !!next && /^[A-Z][a-z]+$/.test(next) && TITLES.has(next.toLowerCase());
}

export function lowerInitial(text: string, first: Token | undefined, doc?: Doc): string {
  if (!first) return text;
  if (DESCRIPTOR_OPENERS.test(first.text) && text.startsWith(first.text)) return text[0].toLowerCase() + text.slice(1);
  // How the article writes the word inside its sentences settles it: "Ford" stays, "Conservative" does not.
  const usage = doc && /^[A-Z][a-z]+$/.test(first.text) ? midSentenceCase(doc, first.text) : undefined;
  // "Actor Bruce Willis", "Keeper Petr Cech": a role word before a person's name is a common noun, however tagged
  // (unless the article capitalises it inside sentences too: "Star Trek").
  // (An office is a title: "President Joe Biden", "Governor Kathy Hochul".)
  // ("Attorney General Ken Paxton": a role word before an office word is part of the title.)
  const nextWord = text.slice(first.text.length + 1).split(' ')[0].toLowerCase();
  if (/^[A-Z][a-z]+$/.test(first.text) && isRoleWord(first.text) && usage !== 'upper' && text.startsWith(first.text) && !OFFICES.test(first.lower) && !OFFICES.test(nextWord)
    && /^[A-Z][a-z]/.test(text.slice(first.text.length + 1))) return text[0].toLowerCase() + text.slice(1);
  // "New Southampton manager Harry Redknapp": "New" before a name and its role is the adjective.
  if (first.text === 'New' && /^New [A-Z][\w'’-]+ (?:manager|coach|boss|chief|captain|chairman|owner|signing|leader)\b/.test(text)) return `n${text.slice(1)}`;
  if (usage === 'upper') return text;
  if (text.startsWith(first.text) && !/^(The|A|An)$/.test(first.text) && opensTitle(text.slice(first.text.length + 1).split(' ')[0])) return text;
  if (usage === 'lower' && text.startsWith(first.text) && !TITLES.has(first.lower)) return text[0].toLowerCase() + text.slice(1);
  if (first.pos === 'PROPN' || /^[A-Z]{2,}/.test(first.text) || first.text === 'I') return text;
  // "President Joe Biden": a title before a name is part of the name.
  if (TITLES.has(first.lower) && /^[A-Z]/.test(text.split(' ')[1] ?? '')) return text;
  // A substituted name (for a pronoun or description) keeps its capitals.
  if (!text.startsWith(first.text)) return text;
  // "First Republic was seized", "Downing/VERB Street has confirmed": a capitalised noun (or a name the tagger read
  // as a verb) before a name is part of it.
  if ((first.pos === 'NOUN' || first.pos === 'VERB') && /^[A-Z][a-z]/.test(first.text) && !PERSON_ROLES.has(first.lower) && /^[A-Z]/.test(text.slice(first.text.length + 1))) return text;
  // Demonyms and words with inner capitals are names: "European leaders", "GlaxoSmithKline".
  if (DEMONYMS.has(first.text) || COUNTRIES[first.text] !== undefined || /^.+[A-Z]/.test(first.text)) return text;
  return text[0].toLowerCase() + text.slice(1);
}
