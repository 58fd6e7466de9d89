// The HTTP API and pages through app.request (no socket): reading, asking, editing with a token or a session,
// refusals (401/403/4xx JSON), injection attempts, caching and security headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { openStore } from '../store/index.js';
import { openDeskDb, type DeskDb } from '../desk/index.js';
import type { Store } from '../store/store.js';
import { createApp, createServerContext, type ServerParts } from './app.js';

const example = readFileSync(new URL('../../examples/japan-asean-summit.txt', import.meta.url), 'utf8');
const hostile = readFileSync(new URL('../../test/fixtures/desk/harbour-festival.json', import.meta.url), 'utf8');

let dir: string;
let store: Store;
let deskDb: DeskDb;
let parts: ServerParts;
let app: ReturnType<typeof createApp>;
let token: string;
let exampleId: string;
let hostileId: string;

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
});
const auth = () => ({ authorization: `Bearer ${token}` });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfaq-server-'));
  store = openStore({ db: join(dir, 'a.db') });
  deskDb = openDeskDb(store.location);
  parts = createServerContext(store, deskDb, { askPerMinute: 30 });
  app = createApp(parts);
  await parts.users.add('alice', 'a long enough password', 4);
  token = parts.users.createToken('alice', 'tests');
  let r = await app.request('/api/articles', json({ text: example, source: 'japan-asean-summit.txt' }, auth()));
  assert.equal(r.status, 201, await r.clone().text());
  exampleId = (await r.json()).articles[0].id;
  r = await app.request('/api/articles', json({ text: hostile, format: 'json' }, auth()));
  assert.equal(r.status, 201, await r.clone().text());
  hostileId = (await r.json()).articles[0].id;
});

