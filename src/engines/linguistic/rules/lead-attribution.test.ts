// The last-resort question about a lead's attributed claim, on invented leads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../types.js';
import { annotate } from '../../../nlp/annotate.js';
import { leadAttributionCandidates } from './lead-attribution.js';

function ask(lead: string, date = '2024-03-08'): string[] {
  const a: Article = { id: 'test', title: 'Test story', date, format: 'plain', paragraphs: [lead, 'More details were not given.'] };
  return leadAttributionCandidates(annotate(a)).map((c) => c.question);
}

test('a closing attribution asks what the source said about the claim\'s subject, in the source\'s tense', () => {
  assert.deepEqual(ask('A cap on donations to charities should be lowered, the Grantmakers Council has said.'),
    ['What has the Grantmakers Council said about a cap on donations to charities?']);
  assert.deepEqual(ask('Visa processing staff are often expected to decide on an application every ten minutes, MPs said.'),
    ['What did MPs say about visa processing staff?']);
  assert.deepEqual(ask('Broadcasters should hold a televised debate before the vote, according to the Civic Forum.'),
    ['What does the Civic Forum say about broadcasters?']);
});

test('an opening attribution asks about the reported clause\'s subject', () => {
  assert.deepEqual(ask('Finance Minister Olaf Brandt said oil prices would stabilise in the second half of the year.'),
    ['What did Finance Minister Olaf Brandt say about oil prices?']);
  assert.deepEqual(ask('A Green Party councillor believes the Home Office ignored warnings about the bridge.'),
    ['What does a Green Party councillor say about the Home Office?']);
});

test('no question from an unnamed source, from data, or about a topic a reader cannot place', () => {
  // Anonymous speakers and data.
  assert.deepEqual(ask('The factory will close before the end of the year, a spokesman said.'), []);
  assert.deepEqual(ask('Wholesale prices in Ruritania rose at the fastest rate in six years, according to government data.'), []);
  // A comparison, a share, a number, a lone country, and a claim whose point follows "but".
  assert.deepEqual(ask('More lives could be saved by lowering speed limits in towns, a report by the Road Trust says.'), []);
  assert.deepEqual(ask('81% of young voters feel strongly about housing, the Electoral Society has said.'), []);
  assert.deepEqual(ask('Wales are still not thinking of winning the title, coach Ana Berg says.'), []);
  assert.deepEqual(ask('Critics may love the festival but the public is tired of award shows, the Film Circle has said.'), []);
});

test('the claim may not be a question about the source itself', () => {
  assert.deepEqual(ask('Manager Tom Hale said Tom Hale\'s side would not be weakened by the injury.'), []);
});

test('a source\'s word on its own next step is asked as what it said it will do', () => {
  assert.deepEqual(ask('Northwind Telecom has said it will double the broadband speeds of most of its customers.'),
    ['What has Northwind Telecom said it will do?']);
  // "It" after a titled person is something said before, not the person.
  assert.deepEqual(ask('Trade Secretary Ann Hollis said it would mean paid leave would rise to nine months.'), []);
  // Only a plan: a refusal is not asked this way.
  assert.deepEqual(ask('Coach Matt Wills says he will not quit even if his side lose again on Saturday.'), []);
});
