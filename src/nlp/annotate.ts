// annotate(article) -> Doc: the one pass of language analysis every later stage reads.
import type { Article } from '../types.js';
import type { Doc, Entity, Sentence, Token } from './doc.js';
import { gluedHyphen, isContent, midSentenceCaseCounts, mostlyCapitalisedIn } from './doc.js';
import { isKnownWord, tokenizeParagraph, type RawSentence } from './tokenize.js';
import { findEntities } from './entities.js';
import { findAcronyms } from './acronyms.js';
import { collectPeople } from './people.js';
import { findTimes } from './time/index.js';
import { BLOCS, COUNTRIES, PLACES } from '../lang/en/places.js';

/** wink tags sentence-initial capitalised common words as PROPN ("Leaders from ..."): retag them
 *  when the same word occurs lower-case elsewhere in the article, or is a plain plural/verb form. */
function isGazetteerName(w: string): boolean {
  return COUNTRIES[w] !== undefined || PLACES.has(w) || BLOCS.has(w) || /^[A-Z]{2,}/.test(w);
}

function fixInitialPos(raw: RawSentence[], lowerSeen: Map<string, Token>, capitalisedElsewhere: Set<string>): void {
  // ("I hate the new dunkin rewards" once, "Dunkin’" seven times: a name the article mostly capitalises stays one.)
  const midCase = midSentenceCaseCounts(raw.map((s) => s.tokens));
  // A word that opens several sentences and never appears in lower case is a name ("Babyshambles").
  const initialCounts = new Map<string, number>();
  for (const s of raw) if (s.tokens[0]) initialCounts.set(s.tokens[0].text, (initialCounts.get(s.tokens[0].text) ?? 0) + 1);
  for (const s of raw) {
    const t = s.tokens[0];
    if (!t || t.pos !== 'PROPN' || /^.+[A-Z]/.test(t.text)) continue;
    const seen = lowerSeen.get(t.lower);
    if (seen && seen.pos !== 'PROPN' && !mostlyCapitalisedIn(midCase, t.lower)) s.tokens[0] = { ...t, pos: seen.pos, lemma: seen.lemma };
    // A capitalised opener never used as a name elsewhere, followed by a common word, is a common noun
    // ("Purchase and delivery of ..."); names are repeated or followed by another name.
    else if (!seen && !capitalisedElsewhere.has(t.text) && (initialCounts.get(t.text) ?? 0) < 2 && /^[a-z]/.test(s.tokens[1]?.text ?? '') && !isGazetteerName(t.text) && isKnownWord(t.lower)) {
      s.tokens[0] = { ...t, pos: 'NOUN' };
    }
  }
}

/** "Ancient plays in Greece included ...", "Maternity pay for new mothers is to rise": an opening word tagged a verb
 *  (an "-s" form, or a bare form after a singular noun, which it would not agree with), whose prepositional phrase is
 *  closed by a past-tense verb or an auxiliary, is the noun phrase's head (a verb cannot follow its own phrase so). */
function fixOpeningPlurals(raw: RawSentence[]): void {
  for (const s of raw) {
    const t = s.tokens;
    if (t.length < 5 || !/^(ADJ|NOUN)$/.test(t[0].pos) || t[1].pos !== 'VERB' || t[2].pos !== 'ADP') continue;
    const plural = /[^s]s$/.test(t[1].lower);
    if (!plural && !(t[1].lower === t[1].lemma && t[0].pos === 'NOUN' && t[0].lower === t[0].lemma && !/s$/.test(t[0].lower))) continue;
    // The real verb closes the prepositional phrase: "plays in Greece included", "pay for new mothers is".
    for (let k = 3; k < Math.min(t.length, 7); k++) {
      const closes = t[k].pos === 'VERB' && /ed$/.test(t[k].lower) || /^(is|are|was|were|has|have|had|will|would|could)$/.test(t[k].lower);
      if (closes && /^(NOUN|PROPN)$/.test(t[k - 1].pos)) {
        t[1] = { ...t[1], pos: 'NOUN', lemma: plural ? t[1].lower.replace(/s$/, '') : t[1].lemma };
        break;
      }
      if (!/^(DET|ADJ|NOUN|PROPN)$/.test(t[k].pos)) break;
    }
  }
}

/** Verbs that take "to + verb", which the tagger reads as plural nouns after a name ("Kraft plans/NOUN to cut"). */
const TO_VERBS = new Set(['plans', 'aims', 'wants', 'hopes', 'intends', 'expects', 'agrees', 'vows', 'pledges', 'promises', 'seeks', 'needs', 'tries', 'refuses', 'threatens', 'offers', 'decides', 'prepares', 'moves', 'votes']);

