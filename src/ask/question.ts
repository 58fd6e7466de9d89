// What a reader's question asks for: its wh-word, the expected type of answer, the words to look for, and which
// side of the matched words the answer is likely on.
import type { Token } from '../nlp/doc.js';
import { tokenizeParagraph } from '../nlp/tokenize.js';
import { FUNCTION_WORDS, stem } from '../verify/words.js';

export type AnswerType =
  | 'person' // who, whom, whose, which leader
  | 'organisation' // which company, what team
  | 'place' // where, what country
  | 'date' // when, what year
  | 'number' // how many, what percentage
  | 'money' // how much money, what price
  | 'duration' // how long
  | 'reason' // why
  | 'manner' // how
  | 'yesno' // is, does, can ...
  | 'definition' // what is X
  | 'action' // what did X do
  | 'thing'; // what, which (anything else)

export interface QuestionTerm {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly stem: string;
  readonly pos: string;
  /** Index in the question's tokens. */
  readonly i: number;
  /** A name or number: a good answer sentence should contain it. */
  readonly key: boolean;
}

export interface Question {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The wh-word ("what", "how many", ...) or "" for yes/no and statements. */
  readonly wh: string;
  readonly type: AnswerType;
  /** Head noun of the wh-phrase ("country" in "what country"), lemma; "" when none. */
  readonly head: string;
  /** Token range [start, end) of the wh-phrase. */
  readonly whSpan: readonly [number, number];
  /** The words to look for, without the wh-phrase and function words. */
  readonly terms: readonly QuestionTerm[];
  /** Whether the wh-phrase is the subject ("Who won?"), the object ("What did she win?") or neither. */
  readonly role: 'subject' | 'object' | 'other';
}

const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
const AUX_START = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'has', 'have', 'had', 'should', 'may', 'might', 'must', 'shall', 'am', "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "won't", "hasn't", "haven't"]);
const EXTRA_STOP = new Set(['do', 'does', 'did', 'done', 'doing', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'get', 'gets', 'got', 'also', 'name', 'called', 'call', 'kind', 'type', 'sort', 'one', "'s", 'there', 'according', 'many', 'much', 'mean', 'known']);

const PERSON_HEADS = new Set('person people man men woman women president leader player actor actress author writer king queen minister chairman chief director official officer scientist artist singer musician composer poet philosopher politician governor senator emperor ruler pope coach manager founder owner inventor character son daughter father mother wife husband brother sister child children general commander captain individual member members spokesman spokeswoman judge lawyer doctor teacher student students victim victims suspect candidate winner champion star architect engineer explorer'.split(' '));
const PLACE_HEADS = new Set('country countries city cities state states region place places town towns nation continent island islands province county area location village river street capital neighborhood neighbourhood district territory border coast port airport building venue stadium site park lake sea ocean mountain mountains valley desert state'.split(' '));
const DATE_HEADS = new Set('year years date day days month months century centuries decade decades time era period season week weekend'.split(' '));
const ORG_HEADS = new Set('company companies team teams organization organisation organizations group groups party parties university college agency network club band firm business corporation newspaper magazine channel station airline bank institution church army government court council committee league'.split(' '));
const NUMBER_HEADS = new Set('number amount percentage percent proportion rate total size population quantity share portion fraction score'.split(' '));
const MONEY_HEADS = new Set('price cost fee salary budget fine sum revenue profit value'.split(' '));
/** "what type of X", "which kind of X": the head is X. */
const OF_HEADS = new Set(['type', 'kind', 'sort', 'form', 'name', 'part', 'group', 'piece', 'style', 'category', 'brand', 'class', 'variety', 'genre', 'number', 'amount', 'percentage']);

function headType(head: string): AnswerType | undefined {
  if (PERSON_HEADS.has(head)) return 'person';
  if (PLACE_HEADS.has(head)) return 'place';
  if (DATE_HEADS.has(head)) return 'date';
  if (ORG_HEADS.has(head)) return 'organisation';
  if (NUMBER_HEADS.has(head)) return 'number';
  if (MONEY_HEADS.has(head)) return 'money';
  return undefined;
}

const isNounish = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM');

