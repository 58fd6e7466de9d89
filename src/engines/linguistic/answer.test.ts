// Answers stop where their sentence turns to an aside, but never before what the question asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from '../../types.js';
import { withoutAside } from './answer.js';

function pair(question: string, answer: string): Candidate {
  return { question, answer, kind: 'commitment', evidence: ['p0s0'], score: 0.5, origin: 'test' };
}
const answerOf = (question: string, answer: string) => withoutAside(pair(question, answer)).answer;

test('a contrast, a comment or a second speaker after the answer is cut', () => {
  assert.equal(
    answerOf('What have Republicans demanded?', 'Republicans have demanded Biden visit the border, though the political theatrics surrounding such a trip might cloud any attempt to offer clarity.'),
    'Republicans have demanded Biden visit the border.',
  );
  assert.equal(
    answerOf('What has President Reagan reaffirmed?', 'President Reagan has reaffirmed his opposition to protectionism and his chief spokesman said trade sanctions imposed on Japan were unlikely to start a trade war.'),
    'President Reagan has reaffirmed his opposition to protectionism.',
  );
  assert.equal(
    answerOf('When did Merck stop sales of Vioxx?', '30 September (the article carries no date). Merck voluntarily stopped sales of Vioxx on 30 September, a move which caused the firm\'s earnings to slide to $1.1bn.'),
    '30 September (the article carries no date). Merck voluntarily stopped sales of Vioxx on 30 September.',
  );
});

test('nothing is cut before the words the question asks about, inside a quotation, or from a short answer', () => {
  const late = 'Some analysts said the offering should wait, while the bank has yet to get approval from the Securities and Exchange Commission.';
  assert.equal(answerOf('What approval does the bank still need from the Securities and Exchange Commission?', late), late);
  const quoted = 'The minister said “we will act, though not before the summer recess ends in September” on Friday.';
  assert.equal(answerOf('What did the minister say?', quoted), quoted);
  const short = 'Prices rose, but only slightly in the north.';
  assert.equal(answerOf('Did prices rise?', short), short);
});

test('a why-answer keeps its reason', () => {
  const s = 'We know that April 15 is tax day, but why was it chosen, and how long has it been the last day to file taxes?';
  assert.equal(answerOf('Why is tax day on April 15?', s), s);
  assert.equal(
    answerOf('Why would West German producers see a downturn?', 'Werner Dieter said West German producers would see a downturn because of lower energy prices, as well as a deterioration of the economies of customer nations.'),
    'Werner Dieter said West German producers would see a downturn because of lower energy prices, as well as a deterioration of the economies of customer nations.',
  );
});

test('a relative time the answer quotes gets its date; a written date or an undated article does not', async () => {
  const { annotate } = await import('../../nlp/annotate.js');
  const { withResolvedTimes } = await import('./answer.js');
  const article = (date?: string) => annotate({ id: 't', title: 'Port plan', date, format: 'plain', paragraphs: ['The council approved the port plan on Tuesday after a long debate. Work starts on March 4.'] });
  const ask = (doc: ReturnType<typeof annotate>, answer: string, evidence: string) => withResolvedTimes(doc, { ...pair('What did the council approve?', answer), evidence: [evidence] }).answer;
  const dated = article('2024-03-08');
  assert.equal(ask(dated, 'The council approved the port plan on Tuesday.', 'p0s0'), 'The council approved the port plan on Tuesday (5 March 2024).');
  assert.equal(ask(dated, 'Work starts on March 4.', 'p0s1'), 'Work starts on March 4.');
  assert.equal(ask(article(undefined), 'The council approved the port plan on Tuesday.', 'p0s0'), 'The council approved the port plan on Tuesday.');
});

test('a paired dash aside is no place to cut; the second of two coordinated times gets no date of its own', async () => {
  const kremlin = 'The Kremlin denies it is planning to attack and argues that NATO support for Ruritania – including increased weapons supplies and military training – constitutes a growing threat on its western flank.';
  assert.equal(answerOf('What does the Kremlin deny?', kremlin), kremlin);
  const { annotate } = await import('../../nlp/annotate.js');
  const { withResolvedTimes } = await import('./answer.js');
  const text = 'Yeutter has promised to consider the complaint again in July or August this year if no breakthrough is made.';
  const doc = annotate({ id: 't', title: 'Rice', date: '1987-04-21', format: 'plain', paragraphs: [text] });
  assert.equal(withResolvedTimes(doc, { ...pair('What has Yeutter promised to do?', text), evidence: ['p0s0'] }).answer, text);
});

test('an answer that only announces a list is no answer', async () => {
  const { announcesOnly } = await import('./answer.js');
  assert.equal(announcesOnly(pair('What have airlines agreed to do?', 'The following airlines have agreed to help stranded travelers:.')), true);
  assert.equal(announcesOnly(pair('What happens after McCarthy loses?', "Here's how the election works and what could happen next.")), true);
  assert.equal(announcesOnly(pair('What did Ofcom offer?', 'Ofcom offered BT the choice of change or splitting into two.')), false);
});

test('an answer drops a fronted phrase that points back ("Despite these complexities,"), and keeps one that does not', async () => {
  const { cleanSentence } = await import('./answer.js');
  const { annotate } = await import('../../nlp/annotate.js');
  const doc = annotate({ id: 't', title: 'Summit', format: 'plain', paragraphs: [
    'Despite these complexities, Japan aims to continue fostering collaboration with ASEAN leaders.',
    'Despite the rain, the summit opened on time.',
  ] });
  assert.equal(cleanSentence(doc.sentences[0]), 'Japan aims to continue fostering collaboration with ASEAN leaders.');
  assert.equal(cleanSentence(doc.sentences[1]), 'Despite the rain, the summit opened on time.');
});

test('a relative clause closed before the main verb is not where the answer ends', () => {
  const s = 'Shares in ACC fell 5.5% as investors, who thought the offer was underpriced, decided to sell.';
  assert.equal(answerOf('By how much did shares in ACC fall?', `5.5%. ${s}`), `5.5%. ${s}`);
});
