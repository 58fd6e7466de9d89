// Self-containment: render a span of a sentence so it can be read without the article.
// Pronouns become the names they stand for, acronym definitions collapse to the short form,
// vague definite descriptions ("the company", "the bloc") take the article's name for them.
// A span that cannot be made self-contained gives undefined, and the question is not asked.
import type { Doc, Entity, Sentence, Token } from '../../nlp/doc.js';
import { BLOCS } from '../../lang/en/places.js';
import { PERSONAL_PRONOUNS, VAGUE_HEADS } from '../../lang/en/words.js';
import { tokensText } from './realise.js';

const ORGLIKE = new Set(['organisation', 'country', 'other']);
const COMPANY_WORDS = new Set(['company', 'firm', 'group', 'carrier', 'bank', 'retailer', 'airline', 'maker', 'giant', 'insurer', 'lender', 'brand', 'chain', 'business']);

/** The most recent entity of the given types before (sentence n, token k). */
function lastEntity(doc: Doc, n: number, k: number, types: ReadonlySet<string>, lookBack = 2): Entity | undefined {
  for (let m = n; m >= Math.max(0, n - lookBack); m--) {
    const ents = doc.sentences[m].entities.filter((e) => types.has(e.type) && (m < n || e.end <= k));
    if (ents.length) return ents[ents.length - 1];
  }
  return undefined;
}

/** The name a person is best known by in the article: full name, with title on first use. */
export function personName(doc: Doc, name: string): string {
  const info = doc.people.get(name);
  return info ? info.name : name;
}

/** The most mentioned organisation in the article (for "the company"). */
function mainOrganisation(doc: Doc): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const s of doc.sentences) for (const e of s.entities) {
    if (e.type !== 'organisation') continue;
    const c = doc.nameCounts.get(e.text) ?? 0;
    if (c > count) { best = e.text; count = c; }
  }
  return count >= 2 ? best : undefined;
}

function resolvePronoun(doc: Doc, s: Sentence, k: number): string | undefined {
  const w = s.tokens[k].lower;
  if (['he', 'she', 'him', 'her', 'his', 'hers'].includes(w)) {
    const e = lastEntity(doc, s.n, k, new Set(['person']));
    if (!e) return undefined;
    const name = personName(doc, e.text);
    return w === 'his' || (w === 'her' && s.tokens[k + 1]?.pos !== 'ADP' && /^(NOUN|ADJ|PROPN)$/.test(s.tokens[k + 1]?.pos ?? '')) ? `${name}'s` : name;
  }
  if (['it', 'its', 'they', 'their', 'them'].includes(w)) {
    const e = lastEntity(doc, s.n, k, ORGLIKE, 1);
    if (!e) return undefined;
    // "they/their" refers to a plural: accept a bloc or organisation; "it" accepts one named actor.
    return w === 'its' || w === 'their' ? `${e.text}'s` : e.text;
  }
  return undefined;
}

/** Resolve "the bloc", "the company" and friends; undefined when the description stays vague. */
function resolveDescription(doc: Doc, s: Sentence, a: number, b: number): string | undefined {
  const head = s.tokens[b - 1];
  if (head.lemma === 'bloc') {
    for (const [short] of doc.acronyms) if (BLOCS.has(short)) return short;
    return undefined;
  }
  if (COMPANY_WORDS.has(head.lemma) && b - a === 2) return mainOrganisation(doc);
  return undefined;
}

/** Whether a noun phrase [a, b) is a vague definite description ("the plan", "the leaders"). */
function isVague(s: Sentence, a: number, b: number): boolean {
  const det = s.tokens[a]?.lower;
  if (det !== 'the' && det !== 'this' && det !== 'that' && det !== 'these' && det !== 'those') return false;
  const words = s.tokens.slice(a + 1, b);
  if (words.some((t) => t.pos === 'PROPN' || t.pos === 'NUM')) return false;
  const head = words[words.length - 1];
  if (!head) return true;
  return VAGUE_HEADS.has(head.lemma) && (det !== 'the' || words.length <= 1);
}

/**
 * Render tokens [a, b) of a sentence self-contained. Returns undefined if a pronoun or vague
 * description cannot be resolved.
 */
export function renderSpan(doc: Doc, s: Sentence, a: number, b: number, lowerFirst = true): string | undefined {
  const words: string[] = [];
  const tokens = s.tokens;
  // Noun-phrase level: a lone vague description as the whole span.
  if (b - a <= 3 && isVague(s, a, b)) {
    const named = resolveDescription(doc, s, a, b);
    if (!named) return undefined;
    return named;
  }
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    // "Long Form (ABBR)" -> "ABBR".
    const acr = t.text === '(' && tokens[k + 2]?.text === ')' ? doc.acronyms.get(tokens[k + 1].text) : undefined;
    if (acr) {
      const longWords = acr.long.split(/\s+/).length;
      let cut = words.length - longWords;
      if (cut > 0 && words[cut - 1] === 'the') cut--;
      if (cut >= 0) words.splice(cut);
      words.push(tokens[k + 1].text);
      k += 2;
      continue;
    }
    if (PERSONAL_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET')) {
      if (['this', 'that', 'these', 'those'].includes(t.lower)) return undefined;
      if (['we', 'us', 'our', 'i', 'me', 'my', 'you', 'your'].includes(t.lower)) return undefined;
      const r = resolvePronoun(doc, s, k);
      if (!r) return undefined;
      words.push(r);
      continue;
    }
    words.push(t.text);
  }
  let text = tokensText(
    words.map((w, i) => ({ text: w, space: i === 0 ? '' : ' ' }) as Token),
    0,
    words.length,
  );
  text = text.replace(/\s+([,.;:!?%)’]|'s\b|’s\b|n't\b)/g, '$1').replace(/([($])\s+/g, '$1');
  if (lowerFirst) text = lowerInitial(text, tokens[a]);
  return text;
}

/** Lower-case the first word unless it is a name or an acronym. */
export function lowerInitial(text: string, first: Token | undefined): string {
  if (!first) return text;
  if (first.pos === 'PROPN' || /^[A-Z]{2,}/.test(first.text) || first.text === 'I') return text;
  return text[0].toLowerCase() + text.slice(1);
}
