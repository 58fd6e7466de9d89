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
