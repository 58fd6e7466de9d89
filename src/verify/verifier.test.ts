// The shared verifier: supported answers pass; invented words, numbers, names and lost negations fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../nlp/annotate.js';
import type { Article, Candidate } from '../types.js';
import { verifyCandidate } from './verifier.js';

const article: Article = {
  id: 't1',
  date: '2024-03-08',
  format: 'plain',
  paragraphs: [
    'The Harbour Authority approved a plan to dredge the northern channel.',
    'The board voted on Tuesday.',
    'The work will cost 42 million dollars. The mayor was not consulted about the timing.',
  ],
};
const doc = annotate(article);

function pair(over: Partial<Candidate>): Candidate {
  return { question: 'What did the Harbour Authority approve?', answer: 'A plan to dredge the northern channel.', kind: 'event', evidence: ['p0s0'], score: 0.5, origin: 'test', ...over };
}

test('a supported answer passes', () => {
  assert.equal(verifyCandidate(doc, pair({})), undefined);
});

test('an answer with a word the evidence lacks is rejected', () => {
  const r = verifyCandidate(doc, pair({ answer: 'A plan to dredge the southern channel.' }));
  assert.equal(r?.ruleId, 'content-supported');
  assert.match(r!.reason, /southern/);
});

test('a wrong number is rejected', () => {
  const r = verifyCandidate(doc, pair({ question: 'How much will the work cost?', answer: 'The work will cost 24 million dollars.', evidence: ['p2s0'] }));
  assert.equal(r?.ruleId, 'numbers-supported');
});

test('the right number passes', () => {
  assert.equal(verifyCandidate(doc, pair({ question: 'How much will the work cost?', answer: '42 million dollars.', evidence: ['p2s0'] })), undefined);
});

test('a lost negation is rejected', () => {
  const r = verifyCandidate(doc, pair({ question: 'Was the mayor consulted about the timing?', answer: 'The mayor was consulted about the timing.', evidence: ['p2s1'] }));
  assert.equal(r?.ruleId, 'negation-kept');
});

test('a kept negation passes', () => {
  assert.equal(verifyCandidate(doc, pair({ question: 'Was the mayor consulted about the timing?', answer: 'No. The mayor was not consulted about the timing.', evidence: ['p2s1'] })), undefined);
});

test('evidence that does not exist is rejected', () => {
  assert.equal(verifyCandidate(doc, pair({ evidence: ['p9s9'] }))?.ruleId, 'evidence-exists');
  assert.equal(verifyCandidate(doc, pair({ evidence: [] }))?.ruleId, 'evidence-exists');
});

test('a pronoun-led question is rejected', () => {
  assert.equal(verifyCandidate(doc, pair({ question: 'What did it approve?' }))?.ruleId, 'question-form');
});

test('a question placed only by "here" is rejected', () => {
  assert.equal(verifyCandidate(doc, pair({ question: 'What did the Harbour Authority approve here?' }))?.ruleId, 'question-form');
});

test('a question that is not a question is rejected', () => {
  assert.equal(verifyCandidate(doc, pair({ question: 'The Harbour Authority approved what' }))?.ruleId, 'question-form');
});

test('a question naming someone the article does not is rejected', () => {
  assert.equal(verifyCandidate(doc, pair({ question: 'What did Governor Smith approve?' }))?.ruleId, 'question-grounded');
});

test('a date resolved from the evidence is accepted; another date is not', () => {
  const c = pair({ question: 'When did the board vote?', answer: 'Tuesday 5 March 2024 (the article is dated 8 March 2024). The board voted on Tuesday.', evidence: ['p1s0'] });
  assert.equal(verifyCandidate(doc, c), undefined);
  const wrong = pair({ question: 'When did the board vote?', answer: 'Tuesday 12 March 2024. The board voted on Tuesday.', evidence: ['p1s0'] });
  assert.equal(verifyCandidate(doc, wrong)?.ruleId, 'numbers-supported');
});

test('extra words an engine declares as derived are accepted', () => {
  const c = pair({ answer: 'A plan to dredge the northern channel, approved unanimously.', derived: ['unanimously'] });
  assert.equal(verifyCandidate(doc, c), undefined);
  assert.equal(verifyCandidate(doc, { ...c, derived: undefined })?.ruleId, 'content-supported');
});

test('question form: a pronoun after a named speaker\'s verb is the speaker; shouted capitals are no name', async () => {
  const { questionForm } = await import('./checks/question-form.js');
  const run = (question: string) => questionForm.run({ candidate: { question, answer: 'x', kind: 'event', evidence: ['p0s0'], score: 1 } } as never);
  assert.equal(run('What has British Telecom said it will do?'), undefined);
  // Shouted words are no name; an acronym is.
  assert.ok(run('What does the TWITTER DEAL call for?'));
  assert.equal(run('What has NASA announced about the Artemis mission?'), undefined);
  assert.ok(run('What did it say it will do?'));
  assert.ok(run('What will it do?'));
});
