import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_FORMATS, isOutputFormat, render } from './index.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonLine } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderFilledText } from './text.js';
import { makeArticle, plainFaq } from './fixtures.test.js';

const article = { ...makeArticle('Body.\n\nFAQ\n', 11), source: 'riverton.txt' };

test('render dispatches each format to its renderer', () => {
  assert.equal(render('md', plainFaq, article), renderMarkdown(plainFaq));
  assert.equal(render('json', plainFaq, article), renderJson(plainFaq));
  assert.equal(render('jsonl', plainFaq, article), renderJsonLine('riverton.txt', plainFaq));
  assert.equal(render('html', plainFaq, article), renderHtml(plainFaq, { article }));
  assert.equal(render('text', plainFaq, article), renderFilledText(article, plainFaq));
});

test('render passes options through', () => {
  assert.ok(!render('md', plainFaq, article, { evidence: false }).includes('Sources:'));
  assert.ok(render('html', plainFaq, article, { newsArticle: true }).includes('"NewsArticle"'));
  assert.equal(JSON.parse(render('jsonl', plainFaq, article, { input: 'x.txt' })).input, 'x.txt');
  const noSource = makeArticle('Body.');
  assert.equal(JSON.parse(render('jsonl', plainFaq, noSource)).input, noSource.id);
});

test('isOutputFormat accepts exactly the listed formats', () => {
  assert.deepEqual([...OUTPUT_FORMATS], ['md', 'json', 'jsonl', 'html', 'text']);
  assert.ok(OUTPUT_FORMATS.every(isOutputFormat));
  assert.equal(isOutputFormat('markdown'), false);
});
