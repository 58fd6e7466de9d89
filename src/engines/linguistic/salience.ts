// How central each sentence is: position (the lead carries the story), overlap with the
// title and lead, and how many of the article's frequent names and words it holds.
import type { Doc, Sentence } from '../../nlp/doc.js';
import { isContent } from '../../nlp/doc.js';

export function sentenceSalience(doc: Doc): number[] {
  const total = doc.sentences.length;
  const raw = doc.sentences.map((s: Sentence) => {
    const position = 1 / (1 + 0.15 * s.n) + (s.paragraph === 0 ? 0.2 : 0);
    const content = s.tokens.filter(isContent);
    const topic = content.length ? content.filter((t) => doc.topicLemmas.has(t.lemma)).length / content.length : 0;
    const names = s.entities.filter((e) => (doc.nameCounts.get(e.text) ?? 0) >= 2).length;
    const spread = content.length
      ? content.reduce((acc, t) => acc + Math.min(4, (doc.lemmaCounts.get(t.lemma) ?? 1) - 1), 0) / (content.length * 4)
      : 0;
    return 0.45 * Math.min(1, position) + 0.25 * topic + 0.15 * Math.min(1, names / 3) + 0.15 * spread * (total > 3 ? 1 : 0);
  });
  const max = Math.max(...raw, 1e-9);
  return raw.map((x) => x / max);
}
