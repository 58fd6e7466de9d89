// Signing in and out. The sign-in form carries a CSRF token doubled in a cookie (there is no session yet);
// attempts are rate-limited per client and a failure says only that name or password is wrong.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, ServerContext } from '../context.js';
import { randomToken, sameSecret, SESSION_HOURS } from '../../desk/users.js';
import { localPath } from '../../web/html.js';
import { loginPage } from '../../web/pages/login.js';
import { ApiError } from '../errors.js';
import { SESSION_COOKIE, loadEditor, requireEditor } from '../middleware/auth.js';
import { sameOrigin } from '../middleware/csrf.js';
import { clientKey } from '../middleware/rate-limit.js';

const LOGIN_COOKIE = 'nf_login';

export function registerAuth(app: Hono<AppEnv>, ctx: ServerContext): void {
  const secure = ctx.options.secureCookies ?? false;
  const loginToken = (c: Context<AppEnv>): string => {
    let token = getCookie(c, LOGIN_COOKIE);
    if (!token || token.length !== 43) {
      token = randomToken();
      setCookie(c, LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/login', secure, maxAge: 3600 });
    }
    return token;
  };

  app.get('/login', loadEditor(ctx), (c) => {
    const next = localPath(c.req.query('next'), '/desk');
    if (c.get('editor')) return c.redirect(next, 303);
    c.header('cache-control', 'no-store');
    return c.html(loginPage({ next, csrf: loginToken(c) }));
  });

  app.post('/login', async (c) => {
    c.header('cache-control', 'no-store');
    const form = await c.req.parseBody();
    const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
    const next = localPath(str('next'), '/desk');
    const cookie = getCookie(c, LOGIN_COOKIE) ?? '';
    if (!sameOrigin(c) || !cookie || !sameSecret(cookie, str('_csrf'))) {
      return c.html(loginPage({ next, csrf: loginToken(c), error: 'The form expired. Please sign in again.' }), 403);
    }
    const t = ctx.limiters.login.take(clientKey(c, ctx.options.trustProxy));
    if (!t.ok) throw new ApiError(429, 'rate_limited', `too many sign-in attempts; try again in ${t.retryAfter} s`, { retryAfter: t.retryAfter });
    const name = str('name').trim().slice(0, 64);
    const editor = await ctx.users.verify(name, str('password').slice(0, 200));
    if (!editor) return c.html(loginPage({ next, csrf: cookie, error: 'Wrong name or password.', name }), 401);
    const session = ctx.users.createSession(editor);
    setCookie(c, SESSION_COOKIE, session.cookie, { httpOnly: true, sameSite: 'Lax', path: '/', secure, maxAge: SESSION_HOURS * 3600 });
    deleteCookie(c, LOGIN_COOKIE, { path: '/login' });
    return c.redirect(next, 303);
  });

  app.post('/logout', loadEditor(ctx), requireEditor(), (c) => {
    const session = c.get('session');
    if (session) ctx.users.endSession(session.cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });
}
