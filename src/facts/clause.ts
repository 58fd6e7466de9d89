// Shallow clause analysis over POS tags: [fronted part,] SUBJECT VERB-GROUP REST.
// No parser is available for Node, so this finds the main clause with rules that favour
// precision: a sentence it cannot analyse confidently yields no clause, and so no question.
import { gluedHyphen, type Token } from '../nlp/doc.js';
import { WEEKDAY_BLOCK_BEFORE } from '../nlp/time/words.js';

export type Tense = 'past' | 'present' | 'present3' | 'base';

export interface VerbGroup {
  /** Token indices of the group [start, end): auxiliaries, adverbs, negation, main verb. */
  readonly start: number;
  readonly end: number;
  /** Indices of auxiliaries (be/have/do/modals) in order. */
  readonly auxes: readonly number[];
  /** Index of the lexical verb, or of the copula when there is none. */
  readonly main: number;
  readonly copula: boolean;
  readonly passive: boolean;
  readonly negated: boolean;
  /** Tense of the first finite word (for do-support when there is no auxiliary). */
  readonly tense: Tense;
  readonly modal: boolean;
}

export interface Clause {
  readonly tokens: readonly Token[];
  /** [start, end) of the subject noun phrase. */
  readonly subject: readonly [number, number];
  readonly verb: VerbGroup;
  /** [start, end) of what follows the verb group, up to the clause end. */
  readonly rest: readonly [number, number];
  /** Fronted material before the subject, [start, end) (adverbials, subordinate clause). */
  readonly fronted?: readonly [number, number];
  /** The subordinator that introduced the fronted clause ("as", "although"), lower-case. */
  readonly frontedBy?: string;
  /** An apposition that follows the subject, [start, end) without its commas. */
  readonly apposition?: readonly [number, number];
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'ll", 'wo', 'ca']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"]);
const HAVE = new Set(['have', 'has', 'had', "'ve", "'d"]);
const DO = new Set(['do', 'does', 'did']);
const NEG = new Set(['not', "n't", 'never']);
export const SUBORDINATORS = new Set([
  'although', 'though', 'while', 'whilst', 'as', 'because', 'since', 'if', 'when', 'after', 'before', 'despite',
  'unless', 'once', 'until', 'whereas', 'even',
]);
const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'made', 'took', 'came', 'went', 'gave', 'got', 'met', 'told', 'found', 'saw',
  'knew', 'thought', 'became', 'began', 'brought', 'bought', 'built', 'held', 'kept', 'left', 'led', 'lost', 'paid',
  'put', 'ran', 'rose', 'fell', 'sold', 'sent', 'set', 'spent', 'stood', 'struck', 'won', 'wrote', 'cut', 'hit',
  'quit', 'read', 'shut', 'spread', 'drew', 'drove', 'flew', 'grew', 'threw', 'broke', 'chose', 'spoke', 'stole',
  'woke', 'wore', 'swore', 'tore', 'bore', 'hid', 'slid', 'fought', 'sought', 'taught', 'caught', 'meant', 'felt',
  'dealt', 'heard', 'laid', 'lay', 'sat', 'shot', 'slept', 'stuck', 'swept', 'understood', 'withdrew', 'forgot',
  'overtook', 'undertook', 'upheld', 'withheld', 'sank', 'shrank', 'sprang', 'swam', 'rang', 'sang', 'drank', 'led',
  'let', 'bet', 'cast', 'forecast', 'hurt', 'split', 'bid', 'beat', 'bound', 'ground', 'wound', 'fed', 'fled', 'bled',
  'sped', 'lit', 'lent', 'bent', 'shook', 'mistook', 'forbade', 'forgave', 'froze', 'rode', 'rose', 'strove', 'ate',
]);

export function isAux(t: Token | undefined): boolean {
  if (!t) return false;
  // A possessive 's (PART) is not "is".
  if (t.pos === 'PART' || t.pos === 'PUNCT') return false;
  return t.pos === 'AUX' || MODALS.has(t.lower) || (BE.has(t.lower) && t.pos !== 'NOUN') || (HAVE.has(t.lower) && t.pos === 'AUX') || (DO.has(t.lower) && t.pos === 'AUX');
}

