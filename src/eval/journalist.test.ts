import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPair, matchReference, matchStems, prepareReference } from './journalist.js';

// Made-up article: the Northern Ferry Board raises fares; the journalist asked two questions.
const fareQuestion = {
  question: 'Why are Northern Ferry Board fares going up?',
  answers: ['The board said rising fuel costs forced it to raise fares by 8 percent.\n\nFuel now makes up a third of its spending.'],
};
const whenQuestion = {
  question: 'When do the new fares start?',
  answers: ['The higher fares apply from 1 May.'],
};

const evidence = (id: string, text: string) => [{ id, text }];

test('a generated pair asking the same thing matches, with its evidence in the journalist answer', () => {
  const pair = {
    question: 'Why did the Northern Ferry Board raise fares?',
    answer: 'Rising fuel costs forced it to raise fares by 8 percent.',
    evidence: evidence('p2s0', 'The board said rising fuel costs forced it to raise fares by 8 percent.'),
  };
  const m = matchPair(prepareReference(fareQuestion), pair);
  assert.equal(m.route, 'question');
  assert.equal(m.grounded, true);
});

test('a pair about the same subject but another fact does not match', () => {
  const pair = {
    question: 'When was the Northern Ferry Board founded?',
    answer: 'In 1962.',
    evidence: evidence('p5s0', 'The board was founded in 1962 to run the island routes.'),
  };
  assert.equal(matchPair(prepareReference(fareQuestion), pair).route, undefined);
  // Same form, but nothing of the journalist question is asked.
  assert.equal(matchPair(prepareReference(whenQuestion), pair).route, undefined);
});

test('the evidence route: one shared word, but the evidence is the journalist answer', () => {
  const pair = {
    question: 'What did the board blame for higher fares?',
    answer: 'Rising fuel costs.',
    evidence: evidence('p2s0', 'The board said rising fuel costs forced it to raise fares by 8 percent.'),
  };
  const general = matchPair(prepareReference({ question: 'What is behind the fare rise?', answers: fareQuestion.answers }), pair);
  assert.equal(general.route, 'evidence');
  assert.equal(general.grounded, true);
  // The same pair against an answer elsewhere in the article: no match.
  const elsewhere = matchPair(prepareReference({ question: 'What is behind the fare rise?', answers: ['Ticket offices will close in June.'] }), pair);
  assert.equal(elsewhere.route, undefined);
  // A why-question is only matched by a why-question.
  assert.equal(matchPair(prepareReference(fareQuestion), pair).route, undefined);
});

test('a name counts once, so a shared two-word name alone does not match', () => {
  assert.deepEqual([...matchStems('What did Mara Lindqvist say?')], ['lindqvist']);
  assert.deepEqual([...matchStems('Bank of America, Lindqvist and the Ferry Board')].sort(), ['america', 'board', 'lindqvist']);
  const who = { question: 'Who is Mara Lindqvist?', answers: ['Lindqvist chairs the board.'] };
  const pair = { question: 'What did Mara Lindqvist promise?', answer: 'A fare freeze.', evidence: evidence('p7s0', 'Mara Lindqvist promised a fare freeze.') };
  assert.equal(matchPair(prepareReference(who), pair).route, undefined);
});

test('matchReference reports every matching pair and whether one is grounded', () => {
  const pairs = [
    { question: 'When do the new ferry fares start?', answer: 'From 1 May.', evidence: evidence('p3s0', 'The higher fares apply from 1 May.') },
    { question: 'When was the board founded?', answer: 'In 1962.', evidence: evidence('p5s0', 'The board was founded in 1962.') },
  ];
  const out = matchReference(whenQuestion, pairs);
  assert.equal(out.asked, true);
  assert.equal(out.grounded, true);
  assert.deepEqual(out.matches, [0]);
});
