// Who is asking: an editor by API token (Authorization: Bearer nfk_...) or by session cookie, else nobody.
// Editing routes require an editor; a session-cookie request that changes something must also carry the
// session's CSRF token (csrf.ts). Token requests carry no ambient credentials and need none.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { checkCsrf } from './csrf.js';

export const SESSION_COOKIE = 'nf_session';

/** Reads the token or session, if any; never refuses. Only mounted on routes that need to know. */
export function loadEditor(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const auth = c.req.header('authorization');
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const editor = m ? ctx.users.byToken(m[1]) : undefined;
      if (!editor) throw new ApiError(401, 'unauthorized', 'the API token is not valid');
      c.set('editor', editor);
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      const session = cookie ? ctx.users.session(cookie) : undefined;
      if (session && cookie) {
        c.set('editor', session.editor);
        c.set('session', { ...session, cookie });
      }
    }
    await next();
  };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** API routes that change things: 401 without an editor, 403 without the CSRF token on a cookie session. */
export function requireEditor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('editor')) {
      c.header('www-authenticate', 'Bearer realm="newsfaq"');
      throw new ApiError(401, 'unauthorized', 'sign in as an editor or send an API token (Authorization: Bearer ...)');
    }
    await requireCsrf(c);
    await next();
  };
}

/** Desk pages: signed-out visitors are sent to the sign-in page. */
export function requireEditorPage(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('editor')) {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw new ApiError(401, 'unauthorized', 'sign in first');
      const here = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(here.pathname + here.search)}`, 303);
    }
    await requireCsrf(c);
    await next();
  };
}

async function requireCsrf(c: Context<AppEnv>): Promise<void> {
  const session = c.get('session');
  if (!session || !UNSAFE.has(c.req.method)) return;
  if (!(await checkCsrf(c, session.csrf))) throw new ApiError(403, 'csrf', 'missing or wrong CSRF token (reload the page and try again)');
}