export function analyseQuestion(text: string): Question {
  const clean = text.replace(/\s+/g, ' ').trim();
  const tokens: Token[] = [];
  for (const s of tokenizeParagraph(clean)) for (const t of s.tokens) tokens.push({ ...t, i: tokens.length });
  const lowers = tokens.map((t) => t.lower);
  let whAt = lowers.findIndex((w) => WH.has(w) || w === "who's" || w === "what's");
  // "Who's" / "What's" come as one token or two
  let wh = whAt >= 0 ? lowers[whAt].replace(/'s$/, '') : '';
  let type: AnswerType = 'thing';
  let head = '';
  let whEnd = whAt >= 0 ? whAt + 1 : 0;
  const next = (k: number) => lowers[k] ?? '';

  if (whAt < 0) {
    type = AUX_START.has(lowers[0] ?? '') ? 'yesno' : 'thing';
  } else if (wh === 'who' || wh === 'whom') {
    type = 'person';
  } else if (wh === 'whose') {
    type = 'person';
    if (isNounish(tokens[whAt + 1])) whEnd = whAt + 2;
  } else if (wh === 'when') {
    type = 'date';
  } else if (wh === 'where') {
    type = 'place';
  } else if (wh === 'why') {
    type = 'reason';
  } else if (wh === 'how') {
    const n = next(whAt + 1);
    whEnd = whAt + 2;
    if (n === 'many') { type = 'number'; wh = 'how many'; }
    else if (n === 'much') {
      wh = 'how much';
      const after = next(whAt + 2);
      type = /^(money|cost|costs|did|does|do|will|would|is|was|are|were)$/.test(after) || MONEY_HEADS.has(after) ? 'money' : 'number';
    } else if (n === 'long') { type = 'duration'; wh = 'how long'; }
    else if (/^(old|far|big|large|tall|high|fast|deep|wide|heavy|often|small|short|low|hot|cold|expensive|close|frequently|quickly)$/.test(n)) { type = 'number'; wh = `how ${n}`; }
    else { type = 'manner'; whEnd = whAt + 1; }
    if (type === 'number' || type === 'money') {
      // "how many people", "how much money": the counted noun is part of the wh-phrase
      let k = whEnd;
      while (tokens[k] && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && k < whEnd + 3) k++;
      if (k > whEnd) { head = tokens[k - 1].lemma; whEnd = k; }
    }
  } else {
    // what / which (+ noun phrase)
    let k = whAt + 1;
    while (tokens[k] && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' && k === whAt + 1) && k < whAt + 4) k++;
    if (k > whAt + 1 && !(tokens[k - 1].pos === 'ADJ')) {
      head = tokens[k - 1].lemma;
      whEnd = k;
      if (OF_HEADS.has(head) && next(k) === 'of' && isNounish(tokens[k + 1])) {
        let j = k + 1;
        // a name may open the phrase: "what type of Turing machine" -> "machine"
        while (tokens[j] && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN') && j < k + 4) j++;
        if (j > k + 1) head = tokens[j - 1].lemma;
        // the head stays a word to look for after "of" ("what type of crime"): only the wh-word + type go
      }
      type = headType(head) ?? headType(tokens[k - 1].lower) ?? 'thing';
    } else {
      type = 'thing';
      // "What is X?" / "What are X?" / "What's X?": a definition when the rest is a noun phrase
      const verb = next(whAt + 1);
      const rest = tokens.slice(whAt + 2).filter((t) => t.pos !== 'PUNCT');
      if ((/^(is|are|was|were)$/.test(verb) || lowers[whAt].endsWith("'s")) && rest.length > 0 && rest.length <= 6 && !rest.some((t) => t.pos === 'VERB')) type = 'definition';
      // "What did X do?", "What will they do next?"
      else if (/^(do|does|did|will|would|can|could|should)$/.test(verb) && tokens.slice(whAt + 2).some((t) => t.lower === 'do' || t.lower === 'doing')) type = 'action';
    }
  }

  // Whether the wh-phrase is the subject: a verb follows it directly ("Who won", "What has been downgraded",
  // "Which team beat"), not an auxiliary and then a noun phrase ("What did the students ...").
  let role: Question['role'] = 'other';
  if (whAt >= 0 && type !== 'reason' && type !== 'manner') {
    const a = tokens[whEnd];
    const b = tokens[whEnd + 1];
    if (a && a.pos === 'VERB') role = 'subject';
    else if (a && a.pos === 'AUX') {
      if (!b || b.pos === 'VERB' || b.pos === 'AUX' || b.pos === 'ADV' || b.pos === 'PART' || b.pos === 'PUNCT') role = 'subject';
      else role = 'object';
    } else if (a && (a.pos === 'NOUN' || a.pos === 'PROPN' || a.pos === 'PRON' || a.pos === 'DET')) role = 'object';
    if (whAt > 0 && tokens[whAt - 1].pos === 'ADP') role = 'other';
  }
  // "Who stars in ...": wink tags the verb as a noun after "who"
  if (whAt >= 0 && (wh === 'who' || wh === 'what') && tokens[whEnd]?.pos === 'NOUN' && /s$/.test(tokens[whEnd].lower) && tokens[whEnd + 1]?.pos === 'ADP') role = 'subject';

  const terms: QuestionTerm[] = [];
  tokens.forEach((t, i) => {
    if (i >= whAt && i < whEnd && whAt >= 0 && !(head && t.lemma === head && OF_HEADS.has(tokens[whAt + 1]?.lemma ?? ''))) return;
    if (t.pos === 'PUNCT' || t.pos === 'SYM') return;
    if (FUNCTION_WORDS.has(t.lower) || EXTRA_STOP.has(t.lower) || EXTRA_STOP.has(t.lemma) || WH.has(t.lower)) return;
    if (!/[\p{L}\p{N}]/u.test(t.text)) return;
    const key = t.pos === 'PROPN' || t.pos === 'NUM' || /^\d/.test(t.text) || (i > 0 && /^[A-Z]/.test(t.text));
    terms.push({ text: t.text, lower: t.lower, lemma: t.lemma, stem: stem(t.lower), pos: t.pos, i, key });
  });
  if (whAt < 0) whAt = 0;
  return { text: clean, tokens, wh, type, head, whSpan: [whAt, whEnd], terms, role };
}
