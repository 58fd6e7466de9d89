// The headline's own questions ("Is Wayfair trafficking children?", "When did the Academy Awards
// start?") are the questions the article sets out to answer. Each is answered with the sentence
// that best matches it: most shared content words, the kind of fact the question word asks for,
// and an early position.
import type { Candidate, PairKind } from '../../../types.js';
import type { Doc, Sentence } from '../../../nlp/doc.js';
import { isContent } from '../../../nlp/doc.js';
import { FUNCTION_WORDS, stem, words } from '../../../verify/words.js';
import { cleanSentence } from '../answer.js';
import { candidate } from './shared.js';

const OPENER = /^(what|who|whom|whose|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/i;

function kindOf(q: string): PairKind {
  const w = q.toLowerCase();
  if (w.startsWith('when')) return 'time';
  if (w.startsWith('where')) return 'place';
  if (w.startsWith('why')) return 'cause';
  if (/^how (many|much)/.test(w)) return 'figure';
  if (/^(who|what) (is|are|was|were)\b/.test(w)) return 'definition';
  if (/^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/.test(w)) return 'stance';
  return 'event';
}

/** Does the sentence carry the kind of fact the question asks for? */
function fits(kind: PairKind, s: Sentence): boolean {
  if (kind === 'time') return s.times.length > 0;
  if (kind === 'figure') return s.tokens.some((t) => t.pos === 'NUM');
  if (kind === 'place') return s.entities.some((e) => e.type === 'place' || e.type === 'country');
  if (kind === 'cause') return /\b(because|due to|as a result|after|since|amid|so that|in order to|led to|why)\b/i.test(s.text);
  return true;
}

function stems(text: string): Set<string> {
  return new Set(words(text).filter((w) => !FUNCTION_WORDS.has(w)).map(stem));
}

/** The questions in a headline: "Is X? How Y spread" gives "Is X?". */
export function headlineQuestions(title: string): string[] {
  return (title.match(/[^?.!:]+\?/g) ?? []).map((q) => q.trim()).filter((q) => OPENER.test(q) && q.split(/\s+/).length >= 3);
}

export function headlineCandidates(doc: Doc): Candidate[] {
  const title = doc.article.title;
  if (!title) return [];
  const out: Candidate[] = [];
  for (const question of headlineQuestions(title)) {
    const q = stems(question);
    const kind = kindOf(question);
    let best: { s: Sentence; v: number } | undefined;
    for (const s of doc.sentences) {
      if (s.tokens.length < 6 || s.tokens.length > 60 || /^["“]/.test(s.text)) continue;
      const sentenceStems = new Set(s.tokens.filter(isContent).map((t) => stem(t.lower)));
      let shared = 0;
      for (const x of q) if (sentenceStems.has(x)) shared++;
      if (shared < 2 && shared < q.size) continue;
      const v = shared / q.size + (fits(kind, s) ? 0.3 : -0.5) + 0.2 / (1 + s.n);
      if (!best || v > best.v) best = { s, v };
    }
    if (!best || best.v < 0.6) continue;
    // A yes/no headline is answered only as far as the sentence goes: rank it below the factual ones.
    const weight = kind === 'stance' ? 0.6 : 0.75;
    out.push(candidate(kind, question, cleanSentence(best.s), [best.s.id], weight + 0.1 * Math.min(1, best.v - 0.6), 'headline.question', `headline:${question}`));
  }
  return out;
}
