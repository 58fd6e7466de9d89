// The editors' desk pages: every action is a plain form post (CSRF token, revision) answered by a redirect back to
// the article at the pair it touched, or by the page again with the error.
import type { Context, Hono } from 'hono';
import type { AppEnv, ServerContext } from '../context.js';
import { DeskError, PAIR_STATUSES, type PairStatus } from '../../desk/model.js';
import { deskArticlePage } from '../../web/pages/desk-article.js';
import { deskListPage } from '../../web/pages/desk-list.js';
import { renderExport, intParam } from './api-public.js';
import { ApiError, toApiError } from '../errors.js';
import { loadEditor, requireEditorPage } from '../middleware/auth.js';
import { clientKey } from '../middleware/rate-limit.js';
import { addArticles } from '../add-article.js';

const NOTICES: Record<string, string> = {
  saved: 'Saved. The verifier checked the new wording against its evidence.',
  flagged: 'Saved, but the verifier does not find the answer in the cited sentences: see the flag.',
  approved: 'Approved.',
  rejected: 'Rejected.',
  draft: 'Returned to draft.',
  added: 'Pair added.',
  moved: 'Order changed.',
  regenerated: 'Regenerated: approved, edited, hand-added and rejected pairs were kept.',
  published: 'Published. Readers now see the approved pairs.',
  article: 'Article added; its FAQ draft is below.',
};

type Form = Record<string, string>;

async function formOf(c: Context): Promise<Form> {
  const body = await c.req.parseBody();
  const out: Form = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

const revisionOf = (f: Form): number | undefined => (f.revision && /^\d+$/.test(f.revision) ? Number(f.revision) : undefined);

export function registerDeskPages(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.use('/desk', loadEditor(ctx), requireEditorPage());
  app.use('/desk/*', loadEditor(ctx), requireEditorPage());
  const who = (c: Context<AppEnv>) => c.get('editor')!.name;
  const csrf = (c: Context<AppEnv>) => c.get('session')?.csrf ?? '';
  const articleUrl = (id: string, notice?: string, pairId?: number) =>
    `/desk/articles/${encodeURIComponent(id)}${notice ? `?m=${notice}` : ''}${pairId ? `#pair-${pairId}` : ''}`;

  const listPage = async (c: Context<AppEnv>, error?: string, status: 200 | 400 | 413 | 422 = 200) => {
    const limit = 50;
    const offset = intParam(c.req.query('offset'), 'offset', 0, 0, 1e9);
    const q = c.req.query('q')?.slice(0, 200) || undefined;
    const page = await ctx.store.listArticles({ limit, offset, search: q });
    c.header('cache-control', 'no-store');
    return c.html(deskListPage({ editor: c.get('editor')!, csrf: csrf(c), ...page, summaries: ctx.desk.summaries(page.items.map((a) => a.id)), q, offset, limit, error }), status);
  };

  const articlePage = async (c: Context<AppEnv>, id: string, opts: { notice?: string; error?: string; status?: 200 | 400 | 404 | 409 } = {}) => {
    const state = await ctx.desk.state(id);
    const approved = await ctx.desk.approvedFaq(id);
    c.header('cache-control', 'no-store');
    return c.html(deskArticlePage({
      editor: c.get('editor')!,
      csrf: csrf(c),
      state,
      history: ctx.desk.history(id, 100),
      publishable: approved.pairs.length ? renderExport(approved, 'html').text : '<!-- approve pairs to publish them -->',
      notice: opts.notice,
      error: opts.error,
    }), opts.status ?? 200);
  };

  /** Run a desk action from a form; a refused change shows the page again with the reason. */
  const act = (action: (c: Context<AppEnv>, id: string, form: Form) => Promise<string>) => async (c: Context<AppEnv>) => {
    const id = c.req.param('id')!;
    const form = await formOf(c);
    try {
      return c.redirect(await action(c, id, form), 303);
    } catch (e) {
      const err = toApiError(e);
      if (!(e instanceof DeskError || e instanceof ApiError) || err.status >= 500 || err.code === 'not_found') throw e;
      return articlePage(c, id, { error: err.message, status: err.status as 400 | 409 });
    }
  };

  app.get('/desk', (c) => listPage(c));

  app.post('/desk/articles', async (c) => {
    const form = await formOf(c);
    try {
      const [first] = await addArticles(ctx.store, { text: form.text, title: form.title, date: form.date });
      return c.redirect(articleUrl(first.id, 'article'), 303);
    } catch (e) {
      const err = toApiError(e);
      if (err.status >= 500) throw e;
      return listPage(c, `The article could not be added: ${err.message}`, err.status as 400);
    }
  });

  app.get('/desk/articles/:id', (c) => {
    const m = c.req.query('m');
    return articlePage(c, c.req.param('id'), { notice: m && Object.hasOwn(NOTICES, m) ? NOTICES[m] : undefined });
  });

  app.post('/desk/articles/:id/pairs/:pairId/edit', act(async (c, id, f) => {
    const pairId = Number(c.req.param('pairId'));
    const pair = await ctx.desk.editPair(id, pairId, { question: f.question, answer: f.answer, evidence: f.evidence ?? '' }, who(c), { revision: revisionOf(f) });
    return articleUrl(id, pair.flag ? 'flagged' : 'saved', pairId);
  }));

  app.post('/desk/articles/:id/pairs/:pairId/status', act(async (c, id, f) => {
    const pairId = Number(c.req.param('pairId'));
    if (!(PAIR_STATUSES as readonly string[]).includes(f.status)) throw new ApiError(400, 'invalid', 'unknown status');
    await ctx.desk.setStatus(id, pairId, f.status as PairStatus, who(c), { revision: revisionOf(f), override: f.override === '1' });
    return articleUrl(id, f.status, pairId);
  }));

  app.post('/desk/articles/:id/pairs/:pairId/move', act(async (c, id, f) => {
    const pairId = Number(c.req.param('pairId'));
    await ctx.desk.move(id, pairId, f.direction === 'up' ? 'up' : 'down', who(c), { revision: revisionOf(f) });
    return articleUrl(id, 'moved', pairId);
  }));

  app.post('/desk/articles/:id/pairs', act(async (c, id, f) => {
    const pair = await ctx.desk.addPair(id, { question: f.question, answer: f.answer, evidence: f.evidence ?? '', kind: (f.kind || undefined) as never }, who(c), { revision: revisionOf(f) });
    return articleUrl(id, pair.flag ? 'flagged' : 'added', pair.id);
  }));

  app.post('/desk/articles/:id/regenerate', act(async (c, id, f) => {
    const t = ctx.limiters.generate.take(`${clientKey(c, ctx.options.trustProxy)}|${who(c)}`);
    if (!t.ok) throw new ApiError(429, 'rate_limited', `too many regenerations; wait ${t.retryAfter} s`);
    const count = f.count ? intParam(f.count, 'count', 0, 1, 50) : undefined;
    await ctx.desk.regenerate(id, who(c), { count, revision: revisionOf(f) });
    return articleUrl(id, 'regenerated');
  }));

  app.post('/desk/articles/:id/publish', act(async (c, id, f) => {
    await ctx.desk.publish(id, who(c), { revision: revisionOf(f) });
    return articleUrl(id, 'published');
  }));
}
