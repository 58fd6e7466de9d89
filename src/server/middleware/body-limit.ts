// Request body limits: small for everything but the routes that take a whole article. Over the limit: 413 JSON.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.js';

export const DEFAULT_MAX_BODY = 64 * 1024;
export const DEFAULT_MAX_ARTICLE_BODY = 6 * 1024 * 1024;

/** Routes that take an article: POST /api/articles, /api/faq and the desk's add-article form. */
const ARTICLE_ROUTES = new Set(['/api/articles', '/api/faq', '/desk/articles']);

export function bodyLimits(maxBody = DEFAULT_MAX_BODY, maxArticle = DEFAULT_MAX_ARTICLE_BODY): MiddlewareHandler {
  const tooLarge = (max: number) => () => {
    throw new ApiError(413, 'too_large', `request body is larger than ${max} bytes`);
  };
  const small = bodyLimit({ maxSize: maxBody, onError: tooLarge(maxBody) });
  const large = bodyLimit({ maxSize: maxArticle, onError: tooLarge(maxArticle) });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (ARTICLE_ROUTES.has(c.req.path) ? large : small)(c, next);
  };
}
