// The acceptance model's features and the selection floor, on an invented article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Candidate } from '../../types.js';
import { annotate } from '../../nlp/annotate.js';
import { acceptance, FEATURE_NAMES, pairFeatures } from './acceptance.js';
import { select } from '../../faq/select.js';

const article: Article = {
  id: 'test',
  title: 'Governor Josh Shapiro signs transit funding bill',
  date: '2024-03-08',
  format: 'plain',
  paragraphs: [
    'Pennsylvania Governor Josh Shapiro signed a bill on Thursday that gives the state transit agency $300 million.',
    'Shapiro said the money would keep buses running in Pittsburgh and Philadelphia.',
  ],
};
const doc = annotate(article);

function pair(question: string, answer: string, evidence = ['p0s0']): Candidate {
  return { question, answer, kind: 'event', evidence, score: 0.6, origin: 'test' };
}

test('one feature value per feature name, and a probability', () => {
  const c = pair('What did Josh Shapiro sign?', 'A bill that gives the state transit agency $300 million.');
  assert.equal(pairFeatures(doc, c).length, FEATURE_NAMES.length);
  const p = acceptance(doc, c);
  assert.ok(p > 0 && p < 1);
});

test('features see a bare surname and a lost capital (the weights are learned, so only the features are tested)', () => {
  const answer = 'Shapiro said the money would keep buses running in Pittsburgh and Philadelphia.';
  const feature = (question: string, name: string) => pairFeatures(doc, pair(question, answer, ['p1s0']))[FEATURE_NAMES.indexOf(name)];
  assert.equal(feature('What did Josh Shapiro say the money would do?', 'bareSurname'), 0);
  assert.equal(feature('What did Shapiro say the money would do?', 'bareSurname'), 1);
  assert.equal(feature('What did Josh Shapiro say the money would do?', 'lostCapital'), 0);
  assert.equal(feature('What did josh shapiro say the money would do?', 'lostCapital'), 2);
});

test('selection leaves out unlikely pairs, but keeps the likeliest when none is likely', () => {
  const likely = { ...pair('What did Josh Shapiro sign?', 'A transit funding bill.'), acceptance: 0.6 };
  const unlikely = { ...pair('Why did the governor sign?', 'To keep buses running.', ['p1s0']), acceptance: 0.1 };
  assert.deepEqual(select([likely, unlikely], { count: 5, minAcceptance: 0.3 }).pairs.map((c) => c.question), [likely.question]);
  const worse = { ...unlikely, question: 'What did he do?', answer: 'He signed it.', acceptance: 0.05 };
  assert.deepEqual(select([worse, unlikely], { count: 5, minAcceptance: 0.3 }).pairs.map((c) => c.question), [unlikely.question]);
  // Pairs of engines that give no estimate are not held back.
  const plain = pair('What did Josh Shapiro sign?', 'A transit funding bill.');
  assert.equal(select([plain], { count: 5, minAcceptance: 0.3 }).pairs.length, 1);
});

test('selection keeps a definition and an event told by one sentence: they ask different things', () => {
  const who = { ...pair('Who is Josh Shapiro?', 'Josh Shapiro is the Pennsylvania Governor.'), kind: 'definition' as const, acceptance: 0.7 };
  const what = { ...pair('What did Josh Shapiro sign?', 'A bill that gives the state transit agency $300 million.'), acceptance: 0.6 };
  assert.deepEqual(select([who, what], { count: 5, minAcceptance: 0.3 }).pairs.map((c) => c.question), [who.question, what.question]);
});

test('selection keeps one "What did X <verb> to do?" per person: two read as the same question', () => {
  const promise = { ...pair('What did President Josh Shapiro promise to do?', 'To fund transit.'), acceptance: 0.6 };
  const vow = { ...pair('What did Josh Shapiro vow to do?', 'To keep buses running.', ['p1s0']), acceptance: 0.5 };
  assert.deepEqual(select([promise, vow], { count: 5, minAcceptance: 0.3 }).pairs.map((c) => c.question), [promise.question]);
});

test('selection keeps one of two "When" questions answering the same date about the same thing, acronym or not', () => {
  const time = (q: string, a: string, ev: string) => ({ ...pair(q, a, [ev]), kind: 'time' as const, acceptance: 0.6 });
  const full = time('When will funding for the Supplemental Nutrition Assistance Program lapse?', '1 November 2025 (the article is dated 29 October 2025). Funding will lapse on Nov. 1.', 'p0s0');
  const short = time('When will SNAP funds lapse for the first time?', '1 November 2025 (the article is dated 29 October 2025). SNAP funds will lapse on Nov. 1.', 'p3s0');
  assert.equal(select([full, short], { count: 5, minAcceptance: 0.3 }).pairs.length, 1);
  // Two carriers on one day are two questions.
  const ups = time('When will UPS deliver mail?', 'Monday 20 February 2023 (the article is dated 19 February 2023). UPS will deliver mail on Monday.', 'p1s0');
  const fedex = time('When will FedEx deliver mail?', 'Monday 20 February 2023 (the article is dated 19 February 2023). FedEx will deliver mail on Monday.', 'p2s0');
  assert.equal(select([ups, fedex], { count: 5, minAcceptance: 0.3 }).pairs.length, 2);
});
