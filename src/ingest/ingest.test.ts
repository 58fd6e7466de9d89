// Ingest on real SQLite files: counts, idempotence, bad inputs, worker threads, and a real kill -9 mid-run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite.js';
import { ingest, expandIngestInputs } from './ingest.js';
import { writeGeneratedArticles, generatedArticle } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfaq-ingest-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const repo = new URL('../..', import.meta.url).pathname;

test('ingest stores every article with its FAQ, reports bad inputs, and is idempotent', async () => {
  const src = join(dir, 'in1');
  writeGeneratedArticles(join(src, 'nested'), 6);
  writeFileSync(join(src, 'empty.txt'), '   \n');
  writeFileSync(join(src, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(join(src, 'feed.jsonl'), [0, 1].map((k) => JSON.stringify({ id: `feed-${k}`, title: `Feed story ${k}`, date: '2024-02-01', text: generatedArticle(100 + k).split('\n\n').slice(1).join('\n\n') })).join('\n'));
  writeFileSync(join(src, 'index.jsonl'), '{"id": "not an article"}\n');
  const store = openSqliteStore(join(dir, 'a.db'));
  try {
    const first = await ingest(store, [src, join(dir, 'missing.txt')], { jobs: 2 });
    assert.equal(first.added, 8);
    assert.equal(first.failed, 3);
    assert.deepEqual(first.failures.map((f) => f.reason.slice(0, 7)).sort(), ['[NF001]', '[NF002]', '[NF003]']);
    assert.equal(first.inputs, 10);
    const counts = await store.counts();
    assert.equal(counts.articles, 8);
    assert.equal(counts.faqs, 8);
    assert.ok(counts.pairs >= 8, `pairs ${counts.pairs}`);
    const again = await ingest(store, [src], { jobs: 0 });
    assert.equal(again.added, 0);
    assert.equal(again.unchanged, 8);
    assert.equal((await store.counts()).articles, 8);
    const faq = await store.getFaq('feed-1');
    assert.ok(faq && faq.faq.pairs.length > 0 && faq.faq.engine === 'linguistic');
    assert.deepEqual(await store.checkIntegrity(), []);
  } finally {
    await store.close();
  }
});

test('folders are walked in order and data-set index files skipped', () => {
  const src = join(dir, 'walk');
  writeGeneratedArticles(join(src, 'b'), 2);
  writeGeneratedArticles(join(src, 'a'), 1);
  writeFileSync(join(src, 'index.jsonl'), '{}');
  writeFileSync(join(src, 'notes.pdf'), 'x');
  const files = expandIngestInputs([src]).map((p) => p.slice(src.length + 1));
  assert.deepEqual(files, ['a/article-00000.txt', 'b/article-00000.txt', 'b/article-00001.txt']);
});

function countArticles(db: string): number {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    d.close();
  }
}

function runCli(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

test('kill -9 during ingest, then a re-run: same articles as an uninterrupted run, database intact', async () => {
  const src = join(dir, 'kill');
  const N = 160;
  writeGeneratedArticles(src, N);
  const killed = join(dir, 'killed.db');
  const clean = join(dir, 'clean.db');

  // 1. start an ingest and kill -9 it once some batches are committed
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'ingest', '--quiet', '--batch', '4', '--db', killed, src], { cwd: repo, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
  let seen = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 40));
    try { seen = countArticles(killed); } catch { seen = 0; }
    if (seen >= 8) break;
  }
  child.kill('SIGKILL');
  const signal = await exited;
  const atKill = countArticles(killed);
  assert.equal(signal, 'SIGKILL', 'the ingest was killed');
  assert.ok(atKill > 0 && atKill < N, `killed mid-run with ${atKill} of ${N} stored`);

  // 2. the interrupted database is intact and a re-run completes it without duplicates
  const rerun = await runCli(['ingest', '--quiet', '--json', '--db', killed, src]);
  assert.equal(rerun.code, 0, rerun.out);
  const summary = JSON.parse(rerun.out);
  assert.equal(summary.unchanged, atKill);
  assert.equal(summary.added, N - atKill);

  // 3. an uninterrupted run gives the same count
  const full = await runCli(['ingest', '--quiet', '--json', '--db', clean, src]);
  assert.equal(full.code, 0, full.out);
  assert.equal(countArticles(clean), N);
  assert.equal(countArticles(killed), N);

  const d = new Database(killed, { readonly: true });
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    const dupes = d.prepare('SELECT count(*) AS n FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1)').get() as { n: number };
    assert.equal(dupes.n, 0);
    const faqs = d.prepare('SELECT count(*) AS n FROM faqs').get() as { n: number };
    assert.equal(faqs.n, N);
  } finally {
    d.close();
  }
});
