// Shared made-up fixtures for the renderer tests (a *.test.ts name keeps it out of the build).
import type { Article, Faq, FaqPair } from '../types.js';

export function pair(question: string, answer: string, ids: string[] = ['p0s0']): FaqPair {
  return {
    question,
    answer,
    kind: 'event',
    score: 0.8,
    evidence: ids.map((id) => ({ id, text: `Sentence ${id}.` })),
  };
}

export function makeFaq(pairs: FaqPair[], article: Partial<Faq['article']> = {}): Faq {
  return {
    article: { id: 'riverton-1', title: 'Riverton approves footbridge', date: '2031-04-09', ...article },
    engine: 'linguistic',
    version: '0.1.0',
    pairs,
    stats: { sentences: 6, candidates: 9, rejected: 3, rejectedBy: { unsupported: 3 }, duplicates: 1 },
    messages: [],
  };
}

export const plainFaq = makeFaq([
  pair('What did Riverton council approve?', 'A footbridge over the Lune canal.', ['p0s0', 'p1s2']),
  pair('How much will the footbridge cost?', 'About 2.4 million crowns.', ['p2s0']),
]);

export const HOSTILE_Q = '<script>alert(1)</script> & "quoted" \'single\'?';
export const HOSTILE_A = 'It ends </script><script>alert(2)</script> then <!-- a comment \u2028 and \u2029.';
export const HOSTILE_TITLE = `Mayor's "bridge" & <canal> plan`;

export const hostileFaq = makeFaq([pair(HOSTILE_Q, HOSTILE_A, ['p0s1', 'p3s2'])], { title: HOSTILE_TITLE });

export function makeArticle(original: string | undefined, slot?: number, paragraphs = ['First.', 'Second.']): Article {
  return {
    id: 'riverton-1',
    title: 'Riverton approves footbridge',
    date: '2031-04-09',
    format: 'seed',
    paragraphs,
    ...(original !== undefined ? { original } : {}),
    ...(slot !== undefined ? { faqSlot: { offset: slot } } : {}),
  };
}
