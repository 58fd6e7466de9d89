// The desk's article list: search, editorial status, and a form to add an article.
import type { Editor } from '../../desk/users.js';
import type { ArticleDeskSummary } from '../../desk/desk.js';
import type { ArticleSummary } from '../../store/store.js';
import { enc, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { listTitle, longDate } from './article-text.js';
import { pagerLinks } from './home.js';

export interface DeskListPage {
  readonly editor: Editor;
  readonly csrf: string;
  readonly items: readonly ArticleSummary[];
  readonly summaries: ReadonlyMap<string, ArticleDeskSummary>;
  readonly total: number;
  readonly q?: string;
  readonly offset: number;
  readonly limit: number;
  readonly nextOffset?: number;
  readonly error?: string;
}

function status(s: ArticleDeskSummary | undefined): SafeHtml {
  if (!s) return html`<span class="badge draft">Not reviewed</span>`;
  const c = s.counts;
  return html`${s.published ? html`<span class="badge published">Published</span> ` : ''}${s.published && s.published.revision !== s.revision ? html`<span class="badge changes">Unpublished changes</span> ` : ''}<span class="muted">${c.approved} approved · ${c.draft} draft · ${c.rejected} rejected</span>${s.flagged ? html` <span class="badge flagged">${s.flagged} flagged</span>` : ''}`;
}

export function deskListPage(d: DeskListPage): string {
  return page({ title: "Editors' desk", editor: d.editor, csrf: d.csrf, script: 'desk.js', section: 'desk' }, html`<h1>Editors' desk</h1>
${d.error ? html`<p class="notice error" role="alert">${d.error}</p>` : ''}
<form class="row" method="get" action="/desk" role="search">
<div><label for="q">Search articles</label><input id="q" name="q" type="search" value="${d.q ?? ''}" maxlength="200"></div>
<button type="submit">Search</button>
</form>
<details class="box">
<summary>Add an article</summary>
<form method="post" action="/desk/articles">
<input type="hidden" name="_csrf" value="${d.csrf}">
<div class="row">
<div><label for="new-title">Title <span class="hint">(optional when the text has one)</span></label><input id="new-title" name="title" type="text" maxlength="500"></div>
<div><label for="new-date">Date</label><input id="new-date" name="date" type="date"></div>
</div>
<label for="new-text">Text <span class="hint">(plain text, Markdown or HTML; paragraphs separated by blank lines)</span></label>
<textarea id="new-text" name="text" rows="10" required></textarea>
<p><button class="primary" type="submit">Add and draft its FAQ</button></p>
</form>
</details>
<p class="meta">${d.total} article${d.total === 1 ? '' : 's'}${d.q ? html` matching “${d.q}”` : ''}</p>
<table class="list">
<thead><tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Source</th><th scope="col">Status</th></tr></thead>
<tbody>
${d.items.map((a) => html`<tr><td><a href="/desk/articles/${enc(a.id)}">${listTitle(a)}</a></td><td>${longDate(a.date) ?? '—'}</td><td class="muted">${a.source?.split('/').pop() ?? ''}</td><td>${status(d.summaries.get(a.id))}</td></tr>`)}
</tbody>
</table>
${pagerLinks('/desk', d.q, d.offset, d.limit, d.nextOffset)}`);
}
