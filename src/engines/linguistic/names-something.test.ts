// Questions that name no one and nothing are left out of the linguistic engine's FAQ.
import { firstChoices } from '../../faq/select.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../types.js';
import { annotate } from '../../nlp/annotate.js';
import { namesSomething } from './names-something.js';
import { generateLinguistic } from './index.js';

test('a question names something when a word after its first is capitalised, not a month, weekday or "I"', () => {
  assert.equal(namesSomething('How many virus writers were arrested?'), false);
  assert.equal(namesSomething('By how much did car sales fall in January?'), false);
  assert.equal(namesSomething('When did voting resume on Monday?'), false);
  assert.equal(namesSomething('What did I say?'), false);
  assert.equal(namesSomething('How many cases had been reported in Summit County?'), true);
  assert.equal(namesSomething('What is the DEC?'), true);
  assert.equal(namesSomething('What did the "Friends" cast say?'), true);
  assert.equal(namesSomething("What is Japan's plan?"), true);
});

test('the engine drops unnamed questions and keeps named ones from the same article', () => {
  const article: Article = {
    id: 'unnamed',
    title: 'Arrests in virus crackdown',
    date: '2005-03-02',
    format: 'plain',
    paragraphs: [
      'Police in Spain have arrested eight virus writers in a crackdown on organised computer crime.',
      'In total, eight virus writers were arrested and some members of a known virus group were questioned.',
      'The Spanish interior ministry said the raids took place in Madrid and Barcelona on Tuesday.',
    ],
  };
  const questions = firstChoices(generateLinguistic(annotate(article))).map((c) => c.question);
  assert.ok(questions.length > 0, 'some question is asked');
  for (const q of questions) assert.ok(namesSomething(q), `unnamed question kept: ${q}`);
});

test('a currency or a world price names what it is about', () => {
  assert.ok(namesSomething('Why has the dollar fallen to a new record low against the euro?'));
  assert.ok(namesSomething('What did the price of gold reach?'));
  assert.ok(!namesSomething('What did the price of the shares reach?'));
});
