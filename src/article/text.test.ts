import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashId, isTitleLine, normaliseParagraph, splitLooseParagraphs, splitParagraphs } from './text.js';
import { normaliseDate } from './date.js';

test('normaliseParagraph joins hard-wrapped lines and collapses spaces, keeping curly quotes', () => {
  assert.equal(normaliseParagraph('  The  mayor\tsaid\n“we will  build it”\r\nsoon. '), 'The mayor said “we will build it” soon.');
  assert.equal(normaliseParagraph('a well-\nknown self-\nemployed man'), 'a well-known self-employed man');
  // NFC: "e" + combining acute becomes one code point.
  assert.equal(normaliseParagraph('Cafe\u0301 opens'), 'Caf\u00e9 opens');
  assert.equal(normaliseParagraph('no\u00a0break and\u200bzero width'), 'no break andzero width');
});

test('splitParagraphs splits on blank lines, including whitespace-only lines and CRLF', () => {
  assert.deepEqual(splitParagraphs('One.\nStill one.\r\n\r\nTwo.\n   \n\n\nThree.\n'), ['One. Still one.', 'Two.', 'Three.']);
  assert.deepEqual(splitParagraphs('\n\n  \n'), []);
});

test('splitLooseParagraphs falls back to single newlines when there are no blank lines', () => {
  assert.deepEqual(splitLooseParagraphs('First.\nSecond.\n'), ['First.', 'Second.']);
  assert.deepEqual(splitLooseParagraphs('First\nline.\n\nSecond.'), ['First line.', 'Second.']);
});

test('hashId is a stable 16-hex-digit sha1 prefix of the paragraphs', () => {
  const id = hashId(['a', 'b']);
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(id, hashId(['a', 'b']));
  assert.notEqual(id, hashId(['a b']));
});

test('isTitleLine takes short single lines, not long sentences', () => {
  assert.equal(isTitleLine('Council passes budget after long debate'), true);
  assert.equal(isTitleLine('Pasta recalls tied to outbreak. See impacted items.'), true);
  assert.equal(isTitleLine('The council met on Tuesday evening and, after a long and heated debate, voted to pass the budget.'), false);
  assert.equal(isTitleLine('two\nlines'), false);
});

test('normaliseDate keeps valid calendar days only', () => {
  assert.equal(normaliseDate('2023-12-17'), '2023-12-17');
  assert.equal(normaliseDate('2023-12-17T23:30:00-05:00'), '2023-12-17');
  assert.equal(normaliseDate('2024-03-05T10:00:00.000Z'), '2024-03-05');
  assert.equal(normaliseDate('December 17, 2023'), '2023-12-17');
  assert.equal(normaliseDate('20231217'), '2023-12-17');
  assert.equal(normaliseDate('2023-13-45'), undefined);
  assert.equal(normaliseDate('2023-02-29'), undefined);
  assert.equal(normaliseDate('2024-02-29'), '2024-02-29');
  assert.equal(normaliseDate('yesterday'), undefined);
  assert.equal(normaliseDate('2023'), undefined);
  assert.equal(normaliseDate(''), undefined);
  assert.equal(normaliseDate(undefined), undefined);
});

test('punctuation a scraper left URL-encoded is decoded, a percent sign elsewhere is kept', () => {
  assert.equal(normaliseParagraph('Despite recent stock price drop%2C Apple%27s %22iPhone%22 plans %24185 billion'), 'Despite recent stock price drop, Apple\'s "iPhone" plans $185 billion');
  assert.equal(normaliseParagraph('Rates rose 5%20 basis points'), 'Rates rose 5%20 basis points');
});
