// Public pages: the front page (articles, search, ask the archive) and each article's reader page. The reader
// page is the same for everyone, so it is rendered once per publication and served from the cache.
import type { Context, Hono } from 'hono';
import type { AppEnv, ServerContext } from '../context.js';
import { homePage } from '../../web/pages/home.js';
import { readerPage } from '../../web/pages/reader.js';
import type { AskJson } from '../../web/pages/ask-result.js';
import { ApiError, toApiError } from '../errors.js';
import { cacheKey, cachedBody, sendCached } from '../read-cache.js';
import { cleanQuestion } from '../ask-service.js';
import { askFresh, intParam } from './api-public.js';

/** A question asked through a plain form (no script): the answer, or the reason there is none. */
async function formAnswer(c: Context<AppEnv>, ctx: ServerContext, raw: string, articleId?: string) {
  try {
    const question = cleanQuestion(raw);
    const json = ctx.ask.cached(question, articleId) ?? (await askFresh(c, ctx, question, articleId));
    return { question, answer: JSON.parse(json) as AskJson };
  } catch (e) {
    return { question: raw.slice(0, 500), error: toApiError(e).message };
  }
}

export function registerPublicPages(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/', async (c) => {
    const limit = 25;
    const offset = intParam(c.req.query('offset'), 'offset', 0, 0, 1e9);
    const q = c.req.query('q')?.slice(0, 200) || undefined;
    const page = await ctx.store.listArticles({ limit, offset, search: q });
    const summaries = ctx.desk.summaries(page.items.map((a) => a.id));
    const published = new Set([...summaries].filter(([, s]) => s.published).map(([id]) => id));
    const askQ = c.req.query('ask');
    const ask = askQ ? await formAnswer(c, ctx, askQ) : undefined;
    c.header('cache-control', 'no-cache');
    return c.html(homePage({ ...page, q, offset, limit, published, ask }));
  });

  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const q = c.req.query('q');
    const render = async (ask?: Awaited<ReturnType<typeof formAnswer>>) => {
      const stored = await ctx.store.getArticle(id);
      if (!stored) return null;
      const a = stored.article;
      return readerPage({
        article: { id: a.id, title: a.title, date: a.date, url: a.url },
        sentences: (await ctx.store.getSentences(id)) ?? [],
        faq: ctx.desk.published(id),
        ask,
      });
    };
    if (q) {
      const text = await render(await formAnswer(c, ctx, q, id));
      if (text === null) throw new ApiError(404, 'not_found', 'no such article');
      c.header('cache-control', 'no-store');
      return c.html(text);
    }
    const entry = await ctx.cache.get(cacheKey(id, 'reader'), async () => {
      const text = await render();
      return text === null ? null : cachedBody(text, 'text/html; charset=utf-8');
    });
    if (!entry) throw new ApiError(404, 'not_found', 'no such article');
    return sendCached(c, entry);
  });
}
