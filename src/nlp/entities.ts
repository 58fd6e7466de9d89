// Typed entity mentions: wink's numeric entities plus proper-name chunks typed with gazetteers.
import type { Entity, EntityType, Token } from './doc.js';
import { COUNTRIES, PLACES, BLOCS } from '../lang/en/places.js';
import { ORG_WORDS, TITLES } from '../lang/en/words.js';

const WINK_TYPES: Record<string, EntityType> = {
  DATE: 'date', TIME: 'date', DURATION: 'date', CARDINAL: 'number', ORDINAL: 'number', MONEY: 'money',
  PERCENT: 'percent',
};

const DEMONYMS = new Set(Object.values(COUNTRIES));
const NAME_JOINERS = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'al', 'bin', 'the', '&']);
const REPORT_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'explained']);
const MONTHS_DAYS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

function isNameToken(t: Token | undefined, prev?: Token): boolean {
  if (!t) return false;
  if (!/^[A-Z]/.test(t.text) && !/^[A-Z0-9&.-]+$/.test(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  if (t.i === 0 || !/^[A-Z]/.test(t.text)) return false;
  // Mid-sentence capitals are names even when tagged otherwise ("Ole Miss", "Tax Act").
  return t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && prev?.pos === 'PROPN');
}

/** Maximal proper-name chunks, allowing inner joiners ("Bank of England", "Association of Southeast Asian Nations"). */
const CORPORATE = /^(Co|Corp|Inc|Ltd|Plc|PLC|LLC|Cos|Company|Corporation|Group|Holdings)\.?$/;

/** A corporate suffix closes the name parts after "and" (up to three of them). */
function companyAfterAnd(tokens: readonly Token[], and: number): boolean {
  for (let j = and + 1; j <= and + 3 && j < tokens.length; j++) {
    if (!isNameToken(tokens[j], tokens[j - 1])) return false;
    if (CORPORATE.test(tokens[j].text)) return j > and + 1;
  }
  return false;
}

export function nameChunks(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  while (k < tokens.length) {
    if (!isNameToken(tokens[k]) || MONTHS_DAYS.test(tokens[k].text)) { k++; continue; }
    let end = k + 1;
    for (;;) {
      if (isNameToken(tokens[end], tokens[end - 1]) && !MONTHS_DAYS.test(tokens[end].text)) { end++; continue; }
      // "Al-Faisal", "Winn-Dixie": a hyphen inside a name, written without spaces.
      if (tokens[end]?.text === '-' && tokens[end].space === '' && tokens[end + 1]?.space === '' && isNameToken(tokens[end + 1], tokens[end])) { end += 2; continue; }
      // "of"/"and" joins two name parts only when a name follows directly.
      if (tokens[end] && NAME_JOINERS.has(tokens[end].lower) && tokens[end].lower !== 'and' && isNameToken(tokens[end + 1])) { end += 2; continue; }
      // "and" only inside a company's name: "Pacific Gas and Electric Co", "Procter and Gamble Co".
      if (tokens[end]?.lower === 'and' && companyAfterAnd(tokens, end)) { end += 2; continue; }
      break;
    }
    out.push([k, end]);
    k = end;
  }
  return out;
}

const PORTFOLIO_OFFICES = /^(secretary|minister|commissioner|spokesman|spokeswoman|envoy|czar|tsar)$/;

/** Split leading title words off a name chunk: "Prime Minister Fumio Kishida" -> title 2 tokens. */
export function titleLength(tokens: readonly Token[], start: number, end: number): number {
  // "Culture Secretary Tessa Jowell", "Home Secretary Charles Clarke": a portfolio before an office is a title.
  let n = start + 2 < end && PORTFOLIO_OFFICES.test(tokens[start + 1].lower) && /^[A-Z][a-z]+$/.test(tokens[start].text) ? 2 : 0;
  while (start + n < end - 1) {
    const two = `${tokens[start + n].lower} ${tokens[start + n + 1]?.lower ?? ''}`;
    if (start + n + 2 < end && TITLES.has(two)) { n += 2; continue; }
    if (TITLES.has(tokens[start + n].lower)) { n += 1; continue; }
    break;
  }
  return n;
}

export function typeOfName(text: string, tokens: readonly Token[], start: number, end: number): EntityType {
  if (COUNTRIES[text] !== undefined) return 'country';
  if (/^(St|Ste|Mt|Ft|Port|Fort|Lake|Mount|San|Santa|Los|Las|New)\.?\s/.test(text) && !/\s(Times|Post|Bank|Inc)/.test(text)) return 'place';
  // ("Coronation Street", "Downing Street": a street is no person, whatever it stands for.)
  if (PLACES.has(text) || /\s(Street|Road|Avenue|Square|Boulevard)$/.test(text)) return 'place';
  if (BLOCS.has(text)) return 'organisation';
  if (DEMONYMS.has(text)) return 'nationality';
  const last = tokens[end - 1].lower;
  if (ORG_WORDS.has(last) || tokens.slice(start, end).some((t) => ORG_WORDS.has(t.lower) && t.i > start)) return 'organisation';
  if (/^[A-Z]{2,6}s?$/.test(text)) return 'organisation';
  if (titleLength(tokens, start, end) > 0 || TITLES.has(tokens[start - 1]?.lower ?? '')) return 'person';
  const words = end - start;
  if (words >= 2 && words <= 3 && tokens.slice(start, end).every((t) => /^[A-Z][a-z'’-]+\.?$/.test(t.text))) return 'person';
  if (REPORT_AFTER.has(tokens[end]?.lower ?? '') && words <= 3) return 'person';
  return 'other';
}

const SCALE = /^(m|bn|k|mn|mln|million|billion|trillion|thousand|hundred)$/i;
// ("the £3.3 trillion mark" is a milestone: only the plural names the German currency.)
const CURRENCY = /^(euros?|dollars?|dlrs|pounds?|sterling|yen|yuan|rupees?|francs?|marks|pesos?|roubles?|rubles?|won|crowns?|kronor|krona|lire|lira|cents?|pence|p)$/i;

/** "77m euros", "12 bn euros", "37.1 mln dlrs", "5 million pounds": amounts wink does not mark as money. */
function moneySpans(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    // "£3.3bn", "€80 million": a currency sign before its number, with the scale written on.
    if (/^[£$€¥]$/.test(tokens[k].text) && tokens[k + 1]?.space === '' && /^\d/.test(tokens[k + 1]?.text ?? '')) {
      let j = k + 2;
      while (j < tokens.length && SCALE.test(tokens[j].text) && j - k < 4) j++;
      out.push([k, j]);
      k = j - 1;
      continue;
    }
    if (tokens[k].pos !== 'NUM' && !/^\d/.test(tokens[k].text)) continue;
    let j = k + 1;
    while (j < tokens.length && (SCALE.test(tokens[j].text) || tokens[j].pos === 'NUM') && j - k < 3) j++;
    if (j < tokens.length && CURRENCY.test(tokens[j].text) && !(tokens[j].text === 'p' && j === k + 1 && tokens[j].space !== '')) {
      out.push([k, j + 1]);
      k = j;
    }
  }
  return out;
}

/** All entities of one sentence. */
export function findEntities(
  sentence: number,
  text: string,
  tokens: readonly Token[],
  winkEntities: readonly { type: string; start: number; end: number }[],
): Entity[] {
  const out: Entity[] = [];
  const slice = (a: number, b: number) => text.slice(tokens[a].start, tokens[b - 1].end);
  for (const [a, b] of moneySpans(tokens)) out.push({ text: slice(a, b), type: 'money', sentence, start: a, end: b });
  for (const e of winkEntities) {
    if (out.some((x) => x.start < e.end && e.start < x.end)) continue;
    const type = WINK_TYPES[e.type];
    // "$1m", "£2.5bn": the model ends the amount before a written-on scale.
    const end = (type === 'money' || type === 'number') && /^(m|bn|mn|tn|k|million|billion|trillion)$/i.test(tokens[e.end]?.text ?? '') && tokens[e.end].space === '' ? e.end + 1 : e.end;
    if (type && end > e.start) out.push({ text: slice(e.start, end), type, sentence, start: e.start, end });
  }
  for (const [a, b] of nameChunks(tokens)) {
    if (out.some((e) => e.start < b && a < e.end)) continue;
    const t = titleLength(tokens, a, b);
    const start = a + t;
    if (start >= b) continue;
    // A sentence-initial single capitalised common word is not a name.
    if (start === 0 && b - start === 1 && tokens[0].pos !== 'PROPN') continue;
    const name = slice(start, b).replace(/['’]s$/, '');
    // Time zones written in capitals are not organisations.
    if (/^(GMT|BST|UTC|ET|EST|EDT|PST|PDT|CET|CST|CDT|MT)$/.test(name)) continue;
    out.push({ text: name, type: typeOfName(name, tokens, start, b), sentence, start, end: b });
  }
  return out.sort((x, y) => x.start - y.start);
}
