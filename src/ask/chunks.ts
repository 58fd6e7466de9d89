// Candidate answer spans in a sentence, found from its tokens, entities and time expressions: noun phrases
// (with "of" attachments and lists), prepositional phrases, clauses introduced by a cue ("because", "by", "to"),
// verb phrases and the rest of a clause. No parser: part-of-speech patterns over wink's tags.
import type { EntityType, Sentence, Token } from '../nlp/doc.js';

export type SpanKind =
  | 'entity' // a typed entity of the Doc
  | 'time' // a time expression
  | 'np' // base noun phrase
  | 'np-of' // noun phrase with "of"/possessive attachments
  | 'np-pp' // noun phrase with one prepositional attachment
  | 'list' // coordinated noun phrases
  | 'pp' // preposition + noun phrase
  | 'clause' // clause introduced by a cue word
  | 'vp' // a verb and what follows it in the clause
  | 'rest' // the rest of the clause after a point
  | 'mod'; // the words before a noun the question asks about ("what kind of economy" -> "diversified")

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: SpanKind;
  /** Entity type, when the span is (or exactly wraps) a typed entity. */
  readonly entity?: EntityType;
  /** The cue that introduced a clause ("because", "by", "to" ...). */
  readonly cue?: string;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NP_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const NP_INNER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const NP_END = new Set(['NOUN', 'PROPN', 'NUM']);
const CLAUSE_STOP = new Set([',', ';', ':', '.', '!', '?', '--', '—', '–', '(', ')', '"', '“', '”']);
const REASON_CUES = new Set(['because', 'since', 'as', 'so', 'after', 'due', 'for', 'amid', 'over', 'following', 'given', 'thanks']);
const MANNER_CUES = new Set(['by', 'through', 'using', 'via', 'with', 'in']);

const isWordDash = (t: Token | undefined): boolean => !!t && (t.text === '-' || t.text === '&' || t.text === '/') && t.space === '';

/** Base noun phrases: [start, end) token ranges. */
export function nounPhrases(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    const startsNp = NP_START.has(t.pos) || (t.pos === 'PRON' && POSSESSIVES.has(t.lower)) || t.text === '$' || t.text === '£' || t.text === '€';
    if (!startsNp) { k++; continue; }
    let j = k + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      if (NP_INNER.has(u.pos)) { j++; continue; }
      if (u.pos === 'PART' && /^['’]s?$/.test(u.lower) && j + 1 < tokens.length && NP_INNER.has(tokens[j + 1].pos)) { j++; continue; }
      if (isWordDash(u) && tokens[j + 1] && tokens[j + 1].space === '' && NP_INNER.has(tokens[j + 1].pos)) { j++; continue; }
      if (u.pos === 'ADV' && tokens[j + 1]?.pos === 'ADJ' && j > k) { j++; continue; }
      if (u.pos === 'SYM' && /^[%]$/.test(u.text)) { j++; continue; }
      break;
    }
    // trim to a nominal end
    let e = j;
    while (e > k && !NP_END.has(tokens[e - 1].pos) && tokens[e - 1].text !== '%') e--;
    if (e > k && !(e - k === 1 && tokens[k].pos === 'DET')) out.push([k, e]);
    k = Math.max(j, k + 1);
  }
  return out;
}

function clauseEnd(tokens: readonly Token[], from: number, max = 18): number {
  let j = from;
  while (j < tokens.length && j - from < max && !CLAUSE_STOP.has(tokens[j].text)) j++;
  return j;
}