after(async () => {
  await parts.dispose();
  deskDb.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('health, OpenAPI and security headers', async () => {
  const r = await app.request('/api/health');
  assert.equal(r.status, 200);
  assert.equal((await r.json()).articles, 2);
  assert.match(r.headers.get('content-security-policy')!, /default-src 'none'; script-src 'self'/);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.headers.get('x-frame-options'), 'DENY');
  const o = await app.request('/openapi.json');
  assert.equal((await o.json()).openapi, '3.1.0');
});

test('every API route is described in the OpenAPI document', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  for (const r of app.routes) {
    if (!r.path.startsWith('/api/') || r.method === 'ALL') continue;
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    assert.ok(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.path} is not in openapi.json`);
  }
});

test('articles: list, search, fetch with sentence ids; unknown ids are 404 JSON', async () => {
  const list = await (await app.request('/api/articles?limit=5')).json();
  assert.equal(list.total, 2);
  const one = await (await app.request(`/api/articles/${exampleId}`)).json();
  assert.equal(one.article.date, '2023-12-17');
  assert.equal(one.sentences[0].id, 'p0s0');
  const s = await (await app.request('/api/search?q=maritime+security')).json();
  assert.equal(s.articles[0].articleId, exampleId);
  const missing = await app.request('/api/articles/nope');
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, 'not_found');
});

test('editing without signing in is refused: 401 without credentials or with a bad token', async () => {
  const edits: [string, string, unknown][] = [
    ['PATCH', `/api/articles/${exampleId}/pairs/1`, { status: 'approved' }],
    ['POST', `/api/articles/${exampleId}/pairs`, { question: 'What is ASEAN?', answer: 'x', evidence: ['p0s0'] }],
    ['PUT', `/api/articles/${exampleId}/pairs/order`, { order: [1] }],
    ['POST', `/api/articles/${exampleId}/publish`, {}],
    ['POST', `/api/articles/${exampleId}/regenerate`, {}],
    ['POST', '/api/articles', { text: example }],
    ['POST', '/api/faq', { text: example }],
  ];
  for (const [method, path, body] of edits) {
    for (const headers of [{}, { authorization: 'Bearer nfk_forged' }] as Record<string, string>[]) {
      const r = await app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      assert.equal(r.status, 401, `${method} ${path}`);
      assert.equal((await r.json()).error.code, 'unauthorized');
    }
  }
  assert.equal((await app.request(`/api/articles/${exampleId}/desk`)).status, 401);
  const page = await app.request(`/desk/articles/${exampleId}`);
  assert.equal(page.status, 303);
  assert.match(page.headers.get('location')!, /^\/login\?next=/);
  const form = await app.request(`/desk/articles/${exampleId}/publish`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'revision=1' });
  assert.equal(form.status, 401);
});

test('malformed JSON, wrong media type and oversized bodies are 4xx JSON', async () => {
  let r = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"question": ' });
  assert.equal(r.status, 400);
  assert.equal((await r.json()).error.code, 'bad_json');
  r = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
  assert.equal(r.status, 415);
  r = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
  assert.equal(r.status, 400);
  r = await app.request('/api/ask', json({ question: 'x'.repeat(70_000) }));
  assert.equal(r.status, 413);
  assert.equal((await r.json()).error.code, 'too_large');
  r = await app.request('/api/ask', json({ question: 42 }));
  assert.equal(r.status, 400);
  for (const asOf of ['2024-02-30', 'tomorrow', 20240101]) {
    r = await app.request('/api/ask', json({ question: 'Who won?', asOf }));
    assert.equal(r.status, 400);
    assert.match((await r.json()).error.message, /asOf must be a date/);
  }
  r = await app.request(`/api/articles/${exampleId}/pairs/1`, { method: 'PATCH', headers: { ...auth(), 'content-type': 'application/json' }, body: '{oops' });
  assert.equal(r.status, 400);
  r = await app.request('/api/articles', json({ text: '   ' }, auth()));
  assert.equal(r.status, 400);
  r = await app.request('/api/articles', json({ text: example, url: 'javascript:alert(1)' }, auth()));
  assert.equal(r.status, 400);
  assert.equal((await app.request('/api/health')).status, 200);
});

test('a session cookie edits only with its CSRF token and from this origin', async () => {
  const { cookie, csrf } = parts.users.createSession({ id: 1, name: 'alice' });
  const headers = { cookie: `nf_session=${cookie}`, 'content-type': 'application/json' };
  const body = JSON.stringify({ status: 'rejected' });
  const state = await (await app.request(`/api/articles/${exampleId}/desk`, { headers: auth() })).json();
  const last = state.pairs.at(-1).id as number;
  const path = `/api/articles/${exampleId}/pairs/${last}`;
  assert.equal((await app.request(path, { method: 'PATCH', headers, body })).status, 403);
  assert.equal((await app.request(path, { method: 'PATCH', headers: { ...headers, 'x-csrf-token': 'wrong' }, body })).status, 403);
  assert.equal((await app.request(path, { method: 'PATCH', headers: { ...headers, 'x-csrf-token': csrf, origin: 'http://evil.example' }, body })).status, 403);
  const ok = await app.request(path, { method: 'PATCH', headers: { ...headers, 'x-csrf-token': csrf, host: 'localhost' }, body });
  assert.equal(ok.status, 200, await ok.clone().text());
  // a form post needs the token in the form
  const form = (extra: string) => app.request(`/desk/articles/${exampleId}/pairs/${last}/status`, {
    method: 'POST', headers: { cookie: `nf_session=${cookie}`, 'content-type': 'application/x-www-form-urlencoded' }, body: `status=draft${extra}`,
  });
  assert.equal((await form('')).status, 403);
  const done = await form(`&_csrf=${encodeURIComponent(csrf)}`);
  assert.equal(done.status, 303);
  assert.ok(done.headers.get('location')!.endsWith(`m=draft#pair-${last}`));
});

test('signing in: CSRF-protected form, wrong password refused, session cookie HttpOnly', async () => {
  const page = await app.request('/login?next=/desk');
  const setCookie = page.headers.get('set-cookie')!;
  const token = /nf_login=([^;]+)/.exec(setCookie)![1];
  const html = await page.text();
  assert.ok(html.includes(`name="_csrf" value="${token}"`));
  const post = (body: string, cookie = `nf_login=${token}`) =>
    app.request('/login', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body });
  assert.equal((await post(`_csrf=${token}&name=alice&password=wrong-password`)).status, 401);
  assert.equal((await post(`_csrf=other&name=alice&password=a+long+enough+password`)).status, 403);
  assert.equal((await post(`_csrf=${token}&name=alice&password=a+long+enough+password`, '')).status, 403);
  const ok = await post(`_csrf=${token}&name=alice&password=a+long+enough+password&next=//evil.example/`);
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), '/desk');
  assert.match(ok.headers.get('set-cookie')!, /nf_session=[^;]+;.*HttpOnly/i);
  assert.match(ok.headers.get('set-cookie')!, /SameSite=Lax/i);
});