export function verbTense(t: Token): Tense {
  const w = t.lower;
  if (IRREGULAR_PAST.has(w) || (/ed$/.test(w) && w !== t.lemma)) return 'past';
  if (w === 'is' || w === 'has' || w === 'does' || w === "'s") return 'present3';
  if (w === 'am' || w === 'are' || w === 'have' || w === 'do') return 'present';
  if (/s$/.test(w) && w !== t.lemma) return 'present3';
  if (w === t.lemma) return 'present';
  return 'past';
}

/** Does the verb form look like a past participle ("adopted", "taken")? */
function participle(t: Token): boolean {
  return /(ed|en|wn|ne|lt|ght|nt|ung|ut|et|ld)$/.test(t.lower) && t.lower !== t.lemma;
}

/** Read a verb group starting at k (first token is an auxiliary or verb). */
export function readVerbGroup(tokens: readonly Token[], k: number): VerbGroup | undefined {
  const auxes: number[] = [];
  let negated = false;
  let j = k;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    // "is not only gathering speed ... but also": an addition, not a denial.
    // "will no longer be": a negation in two words.
    if (t.lower === 'no' && tokens[j + 1]?.lower === 'longer' && (auxes.length || j === k)) { negated = true; j++; continue; }
    if (NEG.has(t.lower)) { if (!/^(only|just|merely|simply|solely)$/.test(tokens[j + 1]?.lower ?? '')) negated = true; continue; }
    // "has since broken": "since" between an auxiliary and a participle is an adverb.
    if (t.lower === 'since' && auxes.length && tokens[j + 1]?.pos === 'VERB') continue;
    if (t.pos === 'ADV' && j + 1 < tokens.length && !isAux(t) && /ly$|^(also|still|already|just|now|even|once|recently|only|ever|further|long|soon|then|again|however|always|often|sometimes|twice|thus|therefore|meanwhile|nevertheless|nonetheless|instead)$/.test(t.lower)) continue;
    if (isAux(t) && !(t.pos === 'VERB' && !BE.has(t.lower) && !HAVE.has(t.lower) && !MODALS.has(t.lower) && !DO.has(t.lower))) {
      auxes.push(j);
      continue;
    }
    break;
  }
  let next = tokens[j];
  // "will present/ADJ themselves": after a modal the tagger's noun or adjective in lower case is the verb.
  if (next && (next.pos === 'ADJ' || next.pos === 'NOUN') && /^[a-z]+$/.test(next.text) && auxes.length && MODALS.has(tokens[auxes[auxes.length - 1]].lower)) {
    next = { ...next, pos: 'VERB' };
  }
  // "Britain and Australia have plans to mint coins", "has talks with": no perfect takes a verb in -s; the
  // tagger's "verb" is a plural noun, and "have" the main verb.
  const lastHave = auxes.length ? tokens[auxes[auxes.length - 1]] : undefined;
  if (next && next.pos === 'VERB' && lastHave && HAVE.has(lastHave.lower) && /[^s]s$/.test(next.lower) && !participle(next)) {
    next = { ...next, pos: 'NOUN' };
  }
  if (next && next.pos === 'VERB') {
    const first = tokens[auxes[0] ?? j];
    const lastAux = auxes.length ? tokens[auxes[auxes.length - 1]] : undefined;
    const passive = !!lastAux && BE.has(lastAux.lower) && lastAux.lower !== 'being' && participle(next) && !/ing$/.test(next.lower);
    return {
      start: k, end: j + 1, auxes, main: j, copula: false, passive, negated,
      tense: verbTense(first), modal: auxes.some((a) => MODALS.has(tokens[a].lower)),
    };
  }
  // Copula: the last auxiliary is a form of "be" (or "have" as a main verb is treated as lexical).
  if (auxes.length) {
    const last = auxes[auxes.length - 1];
    const lt = tokens[last];
    if (BE.has(lt.lower)) {
      return {
        start: k, end: j, auxes: auxes.slice(0, -1), main: last, copula: true, passive: false, negated,
        tense: verbTense(tokens[auxes[0]]), modal: auxes.some((a) => MODALS.has(tokens[a].lower)),
      };
    }
    if (HAVE.has(lt.lower) && auxes.length === 1) {
      return { start: k, end: last + 1, auxes: [], main: last, copula: false, passive: false, negated, tense: verbTense(lt), modal: false };
    }
    // "will have no chance", "did not have": "have" as the main verb after a modal or "do".
    const before = auxes.slice(0, -1);
    if (lt.lower === 'have' && before.every((a) => MODALS.has(tokens[a].lower) || DO.has(tokens[a].lower))) {
      return { start: k, end: last + 1, auxes: before, main: last, copula: false, passive: false, negated, tense: verbTense(tokens[before[0]]), modal: before.some((a) => MODALS.has(tokens[a].lower)) };
    }
  }
  return undefined;
}

