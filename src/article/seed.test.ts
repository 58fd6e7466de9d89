import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readArticle } from './index.js';

const EXAMPLE = new URL('../../examples/japan-asean-summit.txt', import.meta.url);

test('founding example: date, 8 paragraphs, FAQ slot after the heading', () => {
  const a = readArticle(readFileSync(EXAMPLE), { source: 'japan-asean-summit.txt' });
  assert.equal(a.format, 'seed');
  assert.equal(a.date, '2023-12-17');
  assert.equal(a.title, undefined);
  assert.equal(a.paragraphs.length, 8);
  assert.match(a.paragraphs[0], /^Leaders from Japan/);
  assert.ok(a.paragraphs.every((p) => !/\bFAQ\b/.test(p) && !/\n/.test(p)));
  assert.equal(a.original, readFileSync(EXAMPLE, 'utf8'));
  assert.ok(a.faqSlot);
  assert.ok(a.original!.slice(0, a.faqSlot!.offset).endsWith('\n\nFAQ\n'));
  assert.match(a.id, /^[0-9a-f]{16}$/);
  assert.equal(a.source, 'japan-asean-summit.txt');
});

test('seed: inline date header, no leading whitespace, CRLF, no FAQ heading', () => {
  const text = 'date 2024-05-01 The river rose overnight and flooded the low streets of the town.\r\n\r\nCrews worked through the night to clear the water.\r\n';
  const a = readArticle(text);
  assert.equal(a.format, 'seed');
  assert.equal(a.date, '2024-05-01');
  assert.deepEqual(a.paragraphs, [
    'The river rose overnight and flooded the low streets of the town.',
    'Crews worked through the night to clear the water.',
  ]);
  assert.equal(a.faqSlot, undefined);
});

test('seed: an invalid date is dropped but the header is still not body text', () => {
  const a = readArticle('  date 2023-13-45 The council met again on the plan for the new bridge.\n\nFAQs\n');
  assert.equal(a.date, undefined);
  assert.deepEqual(a.paragraphs, ['The council met again on the plan for the new bridge.']);
  assert.equal(a.faqSlot?.offset, a.original!.length);
});

test('seed: CRLF offsets point into the original text', () => {
  const text = ' date 2024-01-02 The new year began with a storm over the whole of the coast.\r\n\r\nFAQ\r\n\r\n';
  const a = readArticle(text);
  assert.equal(text.slice(0, a.faqSlot!.offset), ' date 2024-01-02 The new year began with a storm over the whole of the coast.\r\n\r\nFAQ\r\n');
});
