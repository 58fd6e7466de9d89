// Frames: the clauses of a sentence that questions can be asked about, each with a
// self-contained subject. A sentence gives its main clause, a fronted subordinate clause,
// and the clause reported by "X said (that) ...".
import type { Doc, Sentence } from '../../nlp/doc.js';
import { analyseClause, type Clause } from '../../facts/clause.js';
import { REPORTING_VERBS, TITLES } from '../../lang/en/words.js';
import { isRoleWord, lowerInitial, personName, renderSpan } from './context.js';

export interface Frame {
  readonly s: Sentence;
  readonly clause: Clause;
  /** The subject, rendered self-contained. */
  readonly subject: string;
  /** Is the subject a named entity (or resolved to one)? */
  readonly named: boolean;
  /** Where the clause came from. */
  readonly role: 'main' | 'fronted' | 'reported';
  /** Who the clause is attributed to ("..., Mr Leibovich said", "Kishida said that ..."), when named. */
  readonly speaker?: Speaker;
  /** A reported clause about its own speaker: "Straw said he did not think ...". */
  readonly aboutSpeaker?: boolean;
}

export interface Speaker {
  readonly name: string;
  /** The reporting verb as written ("said", "says", "told"). */
  readonly verb: string;
}

/** The named person or organisation among tokens [a, b) that reports with a verb there. */
function speakerIn(doc: Doc, s: Sentence, a: number, b: number): Speaker | undefined {
  const verb = s.tokens.slice(a, b).find((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma));
  const who = s.entities.find((e) => e.start >= a && e.end <= b && (e.type === 'person' || e.type === 'organisation'));
  if (!verb || !who) return undefined;
  const the = who.type !== 'person' && s.tokens[who.start - 1]?.lower === 'the' ? 'the ' : '';
  return { name: who.type === 'person' ? personName(doc, who.text) : `${the}${who.text}`, verb: verb.lower };
}

/** Where the main clause ends: before a trailing attribution ", X said." or the sentence end. */
function clauseEnd(s: Sentence): { end: number; attributed: boolean } {
  const t = s.tokens;
  let end = t.length;
  while (end > 0 && /^[.!?"”’]$/.test(t[end - 1].text)) end--;
  // ", officials said" / ", said the minister" / ", he told Reuters"
  for (let k = end - 1; k > 0 && end - k <= 12; k--) {
    if (t[k].text !== ',') continue;
    const tail = t.slice(k + 1, end);
    if (tail.some((x) => x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma)) && tail.length <= 12) return { end: k, attributed: true };
    break;
  }
  return { end, attributed: false };
}

const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'claim', 'insist', 'warn', 'argue', 'believe', 'think', 'predict', 'suggest', 'estimate', 'note', 'explain', 'state', 'write', 'contend', 'reckon', 'admit', 'acknowledge', 'concede', 'maintain', 'assert']);
const FIRST_PERSON = /\b(I|we|We|my|My|our|Our|you|You|your|Your|me|us)\b/;

