// The public API: list, search and read articles, the published FAQ and its exports, and readers' questions.
import type { Context, Hono } from 'hono';
import type { AppEnv, ServerContext } from '../context.js';
import type { Faq } from '../../types.js';
import { renderHtml, renderJson, renderMarkdown } from '../../render/index.js';
import { ApiError, jsonBody } from '../errors.js';
import { cacheKey, cachedBody, sendCached } from '../read-cache.js';
import { cleanQuestion } from '../ask-service.js';
import { isIsoDay } from '../../ask/archive.js';
import { clientKey } from '../middleware/rate-limit.js';
import { safeUrl } from '../../web/html.js';

export const EXPORT_FORMATS = ['json', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportFormat(value: string | undefined): ExportFormat {
  const f = value ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new ApiError(400, 'invalid', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
  return f as ExportFormat;
}

/** An FAQ in an export format: JSON (the documented schema), Markdown, or the HTML fragment with FAQPage and NewsArticle JSON-LD. */
export function renderExport(faq: Faq, format: ExportFormat): { text: string; type: string } {
  switch (format) {
    case 'json': return { text: renderJson(faq), type: 'application/json; charset=utf-8' };
    case 'md': return { text: renderMarkdown(faq), type: 'text/markdown; charset=utf-8' };
    case 'html': {
      const a = faq.article;
      return { text: renderHtml(faq, { article: { title: a.title, date: a.date, url: safeUrl(a.url) }, newsArticle: true }), type: 'text/html; charset=utf-8' };
    }
  }
}

export function intParam(value: string | undefined, name: string, dflt: number, min: number, max: number): number {
  if (value === undefined || value === '') return dflt;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ApiError(400, 'invalid', `${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export function registerPublicApi(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/api/articles', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 20, 1, 200);
    const offset = intParam(c.req.query('offset'), 'offset', 0, 0, 1e9);
    const search = c.req.query('q')?.slice(0, 200) || undefined;
    const page = await ctx.store.listArticles({ limit, offset, search, source: c.req.query('source') || undefined });
    const desk = ctx.desk.summaries(page.items.map((a) => a.id));
    return c.json({ ...page, items: page.items.map((a) => ({ ...a, published: !!desk.get(a.id)?.published })) });
  });

  app.get('/api/search', async (c) => {
    const q = c.req.query('q')?.slice(0, 200);
    if (!q?.trim()) throw new ApiError(400, 'invalid', 'q (the words to search for) is required');
    const limit = intParam(c.req.query('limit'), 'limit', 20, 1, 100);
    const [articles, pairs] = await Promise.all([ctx.store.searchArticles(q, { limit }), ctx.store.searchPairs(q, { limit })]);
    return c.json({ query: q, articles, pairs: pairs.filter((p) => p.engine === 'desk') });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const entry = await ctx.cache.get(cacheKey(id, 'article'), async () => {
      const stored = await ctx.store.getArticle(id);
      if (!stored) return null;
      const sentences = (await ctx.store.getSentences(id)) ?? [];
      const published = ctx.desk.published(id);
      return cachedBody(JSON.stringify({ article: stored.article, sentences, addedAt: stored.addedAt, updatedAt: stored.updatedAt, published: !!published }), 'application/json; charset=utf-8');
    });
    if (!entry) throw new ApiError(404, 'not_found', `no article "${id.slice(0, 100)}" in the archive`);
    return sendCached(c, entry);
  });

  // The read path: the published FAQ, rendered once per publication.
  app.get('/api/articles/:id/faq', async (c) => {
    const id = c.req.param('id');
    const format = exportFormat(c.req.query('format'));
    const entry = await ctx.cache.get(cacheKey(id, `faq.${format}`), async () => {
      const faq = ctx.desk.published(id);
      if (!faq) return null;
      const { text, type } = renderExport(faq, format);
      return cachedBody(text, type);
    });
    if (!entry) {
      if (!(await ctx.store.getArticle(id))) throw new ApiError(404, 'not_found', `no article "${id.slice(0, 100)}" in the archive`);
      throw new ApiError(404, 'not_published', 'the editors have not published an FAQ for this article yet');
    }
    return sendCached(c, entry);
  });

  const ask = async (c: Context<AppEnv>, question: unknown, articleId: unknown, asOf: unknown): Promise<Response> => {
    const q = cleanQuestion(question);
    if (articleId !== undefined && (typeof articleId !== 'string' || !articleId || articleId.length > 200)) {
      throw new ApiError(400, 'invalid', 'articleId must be an article id');
    }
    if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDay(asOf))) throw new ApiError(400, 'invalid', 'asOf must be a date, YYYY-MM-DD');
    const id = articleId as string | undefined;
    const day = asOf as string | undefined;
    const json = ctx.ask.cached(q, id, day) ?? (await askFresh(c, ctx, q, id, day));
    return c.body(json, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  };
  app.post('/api/ask', async (c) => {
    const body = await jsonBody(c);
    return ask(c, body.question, body.articleId, body.asOf);
  });
  app.get('/api/ask', (c) => ask(c, c.req.query('q') ?? '', c.req.query('article'), c.req.query('asOf')));
}

/** A question not answered before: counted against the client's rate, then answered. */
export async function askFresh(c: Context<AppEnv>, ctx: ServerContext, question: string, articleId?: string, asOf?: string): Promise<string> {
  const t = ctx.limiters.ask.take(clientKey(c, ctx.options.trustProxy));
  if (!t.ok) throw new ApiError(429, 'rate_limited', 'too many questions; wait a moment and ask again', { retryAfter: t.retryAfter });
  return ctx.ask.answer(question, articleId, asOf);
}
