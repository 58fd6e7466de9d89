import type { Check } from '../verifier.js';
import type { Sentence } from '../../nlp/doc.js';
import { resolvedDateText } from '../dates.js';
import { FUNCTION_WORDS, isNumber, stem, words } from '../words.js';

/** A sentence's words, lemmas and their stems, computed once per sentence. */
const cache = new WeakMap<Sentence, Set<string>>();
function sentenceWords(s: Sentence): Set<string> {
  let set = cache.get(s);
  if (!set) {
    set = new Set<string>();
    const add = (w: string) => { set!.add(w); set!.add(stem(w)); };
    for (const t of s.tokens) { add(t.lower.replace(/’/g, "'")); add(t.lemma); }
    for (const w of words(s.text)) add(w);
    cache.set(s, set);
  }
  return set;
}

/** Each content word of the answer occurs in the evidence (or is a derived word, e.g. a resolved date). */
export const contentSupported: Check = {
  ruleId: 'content-supported',
  run({ candidate, evidence, doc }) {
    const known = new Set<string>();
    const add = (w: string) => { known.add(w); known.add(stem(w)); };
    for (const s of evidence) for (const w of sentenceWords(s)) known.add(w);
    for (const w of candidate.derived ?? []) for (const x of words(w)) add(x);
    for (const x of words(resolvedDateText(doc, evidence))) add(x);
    // "Possibly." states the evidence's own hedge ("may", "might", "could").
    if (evidence.some((s) => s.tokens.some((t) => /^(may|might|could)$/.test(t.lower)))) add('possibly');
    const missing = words(candidate.answer).filter(
      (w) => !FUNCTION_WORDS.has(w) && !isNumber(w) && !known.has(w) && !known.has(stem(w)),
    );
    return missing.length ? `answer words not in the evidence: ${[...new Set(missing)].slice(0, 5).join(', ')}` : undefined;
  },
};
