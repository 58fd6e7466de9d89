// The real server on 127.0.0.1:0: oversized and malformed bodies over a socket get 4xx JSON and the server keeps
// serving; closing lets a request in flight finish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './serve.js';

let dir: string;
let server: RunningServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfaq-serve-'));
  server = await startServer({ db: join(dir, 'a.db'), port: 0 });
});

after(async () => {
  await server.close(500);
  rmSync(dir, { recursive: true, force: true });
});

/** One request over a socket; `chunks` are written with a pause between them, until the server answers. */
function send(method: string, path: string, chunks: (string | Buffer)[], headers: Record<string, string | number> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, body });
      });
    });
    req.on('error', (e) => { if (!answered) reject(e); });
    let k = 0;
    const next = () => {
      if (answered) return;
      if (k >= chunks.length) return void req.end();
      req.write(chunks[k++], () => setTimeout(next, 5));
    };
    next();
  });
}

test('bound to 127.0.0.1 by default', () => {
  assert.equal(server.host, '127.0.0.1');
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
});

test('an oversized body is refused with 413 JSON (declared length or chunked), and the server keeps serving', async () => {
  const big = Buffer.alloc(8 * 1024 * 1024, 'a');
  const declared = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
  assert.equal(declared.status, 413);
  assert.equal((await declared.json()).error.code, 'too_large');
  const chunk = Buffer.alloc(32 * 1024, 'b');
  const chunked = await send('POST', '/api/ask', [chunk, chunk, chunk, chunk]);
  assert.equal(chunked.status, 413);
  const health = await fetch(`${server.url}/api/health`);
  assert.equal(health.status, 200);
});

test('malformed JSON is a 400 JSON error', async () => {
  const r = await send('POST', '/api/ask', ['{"question": "What', ' happened?"']);
  assert.equal(r.status, 400);
  assert.equal(JSON.parse(r.body).error.code, 'bad_json');
});

test('closing lets a request in flight finish and refuses new connections', async () => {
  const other = await startServer({ db: join(dir, 'b.db'), port: 0 });
  const body = JSON.stringify({ question: 'Is anything stored yet?' });
  const inFlight = new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: other.port, method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      void closed;
      req.end(body.slice(10));
    }, 100);
  });
  await new Promise((r) => setTimeout(r, 30));
  const closed = other.close(5000);
  assert.equal(await inFlight, 200);
  await closed;
  await assert.rejects(fetch(`${other.url}/api/health`));
});
