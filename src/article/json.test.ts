import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, readArticles } from './index.js';

test('json: one object with id, url, title, date and body split on single newlines', () => {
  const json = JSON.stringify({
    id: 'story-7',
    url: 'https://example.org/7',
    title: 'Harbour reopens',
    date: '2024-03-05T10:00:00Z',
    body: 'The harbour reopened on Tuesday.\nBoats returned within hours.',
  });
  const a = readArticle(json);
  assert.equal(a.format, 'json');
  assert.equal(a.id, 'story-7');
  assert.equal(a.url, 'https://example.org/7');
  assert.equal(a.title, 'Harbour reopens');
  assert.equal(a.date, '2024-03-05');
  assert.deepEqual(a.paragraphs, ['The harbour reopened on Tuesday.', 'Boats returned within hours.']);
  assert.equal(a.original, undefined);
});

test('json: an array of objects; text with blank lines; numeric id; bad date dropped', () => {
  const json = JSON.stringify([
    { id: 1, title: 'One', date: '2023-02-30', text: 'The first story has\nwrapped lines.\n\nAnd a second paragraph.' },
    { title: 'Two', content: 'The second story is short.' },
  ]);
  const [a, b] = readArticles(json, { source: 'feed.json' });
  assert.equal(a.id, '1');
  assert.equal(a.date, undefined);
  assert.deepEqual(a.paragraphs, ['The first story has wrapped lines.', 'And a second paragraph.']);
  assert.equal(a.source, 'feed.json#1');
  assert.match(b.id, /^[0-9a-f]{16}$/);
  assert.equal(b.source, 'feed.json#2');
});

test('jsonl: one article per line, blank lines skipped', () => {
  const jsonl = '{"title":"A","text":"The first of the stories is here."}\n\n{"title":"B","body":"The second of the stories is here."}\n';
  const list = readArticles(jsonl, { source: 'feed.jsonl' });
  assert.deepEqual(
    list.map((a) => [a.format, a.title, a.source]),
    [
      ['jsonl', 'A', 'feed.jsonl:1'],
      ['jsonl', 'B', 'feed.jsonl:3'],
    ],
  );
  assert.equal(readArticle(jsonl).title, 'A');
});

test('json errors: malformed JSON, malformed JSONL line, missing text field -> NF006', () => {
  assert.throws(() => readArticles('{"title": "A", "text": '), { code: 'NF006', message: /not valid JSON/ });
  assert.throws(() => readArticles('{"title":"A","text":"The story is here."}\n{"title": oops}\n', { source: 'f.jsonl' }), {
    code: 'NF006',
    message: /f\.jsonl: line 2: not valid JSON/,
  });
  assert.throws(() => readArticles('{"title":"A","text":"The story is here."}\nnot json\n', { format: 'jsonl' }), {
    code: 'NF006',
    message: /line 2/,
  });
  assert.throws(() => readArticles('{"title":"A","summary":"no body"}'), { code: 'NF006', message: /"text", "body" or "content"/ });
  assert.throws(() => readArticles('[1, 2]'), { code: 'NF006', message: /item 1/ });
  assert.throws(() => readArticles('{"title":"A","text":"   "}'), { code: 'NF002' });
  assert.throws(() => readArticles('[]'), { code: 'NF002' });
});
