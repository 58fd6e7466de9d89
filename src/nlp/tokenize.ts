// Sentences and tokens from wink-nlp, with character offsets kept per sentence.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './doc.js';

// Only what later stages read: sentences, POS (with lemmas) and wink's numeric entities.
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its as any;

export interface RawSentence {
  readonly text: string;
  readonly tokens: Token[];
  /** wink's own entities (dates, numbers, money, percent) as token spans. */
  readonly winkEntities: { type: string; start: number; end: number }[];
}

/** Words the model's vocabulary holds have ids below those it gives to unseen words, which are numbered on from the
 *  vocabulary's end; a nonsense word read first marks that end. */
const FIRST_UNSEEN_ID = (nlp.readDoc('zqxvbkjw').tokens().out(its.uniqueId) as number[])[0];
const KNOWN = new Map<string, boolean>();

/** Is the lower-case word an English word the model knows ("inflation", "kraft"), not a name ("disney")? */
export function isKnownWord(lower: string): boolean {
  let known = KNOWN.get(lower);
  if (known === undefined) {
    const ids = nlp.readDoc(lower).tokens().out(its.uniqueId) as number[];
    known = ids.length === 1 && ids[0] < FIRST_UNSEEN_ID;
    if (KNOWN.size > 50_000) KNOWN.clear();
    KNOWN.set(lower, known);
  }
  return known;
}

/**
 * The model strips "-ed" and "-ing" whole from verbs whose base ends in "e": "staged" -> "stag", "coped" -> "cop".
 * A base that ends vowel-consonant would double that consonant before the ending ("stopped", "planned"), so an
 * undoubled form of a word the vocabulary also holds with an "e" ("stage") is that word's.
 */
