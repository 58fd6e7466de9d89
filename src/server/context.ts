// What every route and middleware shares: the archive, the desk, users, caches and limits; and the Hono env type.
import type { HttpBindings } from '@hono/node-server';
import type { Store } from '../store/store.js';
import type { Desk, Editor, Session, Users } from '../desk/index.js';
import type { AskService } from './ask-service.js';
import type { ReadCache } from './read-cache.js';
import type { RateLimiter } from './middleware/rate-limit.js';

export interface ServerOptions {
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  readonly trustProxy?: boolean;
  /** Mark cookies Secure (serve over https, or behind a proxy that does). */
  readonly secureCookies?: boolean;
  /** Largest request body for most routes, bytes (default 64 KiB). */
  readonly maxBody?: number;
  /** Largest body when adding or generating from an article, bytes (default 6 MiB). */
  readonly maxArticleBody?: number;
  /** Questions answered from scratch per client per minute (default 60); answers from the cache are not counted. */
  readonly askPerMinute?: number;
  /** FAQ generations per client per minute (default 20). */
  readonly generatePerMinute?: number;
  /** Sign-in attempts per client per minute (default 10). */
  readonly loginPerMinute?: number;
}

export interface Limiters {
  readonly ask: RateLimiter;
  readonly generate: RateLimiter;
  readonly login: RateLimiter;
}

export interface ServerContext {
  readonly store: Store;
  readonly desk: Desk;
  readonly users: Users;
  readonly cache: ReadCache;
  readonly ask: AskService;
  readonly limiters: Limiters;
  readonly options: ServerOptions;
  readonly startedAt: number;
}

export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    editor?: Editor;
    /** Set when the editor came with a session cookie (not an API token). */
    session?: Session & { cookie: string };
  };
}
