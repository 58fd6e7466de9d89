// Entity types the rules depend on: who is a person, what is a place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from './annotate.js';

function entities(text: string): string[] {
  const doc = annotate({ id: 't', title: 'Test', date: '2005-02-01', format: 'plain', paragraphs: [text] });
  return doc.sentences.flatMap((s) => s.entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`));
}

test('a portfolio before an office is a title, and the name after it a person', () => {
  assert.deepEqual(entities('Culture Secretary Tessa Jowell said it was not her job.'), ['person:Tessa Jowell']);
  assert.deepEqual(entities('Home Secretary Charles Clarke is looking at a levy.'), ['person:Charles Clarke']);
});

test('a street is a place, not a person; a person called Lane stays a person', () => {
  assert.deepEqual(entities('Coronation Street has won the award.'), ['place:Coronation Street']);
  assert.ok(entities('Graham Lane is leader of the Labour group.').includes('person:Graham Lane'));
});

test('a currency sign before its number is money with its scale; a milestone "mark" is no currency', () => {
  assert.deepEqual(entities('Sales reached £3.3bn last year.'), ['money:£3.3bn']);
  assert.deepEqual(entities('Housing reached the £3.3 trillion mark.'), ['money:£3.3 trillion']);
  assert.deepEqual(entities('They paid 5 million marks.'), ['money:5 million marks']);
});
