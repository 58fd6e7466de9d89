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
