// End to end: `newsfaq eval faq --limit 5` and `eval review` over ../shared/data (skipped when absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { DEFAULT_DATA_DIR, isDirectory } from './data.js';

const skip = !isDirectory(DEFAULT_DATA_DIR) && `${DEFAULT_DATA_DIR} is absent`;

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

test('eval faq --limit 5 prints the table and writes the JSON report', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfaq-eval-'));
  try {
    const file = join(dir, 'faq-eval.json');
    const { code, out } = await run(['eval', 'faq', '--limit', '5', '--quiet', '--out', file]);
    assert.equal(code, 0);
    assert.match(out, /ARTICLES WITH 0 PAIRS/);
    assert.match(out, /journalists' questions \(news_faq\)/);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(report.sets.length, 4);
    assert.equal(report.overall.articles + report.overall.readErrors.length + report.overall.generationErrors.length, 20);
    assert.ok(report.journalist.questions > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval faq with a missing data folder says so and exits 0', async () => {
  const { code, out } = await run(['eval', 'faq', '--data', join(tmpdir(), 'newsfaq-no-such-data'), '--quiet']);
  assert.equal(code, 0);
  assert.match(out, /no evaluation data/);
});

test('eval faq rejects an unknown set', async () => {
  const { code, err } = await run(['eval', 'faq', '--sets', 'bbc2005,nope']);
  assert.equal(code, 2);
  assert.match(err, /unknown set "nope"/);
});

test('eval review: the same seed gives the same sheet; ratings read back', { skip }, async () => {
  const a = await run(['eval', 'review', '--sample', '3', '--seed', '5', '--sets', 'reuters21578']);
  const b = await run(['eval', 'review', '--sample', '3', '--seed', '5', '--sets', 'reuters21578']);
  assert.equal(a.code, 0);
  assert.equal(a.out, b.out);
  const ids = [...a.out.matchAll(/^rate: (\S+) _$/gm)].map((m) => m[1]);
  assert.ok(ids.length > 0);
  const dir = mkdtempSync(join(tmpdir(), 'newsfaq-ratings-'));
  try {
    const file = join(dir, 'ratings.txt');
    writeFileSync(file, ids.map((id, i) => (i % 2 ? `${id} 0 S # unclear` : `${id} 1`)).join('\n'));
    const r = await run(['eval', 'review', '--read', file]);
    assert.equal(r.code, 0);
    assert.match(r.out, new RegExp(`pairs rated: ${ids.length}`));
    writeFileSync(file, `${ids[0]} 1\n${ids[0]}\n`);
    const bad = await run(['eval', 'review', '--read', file]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /ratings\.txt:2: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
