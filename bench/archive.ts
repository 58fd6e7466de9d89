// npm run bench:archive [-- --size N] [--no-scale] [--questions N] [--jobs N] [--json FILE] [--data DIR] [--keep DIR]
//
// The archive's speed: ingest throughput (articles/s with FAQs generated, worker threads on every core) on the
// public articles, and ask latency (p50, p95) on that archive and on larger ones built by replicating its stored
// rows in SQL (new ids, same text; FAQs are copied, not regenerated) up to --size articles (default 100,000).
// It also ingests a fixed set of new articles into the largest archive to show how writing grows with size.
// Figures are wall time on this machine, which may be shared: CPU time is printed beside them.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import { ingest, type IngestSummary } from '../src/ingest/ingest.js';
import { askArchive } from '../src/ask/archive.js';
import { writeGeneratedArticles } from '../src/ingest/fixtures.js';
import { RETRIEVAL_INPUTS } from '../src/eval/ask-retrieval.js';
import { DATA_DIR } from './corpus.js';

const { values: opts } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    'no-scale': { type: 'boolean', default: false },
    questions: { type: 'string', default: '300' },
    jobs: { type: 'string' },
    json: { type: 'string' },
    data: { type: 'string' },
    keep: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (opts.help) {
  process.stdout.write('usage: npm run bench:archive -- [--size N] [--no-scale] [--questions N] [--jobs N] [--json FILE] [--data DIR] [--keep DIR]\n');
  process.exit(0);
}
const dataDir = opts.data ? resolve(opts.data) : DATA_DIR;
const target = Number(opts.size);
const nQuestions = Number(opts.questions);
const jobs = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
if (!(target > 0) || !(nQuestions > 0) || !(jobs >= 0)) {
  process.stderr.write('bench:archive: --size and --questions must be positive, --jobs >= 0\n');
  process.exit(2);
}
const inputs = RETRIEVAL_INPUTS.map((p) => join(dataDir, p)).filter((p) => existsSync(p));
if (!inputs.length) {
  process.stdout.write(`bench:archive: no evaluation articles under ${dataDir}; nothing to measure.\n`);
  process.exit(0);
}

const dir = opts.keep ? resolve(opts.keep) : mkdtempSync(join(tmpdir(), 'newsfaq-bench-'));
const dbPath = join(dir, 'archive.db');
for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
const log = (s: string) => process.stderr.write(`${s}\n`);
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const fileMb = (p: string) => { let n = 0; for (const s of ['', '-wal']) { try { n += statSync(p + s).size; } catch { /* none */ } } return n / 1048576; };

// ---- 1. ingest the public archive -------------------------------------------------------------------------
const started = performance.now();
let store: SqliteStore = openSqliteStore(dbPath);
log(`ingesting ${inputs.join(', ')} with ${jobs} worker threads ...`);
const load0 = loadavg()[0];
const c0 = cpuMs();
const ingested: IngestSummary = await ingest(store, inputs, { jobs });
const ingestCpuMainS = (cpuMs() - c0) / 1000;
const base = (await store.counts()).articles;

