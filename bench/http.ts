// npm run bench:http [-- --db FILE] [--duration S] [--connections N] [--published N] [--json FILE] [--data DIR] [--keep DIR]
//
// HTTP load on `newsfaq serve` over the public archive: requests per second and latency (p50, p99) at 50 concurrent
// connections (autocannon, in this process) against the server in a child process on 127.0.0.1, for:
//   - reading a published FAQ (GET /api/articles/ID/faq, cycling over the published articles), and the reader page;
//   - asking the archive (POST /api/ask) the journalists' questions of ../shared/data/news_faq: a set of popular
//     questions asked again and again (answered from the server's answer cache after their first asking), and, for
//     what a question nobody asked before costs, every question new (a short run at fewer connections);
//   - reading a published FAQ while new questions are being asked at the same time.
// The archive is built first (the same public articles bench:archive ingests; about a minute on 2 cores) unless
// --db names one. Each scenario runs a warm-up (not counted) before it is measured.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openStore } from '../src/store/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { Desk, openDeskDb } from '../src/desk/index.js';
import { RETRIEVAL_INPUTS } from '../src/eval/ask-retrieval.js';
import { DATA_DIR, REPO_ROOT } from './corpus.js';

const { values: opts } = parseArgs({
  options: {
    db: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    published: { type: 'string', default: '200' },
    json: { type: 'string' },
    data: { type: 'string' },
    keep: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (opts.help) {
  process.stdout.write('usage: npm run bench:http -- [--db FILE] [--duration S] [--connections N] [--published N] [--json FILE] [--data DIR] [--keep DIR]\n');
  process.exit(0);
}
const dataDir = opts.data ? resolve(opts.data) : DATA_DIR;
const duration = Number(opts.duration);
const connections = Number(opts.connections);
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---- 1. the archive, with published FAQs -------------------------------------------------------------------
let dbPath: string;
let dir: string | undefined;
if (opts.db) dbPath = resolve(opts.db);
else {
  const inputs = RETRIEVAL_INPUTS.map((p) => join(dataDir, p)).filter((p) => existsSync(p));
  if (!inputs.length) {
    process.stdout.write(`bench:http: no evaluation articles under ${dataDir}; nothing to measure.\n`);
    process.exit(0);
  }
  dir = opts.keep ? resolve(opts.keep) : mkdtempSync(join(tmpdir(), 'newsfaq-http-'));
  dbPath = join(dir, 'archive.db');
  for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
  log(`bench:http: ingesting the public archive into ${dbPath} ...`);
  const store = openStore({ db: dbPath });
  const t = performance.now();
  const s = await ingest(store, inputs, { jobs: availableParallelism() });
  log(`bench:http: ${s.added} articles in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  await store.close();
}

/** Publish the machine FAQs of the first N articles (approve every pair), as editors would after review. */
async function publishSome(n: number): Promise<string[]> {
  const store = openStore({ db: dbPath });
  const db = openDeskDb(store.location);
  const desk = new Desk(store, db);
  const ids: string[] = [];
  for (const a of (await store.listArticles({ limit: n })).items) {
    const state = await desk.state(a.id);
    if (state.published) { ids.push(a.id); continue; }
    for (const p of state.pairs) await desk.setStatus(a.id, p.id, 'approved', 'bench');
    if (state.pairs.length) {
      await desk.publish(a.id, 'bench');
      ids.push(a.id);
    }
  }
  db.close();
  await store.close();
  return ids;
}
const published = await publishSome(Number(opts.published));
const total = await (async () => { const s = openStore({ db: dbPath }); const c = await s.counts(); await s.close(); return c.articles; })();
log(`bench:http: ${published.length} FAQs published of ${total} articles`);

// Questions readers ask: the journalists' FAQ questions of the public news_faq set.
const questions = (() => {
  const file = join(dataDir, 'news_faq', 'pairs.jsonl');
  const qs = existsSync(file)
    ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question)
    : [];
  return [...new Set(qs.map((q) => q.trim()).filter((q) => q.length > 5 && q.length < 300))];
})();
if (questions.length < 60) {
  log('bench:http: fewer than 60 questions in news_faq/pairs.jsonl; using built-in ones');
  questions.push('What did Japan agree with Malaysia?', 'How many projects are in the implementation plan?', 'Who won the election?', 'Why did oil prices fall?');
}

// ---- 2. the server, in its own process ---------------------------------------------------------------------
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/run.ts'), 'serve', '--db', dbPath, '--port', '0', '--ask-rate', '0'], {
    cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolveUrl, reject) => {
    let err = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      err += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(err);
      if (m) resolveUrl({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

interface Figure {
  readonly scenario: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
}

function cycle(paths: readonly string[], make: (x: string) => autocannon.Request): autocannon.Request[] {
  let k = 0;
  return [{ setupRequest: (req) => ({ ...req, ...make(paths[k++ % paths.length]) }) }];
}

async function load(scenario: string, requests: autocannon.Request[], url: string, conns: number, seconds: number, warmup = 2): Promise<Figure> {
  if (warmup > 0) await autocannon({ url, connections: conns, duration: warmup, requests });
  const r = await autocannon({ url, connections: conns, duration: seconds, requests });
  const f: Figure = {
    scenario,
    connections: conns,
    seconds,
    requests: r.requests.total,
    rps: Math.round(r.requests.total / r.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts + r.non2xx,
  };
  log(`bench:http: ${scenario}: ${f.rps} req/s, p99 ${f.p99} ms${f.errors ? `, ${f.errors} errors or non-2xx` : ''}`);
  return f;
}

const { child, url } = await startServer();
const figures: Figure[] = [];
try {
  const faqPaths = published.map((id) => `/api/articles/${encodeURIComponent(id)}/faq`);
  figures.push(await load('read a published FAQ (JSON)', cycle(faqPaths, (p) => ({ method: 'GET', path: p })), url, connections, duration));
  const readerPaths = published.map((id) => `/articles/${encodeURIComponent(id)}`);
  figures.push(await load('reader page (HTML)', cycle(readerPaths, (p) => ({ method: 'GET', path: p })), url, connections, duration));
  const ask = (q: string): autocannon.Request => ({ method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) });
  const popular = questions.slice(0, 50);
  // the warm-up asks each popular question at least once: afterwards they are answered from the cache
  figures.push(await load(`ask the archive, ${popular.length} popular questions`, cycle(popular, ask), url, connections, duration, 8));
  const half = Math.floor((questions.length + 50) / 2);
  const fresh = questions.slice(50, half);
  figures.push(await load('ask the archive, every question new', cycle(fresh, ask), url, 4, Math.max(5, Math.round(duration / 2)), 0));
  // reading while new questions are worked out (in the server's ask worker, off its main thread)
  const [mixedRead, mixedAsk] = await Promise.all([
    load('read a published FAQ, while 4 connections ask new questions', cycle(faqPaths, (p) => ({ method: 'GET', path: p })), url, connections, duration, 0),
    load('... the new questions asked meanwhile', cycle(questions.slice(half), ask), url, 4, duration, 0),
  ]);
  figures.push(mixedRead, mixedAsk);
} finally {
  child.kill('SIGTERM');
  if (dir && !opts.keep && !opts.db) rmSync(dir, { recursive: true, force: true });
}

// ---- 3. report --------------------------------------------------------------------------------------------
const rows = figures.map((f) => [f.scenario, String(f.connections), String(f.rps), `${f.p50}`, `${f.p99}`, `${f.max}`, String(f.errors)]);
const head = ['scenario', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'];
const width = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(width[k]) : c.padStart(width[k]))).join('  ');
const out = [
  `HTTP load: newsfaq serve on 127.0.0.1 (child process), autocannon in this process; ${total} articles, ${published.length} FAQs published; load average ${loadavg()[0].toFixed(2)}`,
  line(head),
  ...rows.map(line),
];
const read = figures[0];
const popularAsk = figures[2];
out.push(
  `read a published FAQ at ${read.connections} connections: ${read.rps} req/s, p99 ${read.p99} ms (target >= 2,000 req/s, p99 < 50 ms: ${read.rps >= 2000 && read.p99 < 50 ? 'met' : 'NOT met'})`,
  `ask at ${popularAsk.connections} connections: ${popularAsk.rps} req/s, p99 ${popularAsk.p99} ms (target >= 200 req/s, p99 < 200 ms: ${popularAsk.rps >= 200 && popularAsk.p99 < 200 ? 'met' : 'NOT met'})`,
);
process.stdout.write(`${out.join('\n')}\n`);
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ articles: total, published: published.length, figures }, null, 2)}\n`);
