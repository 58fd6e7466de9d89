import type { Editor } from '../../desk/users.js';
import { html } from '../html.js';
import { page } from '../layout.js';

const TITLES: Record<number, string> = { 400: 'Bad request', 401: 'Sign in needed', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 413: 'Too large', 429: 'Too many requests', 503: 'Busy' };

export function errorPage(status: number, message: string, editor?: Editor): string {
  const title = TITLES[status] ?? (status >= 500 ? 'Something went wrong' : 'Request refused');
  return page({ title, editor, narrow: true }, html`<h1>${title}</h1>
<p class="notice error">${message}</p>
<p><a href="/">Back to the articles</a>${status === 401 ? html` · <a href="/login">Sign in</a>` : ''}</p>`);
}