/** A quotation of more than a few words (or an unclosed one): the speaker's own words, not the article's. */
function hasLongQuote(s: Sentence): boolean {
  const marks = s.tokens.filter((t) => /^["“”]$/.test(t.text)).map((t) => t.i);
  if (marks.length % 2 === 1) return true;
  for (let k = 0; k + 1 < marks.length; k += 2) if (marks[k + 1] - marks[k] > 5) return true;
  return false;
}

/** Plural nouns for groups that news stories mean specifically ("workers" are this shutdown's federal
 *  workers): bare, they leave the reader asking which. */
const WHICH_GROUP = new Set([
  'workers', 'officials', 'employees', 'residents', 'authorities', 'investigators', 'police', 'officers',
  'negotiators', 'lawmakers', 'legislators', 'members', 'leaders', 'troops', 'soldiers', 'protesters', 'staff',
  'executives', 'prosecutors', 'critics', 'sources', 'researchers', 'scientists', 'analysts', 'experts',
  'fans', 'players', 'students', 'parents', 'patients', 'doctors', 'victims', 'families', 'voters', 'shareholders',
  'customers', 'users', 'teachers', 'agents', 'militants', 'rebels', 'forces', 'talks', 'results', 'figures', 'shares',
]);

/** Nationalities used as nouns for a person: "the Scot", "the Spaniard". */
const DEMONYM_NOUN = /^(Scot|Spaniard|Frenchman|Frenchwoman|Englishman|Englishwoman|Irishman|Irishwoman|Welshman|Welshwoman|Dutchman|Dutchwoman|Brazilian|Argentine|Argentinian|Italian|German|American|Australian|Russian|Swede|Dane|Norwegian|Finn|Pole|Belgian|Croat|Serb|Kenyan|Nigerian|Canadian|Mexican|Colombian|Chilean|Uruguayan|Portuguese|Chinese|Japanese|Korean|Indian|Pakistani|Israeli|Iranian|Iraqi|Egyptian|Moroccan|Ghanaian|Cameroonian|Ivorian|Senegalese|Ukrainian|Georgian|Austrian|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turk|Swiss)$/;

/** "the 31-year-old Scot", "the Spaniard", "the 82-year-old former FIFA president": a back-reference by age or
 *  nationality to someone named earlier. */
export function backReference(rendered: string): boolean {
  // ("the 101-year-old Torao Toshitsune" ends in a name and is placed.)
  const aged = /^the \d+-year-old\b.*?(\S+)$/i.exec(rendered);
  if (aged) return /^[a-z]/.test(aged[1]) || DEMONYM_NOUN.test(aged[1]);
  const nationality = /^the (?:former |veteran )?([A-Z][a-z]+)$/i.exec(rendered);
  return !!nationality && DEMONYM_NOUN.test(nationality[1]);
}

/** A subject a reader can place without the article. */
function selfContainedSubject(doc: Doc, s: Sentence, a: number, b: number, rendered: string): boolean {
  const t = s.tokens;
  // An indefinite subject ("a 20-year-old man", "one fund manager", "some analysts", "a 40-year gap to
  // the current Kim") names no one, even with a name inside.
  // A quantifier before a name is fine: "many ASEAN nations", "most EU countries".
  const quantifiedName = /^(some|several|many|most|few)$/.test(t[a].lower) && t[a + 1]?.pos === 'PROPN';
  if (/^(a|an|any|one|some|several|many|most|few|another|other|others)$/i.test(t[a].lower) && rendered.startsWith(t[a].text.toLowerCase()) && !quantifiedName) return false;
  // "None have committed to ...", "Both said ...": a lone quantifier points back to a group named elsewhere.
  if (b - a === 1 && /^(none|all|both|each|neither|either|nobody|everyone|everybody|someone|somebody|anyone|anybody|many|most|some|several|few|others)$/.test(t[a].lower)) return false;
  // (Raters failed such questions as not self-contained.)
  if (backReference(rendered)) return false;
  // "told the Independent he expected ...": a subject pronoun after other words means the object was read in.
  if (b - a > 1 && /^(he|she|they|it|we|i)$/i.test(t[b - 1].text) && t[b - 1].pos === 'PRON') return false;
  // "11 showed ...", "Thursday's live updates": a number or a date is no subject.
  const span = t.slice(a, b);
  if (span.every((x) => x.pos === 'NUM' || x.pos === 'PUNCT' || /^['’]s$/.test(x.text))) return false;
  if (t[a].pos !== 'ADP' && s.times.some((x) => x.start <= t[a].start && x.end >= t[a].end)) return false;
  // "Less than a week after DeSantis signed ...": a fronted time read as the subject.
  if (/^(less|more|just|only|shortly|soon|hours|days|weeks|months|years)$/.test(t[a].lower) && span.some((x) => /^(after|before|since|until)$/.test(x.lower))) return false;
  // "iit filed": a lower-case word that is not a noun is a typo or a stray token.
  if (b - a === 1 && /^[a-z]/.test(t[a].text) && t[a].pos !== 'NOUN' && t[a].pos !== 'PRON') return false;
  // "Workers received partial checks": which workers? (unless rendering named them).
  if (rendered === rendered.toLowerCase() && WHICH_GROUP.has(t[b - 1].lower) && span.every((x) => /^(ADJ|NOUN|DET)$/.test(x.pos))) return false;
  return true;
}

function frame(doc: Doc, s: Sentence, clause: Clause | undefined, role: Frame['role'], speaker?: Speaker, subjectText?: string, aboutSpeaker = false): Frame | undefined {
  if (!clause) return undefined;
  const [a, b] = clause.subject;
  // "Olympic heptathlon bronze medallist, Sotherton, led ...": a role with no article is headline grammar, and a
  // question on it reads broken ("What did Olympic heptathlon bronze medallist lead?").
  const head = s.tokens[b - 1];
  if (!subjectText && head.pos === 'NOUN' && head.lemma === head.lower && isRoleWord(head.lower) && !s.tokens.slice(a, b).some((x) => x.pos === 'DET' || x.pos === 'NUM' || x.pos === 'PRON' || /^['’]s$/.test(x.text))) return undefined;
  // The subject is always rendered strictly: a vague subject ("the poll") makes every question on it vague.
  const subject = subjectText ?? renderSpan(doc, s, a, b);
  if (!subject) return undefined;
  if (!subjectText && !selfContainedSubject(doc, s, a, b, subject)) return undefined;
  // Named: the rendered subject carries a name (possibly one a pronoun or description was resolved to).
  const named = /(^|\s)[A-Z]/.test(subject);
  return { s, clause, subject, named, role, speaker, ...(aboutSpeaker && { aboutSpeaker }) };
}

/** Reporting verbs (REPORTING_VERBS) of opinion or claim, whose clause is the speaker's view, not a fact. */
const BELIEF_VERBS = new Set(['believe', 'think', 'claim', 'argue', 'insist', 'suggest', 'reckon']);

/** Verbs whose addressee comes before the reported clause: "told a news conference sales are ...". */
const ADDRESS_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'notify', 'advise', 'brief', 'promise']);

/** Where the reported clause starts after a reporting verb: past the addressee ("told President Donald
 *  Trump", "told reporters") and a time ("said Thursday", "told reporters on Monday"). */
function reportedStart(s: Sentence, k: number, lemma: string): number {
  const t = s.tokens;
  if (ADDRESS_VERBS.has(lemma)) {
    // "told President Donald Trump": a title may stand before the name.
    const titled = /^[A-Z]/.test(t[k]?.text ?? '') && TITLES.has(t[k].lower.replace(/\.$/, '')) || TITLES.has(t[k]?.lower ?? '');
    const who = s.entities.find((e) => (e.start === k || titled && e.start === k + 1) && e.type !== 'date' && e.type !== 'number');
    if (who) k = who.end;
    else if (/^(him|her|them|us|me|reporters|journalists|lawmakers|investors|analysts|parliament|congress)$/i.test(t[k]?.lower ?? '')) k++;
    else if (t[k]?.pos === 'DET') {
      let j = k + 1;
      while (j < t.length && j - k <= 4 && /^(ADJ|NOUN)$/.test(t[j].pos)) j++;
      if (j > k + 1 && t[j - 1].pos === 'NOUN') k = j;
    }
  }
  const time = s.times.find((x) => x.start >= (t[k]?.start ?? Infinity) && x.start - t[k].start <= 14);
  if (time) while (k < t.length && t[k].start < time.end) k++;
  return k;
}

export function framesOf(doc: Doc, s: Sentence): Frame[] {
  const out: Frame[] = [];
  const { end, attributed } = clauseEnd(s);
  // Quoted speech ("It's not about ...," he said) turns into questions about "it" and "they":
  // leave it to the article-level rules.
  if (/^["“'‘]/.test(s.text) || hasLongQuote(s) || FIRST_PERSON.test(s.text)) return out;
  const main = analyseClause(s.tokens, 0, end);
  const attribution = attributed ? speakerIn(doc, s, end + 1, s.tokens.length) : undefined;
  if (main) {
    const v = s.tokens[main.verb.main];
    // "X said (that) CLAUSE": ask about the reported clause.
    // "X said (that) CLAUSE" is reported speech; "X has reported a rise in profits" is not.
    // Verbs of saying take a bare clause ("said prices rose"); "report", "reveal", "announce" only with "that".
    let k = reportedStart(s, main.rest[0], v.lemma);
    const hasThat = s.tokens[k]?.lower === 'that';
    // "The Kremlin denies it is planning to attack": a denied clause is no fact to ask about; the denial is.
    const reportsClause = REPORTING_VERBS.has(v.lemma) && v.lemma !== 'deny' && !main.verb.copula && (hasThat || SPEECH_VERBS.has(v.lemma)) && !!analyseClause(s.tokens, k + (hasThat ? 1 : 0), end);
    if (reportsClause || (REPORTING_VERBS.has(v.lemma) && ['say', 'tell', 'add'].includes(v.lemma))) {
      // "Ferguson believes Henry deliberately caught Heinze ...": a belief asked without its holder ("What did Henry
      // catch?") states it as fact; the article-level rules ask what the person believes.
      if (BELIEF_VERBS.has(v.lemma)) return out;
      if (s.tokens[k]?.lower === 'that') k++;
      if (/^["“]$/.test(s.tokens[k]?.text ?? '')) return out;
      const inner = analyseClause(s.tokens, k, end);
      const reporter = renderSpan(doc, s, main.subject[0], main.subject[1], false);
      // "The Treasury has told Congress it needs ...": a pronoun subject of the reported clause is the reporter.
      const pron = inner && inner.subject[1] - inner.subject[0] === 1 ? s.tokens[inner.subject[0]].lower : '';
      const reporterIsPerson = s.entities.some((e) => e.type === 'person' && e.start >= main.subject[0] && e.end <= main.subject[1]);
      const samePerson = (pron === 'he' || pron === 'she') && reporterIsPerson;
      const sameThing = (pron === 'it' || pron === 'they') && !reporterIsPerson;
      // ("Some analysts said they recommended ...": a reporter no reader can place makes no subject either.)
      const asSubject = reporter ? lowerInitial(reporter, s.tokens[main.subject[0]], doc) : undefined;
      const placeable = asSubject && selfContainedSubject(doc, s, main.subject[0], main.subject[1], asSubject);
      const override = placeable && (samePerson || sameThing) ? asSubject : undefined;
      // ("He added that he did not think ...": the same pronoun both times is the same person.)
      const mainPron = main.subject[1] - main.subject[0] === 1 ? s.tokens[main.subject[0]].lower : '';
      const aboutSpeaker = samePerson || sameThing || (/^(he|she|it|they)$/.test(pron) && pron === mainPron);
      const f = frame(doc, s, inner, 'reported', speakerIn(doc, s, main.subject[0], main.verb.end), override, aboutSpeaker);
      if (f) out.push(f);
    } else {
      const f = frame(doc, s, main, 'main', attribution);
      if (f) out.push(f);
    }
    // The fronted subordinate clause ("Although China was not mentioned explicitly, ...").
    if (main.fronted && main.frontedBy && ['although', 'though', 'while', 'whilst'].includes(main.frontedBy)) {
      const [fa, fb] = main.fronted;
      const sub = analyseClause(s.tokens, fa + 1, fb - 1);
      const f = frame(doc, s, sub, 'fronted', attribution);
      if (f) out.push(f);
    }
  }
  return out;
}
