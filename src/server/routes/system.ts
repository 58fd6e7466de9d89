// Health, the OpenAPI description and static assets: public, cheap, no session.
import type { Hono } from 'hono';
import type { AppEnv, ServerContext } from '../context.js';
import { VERSION } from '../../version.js';
import { ASSETS } from '../../web/assets/index.js';
import { openApiDocument } from '../openapi.js';

export function registerSystem(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/api/health', async (c) => {
    const counts = await ctx.store.counts();
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok', version: VERSION, store: ctx.store.kind, articles: counts.articles, uptimeS: Math.round((Date.now() - ctx.startedAt) / 1000) });
  });

  const openapi = JSON.stringify(openApiDocument(), null, 2);
  app.get('/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }));

  app.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'public, max-age=86400' }));

  app.get('/static/:name', (c) => {
    const asset = Object.hasOwn(ASSETS, c.req.param('name')) ? ASSETS[c.req.param('name')] : undefined;
    if (!asset) return c.notFound();
    const versioned = c.req.query('v') === asset.hash;
    return c.body(asset.body as unknown as ArrayBuffer, 200, {
      'content-type': asset.type,
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: `"${asset.hash}"`,
    });
  });
}
