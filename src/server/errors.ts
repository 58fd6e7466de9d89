// Errors at the HTTP edge: every failure becomes a 4xx/5xx with a JSON body {error: {code, message}} on the API
// (an HTML page elsewhere); no stack trace ever reaches a client.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isNewsfaqError } from '../errors.js';
import { DeskError, type DeskErrorCode } from '../desk/model.js';
import type { AppEnv } from './context.js';
import { errorPage } from '../web/pages/error.js';

export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string, readonly detail?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
  }
}

const DESK_STATUS: Record<DeskErrorCode, ContentfulStatusCode> = {
  not_found: 404,
  conflict: 409,
  flagged: 409,
  invalid: 400,
  nothing_to_publish: 409,
};

/** Any thrown value as an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DeskError) return new ApiError(DESK_STATUS[e.code], e.code, e.message, e.detail);
  if (isNewsfaqError(e)) {
    const status = e.code === 'NF004' ? 413 : e.code === 'NF009' ? 422 : 400;
    return new ApiError(status, e.code, e.message);
  }
  if (e instanceof HTTPException) {
    if (e.status === 413) return new ApiError(413, 'too_large', 'request body is too large');
    return new ApiError(e.status, e.status === 400 ? 'bad_request' : `http_${e.status}`, e.message || 'request refused');
  }
  return new ApiError(500, 'internal', 'internal error');
}

export const wantsJson = (c: Context): boolean =>
  c.req.path.startsWith('/api/') || c.req.path === '/openapi.json' || (c.req.header('accept') ?? '').includes('application/json');

export function errorResponse(c: Context<AppEnv>, e: ApiError): Response {
  if (e.status === 429 || e.status === 503) c.header('retry-after', String(e.detail?.retryAfter ?? 5));
  if (wantsJson(c)) return c.json({ error: { code: e.code, message: e.message, ...e.detail } }, e.status);
  c.header('cache-control', 'no-store');
  return c.html(errorPage(e.status, e.message, c.get("editor")), e.status);
}

export function onError(e: unknown, c: Context<AppEnv>): Response {
  const err = toApiError(e);
  if (err.status >= 500) process.stderr.write(`newsfaq serve: ${c.req.method} ${c.req.path}: ${(e as Error)?.stack ?? String(e)}\n`);
  return errorResponse(c, err);
}

export function notFound(c: Context<AppEnv>): Response {
  return errorResponse(c, new ApiError(404, 'not_found', `nothing at ${c.req.path.slice(0, 200)}`));
}

/** The request's JSON body, or a 400 that says what is wrong with it. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (e) {
    if (e instanceof HTTPException) throw e;
    throw new ApiError(400, 'bad_json', `the body is not valid JSON (${(e as Error).message.slice(0, 120)})`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'bad_json', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}