test('desk API: edit (verifier flag), approve (override for flagged), add, reorder, regenerate keeps work, publish', async () => {
  const h = { ...auth(), 'content-type': 'application/json' };
  let state = await (await app.request(`/api/articles/${exampleId}/desk`, { headers: auth() })).json();
  const [p1, p2, p3] = state.pairs;
  // an edit the evidence does not support is flagged, and approving it needs override
  let r = await app.request(`/api/articles/${exampleId}/pairs/${p2.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ answer: 'Japan annexed Malaysia in 2021.' }) });
  const flagged = (await r.json()).pair;
  assert.ok(flagged.flag, 'edited answer flagged');
  assert.equal(flagged.edited, true);
  r = await app.request(`/api/articles/${exampleId}/pairs/${p2.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ status: 'approved' }) });
  assert.equal(r.status, 409);
  assert.equal((await r.json()).error.code, 'flagged');
  r = await app.request(`/api/articles/${exampleId}/pairs/${p2.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ answer: p2.answer }) });
  assert.equal((await r.json()).pair.flag, undefined);
  for (const p of [p1, p2]) {
    r = await app.request(`/api/articles/${exampleId}/pairs/${p.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ status: 'approved' }) });
    assert.equal(r.status, 200);
  }
  r = await app.request(`/api/articles/${exampleId}/pairs/${p3.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ status: 'rejected' }) });
  // a stale revision is a conflict
  r = await app.request(`/api/articles/${exampleId}/pairs/${p1.id}`, { method: 'PATCH', headers: { ...h, 'if-match': '"1"' }, body: JSON.stringify({ question: 'When did the leaders meet in Tokyo?' }) });
  assert.equal(r.status, 409);
  // evidence must exist
  r = await app.request(`/api/articles/${exampleId}/pairs`, { method: 'POST', headers: h, body: JSON.stringify({ question: 'How many projects are in the plan?', answer: '130 projects.', evidence: ['p99s0'] }) });
  assert.equal(r.status, 400);
  r = await app.request(`/api/articles/${exampleId}/pairs`, { method: 'POST', headers: h, body: JSON.stringify({ question: 'How many projects are in the plan?', answer: '130 projects.', evidence: 'p3s0', kind: 'figure' }) });
  assert.equal(r.status, 201);
  const added = (await r.json()).pair;
  assert.equal(added.origin, 'manual');
  assert.equal(added.flag, undefined);
  await app.request(`/api/articles/${exampleId}/pairs/${added.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ status: 'approved' }) });
  r = await app.request(`/api/articles/${exampleId}/pairs/order`, { method: 'PUT', headers: h, body: JSON.stringify({ order: [added.id, p2.id] }) });
  state = await r.json();
  assert.deepEqual(state.pairs.slice(0, 3).map((p: { id: number }) => p.id), [added.id, p2.id, p1.id]);

  r = await app.request(`/api/articles/${exampleId}/regenerate`, { method: 'POST', headers: h, body: JSON.stringify({ count: 12 }) });
  const regen = await r.json();
  const approvedAfter = regen.state.pairs.filter((p: { status: string }) => p.status === 'approved').map((p: { id: number }) => p.id);
  assert.deepEqual(approvedAfter, [added.id, p2.id, p1.id]);
  assert.ok(regen.state.pairs.some((p: { id: number; status: string }) => p.id === p3.id && p.status === 'rejected'), 'rejected pair kept');
  const questions = regen.state.pairs.map((p: { question: string }) => p.question.toLowerCase());
  assert.equal(new Set(questions).size, questions.length, 'no question twice');

  assert.equal((await app.request(`/api/articles/${exampleId}/faq`)).status, 404);
  r = await app.request(`/api/articles/${exampleId}/publish`, { method: 'POST', headers: auth() });
  assert.equal(r.status, 200);
  const faq = await (await app.request(`/api/articles/${exampleId}/faq`)).json();
  assert.equal(faq.engine, 'desk');
  assert.deepEqual(faq.pairs.map((p: { question: string }) => p.question), regen.state.pairs.filter((p: { status: string }) => p.status === 'approved').map((p: { question: string }) => p.question));
  const htmlExport = await (await app.request(`/api/articles/${exampleId}/faq?format=html`)).text();
  assert.match(htmlExport, /"@type":"FAQPage"/);
  assert.match(htmlExport, /"@type":"NewsArticle","datePublished":"2023-12-17"/);
  const md = await (await app.request(`/api/articles/${exampleId}/faq?format=md`)).text();
  assert.match(md, /^### How many projects are in the plan\?$/m);
  const history = await (await app.request(`/api/articles/${exampleId}/history`, { headers: auth() })).json();
  assert.deepEqual([...new Set(history.history.map((e: { action: string }) => e.action))].sort(), ['add', 'edit', 'publish', 'regenerate', 'reorder', 'seed', 'status']);
  // the reader page shows the published pairs and their JSON-LD; it is cached with an ETag
  const reader = await app.request(`/articles/${exampleId}`);
  const etag = reader.headers.get('etag')!;
  assert.match(await reader.text(), /How many projects are in the plan\?/);
  assert.equal((await app.request(`/articles/${exampleId}`, { headers: { 'if-none-match': etag } })).status, 304);
});

