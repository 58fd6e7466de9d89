// A Doc encoded for the store (JSON, deflated), so ask reads stored articles without annotating them again.
// The encoding carries everything annotate() computes; ANNOTATION_VERSION changes whenever the Doc or the
// annotator does, and a stored annotation of another version is ignored (the article is annotated afresh).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Article } from '../types.js';
import type { Doc, Entity, EntityType, PersonInfo, Sentence, Token } from '../nlp/doc.js';
import type { TimeExpression } from '../nlp/time/index.js';
import { VERSION } from '../version.js';

// Bumped whenever annotate() reads a text differently (a2: sentence splits inside abbreviations, time fixes, to-verbs after names, initial names; a3: "-ed"/"-ing" lemmas of e-final verbs, ordinal weekdays, "$1m" amounts, company names with "and"; a4: names and participles tagged as verbs retagged; a5: business plurals end company names ("Darden Restaurants"), "Sunday brunch" is no date, a span running on the date is that year's, "reported ... for Tuesday" looks back, "this week" ahead in a Sunday paper is the coming week).
export const ANNOTATION_VERSION = `${VERSION}+a5`;

type TokenRow = [string, string, string, number, number, string]; // text, lemma, pos, start, end, space
type EntityRow = [string, string, number, number]; // text, type, start, end

interface Encoded {
  s: { p: number; i: number; t: string; k: TokenRow[]; e: EntityRow[]; m: TimeExpression[] }[];
  a: [string, { long: string; sentence: number }][];
  pe: [string, PersonInfo][];
  nc: [string, number][];
  tl: string[];
  lc: [string, number][];
}

export function encodeDoc(doc: Doc): Uint8Array {
  const enc: Encoded = {
    s: doc.sentences.map((s) => ({
      p: s.paragraph,
      i: s.index,
      t: s.text,
      k: s.tokens.map((t) => [t.text, t.lemma === t.lower ? '' : t.lemma, t.pos, t.start, t.end, t.space] as TokenRow),
      e: s.entities.map((e) => [e.text, e.type, e.start, e.end] as EntityRow),
      m: [...s.times],
    })),
    a: [...doc.acronyms],
    pe: [...doc.people],
    nc: [...doc.nameCounts],
    tl: [...doc.topicLemmas],
    lc: [...doc.lemmaCounts],
  };
  // a copy with its own ArrayBuffer (a Buffer may share a pool), so it can be transferred between threads
  return new Uint8Array(deflateRawSync(Buffer.from(JSON.stringify(enc), 'utf8'), { level: 1 }));
}

export function decodeDoc(data: Uint8Array, article: Article): Doc {
  const enc = JSON.parse(inflateRawSync(data).toString('utf8')) as Encoded;
  const sentences: Sentence[] = enc.s.map((s, n) => {
    const tokens: Token[] = s.k.map(([text, lemma, pos, start, end, space], i) => {
      const lower = text.toLowerCase();
      return { i, text, lower, lemma: lemma || lower, pos, start, end, space };
    });
    const entities: Entity[] = s.e.map(([text, type, start, end]) => ({ text, type: type as EntityType, sentence: n, start, end }));
    return { id: `p${s.p}s${s.i}`, n, paragraph: s.p, index: s.i, text: s.t, tokens, entities, times: s.m };
  });
  return {
    article,
    sentences,
    acronyms: new Map(enc.a),
    people: new Map(enc.pe),
    nameCounts: new Map(enc.nc),
    topicLemmas: new Set(enc.tl),
    lemmaCounts: new Map(enc.lc),
  };
}
