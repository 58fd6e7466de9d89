// The public front page: the archive's articles (searchable), each linking to its reader page, and a box to ask
// the whole archive.
import type { ArticleSummary } from '../../store/store.js';
import { enc, html } from '../html.js';
import { page } from '../layout.js';
import { askResult, type AskJson } from './ask-result.js';
import { listTitle, longDate } from './article-text.js';

export interface HomePage {
  readonly items: readonly ArticleSummary[];
  readonly total: number;
  readonly q?: string;
  readonly offset: number;
  readonly nextOffset?: number;
  readonly limit: number;
  readonly published: ReadonlySet<string>;
  readonly ask?: { readonly question: string; readonly answer?: AskJson; readonly error?: string };
}

export function pagerLinks(base: string, q: string | undefined, offset: number, limit: number, nextOffset?: number) {
  const at = (o: number) => `${base}?${new URLSearchParams({ ...(q && { q }), ...(o && { offset: String(o) }) })}`;
  return html`<nav class="pager" aria-label="Pages">${offset > 0 ? html`<a href="${at(Math.max(0, offset - limit))}">← Newer</a>` : ''}${nextOffset !== undefined ? html`<a href="${at(nextOffset)}">Older →</a>` : ''}</nav>`;
}

export function homePage(h: HomePage): string {
  return page({ title: 'Articles', script: 'reader.js', section: 'public' }, html`<h1>Articles</h1>
<section class="ask" aria-labelledby="ask-heading">
<h2 id="ask-heading">Ask the archive</h2>
<form class="ask-form card" method="get" action="/">
<label for="ask-q">Your question <span class="hint">(answered from the stored articles, with the sentences it rests on)</span></label>
<div class="row"><input id="ask-q" name="ask" type="text" maxlength="500" required value="${h.ask?.question ?? ''}"><button class="primary" type="submit">Ask</button></div>
</form>
<div id="ask-result" class="result" aria-live="polite">${h.ask?.answer ? askResult(h.ask.answer) : h.ask?.error ? html`<p class="notice error">${h.ask.error}</p>` : ''}</div>
</section>
<form class="row" method="get" action="/" role="search">
<div><label for="q">Search articles</label><input id="q" name="q" type="search" value="${h.q ?? ''}" maxlength="200"></div>
<button type="submit">Search</button>
</form>
<p class="meta">${h.total} article${h.total === 1 ? '' : 's'}${h.q ? html` matching “${h.q}”` : ''}</p>
<table class="list">
<thead><tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">FAQ</th></tr></thead>
<tbody>
${h.items.map((a) => html`<tr><td><a href="/articles/${enc(a.id)}">${listTitle(a)}</a></td><td>${longDate(a.date) ?? '—'}</td><td>${h.published.has(a.id) ? html`<span class="badge published">Published</span>` : html`<span class="muted">—</span>`}</td></tr>`)}
</tbody>
</table>
${pagerLinks('/', h.q, h.offset, h.limit, h.nextOffset)}`);
}
