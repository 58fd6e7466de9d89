// The HTTP application: the archive and the desk behind one Hono app. createServerContext wires the parts;
// createApp composes middleware and routes (public first, then editors').
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { Desk, Users, type DeskDb } from '../desk/index.js';
import type { AppEnv, ServerContext, ServerOptions } from './context.js';
import { AskService } from './ask-service.js';
import { ReadCache } from './read-cache.js';
import { notFound, onError } from './errors.js';
import { securityHeaders } from './middleware/security-headers.js';
import { bodyLimits } from './middleware/body-limit.js';
import { RateLimiter } from './middleware/rate-limit.js';
import { registerSystem } from './routes/system.js';
import { registerPublicApi } from './routes/api-public.js';
import { registerEditorApi } from './routes/api-editor.js';
import { registerPublicPages } from './routes/web-public.js';
import { registerAuth } from './routes/web-auth.js';
import { registerDeskPages } from './routes/web-desk.js';

export interface ServerParts extends ServerContext {
  /** Stop watching the database and stop the ask worker. */
  readonly dispose: () => Promise<void>;
}

/** The shared parts of a server over an open archive and its desk tables. */
export function createServerContext(store: Store, deskDb: DeskDb, options: ServerOptions = {}): ServerParts {
  const desk = new Desk(store, deskDb);
  const cache = new ReadCache();
  const ask = new AskService(store, desk, { db: store.location });
  desk.onPublicChange((id) => {
    cache.invalidate(id);
    ask.clear();
  });
  // Writes by any other connection (an ingest beside the server, the store's own connection) bump SQLite's
  // data_version as seen from this one: then everything rendered or answered from the archive is dropped.
  const version = deskDb.prepare('PRAGMA data_version').pluck();
  let seen = version.get();
  const timer = setInterval(() => {
    if (!deskDb.open) return;
    const now = version.get();
    if (now !== seen) {
      seen = now;
      cache.invalidate();
      ask.clear();
    }
  }, 1000);
  timer.unref();
  return {
    store,
    desk,
    users: new Users(deskDb),
    cache,
    ask,
    limiters: {
      ask: new RateLimiter(options.askPerMinute ?? 60, Math.max(10, Math.ceil((options.askPerMinute ?? 60) / 3))),
      generate: new RateLimiter(options.generatePerMinute ?? 20),
      login: new RateLimiter(options.loginPerMinute ?? 10, 5),
    },
    options,
    startedAt: Date.now(),
    dispose: async () => {
      clearInterval(timer);
      await ask.close();
    },
  };
}

export function createApp(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(notFound);
  app.use('*', securityHeaders());
  app.use('*', bodyLimits(ctx.options.maxBody, ctx.options.maxArticleBody));
  registerSystem(app, ctx);
  registerPublicApi(app, ctx);
  registerEditorApi(app, ctx);
  registerPublicPages(app, ctx);
  registerAuth(app, ctx);
  registerDeskPages(app, ctx);
  return app;
}
