import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferTense } from './tense.js';

test('sentence tense from auxiliaries and past forms', () => {
  assert.equal(inferTense('The leaders will meet in Tokyo.'), 'future');
  assert.equal(inferTense("They'll meet again."), 'future');
  assert.equal(inferTense('The firm is going to cut jobs.'), 'future');
  assert.equal(inferTense('The leaders met in Tokyo.'), 'past');
  assert.equal(inferTense('The ministers convened in Tokyo.'), 'past');
  assert.equal(inferTense('The leaders meet in Tokyo.'), 'present');
  assert.equal(inferTense('The talks are in Tokyo.'), 'present');
});

test('-ed words that are not past tenses, and "will" as a noun', () => {
  assert.equal(inferTense('The United Nations meets in Geneva.'), 'present');
  assert.equal(inferTense('They lack the political will to act.'), 'present');
  assert.equal(inferTense('A hundred people need help.'), 'present');
});

test('with a position, the nearest marker decides', () => {
  const s = 'Officials said on Friday that the leaders will meet on Tuesday.';
  assert.equal(inferTense(s, s.indexOf('on Friday')), 'past');
  assert.equal(inferTense(s, s.indexOf('on Tuesday')), 'future');
});

test('a passive infinitive is not a past event', () => {
  const s = 'The vote will be held on Tuesday.';
  assert.equal(inferTense(s, s.indexOf('on Tuesday')), 'future');
});

test('"could have" is past; "could" alone leans future', () => {
  const a = 'The reception could not have been what he wanted on Wednesday.';
  assert.equal(inferTense(a, a.indexOf('Wednesday')), 'past');
  const b = 'The report could be released Thursday.';
  assert.equal(inferTense(b, b.indexOf('Thursday')), 'future');
});

test('no marker within about a clause: present (no evidence)', () => {
  const s = 'Snyder signed the bill, surrounded by aides, lawmakers, supporters, reporters, and guests, in Lansing on Tuesday.';
  assert.equal(inferTense(s, s.indexOf('on Tuesday')), 'present');
});

test('a hyphenated -ed word is an adjective, not a past event', () => {
  const s = 'She is scheduled to appear in court for the long-awaited hearing on Nov. 26.';
  assert.equal(inferTense(s, s.indexOf('on Nov. 26')), 'future');
});