const BARE_TIME = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)$/;
const BARE_TIME_UNIT = /^(year|week|month|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const TIME_WORD = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{4}|Tuesday's|today|yesterday|last|this)$/;
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ', 'PART', 'ADP', 'CCONJ', 'SYM', 'PUNCT']);

/** May token k continue a subject noun phrase? ("to" and commas end it; possessive 's does not). */
function inSubject(t: Token): boolean {
  if (!SUBJECT_POS.has(t.pos) || isAux(t) || t.text === ',') return false;
  // ("Norman Cook - aka Fatboy Slim - has said": a dash with a space before it opens an interruption; one glued
  // into a word, "Kilroy-Silk", is part of the name.)
  if (/^[-—–]$/.test(t.text) && t.space !== '') return false;
  if (t.pos === 'PART' && !/^['’]s$/.test(t.text)) return false;
  // A relative clause inside the subject ("women who left") is beyond these rules.
  if (/^(who|whom|which|that|whose|where)$/.test(t.lower)) return false;
  return true;
}

/** The tagger sometimes reads a name as a verb ("Australian brewer Fosters has bought", "Fosters bought"):
 *  a capitalised "verb" right before the real verb group, at the subject's start or after a noun, is a name. */
function taggedVerbName(tokens: readonly Token[], k: number, start: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' || !/^[A-Z][a-z]/.test(t.text) || (k !== start && !/^(NOUN|PROPN|ADJ)$/.test(tokens[k - 1].pos))) return false;
  const next = tokens[k + 1];
  return !!next && (isAux(next) || next.pos === 'VERB' && /ed$|s$/.test(next.lower) || IRREGULAR_PAST.has(next.lower ?? ''));
}

/** The end of the fronted part: a subordinate clause or adverbial ending in a comma before the subject. */
function frontedEnd(tokens: readonly Token[]): { end: number; by?: string } {
  const first = tokens[0];
  if (!first) return { end: 0 };
  const comma = tokens.findIndex((t) => t.text === ',');
  const lead = first.lower;
  if (comma > 0 && comma < 30 && (SUBORDINATORS.has(lead) || first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || (first.pos === 'VERB' && /ing$|ed$/.test(lead)))) {
    const byWord = SUBORDINATORS.has(lead) ? lead : undefined;
    return { end: comma + 1, by: byWord };
  }
  return { end: 0 };
}

/** Is the quote mark at i one of a nickname's pair inside a name (Marion "Suge" Knight)? */
function nickname(t: readonly Token[], i: number): boolean {
  const at = (j: number) => t[j]?.pos === 'PROPN';
  return /^["“”]$/.test(t[i].text) && (at(i - 1) && at(i + 1) && /^["“”]$/.test(t[i + 2]?.text ?? '') && at(i + 3)
    || at(i + 1) && at(i - 1) && /^["“”]$/.test(t[i - 2]?.text ?? '') && at(i - 3));
}

/** Where the main verb group starts after a relative clause or infinitive that opens at k inside the subject, or
 *  undefined when the postmodifier does not end cleanly in an auxiliary-led group (a subordinate "how" or "if", a comma,
 *  or a pronoun before the group means another clause is in the way). */
function postmodifierEnd(tokens: readonly Token[], k: number, start: number, to: number): number | undefined {
  const opener = tokens[k];
  const relative = /^(that|which|who)$/.test(opener.lower) && /^(NOUN|PROPN)$/.test(tokens[k - 1].pos);
  const infinitive = opener.lower === 'to' && opener.pos === 'PART' && tokens[k - 1].pos === 'NOUN' && tokens[k + 1]?.pos === 'VERB';
  if (!relative && !infinitive) return undefined;
  let sawVerb = false;
  for (let m = k + 1; m < to && m - start <= 20; m++) {
    const t = tokens[m];
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || /^(how|why|when|where|whether|if|who|which|that|whose)$/.test(t.lower)) return undefined;
    if (sawVerb && isAux(t) && /^(NOUN|PROPN|NUM|ADJ)$/.test(tokens[m - 1].pos)) return readVerbGroup(tokens, m) ? m : undefined;
    if (t.pos === 'VERB' || isAux(t)) sawVerb = true;
  }
  return undefined;
}

/** Where a comma-separated list of nouns that ends "and/or <noun>" stops, given the comma after its first item
 *  at k; undefined when what follows the comma is not such a list. */
function nounListEnd(tokens: readonly Token[], k: number, to: number): number | undefined {
  if (tokens[k - 1].pos !== 'NOUN' && tokens[k - 1].pos !== 'PROPN') return undefined;
  let m = k;
  let joined = false;
  while (m < to && m - k < 12) {
    const t = tokens[m];
    if (t.text === ',' || t.pos === 'CCONJ' && /^(and|or)$/.test(t.lower)) {
      // (One conjunction, then the list is over: "At Heathrow, Gatwick and Glasgow airports, BAA launched".)
      if (joined) return undefined;
      if (t.pos === 'CCONJ') joined = true;
      const item = tokens[m + 1];
      if (!item || !/^(NOUN|PROPN|ADJ|DET)$/.test(item.pos)) return undefined;
      m++;
      continue;
    }
    if (/^(NOUN|PROPN|ADJ|DET)$/.test(t.pos) && !isAux(t)) { m++; continue; }
    break;
  }
  // ("IBM, Eastman Kodak and others": a list that ends in "others" names nothing whole.)
  if (!joined || !/^(NOUN|PROPN)$/.test(tokens[m - 1].pos) || /^others$/i.test(tokens[m - 1].text)) return undefined;
  return isAux(tokens[m]) || tokens[m]?.pos === 'VERB' ? m : undefined;
}

const ROLE_BEFORE_NAME = /^(chief|boss|head|founder|chairman|chairwoman|president|director|spokesman|spokeswoman|executive|minister|leader|manager|coach|captain|secretary|governor)$/;

const mainClauses = new WeakMap<readonly Token[], Clause | null>();

/** The main clause of a whole sentence, analysed once however many rules ask for it. */
export function mainClause(tokens: readonly Token[]): Clause | undefined {
  let c = mainClauses.get(tokens);
  if (c === undefined) mainClauses.set(tokens, (c = analyseClause(tokens) ?? null));
  return c ?? undefined;
}

/** Analyse a token range as one clause. Returns undefined when no confident analysis exists. */
/** Plural nouns that read as a verb with "to" after them: "plans to", "aims to", "moves to". */
const NOUN_LIKE_VERBS = new Set(['plans', 'aims', 'hopes', 'bids', 'calls', 'moves', 'attempts', 'efforts', 'offers', 'pledges', 'promises', 'threats', 'proposals', 'claims', 'needs', 'demands', 'pushes', 'votes']);

export function analyseClause(all: readonly Token[], from = 0, to = all.length): Clause | undefined {
  const tokens = all;
  let start = from;
  // Skip a fronted discourse marker or subordinate clause.
  const fr = frontedEnd(all.slice(from, to));
  let fronted: [number, number] | undefined;
  let frontedBy: string | undefined;
  if (fr.end > 0) {
    fronted = [from, from + fr.end];
    frontedBy = fr.by;
    start = from + fr.end;
    // A second fronted adverbial ("However, as X, Y ..."): handle one more level.
    const fr2 = frontedEnd(all.slice(start, to));
    if (fr2.end > 0) { fronted = [start, start + fr2.end]; frontedBy = fr2.by ?? frontedBy; start += fr2.end; }
  }
  // A leading conjunction or bare discourse adverb ("But", "Still", "Also") is not part of the subject.
  while (start < to && (tokens[start].pos === 'CCONJ' || (tokens[start].pos === 'ADV' && tokens[start + 1]?.pos !== 'ADJ' && !gluedHyphen(tokens[start + 1])))) start++;
  // "In recent weeks Fillon has surged ...", "Over the past year prices rose ...": a fronted span of time, no comma.
  if (!fronted && tokens[start]?.pos === 'ADP' && /^(in|over|during|for)$/i.test(tokens[start].text)) {
    let j = start + 1;
    while (j < to && j - start <= 4 && /^(recent|the|past|last|few|several|coming|next)$/i.test(tokens[j].text)) j++;
    if (j > start + 1 && /^(days|weeks|months|years|decades|week|month|year|decade)$/i.test(tokens[j]?.text ?? '') && tokens[j + 1] && tokens[j + 1].text !== ',') {
      fronted = [start, j + 1];
      start = j + 1;
    }
  }
  // A fronted time without a comma ("In 1986 exports totalled ...", "In 1942 Congress created ...").
  if (!fronted && tokens[start]?.pos === 'ADP' && /^(in|on|during)$/i.test(tokens[start].text) && /^(\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tokens[start + 1]?.text ?? '')) {
    let j = start + 2;
    // ("In January 25 people were jailed": a number before its noun counts the subject, it is no day.)
    while (j < to && (tokens[j].pos === 'NUM' || /^\d{4}$/.test(tokens[j].text)) && !/^(NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? '')) j++;
    if (j < to && tokens[j].text !== ',') { fronted = [start, j]; start = j; }
  }
  // Subject: up to the first verb group, over noun-phrase material only. A time phrase after the
  // subject ("Gov. Kay Ivey on Monday signed ...") ends it and is stepped over.
  let k = start;
  let skipTo = -1;
  // ("Newly-crowned champion X": an adverb hyphened to its participle is part of the noun phrase.)
  const hyphenedAdverb = (j: number) => tokens[j].pos === 'ADV' && gluedHyphen(tokens[j + 1]);
  // ("The art collection of murdered fashion designer Gianni Versace": a participle between "of" or a determiner
  // and its noun is an adjective.)
  const participleBeforeNoun = (j: number) => j > start && tokens[j].pos === 'VERB' && participle(tokens[j])
    && (tokens[j - 1].pos === 'DET' || tokens[j - 1].lower === 'of') && /^(NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? '');
  // ("Sales of new/ADV single-family homes": an adverb before an adjective inside the phrase.)
  const adverbBeforeAdjective = (j: number) => j > start && tokens[j].pos === 'ADV' && tokens[j + 1]?.pos === 'ADJ' && /^(DET|ADP|ADJ)$/.test(tokens[j - 1].pos);
  while (k < to && (inSubject(tokens[k]) || taggedVerbName(tokens, k, start) || hyphenedAdverb(k) || participleBeforeNoun(k) || adverbBeforeAdjective(k))) {
    // "Roy Moore Thursday announced", "NASA last year awarded": a bare time between subject and verb.
    // ("the first seven weeks of this year had produced": after "of" the time is the subject's own.)
    const afterOf = tokens[k - 1]?.lower === 'of';
    const bareTime = afterOf ? 0 : BARE_TIME.test(tokens[k].text) ? 1 : /^(last|this|next)$/i.test(tokens[k].text) && BARE_TIME_UNIT.test(tokens[k + 1]?.text ?? '') ? 2 : 0;
    // (Not a day's name: "Cyber Monday fell", "Super Tuesday", "Good Friday": the time finder's own list.)
    const named = bareTime === 1 && WEEKDAY_BLOCK_BEFORE.has(tokens[k - 1]?.lower ?? '');
    if (k > start && bareTime && !named && readVerbGroup(tokens, k + bareTime)) { skipTo = k + bareTime; break; }
    // ("the retailer in late January joined": "early", "late" and "mid" may come before the time word.)
    const hedge = /^(early|late|mid)$/i.test(tokens[k + 1]?.text ?? '') ? 1 : 0;
    if (k > start && tokens[k].pos === 'ADP' && TIME_WORD.test(tokens[k + 1 + hedge]?.text ?? '')) {
      let j = k + 2 + hedge;
      while (j < to && (tokens[j].pos === 'NUM' || tokens[j].text === ',' && tokens[j + 1]?.pos === 'NUM')) j++;
      if (readVerbGroup(tokens, j)) { skipTo = j; break; }
    }
    k++;
  }
  // "President Reagan's reduced strength ...": after a possessive the "verb" is a participle before its noun.
  if (k > start && /^['’]s$/.test(tokens[k - 1].text) && tokens[k]?.pos === 'VERB' && /(ed|en)$/.test(tokens[k].lower) && tokens[k + 1]?.pos === 'NOUN') return undefined;
  // Reduced relative inside the subject: "The vision adopted during the summit highlighted ...".
  // ("Travelers scrambled after Trump announced ...": before a subordinator the past form is the clause's verb.)
  // ("Ulster clung on for a ... win": after a bare name the past form is the verb; names take no such relative.)
  const bareName = tokens.slice(start, k).every((x) => x.pos === 'PROPN');
  if (k < to && tokens[k].pos === 'VERB' && k > start && !bareName && participle(tokens[k]) && tokens[k + 1]?.pos === 'ADP' && !/^(after|before|since|until|when|as)$/.test(tokens[k + 1].lower)) {
    let m = k + 1;
    while (m < to && inSubject(tokens[m])) m++;
    // "Individuals affected by the attacks now have ...": an adverb may sit before the verb.
    if (m + 1 < to && tokens[m].pos === 'ADV' && (tokens[m + 1].pos === 'VERB' || isAux(tokens[m + 1]))) m++;
    // ("widened by more than expected": a verb after "than" or "as" belongs to the comparison.)
    // "negotiators agreed as part of an accord reached yesterday, to cut ...": a second participle closed by a time
    // or an agent is the reduced relative, and the first verb is the clause's own.
    const alsoRelative = tokens[m]?.pos === 'VERB' && participle(tokens[m]) && /^(by|yesterday|today|earlier|last)$/.test(tokens[m + 1]?.lower ?? '');
    if (m < to && m - k < 10 && (tokens[m].pos === 'VERB' || isAux(tokens[m])) && !/^(than|as)$/.test(tokens[m - 1].lower) && !alsoRelative) k = m;
  }
  // A relative clause or an infinitive after the subject's noun ("A mobile phone that recognises movements has been
  // launched", "A failed government scheme to offer courses online has been branded"): the main verb group is the
  // next one with an auxiliary.
  const post = k > start && k < to ? postmodifierEnd(tokens, k, start, to) : undefined;
  if (post !== undefined) k = post;
  // An interruption after the subject: an apposition ("Parmalat, the Italian food group ..., has reported"),
  // a non-restrictive relative clause ("The firm, which is now ..., benefited") or an adverb (", meanwhile,").
  const open = tokens[k]?.text;
  // "A string of storms, typhoons and earthquakes has made ...": a list of nouns is one subject.
  const list = open === ',' && k > start ? nounListEnd(tokens, k, to) : undefined;
  if (list !== undefined) k = list;
  else if ((open === ',' || open === '-' || open === '—' || open === '–') && k > start) {
    const next = tokens[k + 1];
    // (", starring Colin Farrell,", ", based in London,": a participle phrase between commas interrupts too.)
    const participlePhrase = next?.pos === 'VERB' && /(ing|ed)$/.test(next.lower) && next.lower !== next.lemma && open === ',';
    // (", whose UK tour was cancelled ...,", "- aka Fatboy Slim -", ", guitarist and lyricist for X,": a relative, an
    // alias and a bare role are interruptions too.)
    const bareRole = next?.pos === 'NOUN' && open === ',' && tokens[k - 1]?.pos === 'PROPN';
    const interrupts = next && (/^(the|a|an|one|which|who|whose|aka|meanwhile|however|though|too|also|itself|themselves|in|for)$/.test(next.lower) || next.pos === 'PROPN' || next.pos === 'ADV' || participlePhrase || bareRole);
    let close = k + 1;
    while (close < to && close - k < 25 && tokens[close].text !== open && !(open === ',' && tokens[close].text === ';')) close++;
    // (The closing comma must lie inside this clause: one at its end leaves the verb outside.)
    const verb = interrupts && close < to && tokens[close]?.text === open ? readVerbGroup(tokens, close + 1) : undefined;
    if (verb) {
      const isApposition = /^(the|a|an|one)$/.test(next.lower) || next.pos === 'PROPN';
      // "The world's biggest confectionery firm, Cadbury Schweppes, has reported ...": the name is the better subject.
      // So is "Microsoft chief, Bill Gates, used ...": a role noun before the name.
      // ("Sony's PlayStation Portable": a possessive inside the name is part of it; "The Queen's daughter, Princess
      // Anne": a name owning the description does not make it a name; "executives of Ireland's airline, Aer Lingus":
      // after "of" the name is the inner noun's.)
      const possessive = (j: number) => /^['’]s$/.test(tokens[j + 1]?.text ?? '');
      const describedName = next.pos === 'PROPN' && close - k <= 6 && tokens.slice(k + 1, close).every((x) => x.pos === 'PROPN' || x.text === '-' || x.text === '&' || /^['’]s$/.test(x.text))
        && (!tokens.slice(start, k).some((x, j) => x.pos === 'PROPN' && !possessive(start + j) || x.lower === 'of') || ROLE_BEFORE_NAME.test(tokens[k - 1].lower));
      if (describedName) return { tokens, subject: [k + 1, close], verb, rest: [verb.end, to], fronted, frontedBy };
      return { tokens, subject: [start, k], verb, rest: [verb.end, to], fronted, frontedBy, apposition: isApposition && tokens[k - 1].pos === 'PROPN' ? [k + 1, close] : undefined };
    }
  }
  if (k === start || k >= to) return undefined;
  // (A relative clause stepped over may make a longer subject: "A documentary which takes a candid look at ...".)
  if (k - start > (post !== undefined ? 20 : 14)) return undefined;
  const subj = tokens.slice(start, k);
  // Quotes or brackets in a subject mean a structure these rules do not read; an acronym "(ABC)" is fine.
  if (/^(what|who|which|how|why|where|when)$/.test(subj[0].lower)) return undefined;
  // ("- Parenting plans to give advice ...": a list item's dash opens no subject.)
  if (subj[0].pos === 'PUNCT') return undefined;
  // ("under a grandfather clause Brooklyn Union could request": a phrase before the subject without its comma.)
  // ("About 22,500 mariners ...", "Over 500 people ...": an approximation before a number is no preposition.)
  if (subj[0].pos === 'ADP' && !(/^(about|around|over|under|nearly|almost|approximately|some|up|more|less|fewer)$/.test(subj[0].lower) && subj[1]?.pos === 'NUM')) return undefined;
  // "Prigozhin claims Wagner ...": a reporting verb read as a noun; "Sears Roebuck and Co S": a ticker letter.
  if (subj.some((t, i) => i > 0 && /^(claims|says|said|tells|told|adds|warns|insists|estimates|believes|thinks|argues|predicts|reckons|expects|fears|suggests|notes)$/.test(t.lower) && subj[i - 1].pos === 'PROPN')) return undefined;
  // "New figures show the price index rose ...": a verb of showing read as a noun inside the subject.
  if (subj.some((t, i) => i > 0 && /^(show|shows|showed|suggest|suggested|reveal|reveals|revealed|indicate|indicates|indicated)$/.test(t.lower) && /^(figures|data|survey|study|report|poll|research|statistics|numbers|results)$/.test(subj[i - 1].lower))) return undefined;
  // (A middle initial between names is no ticker: "Samuel L Jackson".)
  if (subj.some((t, i) => /^[B-HJ-Z]$/.test(t.text) && !(subj[i - 1]?.pos === 'PROPN' && subj[i + 1]?.pos === 'PROPN' && /^[A-Z][a-z]/.test(subj[i + 1].text)))) return undefined;
  if (subj.some((t, i) => /^["“”—–:;]$/.test(t.text) && !nickname(subj, i) || t.text === '-' && t.space !== '' || (t.text === '(' && !(subj[i + 2]?.text === ')' && /^[A-Z][A-Za-z]+$/.test(subj[i + 1]?.text ?? ''))))) return undefined;
  // A past form inside the subject means a verb was mis-tagged: "Townshend picked up an award ...".
  if (subj.some((t, i) => i > 0 && /ed$/.test(t.lower) && t.lower !== t.lemma && t.pos !== 'ADJ' && subj[i + 1]?.pos === 'ADP' && subj[i - 1].pos === 'PROPN')) return undefined;
  if (!subj.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || taggedVerbName(tokens, t.i, start))) return undefined;
  if (subj[subj.length - 1].pos === 'ADP' || subj[subj.length - 1].pos === 'DET' || subj[subj.length - 1].pos === 'CCONJ') return undefined;
  let verb = readVerbGroup(tokens, skipTo >= 0 ? skipTo : k);
  if (!verb) return undefined;
  // A bare "-ing" form is no finite verb: "fans wearing masks will not be allowed", "concerns surrounding
  // the situation were raised" are subjects going on, up to the real verb group.
  const head = tokens[verb.main];
  if (!verb.auxes.length && !verb.copula && /ing$/.test(head.lower) && head.lower !== head.lemma) {
    let m = verb.main + 1;
    while (m < to && m - start <= 14 && inSubject(tokens[m])) m++;
    const real = m < to && m - start <= 14 ? readVerbGroup(tokens, m) : undefined;
    if (!real || !real.auxes.length && !real.copula && /ing$/.test(tokens[real.main].lower)) return undefined;
    k = m;
    verb = real;
  }
  // "Biden in a speech pledged ...": a prepositional phrase after a name is an adverbial, not part of the
  // subject (names take "of" and "from", not "in a speech").
  for (let p = start + 1; p < k - 1; p++) {
    // ("Shares in Holcim rose": a name after the preposition makes it part of the subject.)
    if (tokens[p].pos === 'ADP' && /^(in|at|on|during|after|before|with|without|by|amid|despite)$/.test(tokens[p].lower) && tokens[p - 1].pos === 'PROPN' && !/^(of|from)$/.test(tokens[p - 1].lower) && tokens[p + 1]?.pos !== 'PROPN') {
      return { tokens, subject: [start, p], verb, rest: [verb.end, to], fronted, frontedBy };
    }
  }
  // A capitalised "verb" mid-sentence is part of a name ("Petroleum Exporting Countries", "Beautiful Bill Act"),
  // and one glued to a hyphen is part of an adjective ("Iran-backed").
  const mv = tokens[verb.main];
  if ((mv.i > 0 && /^[A-Z]/.test(mv.text)) || (tokens[verb.main - 1]?.text === '-' && mv.space === '')) return undefined;
  // "Trump's plans to impose ...": a subject ending in a possessive owns the "verb", which is a plural noun.
  // ("Standard & Poor's has classed", "Dunkin' unveiled": a name ending so keeps its verb.)
  if (k > start && /^['’]s$/.test(tokens[k - 1].text) && !verb.auxes.length && /s$/.test(mv.lower) && !/^(has|is|was|does)$/.test(mv.lower)) return undefined;
  // "Tory plans to cut immigration to the UK are not racist": a plural noun that looks like a verb, then its
  // infinitive, then the real verb with nothing between to start a clause of its own.
  if (!verb.auxes.length && NOUN_LIKE_VERBS.has(mv.lower) && tokens[verb.end]?.lower === 'to') {
    for (let j = verb.end + 2; j < to && j - verb.end < 15; j++) {
      const x = tokens[j];
      if (/^[,;:—–(]$/.test(x.text) || x.pos === 'CCONJ' || x.pos === 'SCONJ' || /^(who|which|that|what|where|when)$/.test(x.lower) || x.pos === 'PRON' && !/^(its|their|his|her|our|my|your)$/.test(x.lower)) break;
      if (/^(are|were|have|will|would|could|should|must|may|might|can)$/.test(x.lower) && /^(NOUN|PROPN|NUM)$/.test(tokens[j - 1].pos)) return undefined;
    }
  }
  // "The lawsuit alleged Wal-Mart committed ...": a reporting verb after a noun inside the subject means the
  // reported clause was read as the main one.
  if (tokens.slice(start + 1, k).some((x, i) => /^(alleged|claimed|said|argued|insisted|reported|suggested|warned)$/.test(x.lower) && /^(NOUN|PROPN)$/.test(tokens[start + i].pos))) return undefined;
  return { tokens, subject: [start, k], verb, rest: [verb.end, to], fronted, frontedBy };
}
