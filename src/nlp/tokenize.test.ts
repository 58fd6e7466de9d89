// Sentence splits: wink's splits inside abbreviations are undone, offsets stay true to the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKnownWord, tokenizeParagraph } from './tokenize.js';

test('a split inside an abbreviation is undone: "D-S.C.", "U.S. and"', () => {
  const p = 'The team includes Rep. Jim Clyburn, D-S.C., and Sen. Chris Coons, D-Del., as co-chairs. It met in the U.S. and then  in Canada. Then it left.';
  const sentences = tokenizeParagraph(p);
  assert.deepEqual(sentences.map((s) => s.text), [
    'The team includes Rep. Jim Clyburn, D-S.C., and Sen. Chris Coons, D-Del., as co-chairs.',
    'It met in the U.S. and then  in Canada.',
    'Then it left.',
  ]);
  for (const s of sentences) for (const t of s.tokens) assert.equal(s.text.slice(t.start, t.end), t.text);
});

test('known words and names: the model\'s vocabulary tells "inflation" from "disney"', () => {
  assert.equal(isKnownWord('inflation'), true);
  assert.equal(isKnownWord('leaders'), true);
  assert.equal(isKnownWord('disney'), false);
  assert.equal(isKnownWord('citibank'), false);
});

test('a possessive reads the same whatever wink read before (it learns a word it once kept whole)', () => {
  const words = () => tokenizeParagraph("Senator Quorbel's plans to cut taxes were rejected.")[0].tokens.map((t) => t.text);
  const before = words();
  // A possessive ending a sentence wink keeps whole, and adds to its vocabulary.
  tokenizeParagraph("Fuel economy falls from 50.4 mpg under the old rules to 34.5 mpg under Quorbel's.");
  assert.deepEqual(words(), before);
  assert.deepEqual(before.slice(0, 4), ['Senator', 'Quorbel', "'s", 'plans']);
});

test('no sentence ends at "Bros." or a title before a name', async () => {
  const { annotate } = await import('./annotate.js');
  const doc = annotate({ id: 't', title: 'T', date: '2025-12-05', format: 'plain', paragraphs: ['Warner Bros. Discovery has mined its library. Gov. Kay Ivey signed the bill. He named two Democrats, Sens. Joe Manchin and Jon Tester.'] });
  assert.deepEqual(doc.sentences.map((s) => s.text), ['Warner Bros. Discovery has mined its library.', 'Gov. Kay Ivey signed the bill.', 'He named two Democrats, Sens. Joe Manchin and Jon Tester.']);
});
