// The very last resort ("What is the latest on X?") on invented articles, and its place in selection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Candidate } from '../../../types.js';
import { annotate } from '../../../nlp/annotate.js';
import { generateFaq } from '../../../faq/generate.js';
import { select } from '../../../faq/select.js';
import { leadTopicCandidates } from './lead-topic.js';

function article(title: string, paragraphs: string[]): Article {
  return { id: 'test', title, date: '2024-03-08', format: 'plain', paragraphs };
}

function ask(title: string, paragraphs: string[]): string[] {
  return leadTopicCandidates(annotate(article(title, paragraphs))).map((c) => `${c.question} | ${c.evidence.join(',')}`);
}

test('the name the headline gives is the topic, answered by the lead sentence that names it', () => {
  assert.deepEqual(ask("Marla Quinn's quiet comeback", [
    'The singer Marla Quinn has sold out a three-night run at the Albert Hall after two years away from the stage.',
    'Her new album is out in May.',
  ]), ['What is the latest on Marla Quinn? | p0s0']);
  // A name that only qualifies a noun is asked with the noun; a surname takes the title the article gives it.
  assert.deepEqual(ask('Stars gather for Bafta night', [
    'The Bafta film awards will honour three British films in London tonight.',
    'The ceremony starts at seven.',
  ]), ['What is the latest on the Bafta film awards? | p0s0']);
  assert.deepEqual(ask("Pelham: 'I was not pressured'", [
    'Lord Pelham said he had not been pressured over his advice on the treaty.',
    'The row is expected to continue next week.',
  ]), ['What is the latest on Lord Pelham? | p0s0']);
  // Someone speaking of their own plans is news about them; a wire headline in capitals names them too.
  assert.deepEqual(ask('Okoro eyeing world gold', [
    'Dan Okoro says his Olympic success has made him determined to win the world 100m title next year.',
    'He trains in Birmingham.',
  ]), ['What is the latest on Dan Okoro? | p0s0']);
  // A name that is also a common word is asked when the story keeps writing it as a name.
  assert.deepEqual(ask('Apple widens iPod range', [
    'Apple has widened its iPod range with two new models.',
    'Apple said the models go on sale in March, and analysts expect Apple to sell millions.',
  ]), ['What is the latest on Apple? | p0s0,p1s0']);
  // Where no main clause is read, the name opening the sentence is its subject.
  assert.deepEqual(ask('Quills have album of the year', [
    'The Quills, aka Welsh singer and songwriter, Tom Price have topped a poll to find the year\'s best album.',
    'The poll was run by a music magazine.',
  ]), ['What is the latest on the Quills? | p0s0']);
  assert.deepEqual(ask('Trump rally draws crowd', [
    'Former President Donald Trump has already had one term in office and wants a second.',
    'He spoke for an hour.',
  ]), ['What is the latest on former President Donald Trump? | p0s0']);
  assert.deepEqual(ask('NORDBANK RESISTS PRESSURE FOR RATE CUT', [
    'The Nordbank resisted market pressure for an interest rate cut, leaving the krona to take the strain.',
    'The currency rose.',
  ]), ['What is the latest on the Nordbank? | p0s0']);
});

test('a teaser lead is answered with the sentence after it, which says what the news is', () => {
  assert.deepEqual(ask('Quinn album sets record', [
    'Marla Quinn has a new record.',
    'Her album sold 1.2 million copies in its first week, the most for any singer this year.',
  ]), ['What is the latest on Marla Quinn? | p0s0,p1s0']);
});

test('a country, a common word, a first name or a group is no topic; the lead\'s subject may be', () => {
  // "Libya" asks about everything that happens there; the lead's own subject is the story's thing.
  assert.deepEqual(ask('Libya recovers funds', [
    'The frozen assets of the Libyan central bank have been returned after almost 20 years.',
    'The money will be spent on roads.',
  ]), ['What is the latest on the frozen assets of the Libyan central bank? | p0s0']);
  // (The price: a band called Queen is not asked about either.)
  assert.deepEqual(ask('Queen tour confirmed', ['On Monday, Queen confirmed a world tour for next summer.', 'Tickets go on sale soon.']), []);
  assert.deepEqual(ask('Sarah signs off', ['Hey readers, Sarah here with this week\'s look at the election in Ohio.', 'It is a close race.']), []);
  // An unnamed subject or one that points back names nothing a reader can place.
  assert.deepEqual(ask('Film rights sold', ['A British author has sold the film rights to her first novel for a large sum.', 'Filming starts soon.']), []);
  assert.deepEqual(ask('Coach stays on', ['The Irish coach has agreed a new two-year contract with the union.', 'Talks took a month.']), []);
});

test('a last resort is published only when nothing else survives, and then only the best-ranked one', () => {
  const pair = (question: string, fallback?: number): Candidate => ({
    question, answer: `${question.replace(/\?$/, '')} is answered here.`, kind: 'event', evidence: ['p0s0'], score: 0.5, origin: 'test', topic: question, acceptance: 0.6, fallback,
  });
  const ask = (cs: Candidate[]) => select(cs, { count: 5 }).pairs.map((c) => c.question);
  assert.deepEqual(ask([pair('What did Acme sell?'), pair('What is the latest on Acme?', 2)]), ['What did Acme sell?']);
  assert.deepEqual(ask([pair('What is the latest on Acme?', 2), pair('What has Acme said about its staff?', 0)]), ['What has Acme said about its staff?']);
  assert.deepEqual(ask([pair('What is the latest on Acme?', 2)]), ['What is the latest on Acme?']);
});

test('an article whose lead no clause rule can question still gets one cited pair', () => {
  const faq = generateFaq(article('Quinn tour sells out', [
    'The singer Marla Quinn is the talk of the town this week.',
    'Everyone seems to have an opinion about the show.',
  ]));
  assert.equal(faq.pairs.length, 1);
  assert.equal(faq.pairs[0].question, 'What is the latest on Marla Quinn?');
  assert.deepEqual(faq.pairs[0].evidence.map((e) => e.id), ['p0s0']);
});
