import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderFilledText, renderPairsText } from './text.js';
import { makeArticle, makeFaq, pair, plainFaq } from './fixtures.test.js';

const PAIRS = 'Q: What did Riverton council approve?\nA: A footbridge over the Lune canal.\n\n' +
  'Q: How much will the footbridge cost?\nA: About 2.4 million crowns.';

test('renderPairsText: Q:/A: lines, blank line between pairs, newlines flattened', () => {
  assert.equal(renderPairsText(plainFaq.pairs), PAIRS);
  assert.equal(renderPairsText([pair('Two\nlines?', ' spaced \n answer ')]), 'Q: Two lines?\nA: spaced answer');
});

test('slot after the heading line: prefix byte-identical, pairs follow, trailing whitespace replaced', () => {
  const prefix = ' date 2031-04-09 Riverton\u2019s council voted.\r\n\nSecond  paragraph. \n\nFAQ\n';
  const filled = renderFilledText(makeArticle(prefix + '\n\n  \n', prefix.length), plainFaq);
  assert.ok(filled.startsWith(prefix), 'everything before the slot kept byte for byte');
  // \r\n in the document makes the fill use \r\n too.
  assert.equal(filled.slice(prefix.length), '\r\n' + PAIRS.replace(/\n/g, '\r\n') + '\r\n');
});

test('slot at end of the heading text (before its newline)', () => {
  const doc = 'Body text.\n\nFAQ';
  const filled = renderFilledText(makeArticle(doc + '\n\n', doc.length), plainFaq);
  assert.equal(filled, `${doc}\n\n${PAIRS}\n`);
});

test('text after the slot is kept below the pairs', () => {
  const prefix = 'Body.\n\nFAQ\n';
  const filled = renderFilledText(makeArticle(prefix + '\n\nAbout the author\nA. Writer\n', prefix.length), plainFaq);
  assert.equal(filled, `${prefix}\n${PAIRS}\n\nAbout the author\nA. Writer\n`);
});

test('no slot: FAQ heading and pairs appended to the trimmed original', () => {
  const filled = renderFilledText(makeArticle('Body one.\n\nBody two.\n\n\n  '), plainFaq);
  assert.equal(filled, `Body one.\n\nBody two.\n\nFAQ\n\n${PAIRS}\n`);
});

test('no original: paragraphs joined by blank lines, then the FAQ', () => {
  const filled = renderFilledText(makeArticle(undefined, undefined, ['Alpha.', 'Beta.']), plainFaq);
  assert.equal(filled, `Alpha.\n\nBeta.\n\nFAQ\n\n${PAIRS}\n`);
});

test('an out-of-range slot falls back to appending', () => {
  const filled = renderFilledText(makeArticle('Body.', 99), makeFaq([pair('Q?', 'A.')]));
  assert.equal(filled, 'Body.\n\nFAQ\n\nQ: Q?\nA: A.\n');
});