test('injection attempts in article text, questions and answers render inert', async () => {
  const h = { ...auth(), 'content-type': 'application/json' };
  const evil = "What did the band </script><script>alert('q')</script> <img src=x onerror=alert(1)> do?";
  let r = await app.request(`/api/articles/${hostileId}/pairs`, { method: 'POST', headers: h, body: JSON.stringify({ question: evil, answer: 'It opened the main stage on Friday evening "><svg onload=alert(2)>.', evidence: ['p1s0'] }) });
  assert.equal(r.status, 201);
  const pair = (await r.json()).pair;
  await app.request(`/api/articles/${hostileId}/pairs/${pair.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ status: 'approved', override: true }) });
  r = await app.request(`/api/articles/${hostileId}/publish`, { method: 'POST', headers: auth() });
  assert.equal(r.status, 200);
  for (const path of [`/articles/${hostileId}`, `/api/articles/${hostileId}/faq?format=html`]) {
    const page = await (await app.request(path)).text();
    // parsed as a browser would: the only scripts are the JSON-LD block and our own file; no injected element or handler
    const { document } = parseHTML(page.startsWith('<!doctype') ? page : `<!doctype html><html><body>${page}</body></html>`);
    const scripts = [...document.querySelectorAll('script')].map((s) => s.getAttribute('type') ?? s.getAttribute('src'));
    assert.ok(scripts.every((s) => s === 'application/ld+json' || /^\/static\/reader\.js\?v=[\w-]+$/.test(s ?? '')), scripts.join(' '));
    assert.equal(document.querySelectorAll('img, svg, iframe, object').length, 0);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) assert.ok(!/^on/i.test(attr.name), `handler ${attr.name} on <${el.tagName}>`);
    }
    assert.equal(document.querySelectorAll('a[href^="javascript:"]').length, 0);
    const ld = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(page)![1];
    assert.ok(!ld.includes('<'), 'JSON-LD cannot close its block');
    const graph = JSON.parse(ld)['@graph'] ?? [JSON.parse(ld)];
    const faqNode = graph.find((n: { '@type': string }) => n['@type'] === 'FAQPage');
    assert.equal(faqNode.mainEntity.at(-1).name, evil);
  }
  const desk = await (await app.request(`/desk/articles/${hostileId}`, { headers: { cookie: `nf_session=${parts.users.createSession({ id: 1, name: 'alice' }).cookie}` } })).text();
  assert.ok(desk.includes('Harbour festival &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;'));
  assert.ok(!/<script>alert/.test(desk));
});

test('ask: one article or the archive, with citations; repeated questions come from the cache; rate-limited', async () => {
  let r = await app.request('/api/ask', json({ question: 'Who did Prime Minister Kishida conclude an agreement with?', articleId: exampleId }));
  let a = await r.json();
  assert.equal(a.scope, 'article');
  assert.match(a.answer, /Anwar Ibrahim/);
  assert.equal(a.evidence[0].id, 'p5s1');
  r = await app.request(`/api/ask?q=${encodeURIComponent('How much was the festival budget?')}`);
  a = await r.json();
  assert.equal(a.scope, 'archive');
  assert.equal(a.article.id, hostileId);
  assert.match(a.answer, /2\.4 million euros/);
  assert.equal((await app.request('/api/ask', json({ question: 'What?', articleId: 'nope' }))).status, 404);
  // the same question again and again is answered from the cache and never limited
  for (let k = 0; k < 50; k++) assert.equal((await app.request('/api/ask', json({ question: 'How much was the festival budget?' }))).status, 200);
  // new questions are counted: the burst (10) then 429 with Retry-After
  let limited: Response | undefined;
  for (let k = 0; k < 20 && !limited; k++) {
    const x = await app.request('/api/ask', json({ question: `Did the festival have ${k} stages?` }));
    if (x.status === 429) limited = x;
  }
  assert.ok(limited, 'rate limited');
  assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  assert.equal((await limited.json()).error.code, 'rate_limited');
});

test('generate an FAQ for a posted article without storing it', async () => {
  const before = (await store.counts()).articles;
  const r = await app.request('/api/faq?format=md', json({ text: 'date 2024-03-01\nCity opens bridge\n\nThe city of Leeds opened a new footbridge over the river on Friday. The bridge cost 12 million pounds and took two years to build.', count: 2 }, auth()));
  assert.equal(r.status, 200, await r.clone().text());
  assert.match(await r.text(), /^### .+\?$/m);
  assert.equal((await store.counts()).articles, before);
});

test('unknown paths: 404 JSON for the API, an HTML page elsewhere', async () => {
  const api = await app.request('/api/nothing');
  assert.equal(api.status, 404);
  assert.equal((await api.json()).error.code, 'not_found');
  const page = await app.request('/nothing<script>');
  assert.equal(page.status, 404);
  assert.ok(!(await page.text()).includes('<script>'));
});