/** "Kraft plans to cut back ...": after a name and before "to" + verb, such a word is the verb. */
function fixToVerbs(raw: RawSentence[]): void {
  for (const s of raw) {
    const t = s.tokens;
    for (let k = 1; k + 2 < t.length; k++) {
      if (t[k].pos !== 'NOUN' || !TO_VERBS.has(t[k].lower) || t[k + 1].lower !== 'to' || t[k + 2].pos !== 'VERB') continue;
      if (t[k - 1].pos !== 'PROPN') continue;
      t[k] = { ...t[k], pos: 'VERB', lemma: t[k].lower.replace(/(ie)?s$/, (m) => (m === 'ies' ? 'y' : '')) };
    }
  }
}

/** "Turkey is to relaunch/NOUN its currency": after "is/are to", a base form before its object is the verb of the
 *  news "is to" future. */
function fixIsToVerbs(raw: RawSentence[]): void {
  for (const s of raw) {
    const t = s.tokens;
    for (let k = 2; k + 1 < t.length; k++) {
      if (t[k].pos !== 'NOUN' || t[k].lower !== t[k].lemma || !/^[a-z]+$/.test(t[k].text) || t[k - 1].lower !== 'to' || !/^(is|are|was|were)$/.test(t[k - 2].lower)) continue;
      if (!/^(DET|NUM|ADJ)$/.test(t[k + 1].pos) && !/^(its|their|his|her)$/.test(t[k + 1].lower)) continue;
      t[k - 1] = { ...t[k - 1], pos: 'PART' };
      t[k] = { ...t[k], pos: 'VERB' };
    }
  }
}

/** Past forms that are never nouns, which the tagger reads as nouns ("Ulster clung/NOUN on for a win"). */
const IRREGULAR_PASTS: Readonly<Record<string, string>> = {
  clung: 'cling', flung: 'fling', slung: 'sling', knelt: 'kneel', drank: 'drink', swam: 'swim', forgave: 'forgive',
  overtook: 'overtake', mistook: 'mistake', forsook: 'forsake', beheld: 'behold', shone: 'shine', strove: 'strive',
  strode: 'stride', slew: 'slay', wrung: 'wring', stung: 'sting', swung: 'swing', sprang: 'spring',
};

function fixIrregularPasts(raw: RawSentence[]): void {
  for (const s of raw) {
    s.tokens.forEach((t, k) => {
      const lemma = IRREGULAR_PASTS[t.lower];
      if (lemma && t.pos !== 'VERB') s.tokens[k] = { ...t, pos: 'VERB', lemma };
    });
  }
}

/** Verb tags that cannot be verbs where they stand, which the tagger gives to names and participles:
 *  - a capitalised word beside a name mid-sentence ("England's Josh/VERB Lewsey");
 *  - a capitalised opener never used lower-case in the article that is followed by a comma ("Ford/VERB, the US car
 *    company"), heads a run of names that is the subject ("Downing/VERB Street has confirmed") or is capitalised
 *    mid-sentence elsewhere; "Putting Vioxx back on the shelves" stays a verb;
 *  - a participle before its noun after "a", "an" or "the", after a hyphen, or opening the sentence ("a failed/VERB
 *    scheme", "state-owned/VERB airline", "Distinguished/VERB lawyer Lord Scarman"). */
function fixMisreadVerbs(raw: RawSentence[], lowerSeen: Map<string, Token>, capitalisedElsewhere: Set<string>): void {
  for (const s of raw) {
    const t = s.tokens;
    for (let k = 0; k < t.length; k++) {
      const w = t[k];
      if (w.pos !== 'VERB') continue;
      const next = t[k + 1];
      const prev = t[k - 1];
      const capitalised = /^[A-Z][a-z]+$/.test(w.text);
      if (capitalised && (k > 0 ? prev.pos !== 'PUNCT' && besideName(t, k) : openingName(t, lowerSeen, capitalisedElsewhere))) {
        t[k] = { ...w, pos: 'PROPN', lemma: w.lower };
        continue;
      }
      if (headOfIndefinite(t, k)) {
        t[k] = { ...w, pos: 'NOUN' };
        continue;
      }
      if (!/(ed|en|ing)$/.test(w.lower) || w.lower === w.lemma) continue;
      const pastParticiple = /(ed|en)$/.test(w.lower);
      let adjective: boolean;
      if (k === 0) {
        // ("Citing concerns, the firm ...": an opening "-ing" clause closed by a comma is an adverbial.)
        const firstVerb = t.findIndex((x, j) => j > 0 && (x.pos === 'VERB' || x.pos === 'AUX'));
        const commaFirst = t.slice(1, firstVerb < 0 ? t.length : firstVerb).some((x) => x.text === ',');
        adjective = capitalised && !lowerSeen.has(w.lower) && (next?.pos === 'NOUN' || next?.pos === 'PROPN' && pastParticiple) && (pastParticiple || !commaFirst);
      } else if (gluedHyphen(prev)) adjective = pastParticiple && (next?.pos === 'NOUN' || next?.pos === 'PROPN');
      else adjective = /^(a|an|the)$/i.test(prev.text) && next?.pos === 'NOUN';
      if (adjective) t[k] = { ...w, pos: 'ADJ' };
    }
  }
}

