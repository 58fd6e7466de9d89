// `newsfaq ingest`, `newsfaq ask` and `newsfaq eval ask` through the CLI entry point, on a real SQLite file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import { writeGeneratedArticles } from '../ingest/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfaq-archive-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'archive.db');
const example = new URL('../../examples/japan-asean-summit.txt', import.meta.url).pathname;

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

test('ingest prints a summary; a second run finds everything unchanged', async () => {
  writeGeneratedArticles(join(dir, 'in'), 5);
  writeFileSync(join(dir, 'in', 'empty.md'), '');
  const r = await run('ingest', '--quiet', '--jobs', '0', '--db', db, join(dir, 'in'), example);
  assert.equal(r.code, 1, r.err); // one input failed, the rest were stored
  assert.match(r.out, /6 added, 0 updated, 0 unchanged, 1 failed/);
  assert.match(r.out, /empty\.md: \[NF002\]/);
  const again = await run('ingest', '--quiet', '--json', '--jobs', '0', '--db', db, join(dir, 'in', 'article-00000.txt'), example);
  assert.equal(again.code, 0);
  const s = JSON.parse(again.out);
  assert.equal(s.unchanged, 2);
  assert.equal(s.archive.articles, 6);
});

test('ask answers from the archive in Markdown and JSON, citing sentence and article', async () => {
  const md = await run('ask', '--db', db, 'How much will the project in Aldport cost?');
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /\*\*A:\*\* .*million euros/);
  assert.match(md.out, /\[p\d+s\d+\]/);
  assert.match(md.out, /file .*article-00000\.txt/);
  const js = await run('ask', '--db', db, '--format', 'json', 'How much will the project in Aldport cost?');
  const a = JSON.parse(js.out);
  assert.equal(a.abstained, false);
  assert.match(a.evidence[0].id, /^p\d+s\d+$/);
  assert.match(a.article.source, /article-00000\.txt$/);
});

test('ask --article takes a stored id or a file (no archive needed for a file)', async () => {
  const byFile = await run('ask', '--format', 'json', '--db', join(dir, 'none.db'), '--article', example, 'When will the leaders meet again?');
  assert.equal(byFile.code, 0, byFile.err);
  assert.equal(JSON.parse(byFile.out).article.source, example);
  const list = JSON.parse((await run('ask', '--format', 'json', '--db', db, 'How much will the project in Aldport cost?')).out);
  const byId = await run('ask', '--format', 'json', '--db', db, '--article', list.article.id, 'Who is the mayor?');
  assert.equal(byId.code, 0, byId.err);
  assert.equal(JSON.parse(byId.out).article.id, list.article.id);
});

test('ask errors are one line with a code: no archive, empty question, unknown article', async () => {
  const missing = await run('ask', '--db', join(dir, 'nope.db'), 'Who won?');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^newsfaq: \[NF001\] file not found: .*nope\.db \(no archive there yet/);
  assert.equal(missing.err.trim().split('\n').length, 1);
  const empty = await run('ask', '--db', db, '   ');
  assert.equal(empty.code, 2);
  assert.match(empty.err, /\[NF007\] bad usage: the question is empty/);
  const unknown = await run('ask', '--db', db, '--article', 'no-such-id', 'Who won?');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /\[NF007\] .*no article with id "no-such-id"/);
  for (const bad of ['yesterday', '2024-02-30']) {
    const date = await run('ask', '--db', db, '--as-of', bad, 'Who won?');
    assert.equal(date.code, 2);
    assert.match(date.err.split('\n')[0], /--as-of .*must be a date, YYYY-MM-DD/);
    assert.doesNotMatch(date.err, /\n\s+at /, 'no stack trace');
  }
  const asOf = await run('ask', '--db', db, '--format', 'json', '--as-of', '2030-01-01', 'How much will the project in Aldport cost?');
  assert.equal(asOf.code, 0, asOf.err);
});

test('eval ask scores a QA file and writes predictions anyone can score', async () => {
  const data = join(dir, 'qa.jsonl');
  writeFileSync(data, [
    { id: 'a', context: 'The bridge was opened by Queen Anna in 1902. It crosses the river Lune.', question: 'Who opened the bridge?', answers: ['Queen Anna'] },
    { id: 'b', context: 'The bridge was opened by Queen Anna in 1902. It crosses the river Lune.', question: 'When was the bridge opened?', answers: ['1902', 'in 1902'] },
    { id: 'c', context: 'The bridge was opened by Queen Anna in 1902. It crosses the river Lune.', question: 'What is the capital of Peru?', answers: [] },
  ].map((o) => JSON.stringify(o)).join('\n'));
  const out = join(dir, 'pred.jsonl');
  const r = await run('eval', 'ask', '--quiet', '--data', data, '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2 answerable, 1 without an answer/);
  assert.match(r.out, /answering every question: EM \d+(\.\d)?  F1 \d+/);
  assert.match(r.out, /answered "not in the text": 100%/);
  const preds = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(preds.map((p) => p.id), ['a', 'b', 'c']);
  assert.deepEqual(Object.keys(preds[0]).sort(), ['answer', 'confidence', 'evidence', 'id']);
  assert.match(preds[0].answer, /Anna/);
  assert.match(preds[1].answer, /1902/);
  assert.equal(preds[2].answer, '');
  const bad = await run('eval', 'ask', '--quiet', '--data', join(dir, 'missing.jsonl'));
  assert.equal(bad.code, 2);
});
