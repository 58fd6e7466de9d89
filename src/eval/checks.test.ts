import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barePronoun, findDuplicates, formFailures, hasResolvedDate, whForm } from './checks.js';

test('whForm classes questions as the guide counts them', () => {
  assert.equal(whForm('What did the council decide about the bridge?'), 'what');
  assert.equal(whForm('Which town voted first?'), 'what');
  assert.equal(whForm('What is the Northern Ferry Board?'), 'what-is/who-is');
  assert.equal(whForm("Who's Mara Lindqvist?"), 'what-is/who-is');
  assert.equal(whForm('Who built the new bridge?'), 'who');
  assert.equal(whForm('Will ferry fares rise?'), 'yes/no');
  assert.equal(whForm("Isn't the bridge finished?"), 'yes/no');
  assert.equal(whForm('What should I do if my ferry is cancelled?'), 'advice');
  assert.equal(whForm('How can we get a refund?'), 'advice');
  assert.equal(whForm('How many ferries run each day?'), 'how much/many');
  assert.equal(whForm('How does the toll work?'), 'how');
  assert.equal(whForm('When does the bridge open?'), 'when');
  assert.equal(whForm('Where is the bridge?'), 'where');
  assert.equal(whForm('Why was the bridge built?'), 'why');
  assert.equal(whForm('So, what comes next?'), 'what');
  assert.equal(whForm('Bridge tolls: why so high?'), 'why');
  assert.equal(whForm('The bridge opens today.'), 'other');
});

test('well-formed questions pass', () => {
  for (const q of [
    'What did the harbour authority announce on Monday?',
    'Why did the Northern Ferry Board raise its fares?',
    'What did Mara Lindqvist say about her plan?',
    'Will fares rise again this year?',
    'What happens to those who already bought tickets?',
  ]) assert.deepEqual(formFailures(q), [], q);
});

test('malformed questions fail with the right reasons', () => {
  assert.deepEqual(formFailures('What did he sign?'), ['pronoun']);
  assert.deepEqual(formFailures('Why was it delayed by the council?'), ['pronoun']);
  assert.deepEqual(formFailures('What does this plan include for commuters?'), ['pronoun']);
  assert.deepEqual(formFailures('The council approved the bridge plan?'), ['opener']);
  assert.deepEqual(formFailures('What did the council approve'), ['question-mark']);
  assert.deepEqual(formFailures('What is NFB?'), []);
  assert.deepEqual(formFailures('Why?'), ['too-short']);
  const long = `What did ${'the very long list of council members '.repeat(4)}say?`;
  assert.deepEqual(formFailures(long), ['too-long']);
  assert.equal(barePronoun('What did they promise voters?'), 'they');
  assert.equal(barePronoun('What did the ministers say they would do?'), undefined);
  assert.equal(barePronoun("Why will fans of this year's festival need photo ID?"), undefined);
  assert.equal(barePronoun('Why will fans of this festival need photo ID?'), 'this');
});

test('duplicates: same form and similar content, or same kind on the same evidence', () => {
  const pairs = [
    { question: 'What did the council approve for the harbour bridge?', kind: 'event', evidence: [{ id: 'p1s0' }] },
    { question: 'What did the council approve for the bridge at the harbour?', kind: 'commitment', evidence: [{ id: 'p2s0' }] },
    { question: 'When will the harbour bridge open?', kind: 'time', evidence: [{ id: 'p3s0' }] },
    { question: 'Why was the harbour bridge needed?', kind: 'cause', evidence: [{ id: 'p4s0' }] },
    { question: 'What did harbour commuters complain about?', kind: 'cause', evidence: [{ id: 'p4s0' }] },
    { question: 'What is NFB?', kind: 'definition', evidence: [{ id: 'p5s0' }] },
    { question: 'What is HPA?', kind: 'definition', evidence: [{ id: 'p5s0' }] },
  ];
  const dups = findDuplicates(pairs);
  assert.deepEqual(dups, [
    { first: 0, second: 1, rule: 'same-question' },
    { first: 3, second: 4, rule: 'same-evidence' },
  ]);
  // A different form never repeats the question: "When" and "Why" about the same bridge.
  assert.deepEqual(findDuplicates([pairs[2], pairs[3]]), []);
});

test('a resolved date is a four-digit year or a month name', () => {
  assert.ok(hasResolvedDate('On 4 March 2021.'));
  assert.ok(hasResolvedDate('Shortly before 12 October.'));
  assert.ok(hasResolvedDate('In 1987.'));
  assert.ok(hasResolvedDate('In the late 1970s.'));
  assert.ok(!hasResolvedDate('On Tuesday.'));
  assert.ok(!hasResolvedDate('Last week, officials said.'));
  assert.ok(!hasResolvedDate('Officials may announce it soon.'));
});

test('a preposition may open a question before its question word', () => {
  assert.deepEqual(formFailures('By how much did retail sales fall in January?'), []);
  assert.deepEqual(formFailures('By the way the council approved it?'), ['opener']);
});
