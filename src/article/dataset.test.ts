import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './index.js';

const DATED = `date 2024-03-05
Harbour reopens after storm repairs

Jane Q. Doe

Updated 9:41 p.m. ET March 5, 2024

The town's harbour reopened on Tuesday after three months of repairs to the sea wall, which was
damaged in a winter storm.

Fishing boats returned to their moorings within hours, the harbour master said.

Contributing: The Associated Press
`;

test('dataset: date line, title, body; byline, update stamp and credits dropped', () => {
  const a = readArticle(DATED, { source: 'harbour.txt' });
  assert.equal(a.format, 'dataset');
  assert.equal(a.date, '2024-03-05');
  assert.equal(a.title, 'Harbour reopens after storm repairs');
  assert.deepEqual(a.paragraphs, [
    "The town's harbour reopened on Tuesday after three months of repairs to the sea wall, which was damaged in a winter storm.",
    'Fishing boats returned to their moorings within hours, the harbour master said.',
  ]);
  assert.equal(a.original, DATED);
  assert.equal(a.faqSlot, undefined);
});

test('dataset: no date line (BBC style), and a trailing FAQ heading', () => {
  const text = 'Harbour reopens\n\nThe harbour reopened on Tuesday after long repairs.\n\nBoats came back.\n\n## FAQ\n';
  const a = readArticle(text);
  assert.equal(a.format, 'dataset');
  assert.equal(a.date, undefined);
  assert.equal(a.title, 'Harbour reopens');
  assert.deepEqual(a.paragraphs, ['The harbour reopened on Tuesday after long repairs.', 'Boats came back.']);
  assert.equal(a.faqSlot?.offset, text.length);
});

test('dataset: an invalid date leaves date undefined', () => {
  const a = readArticle('date 2023-13-45\nA title\n\nThe body of the story is here and it is in English.');
  assert.equal(a.format, 'dataset');
  assert.equal(a.date, undefined);
  assert.equal(a.title, 'A title');
});

test('plain: paragraphs on blank lines, no title', () => {
  const text =
    'The council met on Tuesday evening and, after a long and heated debate, voted to pass the budget.\n\nIt takes effect in July.\n';
  const a = readArticle(text);
  assert.equal(a.format, 'plain');
  assert.equal(a.title, undefined);
  assert.equal(a.paragraphs.length, 2);
  assert.equal(a.original, text);
});

test('plain: forced format with a trailing "Frequently asked questions" heading', () => {
  const text = 'Short line\n\nThe body of the story is here.\n\nFrequently asked questions\n';
  const a = readArticle(text, { format: 'plain' });
  assert.deepEqual(a.paragraphs, ['Short line', 'The body of the story is here.']);
  assert.equal(text.slice(a.faqSlot!.offset), '');
});
