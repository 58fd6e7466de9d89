// The annotated document: built once by annotate(), read by every later stage.
import type { Article, SentenceId } from '../types.js';
import type { TimeExpression } from './time/index.js';

/** Universal POS tags as produced by wink-nlp. */
export type Pos = string;

export interface Token {
  /** Index within its sentence. */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: Pos;
  /** Character offsets in the sentence text. */
  readonly start: number;
  readonly end: number;
  /** Whitespace before the token in the source. */
  readonly space: string;
}

export type EntityType =
  | 'person'
  | 'organisation'
  | 'country'
  | 'place'
  | 'date'
  | 'number'
  | 'money'
  | 'percent'
  | 'nationality'
  | 'other';

/** A typed mention; token indices are [start, end) within its sentence. */
export interface Entity {
  readonly text: string;
  readonly type: EntityType;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly id: SentenceId;
  /** Index in Doc.sentences. */
  readonly n: number;
  readonly paragraph: number;
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
}

/** A person the article names, with the title it gives them. */
export interface PersonInfo {
  readonly name: string;
  readonly title?: string;
  /** Where the title or apposition was found. */
  readonly sentence: number;
  /** Full apposition/title phrase as written, e.g. "Prime Minister Fumio Kishida". */
  readonly phrase: string;
}

export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  /** Short form -> expansion, e.g. ASEAN -> Association of Southeast Asian Nations. */
  readonly acronyms: ReadonlyMap<string, { long: string; sentence: number }>;
  /** Surname or full name -> person info. */
  readonly people: ReadonlyMap<string, PersonInfo>;
  /** How often each proper name is mentioned (full text form). */
  readonly nameCounts: ReadonlyMap<string, number>;
  /** Content lemmas of the title and lead, for salience. */
  readonly topicLemmas: ReadonlySet<string>;
  /** Document frequency of content lemmas across sentences. */
  readonly lemmaCounts: ReadonlyMap<string, number>;
}

export function sentenceById(doc: Doc, id: SentenceId): Sentence | undefined {
  return doc.sentences.find((s) => s.id === id);
}

/** Text of tokens [start, end) of a sentence, with its original spacing. */
export function spanText(s: Sentence, start: number, end: number): string {
  if (start >= end) return '';
  return s.text.slice(s.tokens[start].start, s.tokens[end - 1].end);
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
export function isContent(t: Token): boolean {
  return CONTENT_POS.has(t.pos) && t.lower.length > 1;
}

/** A hyphen written inside a word ("state-owned", "Newly-crowned"), not a spaced dash. */
export function gluedHyphen(t: Pick<Token, 'text' | 'space'> | undefined): boolean {
  return t?.text === '-' && t.space === '';
}

/** How often each word (lower-cased) is written capitalised and in lower case inside sentences: not first, and not
 *  right after an opening quote, bracket or dash, where a capital says nothing. */
export type CaseCounts = ReadonlyMap<string, { readonly upper: number; readonly lower: number }>;

/** Capitalised inside sentences more than twice as often as not ("Dunkin’" seven times, a quoted "dunkin" once). */
export function mostlyCapitalisedIn(counts: CaseCounts, word: string): boolean {
  const c = counts.get(word);
  return !!c && c.upper > 2 * c.lower;
}

export function midSentenceCaseCounts(sentences: readonly (readonly Token[])[]): Map<string, { upper: number; lower: number }> {
  const counts = new Map<string, { upper: number; lower: number }>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      if (i === 0 || /^["“'‘(:—–-]$/.test(tokens[i - 1].text) || !/^[A-Za-z]+$/.test(t.text)) return;
      const c = counts.get(t.lower) ?? { upper: 0, lower: 0 };
      if (t.text === t.lower) c.lower++;
      else if (t.text === t.lower[0].toUpperCase() + t.lower.slice(1)) c.upper++;
      counts.set(t.lower, c);
    });
  }
  return counts;
}
