import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from './index.js';

const BODY = 'The council voted on Tuesday to approve the budget for next year, after a long debate.';

test('detectFormat by content', () => {
  const cases: [string, string][] = [
    [` date 2023-12-17 ${BODY}\n\nFAQ\n`, 'seed'],
    [`date 2023-12-17 ${BODY}`, 'seed'],
    [`date 2023-12-17\nBudget passes\n\n${BODY}\n`, 'dataset'],
    [`date 2023-12-17\r\nBudget passes\r\n\r\n${BODY}\r\n`, 'dataset'],
    [`Budget passes\n\n${BODY}\n`, 'dataset'],
    [`${BODY}\n\nIt takes effect in July.`, 'plain'],
    [BODY, 'plain'],
    ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['\n  <p>A fragment.</p>', 'html'],
    ['<div class="story"><p>A fragment.</p></div>', 'html'],
    ['{"title":"A","text":"B"}', 'json'],
    ['[{"title":"A","text":"B"}]', 'json'],
    ['{"title":"A","text":"B"}\n{"title":"C","text":"D"}\n', 'jsonl'],
    ['{"title":"A","text":"B"}\n{broken\n', 'jsonl'],
    ['{"title": broken', 'json'],
    ['---\ntitle: A\n---\n\nBody.', 'markdown'],
    ['# Budget passes\n\nBody.', 'markdown'],
    ['Budget passes\n=============\n\nBody.', 'markdown'],
    ['[Updated] The council met again on Tuesday.', 'plain'],
    ['<3 this story about the council meeting on Tuesday.', 'plain'],
  ];
  for (const [text, format] of cases) assert.equal(detectFormat(text), format, JSON.stringify(text));
});

test('detectFormat: the file extension decides between families', () => {
  assert.equal(detectFormat('Just text, no tags.', 'page.html'), 'html');
  assert.equal(detectFormat('Just text, no tags.', 'page.HTM'), 'html');
  assert.equal(detectFormat('Title\n\nBody.', 'story.md'), 'markdown');
  assert.equal(detectFormat('Title\n\nBody.', 'story.markdown'), 'markdown');
  assert.equal(detectFormat('{"a":1}\n{"a":2}\n', 'feed.json'), 'jsonl');
  assert.equal(detectFormat('{"a":1}', 'feed.jsonl'), 'jsonl');
  assert.equal(detectFormat('{"a":1}', 'feed.ndjson'), 'jsonl');
  assert.equal(detectFormat('not json at all', 'feed.json'), 'json');
  // .txt: only the text formats, even when the text looks like markup.
  assert.equal(detectFormat('# Not a heading\n\nBody.', 'notes.txt'), 'dataset');
  assert.equal(detectFormat(` date 2023-12-17 ${BODY}`, 'a.txt'), 'seed');
  assert.equal(detectFormat(`${BODY}`, 'a.txt'), 'plain');
  // Unknown extensions fall back to sniffing.
  assert.equal(detectFormat('<p>x</p>', 'page.xyz'), 'html');
});
