import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson, renderJsonLine } from './json.js';
import { FaqRecordSchema, FaqSchema } from '../faq/schema.js';
import { NewsfaqError } from '../errors.js';
import { hostileFaq, makeFaq, pair, plainFaq } from './fixtures.test.js';

test('renderJson: pretty, schemaVersion first, parses with FaqSchema back to the FAQ', () => {
  const out = renderJson(plainFaq);
  assert.ok(out.startsWith('{\n  "schemaVersion": "1.0",\n  "article": {'));
  assert.ok(out.endsWith('}\n'));
  const parsed = FaqSchema.parse(JSON.parse(out));
  const { schemaVersion, ...rest } = parsed;
  assert.equal(schemaVersion, '1.0');
  assert.deepEqual(rest, plainFaq);
});

test('renderJson keeps hostile strings exactly', () => {
  const back = JSON.parse(renderJson(hostileFaq));
  assert.deepEqual(back.pairs[0].question, hostileFaq.pairs[0].question);
  assert.deepEqual(back.pairs[0].answer, hostileFaq.pairs[0].answer);
});

test('renderJson refuses a FAQ the schema does not allow', () => {
  assert.throws(() => renderJson(makeFaq([pair('Q?', 'A.', [])])), /evidence|too_small|>=1/i);
  assert.throws(() => renderJson(makeFaq([pair('Q?', 'A.', ['s1'])])));
  assert.throws(() => renderJson(makeFaq([{ ...pair('Q?', 'A.'), score: Number.NaN }])));
});

test('renderJsonLine: one compact line holding the FAQ', () => {
  const line = renderJsonLine('riverton.txt', makeFaq([pair('Q\nwith newline?', 'A.')]));
  assert.equal(line.indexOf('\n'), line.length - 1, 'exactly one newline, at the end');
  const rec = FaqRecordSchema.parse(JSON.parse(line));
  assert.equal(rec.input, 'riverton.txt');
  assert.equal(rec.faq?.schemaVersion, '1.0');
  assert.equal(rec.faq?.pairs[0].question, 'Q\nwith newline?');
  assert.equal(rec.error, undefined);
});

test('renderJsonLine: an error record takes only code and message', () => {
  const err = new NewsfaqError('NF009', 'too short');
  const rec = JSON.parse(renderJsonLine('empty.txt', undefined, err));
  assert.deepEqual(rec, { input: 'empty.txt', error: { code: 'NF009', message: 'no FAQ could be generated: too short' } });
});
