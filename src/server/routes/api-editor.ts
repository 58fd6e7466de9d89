// The editors' API: add articles, generate an FAQ without storing it, and every desk action on an article's FAQ.
// All of it needs an editor (API token, or session cookie plus CSRF token).
import type { Context, Hono } from 'hono';
import type { AppEnv, ServerContext } from '../context.js';
import { readArticles } from '../../article/index.js';
import { generateFaq } from '../../faq/generate.js';
import { PAIR_STATUSES, type PairStatus } from '../../desk/model.js';
import { ApiError, jsonBody } from '../errors.js';
import { loadEditor, requireEditor } from '../middleware/auth.js';
import { clientKey } from '../middleware/rate-limit.js';
import { addArticles, documentOf } from '../add-article.js';
import { exportFormat, intParam, renderExport } from './api-public.js';

/** The revision the client saw: If-Match ("5" or 5) or `revision` in the body. */
export function expectedRevision(c: Context, body?: Record<string, unknown>): number | undefined {
  const raw = c.req.header('if-match')?.replace(/^W\//, '').replace(/"/g, '') ?? body?.revision;
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new ApiError(400, 'invalid', 'revision must be a whole number');
  return n;
}

export function pairIdParam(c: Context): number {
  const n = Number(c.req.param('pairId'));
  if (!Number.isSafeInteger(n) || n <= 0) throw new ApiError(404, 'not_found', 'no such pair');
  return n;
}

export function registerEditorApi(app: Hono<AppEnv>, ctx: ServerContext): void {
  const editor = [loadEditor(ctx), requireEditor()] as const;
  const who = (c: Context<AppEnv>) => c.get('editor')!.name;

  app.post('/api/articles', ...editor, async (c) => {
    const added = await addArticles(ctx.store, await jsonBody(c));
    const first = added[0];
    if (first) c.header('location', `/api/articles/${encodeURIComponent(first.id)}`);
    return c.json({ articles: added.map((a) => ({ ...a, url: `/api/articles/${encodeURIComponent(a.id)}` })) }, added.some((a) => a.status !== 'unchanged') ? 201 : 200);
  });

  // Generate an FAQ for a posted article without storing anything.
  app.post('/api/faq', ...editor, async (c) => {
    const t = ctx.limiters.generate.take(`${clientKey(c, ctx.options.trustProxy)}|${who(c)}`);
    if (!t.ok) throw new ApiError(429, 'rate_limited', 'too many FAQ generations; wait a moment', { retryAfter: t.retryAfter });
    const body = await jsonBody(c);
    const format = exportFormat(c.req.query('format') ?? (typeof body.output === 'string' ? body.output : undefined));
    const count = body.count === undefined ? undefined : intParam(String(body.count), 'count', 0, 1, 50);
    const doc = documentOf(body);
    const [article] = readArticles(doc.bytes, { format: doc.format, source: doc.source === '-' ? undefined : doc.source });
    const { text, type } = renderExport(generateFaq(article, { count }), format);
    return c.body(text, 200, { 'content-type': type, 'cache-control': 'no-store' });
  });

  app.get('/api/articles/:id/desk', ...editor, async (c) => {
    const state = await ctx.desk.state(c.req.param('id'));
    c.header('etag', `"${state.revision}"`);
    return c.json(state);
  });

  app.get('/api/articles/:id/history', ...editor, async (c) => {
    const id = c.req.param('id');
    await ctx.desk.state(id);
    return c.json({ articleId: id, history: ctx.desk.history(id, intParam(c.req.query('limit'), 'limit', 200, 1, 1000)) });
  });

  // The approved pairs as they would be published now (the desk's export and copy-to-clipboard).
  app.get('/api/articles/:id/faq/draft', ...editor, async (c) => {
    const { text, type } = renderExport(await ctx.desk.approvedFaq(c.req.param('id')), exportFormat(c.req.query('format')));
    return c.body(text, 200, { 'content-type': type, 'cache-control': 'no-store' });
  });

  app.patch('/api/articles/:id/pairs/:pairId', ...editor, async (c) => {
    const id = c.req.param('id');
    const pairId = pairIdParam(c);
    const body = await jsonBody(c);
    const revision = expectedRevision(c, body);
    const fields = ['question', 'answer', 'evidence', 'kind'] as const;
    if (!fields.some((f) => body[f] !== undefined) && body.status === undefined) {
      throw new ApiError(400, 'invalid', 'send at least one of question, answer, evidence, kind or status');
    }
    let pair;
    if (fields.some((f) => body[f] !== undefined)) {
      pair = await ctx.desk.editPair(id, pairId, { question: body.question as string, answer: body.answer as string, evidence: body.evidence as string[], kind: body.kind as never }, who(c), { revision });
    }
    if (body.status !== undefined) {
      if (!(PAIR_STATUSES as readonly unknown[]).includes(body.status)) throw new ApiError(400, 'invalid', `status must be one of ${PAIR_STATUSES.join(', ')}`);
      pair = await ctx.desk.setStatus(id, pairId, body.status as PairStatus, who(c), { revision: pair ? undefined : revision, override: body.override === true });
    }
    const state = await ctx.desk.state(id);
    return c.json({ pair, revision: state.revision });
  });

  app.post('/api/articles/:id/pairs', ...editor, async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    const pair = await ctx.desk.addPair(id, { question: body.question as string, answer: body.answer as string, evidence: body.evidence as string[], kind: body.kind as never }, who(c), { revision: expectedRevision(c, body) });
    return c.json({ pair, revision: (await ctx.desk.state(id)).revision }, 201);
  });

  app.put('/api/articles/:id/pairs/order', ...editor, async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    if (!Array.isArray(body.order) || body.order.some((x) => !Number.isSafeInteger(x))) throw new ApiError(400, 'invalid', 'order must be a list of pair ids');
    await ctx.desk.reorder(id, body.order as number[], who(c), { revision: expectedRevision(c, body) });
    return c.json(await ctx.desk.state(id));
  });

  app.post('/api/articles/:id/regenerate', ...editor, async (c) => {
    const t = ctx.limiters.generate.take(`${clientKey(c, ctx.options.trustProxy)}|${who(c)}`);
    if (!t.ok) throw new ApiError(429, 'rate_limited', 'too many FAQ generations; wait a moment', { retryAfter: t.retryAfter });
    const id = c.req.param('id');
    const body = c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : await jsonBody(c);
    const count = body.count === undefined ? undefined : intParam(String(body.count), 'count', 0, 1, 50);
    const merged = await ctx.desk.regenerate(id, who(c), { count, revision: expectedRevision(c, body) });
    return c.json({ merged, state: await ctx.desk.state(id) });
  });

  app.post('/api/articles/:id/publish', ...editor, async (c) => {
    const id = c.req.param('id');
    const body = c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : await jsonBody(c);
    const faq = await ctx.desk.publish(id, who(c), { revision: expectedRevision(c, body) });
    return c.json({ published: faq, url: `/articles/${encodeURIComponent(id)}` });
  });
}
