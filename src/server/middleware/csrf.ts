// CSRF: a cookie-authenticated request that changes something must come from this site (Origin, when the browser
// sends it) and carry the session's token, in the X-CSRF-Token header (fetch) or the _csrf form field (forms).
import type { Context } from 'hono';
import { sameSecret } from '../../desk/users.js';

/** The Origin header, when present, names this server. */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin) return true;
  if (origin === 'null') return false;
  const host = c.req.header('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function checkCsrf(c: Context, expected: string): Promise<boolean> {
  if (!sameOrigin(c)) return false;
  const header = c.req.header('x-csrf-token');
  if (header) return sameSecret(header, expected);
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return false;
  const form = await c.req.parseBody();
  const field = form._csrf;
  return typeof field === 'string' && sameSecret(field, expected);
}
