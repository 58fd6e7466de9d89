// Acronyms defined in a sentence: "Long Form (SHORT)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeParagraph } from './tokenize.js';
import { findAcronyms } from './acronyms.js';

function acronyms(sentence: string): [string, string][] {
  const [s] = tokenizeParagraph(sentence);
  return findAcronyms(s.text, s.tokens);
}

test('a long form whose capitalised words give the letters is found', () => {
  assert.deepEqual(acronyms('Leaders of the Association of Southeast Asian Nations (ASEAN) met in Tokyo.'), [['ASEAN', 'Association of Southeast Asian Nations']]);
  assert.deepEqual(acronyms('The Securities and Exchange Commission (SEC) opened an inquiry.'), [['SEC', 'Securities and Exchange Commission']]);
});

test('a list of names before a ticker is no long form', () => {
  assert.deepEqual(acronyms('Kraft Heinz, Steve Madden and Spotify (SPOT) report results before US markets open.'), []);
});
