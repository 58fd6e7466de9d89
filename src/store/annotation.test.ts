import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readArticle } from '../article/index.js';
import { annotate } from '../nlp/annotate.js';
import { decodeDoc, encodeDoc } from './annotation.js';

test('an encoded Doc decodes to the same Doc', () => {
  const article = readArticle(readFileSync(new URL('../../examples/japan-asean-summit.txt', import.meta.url)), { source: 'x.txt' });
  const doc = annotate(article);
  const data = encodeDoc(doc);
  const back = decodeDoc(data, article);
  assert.deepEqual(back, doc);
  assert.ok(data.byteLength < JSON.stringify(doc.sentences).length / 4);
});