/** Every candidate span of a sentence, deduplicated. */
export function candidateSpans(s: Sentence): Span[] {
  const tokens = s.tokens;
  const seen = new Map<string, Span>();
  const add = (span: Span) => {
    if (span.end <= span.start || span.start < 0 || span.end > tokens.length) return;
    // not just punctuation or function words
    if (!tokens.slice(span.start, span.end).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return;
    const key = `${span.start}:${span.end}`;
    const old = seen.get(key);
    if (!old || rank(span.kind) < rank(old.kind)) seen.set(key, old?.entity && !span.entity ? { ...span, entity: old.entity } : span);
  };

  // entities and times
  const entityAt = new Map<string, EntityType>();
  for (const e of s.entities) {
    add({ start: e.start, end: e.end, kind: 'entity', entity: e.type });
    entityAt.set(`${e.start}:${e.end}`, e.type);
  }
  for (const tm of s.times) {
    const a = tokens.findIndex((t) => t.end > tm.start);
    let b = a;
    while (b < tokens.length && tokens[b].start < tm.end) b++;
    if (a >= 0 && b > a) {
      add({ start: a, end: b, kind: 'time', entity: 'date' });
      // without its preposition ("in 2019" -> "2019")
      if (tokens[a].pos === 'ADP' && b > a + 1) add({ start: a + 1, end: b, kind: 'time', entity: 'date' });
    }
  }

  // noun phrases, with their attachments
  const nps = nounPhrases(tokens);
  const npStartingAt = new Map<number, [number, number]>();
  for (const np of nps) npStartingAt.set(np[0], np);
  for (const [a, b] of nps) {
    const ent = entityAt.get(`${a}:${b}`) ?? (tokens[a].pos === 'DET' ? entityAt.get(`${a + 1}:${b}`) : undefined);
    add({ start: a, end: b, kind: 'np', ...(ent && { entity: ent }) });
    // without a leading determiner or possessive
    if (b - a > 1 && (tokens[a].pos === 'DET' || tokens[a].pos === 'PRON')) add({ start: a + 1, end: b, kind: 'np', ...(ent && { entity: ent }) });
    // "of" chains and one other preposition
    let end = b;
    for (let hops = 0; hops < 3; hops++) {
      const p = tokens[end];
      if (!p || p.pos !== 'ADP') break;
      const nx = npStartingAt.get(end + 1);
      if (!nx) break;
      end = nx[1];
      add({ start: a, end, kind: p.lower === 'of' ? 'np-of' : 'np-pp' });
      if (tokens[a].pos === 'DET' && end - a > 2) add({ start: a + 1, end, kind: p.lower === 'of' ? 'np-of' : 'np-pp' });
      if (p.lower !== 'of') break;
    }
    // lists: "A, B and C", "A and B"
    let e2 = b;
    let items = 1;
    for (;;) {
      const c = tokens[e2];
      const sep = c && (c.text === ',' || c.lower === 'and' || c.lower === 'or');
      if (!sep) break;
      let nxAt = e2 + 1;
      if ((tokens[nxAt]?.lower === 'and' || tokens[nxAt]?.lower === 'or') && c.text === ',') nxAt++;
      const nx = npStartingAt.get(nxAt);
      if (!nx) break;
      e2 = nx[1];
      items++;
      if (c.lower === 'and' || c.lower === 'or' || tokens[nxAt - 1].lower === 'and' || tokens[nxAt - 1].lower === 'or') {
        add({ start: a, end: e2, kind: 'list' });
        break;
      }
      if (items > 6) break;
    }
    // the preposition before it
    if (a > 0 && tokens[a - 1].pos === 'ADP') add({ start: a - 1, end: b, kind: 'pp' });
  }

  // clauses after cue words, verb phrases, the rest of a clause
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos === 'SCONJ' || REASON_CUES.has(t.lower) || (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') || (MANNER_CUES.has(t.lower) && tokens[k + 1]?.pos === 'VERB')) {
      const from = t.lower === 'due' || t.lower === 'thanks' ? k + 2 : k + 1;
      const e = clauseEnd(tokens, from);
      if (e > from) {
        add({ start: k, end: e, kind: 'clause', cue: t.lower });
        add({ start: from, end: e, kind: 'clause', cue: t.lower });
      }
    }
    if (t.pos === 'VERB') {
      const e = clauseEnd(tokens, k + 1, 14);
      if (e > k + 1) add({ start: k, end: e, kind: 'vp' });
      if (e > k + 1) add({ start: k + 1, end: e, kind: 'rest' });
    }
  }
  return [...seen.values()];
}

/**
 * "What kind of economy ...?" is answered by what the text says before its "economy": the modifiers of each
 * occurrence of the head noun, without words the question itself names there ("non-deterministic [Turing] machine").
 * `named(k)` says whether token k matches a question word.
 */
export function modifierSpans(s: Sentence, head: string, named: (k: number) => boolean): Span[] {
  if (!head) return [];
  const tokens = s.tokens;
  const out: Span[] = [];
  tokens.forEach((t, k) => {
    if (t.lemma !== head || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return;
    let end = k;
    while (end > 0 && named(end - 1) && NP_INNER.has(tokens[end - 1].pos)) end--;
    let start = end;
    while (start > 0 && (NP_INNER.has(tokens[start - 1].pos) || (isWordDash(tokens[start - 1]) && start > 1))) start--;
    if (isWordDash(tokens[start])) start++;
    if (start < end && !(start === end - 1 && named(start))) out.push({ start, end, kind: 'mod' });
  });
  return out;
}

function rank(kind: SpanKind): number {
  return ['entity', 'time', 'np', 'np-of', 'list', 'np-pp', 'pp', 'clause', 'vp', 'rest'].indexOf(kind);
}
