// The founding example: a dated Japan-ASEAN summit article with an empty FAQ heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readArticle } from '../src/article/index.js';
import { generateFaq } from '../src/faq/generate.js';
import { renderFilledText } from '../src/render/text.js';
import { annotate } from '../src/nlp/annotate.js';
import { verifyCandidate } from '../src/verify/verifier.js';

const path = new URL('../examples/japan-asean-summit.txt', import.meta.url);
const article = readArticle(readFileSync(path), { source: 'japan-asean-summit.txt' });
const faq = generateFaq(article);
const questions = faq.pairs.map((p) => p.question);

test('gives 8 to 15 pairs', () => {
  assert.ok(faq.pairs.length >= 8 && faq.pairs.length <= 15, `${faq.pairs.length} pairs`);
});

test('every pair cites sentences that exist, with their text, and passes the verifier', () => {
  const doc = annotate(article);
  const byId = new Map(doc.sentences.map((s) => [s.id, s.text]));
  for (const p of faq.pairs) {
    assert.ok(p.evidence.length > 0);
    for (const e of p.evidence) assert.equal(byId.get(e.id), e.text);
    const verdict = verifyCandidate(doc, { question: p.question, answer: p.answer, kind: p.kind, evidence: p.evidence.map((e) => e.id), score: p.score, origin: 'published' });
    assert.equal(verdict, undefined, `${p.question} -> ${verdict?.reason}`);
  }
});

test('asks when the summit was, resolved to December 2023', () => {
  const when = faq.pairs.find((p) => p.kind === 'time');
  assert.ok(when, questions.join('\n'));
  assert.match(when.answer, /17 December 2023/);
  assert.match(when.answer, /shortly before/i);
});

test('defines ASEAN from its expansion', () => {
  const def = faq.pairs.find((p) => p.question === 'What is ASEAN?');
  assert.ok(def, questions.join('\n'));
  assert.match(def.answer, /Association of Southeast Asian Nations/);
});

test('asks whether China was named, answered with No', () => {
  const neg = faq.pairs.find((p) => p.kind === 'negation' && /China/.test(p.question));
  assert.ok(neg, questions.join('\n'));
  assert.match(neg.answer, /^No\./);
});

test('asks why the partnership shifted towards security', () => {
  assert.ok(questions.some((q) => /^Why .*shifted towards security/.test(q)), questions.join('\n'));
});

test('no question leads with a pronoun or lacks a question mark', () => {
  for (const q of questions) {
    assert.match(q, /\?$/);
    assert.doesNotMatch(q, /\b(he|she|it|they|its|their)\b/i, q);
  }
});

test('fill puts the pairs under the FAQ heading and keeps the article as it was', () => {
  const filled = renderFilledText(article, faq);
  const original = article.original!;
  const at = article.faqSlot!.offset;
  assert.equal(filled.slice(0, at), original.slice(0, at));
  const after = filled.slice(at);
  for (const p of faq.pairs) assert.ok(after.includes(p.question), p.question);
});