function fixLemma(lower: string, lemma: string): string {
  if (lower !== `${lemma}ed` && lower !== `${lemma}ing`) return lemma;
  return /[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(lemma) && isKnownWord(`${lemma}e`) ? `${lemma}e` : lemma;
}

/** Split one paragraph into sentences of tokens. */
export function tokenizeParagraph(paragraph: string): RawSentence[] {
  const wdoc = nlp.readDoc(paragraph);
  const values = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma) as string[];
  // Absolute offsets of every token in the paragraph.
  const starts: number[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    cursor += spaces[k].length;
    // Guard against any normalisation by wink: find the token text from the cursor.
    const found = paragraph.indexOf(values[k], cursor);
    if (found >= 0 && found - cursor < 4) cursor = found;
    starts.push(cursor);
    cursor += values[k].length;
  }
  const entitySpans: { type: string; start: number; end: number }[] = [];
  wdoc.entities().each((e: any) => {
    const [a, b] = e.out(its.span) as [number, number];
    entitySpans.push({ type: e.out(its.type) as string, start: a, end: b + 1 });
  });
  const out: RawSentence[] = [];
  const bases: number[] = [];
  wdoc.sentences().each((s: any) => {
    const [a, b] = s.out(its.span) as [number, number];
    let first = a;
    let last = b;
    while (first <= last && pos[first] === 'SPACE') first++;
    while (last >= first && pos[last] === 'SPACE') last--;
    if (first > last) return;
    const base = starts[first];
    const end = starts[last] + values[last].length;
    const tokens: Token[] = [];
    const indexOf = new Map<number, number>();
    for (let k = first; k <= last; k++) {
      if (pos[k] === 'SPACE') continue;
      indexOf.set(k, tokens.length);
      const start = starts[k] - base;
      const space = k === first ? '' : spaces[k];
      // wink adds every word it reads to its vocabulary, and a possessive it once kept whole (one ending a sentence,
      // "... under Trump's.") it keeps whole ever after: the same sentence would read differently after another
      // article. The possessive is split here, whatever wink did.
      const owner = /^(.+?)(['’]s)$/.exec(values[k]);
      if (owner && /\p{L}$/u.test(owner[1])) {
        const lower = owner[1].toLowerCase();
        // (The whole word's tag is no guide to its owner's: a learned "children's" comes tagged as a name. "it's",
        // "there's" are "is"; "let's" is "us".)
        const contraction = /^(it|that|he|she|there|here|what|who|where|how|this)$/.test(lower);
        const ownerPos = lower === 'let' ? 'VERB' : contraction ? 'PRON' : /^\p{Lu}/u.test(owner[1]) ? 'PROPN' : 'NOUN';
        const [sPos, sLemma] = lower === 'let' ? ['PRON', 'us'] : contraction ? ['AUX', 'be'] : ['PART', owner[2].toLowerCase()];
        tokens.push({ i: tokens.length, text: owner[1], lower, lemma: lower, pos: ownerPos, start, end: start + owner[1].length, space });
        tokens.push({ i: tokens.length, text: owner[2], lower: owner[2].toLowerCase(), lemma: sLemma, pos: sPos, start: start + owner[1].length, end: start + values[k].length, space: '' });
        continue;
      }
      tokens.push({
        i: tokens.length,
        text: values[k],
        lower: values[k].toLowerCase(),
        lemma: fixLemma(values[k].toLowerCase(), (lemmas[k] ?? values[k]).toLowerCase()),
        // ("DJ Norman Cook": letters in capitals are an abbreviation or a name, never a verb.)
        pos: pos[k] === 'VERB' && /^\p{Lu}{2,}$/u.test(values[k]) ? 'PROPN' : pos[k] ?? "X",
        start,
        end: start + values[k].length,
        space,
      });
    }
    const winkEntities = entitySpans
      .filter((e) => e.start >= first && e.end - 1 <= last)
      .map((e) => ({ type: e.type, start: indexOf.get(e.start) ?? 0, end: (indexOf.get(e.end - 1) ?? 0) + 1 }));
    out.push({ text: paragraph.slice(base, end), tokens, winkEntities });
    bases.push(base);
  });
  return mergeFragments(paragraph, out, bases).flatMap(splitAnswerWord);
}

/** "No. Cameras are not allowed ...": the model reads "No." as the abbreviation of "number"; before a capitalised
 *  word it is an answer of its own, and the sentence starts after it. */
function splitAnswerWord(s: RawSentence): RawSentence[] {
  const [first, next] = s.tokens;
  if (!first || !next || first.text !== 'No.' || !/^[A-Z][a-z]/.test(next.text) || s.tokens.length < 4) return [s];
  const shift = next.start;
  return [
    { text: first.text, tokens: [{ ...first, pos: 'INTJ', lemma: 'no' }], winkEntities: [] },
    {
      text: s.text.slice(shift),
      tokens: s.tokens.slice(1).map((t, k) => ({ ...t, i: k, start: t.start - shift, end: t.end - shift, space: k === 0 ? '' : t.space })),
      winkEntities: s.winkEntities.filter((e) => e.start >= 1).map((e) => ({ ...e, start: e.start - 1, end: e.end - 1 })),
    },
  ];
}

/** Abbreviations that stand before a name and so never end a sentence: "Warner Bros. Discovery", "Gov. Kay Ivey". */
const NEVER_FINAL = /(?:^|\s)(?:Bros|Mr|Mrs|Ms|Dr|Gov|Sen|Sens|Rep|Reps|Gen|Lt|Sgt|Capt|Prof|Rev|Mt|Ft)\.$/;

/**
 * Re-join sentences that wink split after an abbreviation-like token: "U.S." then a lowercase word, a title or
 * "Bros." (NEVER_FINAL), or a split with no space at all ("Jim Clyburn, D-S." | "C., Sen. Chris Coons"), which no real sentence boundary has.
 */
function mergeFragments(paragraph: string, sentences: RawSentence[], bases: number[]): RawSentence[] {
  const out: RawSentence[] = [];
  let prevBase = 0;
  sentences.forEach((s, n) => {
    const prev = out[out.length - 1];
    const first = s.tokens[0];
    const startsLower = first && /^[a-z]/.test(first.text);
    const gap = prev ? paragraph.slice(prevBase + prev.text.length, bases[n]) : '';
    if (prev && (startsLower || gap === '' || NEVER_FINAL.test(prev.text))) {
      const offset = prev.text.length + gap.length;
      const shift = prev.tokens.length;
      out[out.length - 1] = {
        text: `${prev.text}${gap}${s.text}`,
        tokens: [
          ...prev.tokens,
          ...s.tokens.map((t, k) => ({ ...t, i: shift + k, start: t.start + offset, end: t.end + offset, space: k === 0 ? gap : t.space })),
        ],
        winkEntities: [...prev.winkEntities, ...s.winkEntities.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift }))],
      };
    } else {
      out.push(s);
      prevBase = bases[n];
    }
  });
  return out;
}