// ---- 2. ask latency ---------------------------------------------------------------------------------------
const questions = readFileSync(join(dataDir, 'news_faq', 'pairs.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((l) => (JSON.parse(l) as { question: string }).question);
const step = Math.max(1, questions.length / nQuestions);
const asked = Array.from({ length: Math.min(nQuestions, questions.length) }, (_, k) => questions[Math.floor(k * step)]);

interface Latency { articles: number; dbMb: number; questions: number; p50: number; p95: number; max: number; mean: number; answered: number }
async function measureAsk(s: SqliteStore): Promise<Latency> {
  for (const q of asked.slice(0, 20)) await askArchive(s, q); // warm-up: JIT and page cache
  const ms: number[] = [];
  let answered = 0;
  for (const q of asked) {
    const t = performance.now();
    const a = await askArchive(s, q);
    ms.push(performance.now() - t);
    if (!a.abstained) answered++;
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return { articles: (await s.counts()).articles, dbMb: Math.round(fileMb(dbPath)), questions: ms.length, p50: r(pct(ms, 50)), p95: r(pct(ms, 95)), max: r(Math.max(...ms)), mean: r(ms.reduce((a, b) => a + b, 0) / ms.length), answered };
}
log(`asking ${asked.length} journalist questions of ${base} articles ...`);
const latencies: Latency[] = [await measureAsk(store)];

// ---- 3. larger archives by replication --------------------------------------------------------------------
/** Copy the first `base` articles (with sentences, annotations, FAQs, pairs and index rows) under new ids. */
function replicate(s: SqliteStore, copy: number): void {
  const db = s.db;
  const suffix = `~r${copy}`;
  db.transaction(() => {
    const maxA = (db.prepare('SELECT max(pk) AS m FROM articles').get() as { m: number }).m;
    const maxS = (db.prepare('SELECT max(pk) AS m FROM sentences').get() as { m: number }).m;
    const maxF = (db.prepare('SELECT coalesce(max(pk), 0) AS m FROM faqs').get() as { m: number }).m;
    const maxP = (db.prepare('SELECT coalesce(max(pk), 0) AS m FROM pairs').get() as { m: number }).m;
    const origA = (db.prepare('SELECT max(pk) AS m FROM articles WHERE id NOT LIKE \'%~r%\'').get() as { m: number }).m;
    const origS = (db.prepare('SELECT max(pk) AS m FROM sentences WHERE article <= ?').get(origA) as { m: number }).m;
    const origF = (db.prepare('SELECT coalesce(max(pk), 0) AS m FROM faqs WHERE article <= ?').get(origA) as { m: number }).m;
    const origP = (db.prepare('SELECT coalesce(max(pk), 0) AS m FROM pairs WHERE faq <= ?').get(origF) as { m: number }).m;
    db.prepare(`INSERT INTO articles (pk, id, content_hash, title, date, source, url, format, paragraphs, words, added_at, updated_at)
      SELECT pk + ?, id || ?, content_hash || ?, title, date, source, url, format, paragraphs, words, added_at, updated_at FROM articles WHERE pk <= ?`)
      .run(maxA, suffix, suffix, origA);
    db.prepare(`INSERT INTO articles_fts (rowid, title, body)
      SELECT pk + ?, coalesce(title, ''), (SELECT group_concat(value, char(10)) FROM json_each(paragraphs)) FROM articles WHERE pk <= ?`).run(maxA, origA);
    db.prepare('INSERT INTO sentences (pk, article, n, sid, text) SELECT pk + ?, article + ?, n, sid, text FROM sentences WHERE pk <= ?').run(maxS, maxA, origS);
    db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT pk + ?, text FROM sentences WHERE pk <= ?').run(maxS, origS);
    db.prepare('INSERT INTO annotations (article, version, data) SELECT article + ?, version, data FROM annotations WHERE article <= ?').run(maxA, origA);
    db.prepare('INSERT INTO faqs (pk, article, engine, version, created_at, faq) SELECT pk + ?, article + ?, engine, version, created_at, faq FROM faqs WHERE pk <= ?').run(maxF, maxA, origF);
    db.prepare('INSERT INTO pairs (pk, faq, position, question, answer, kind, score, evidence) SELECT pk + ?, faq + ?, position, question, answer, kind, score, evidence FROM pairs WHERE pk <= ?').run(maxP, maxF, origP);
    db.prepare('INSERT INTO pairs_fts (rowid, question, answer) SELECT pk + ?, question, answer FROM pairs WHERE pk <= ?').run(maxP, origP);
  })();
}

const sizes = opts['no-scale'] ? [] : [10_000, 30_000, target].filter((n, k, a) => n <= target && a.indexOf(n) === k && n > base);
let buildS = 0;
let copy = 0;
for (const size of sizes) {
  const t = performance.now();
  while ((await store.counts()).articles < size) replicate(store, ++copy);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  // a fresh connection, as `newsfaq ask` would open
  await store.close();
  store = openSqliteStore(dbPath);
  buildS += (performance.now() - t) / 1000;
  log(`built ${(await store.counts()).articles} articles (${Math.round(fileMb(dbPath))} MB) in ${((performance.now() - t) / 1000).toFixed(0)} s; asking ...`);
  latencies.push(await measureAsk(store));
}

// ---- 4. writing into the largest archive ------------------------------------------------------------------
const fresh = join(dir, 'new-articles');
writeGeneratedArticles(fresh, 300);
const smallPath = join(dir, 'small.db');
const small = openSqliteStore(smallPath);
const intoEmpty = await ingest(small, [fresh], { jobs });
await small.close();
const intoLarge = await ingest(store, [fresh], { jobs });
const largest = (await store.counts()).articles;
await store.close();
if (!opts.keep) rmSync(dir, { recursive: true, force: true });

// ---- report -------------------------------------------------------------------------------------------------
const result = {
  node: process.version,
  cpus: cpus().length,
  loadAverageAtStart: Math.round(load0 * 100) / 100,
  ingest: {
    articles: ingested.added + ingested.updated,
    inputs: ingested.inputs,
    failed: ingested.failed,
    jobs,
    seconds: Math.round(ingested.elapsedS * 10) / 10,
    articlesPerS: Math.round(ingested.articlesPerS * 10) / 10,
    mainThreadCpuS: Math.round(ingestCpuMainS * 10) / 10,
  },
  writeGrowth: {
    generatedArticles: 300,
    intoEmptyArticlesPerS: Math.round(intoEmpty.articlesPerS * 10) / 10,
    intoLargestArticlesPerS: Math.round(intoLarge.articlesPerS * 10) / 10,
    largestArticles: largest,
  },
  askLatencyMs: latencies,
  replicationBuildS: Math.round(buildS),
  totalS: Math.round((performance.now() - started) / 1000),
};
const lines = [
  `Archive ingest (public articles, ${jobs} worker threads, ${result.cpus} cores, load average ${result.loadAverageAtStart} at start):`,
  `  ${result.ingest.articles} articles (${result.ingest.failed} failed) in ${result.ingest.seconds} s = ${result.ingest.articlesPerS} articles/s with FAQs generated` +
    ` (issue bound: >= 50: ${result.ingest.articlesPerS >= 50 ? 'OK' : 'NOT MET'}); main thread CPU ${result.ingest.mainThreadCpuS} s`,
  `  300 new articles into an empty archive: ${result.writeGrowth.intoEmptyArticlesPerS} articles/s; into the ${largest}-article archive: ${result.writeGrowth.intoLargestArticlesPerS} articles/s`,
  'Ask latency (journalist questions, askArchive incl. retrieval and answer extraction):',
  '  articles    DB MB  questions  p50 ms  p95 ms  max ms  answered',
  ...latencies.map((l) => `  ${String(l.articles).padStart(8)}  ${String(l.dbMb).padStart(7)}  ${String(l.questions).padStart(9)}  ${String(l.p50).padStart(6)}  ${String(l.p95).padStart(6)}  ${String(l.max).padStart(6)}  ${String(l.answered).padStart(8)}`),
];
const last = latencies[latencies.length - 1];
if (latencies.length > 1) {
  lines.push(`  growth: ${latencies[0].articles} -> ${last.articles} articles (x${(last.articles / latencies[0].articles).toFixed(0)}): p50 x${(last.p50 / latencies[0].p50).toFixed(1)}, p95 x${(last.p95 / latencies[0].p95).toFixed(1)}` +
    ` (issue bound at 100k: p95 < 100 ms: ${last.articles >= 100_000 ? (last.p95 < 100 ? 'OK' : 'NOT MET') : 'not measured'})`);
}
lines.push(`(bench:archive ran ${result.totalS} s; replication ${result.replicationBuildS} s)`);
process.stdout.write(`${lines.join('\n')}\n`);
if (opts.json) writeFileSync(opts.json, `${JSON.stringify(result, null, 2)}\n`);
