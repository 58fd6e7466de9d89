import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTrailingFaq, isFaqHeading } from './faq-heading.js';

test('FAQ headings in their usual spellings', () => {
  for (const h of ['FAQ', 'FAQs', 'faq:', '## FAQ', '### Frequently asked questions', '**FAQ**', 'Frequently Asked Questions (FAQ)', '  FAQ  ']) {
    assert.equal(isFaqHeading(h), true, h);
  }
  for (const h of ['FAQ about taxes', 'The FAQ page', 'Questions', 'FAQ\nmore']) {
    assert.equal(isFaqHeading(h), false, h);
  }
});

test('findTrailingFaq: the offset is just after the heading line', () => {
  const text = 'Body text.\n\nFAQ\n\n';
  const slot = findTrailingFaq(text)!;
  assert.equal(text.slice(slot.start, slot.offset), 'FAQ\n');
  assert.equal(text.slice(0, slot.offset), 'Body text.\n\nFAQ\n');
});

test('findTrailingFaq: CRLF, no final newline, and a heading that is not last', () => {
  const crlf = 'Body.\r\n\r\nFAQ\r\n';
  assert.equal(crlf.slice(0, findTrailingFaq(crlf)!.offset), crlf);
  const bare = 'Body.\n\n## FAQ';
  assert.deepEqual(findTrailingFaq(bare), { start: 7, offset: bare.length });
  assert.equal(findTrailingFaq('FAQ\n\nBody after the heading.'), undefined);
  assert.equal(findTrailingFaq('Just a body.'), undefined);
  assert.equal(findTrailingFaq(''), undefined);
});