/** "another SUV recall/VERB, this time ...", "a product launch/VERB in May": a base form that closes a phrase opened
 *  by "a", "an" or "another" (before a comma or preposition) is that phrase's noun; no verb follows "a" so. */
function headOfIndefinite(t: readonly Token[], k: number): boolean {
  const next = t[k + 1];
  if (t[k].lower !== t[k].lemma || !next || !(/^[,.;:)]$/.test(next.text) || next.pos === 'ADP' && next.lower !== 'to')) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && /^(ADJ|NOUN|PROPN)$/.test(t[j].pos)) j--;
  return j < k - 1 && /^(a|an|another)$/i.test(t[j]?.text ?? '');
}

function besideName(t: readonly Token[], k: number): boolean {
  const name = (x: Token | undefined) => x?.pos === 'PROPN' && /^[A-Z]/.test(x.text);
  return name(t[k + 1]) || name(t[k - 1]);
}

function openingName(t: readonly Token[], lowerSeen: Map<string, Token>, capitalisedElsewhere: Set<string>): boolean {
  if (lowerSeen.has(t[0].lower)) return false;
  if (t[1]?.text === ',') return true;
  let run = 1;
  while (t[run]?.pos === 'PROPN') run++;
  if (run === 1) return false;
  return capitalisedElsewhere.has(t[0].text) || t[run]?.pos === 'AUX' || t[run]?.pos === 'VERB';
}

export function annotate(article: Article): Doc {
  const raw: { paragraph: number; index: number; s: RawSentence }[] = [];
  article.paragraphs.forEach((p, paragraph) => {
    tokenizeParagraph(p).forEach((s, index) => raw.push({ paragraph, index, s }));
  });
  // POS of words seen lower-case in the article, to correct sentence-initial tags.
  const lowerSeen = new Map<string, Token>();
  for (const { s } of raw) for (const t of s.tokens) if (t.i > 0 && /^[a-z]/.test(t.text)) lowerSeen.set(t.lower, t);
  const capitalisedElsewhere = new Set<string>();
  for (const { s } of raw) for (const t of s.tokens) if (t.i > 0 && /^[A-Z]/.test(t.text)) capitalisedElsewhere.add(t.text);
  if (article.title) for (const w of article.title.split(/\s+/)) capitalisedElsewhere.add(w.replace(/[^A-Za-z'’-]/g, ''));
  fixInitialPos(raw.map((r) => r.s), lowerSeen, capitalisedElsewhere);
  fixToVerbs(raw.map((r) => r.s));
  fixIrregularPasts(raw.map((r) => r.s));
  fixIsToVerbs(raw.map((r) => r.s));
  fixMisreadVerbs(raw.map((r) => r.s), lowerSeen, capitalisedElsewhere);
  fixOpeningPlurals(raw.map((r) => r.s));

  const acronyms = new Map<string, { long: string; sentence: number }>();
  const sentences: Sentence[] = raw.map(({ paragraph, index, s }, n) => {
    for (const [short, long] of findAcronyms(s.text, s.tokens)) if (!acronyms.has(short)) acronyms.set(short, { long, sentence: n });
    const entities: Entity[] = findEntities(n, s.text, s.tokens, s.winkEntities);
    return {
      id: `p${paragraph}s${index}`,
      n,
      paragraph,
      index,
      text: s.text,
      tokens: s.tokens,
      entities,
      times: findTimes(s.text, { reference: article.date }),
    };
  });
  // An acronym's long form is an organisation wherever it appears.
  const people = collectPeople(sentences);
  const nameCounts = new Map<string, number>();
  for (const s of sentences) for (const e of s.entities) {
    if (e.type === 'date' || e.type === 'number' || e.type === 'money' || e.type === 'percent') continue;
    nameCounts.set(e.text, (nameCounts.get(e.text) ?? 0) + 1);
  }
  const lemmaCounts = new Map<string, number>();
  for (const s of sentences) {
    const seen = new Set<string>();
    for (const t of s.tokens) if (isContent(t)) seen.add(t.lemma);
    for (const l of seen) lemmaCounts.set(l, (lemmaCounts.get(l) ?? 0) + 1);
  }
  const topicLemmas = new Set<string>();
  const topicTokens: Token[] = [];
  if (article.title) for (const s of tokenizeParagraph(article.title)) topicTokens.push(...s.tokens);
  for (const s of sentences.filter((x) => x.paragraph === 0)) topicTokens.push(...s.tokens);
  for (const t of topicTokens) if (isContent(t) && t.pos !== 'VERB' && t.pos !== 'ADV') topicLemmas.add(t.lemma);
  return { article, sentences, acronyms, people, nameCounts, topicLemmas, lemmaCounts };
}
