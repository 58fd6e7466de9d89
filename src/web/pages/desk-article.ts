// The desk's article view: the text on one side (each sentence addressable), the FAQ draft on the other with every
// editing action as a plain form; the publishable HTML, and the edit history.
import { PAIR_KINDS } from '../../types.js';
import type { Editor } from '../../desk/users.js';
import type { DeskPair, DeskState, HistoryEntry } from '../../desk/model.js';
import { enc, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { articleText, headline, longDate } from './article-text.js';

export interface DeskArticlePage {
  readonly editor: Editor;
  readonly csrf: string;
  readonly state: DeskState;
  readonly history: readonly HistoryEntry[];
  /** The publishable HTML fragment of the approved pairs. */
  readonly publishable: string;
  readonly notice?: string;
  readonly error?: string;
}

const STATUS_LABEL = { draft: 'Draft', approved: 'Approved', rejected: 'Rejected' } as const;

export function deskArticlePage(d: DeskArticlePage): string {
  const s = d.state;
  const base = `/desk/articles/${enc(s.article.id)}`;
  const hidden = html`<input type="hidden" name="_csrf" value="${d.csrf}"><input type="hidden" name="revision" value="${s.revision}">`;
  const live = s.pairs.filter((p) => p.status !== 'rejected');
  const rejected = s.pairs.filter((p) => p.status === 'rejected');
  const approved = live.filter((p) => p.status === 'approved').length;

  const pairItem = (p: DeskPair, n?: number): SafeHtml => {
    const form = (action: string, fields: SafeHtml, label: SafeHtml | string, cls = '', confirm?: string) =>
      html`<form class="inline" method="post" action="${base}/pairs/${p.id}/${action}"${confirm ? html` data-confirm="${confirm}"` : ''}>${hidden}${fields}<button type="submit" class="${cls}">${label}</button></form>`;
    const status = (to: string, label: string, cls: string, confirm?: string, override = false) =>
      form('status', html`<input type="hidden" name="status" value="${to}">${override ? html`<input type="hidden" name="override" value="1">` : ''}`, label, cls, confirm);
    return html`<li class="pair ${p.status}" id="pair-${p.id}" data-pair-id="${p.id}" data-evidence="${p.evidence.map((e) => e.id).join(' ')}">
<div class="pair-head">${n !== undefined ? html`<span class="num">${n}.</span>` : ''}<span class="badge ${p.status}">${STATUS_LABEL[p.status]}</span>${p.origin === 'manual' ? html`<span class="badge manual">Added by hand</span>` : p.edited ? html`<span class="badge edited">Edited</span>` : ''}${p.flag ? html`<span class="badge flagged">Flagged</span>` : ''}<span class="badge kind">${p.kind}</span></div>
<button type="button" class="pair-select" aria-pressed="false" title="Highlight the sentences this answer cites">${p.question}</button>
<p class="answer">${p.answer}</p>
<p class="cites">Evidence: ${p.evidence.map((e, k) => html`${k ? ' ' : ''}<a class="cite" href="#s-${e.id}" data-sid="${e.id}">${e.id}</a>`)}</p>
${p.flag ? html`<p class="flag" role="note">The verifier does not find this answer in its evidence: ${p.flag.reason} <span class="muted">(${p.flag.ruleId})</span></p>` : ''}
<div class="pair-actions">
<button type="button" class="edit-toggle" aria-expanded="false" aria-controls="edit-${p.id}">Edit</button>
${p.status !== 'approved' ? (p.flag
      ? status('approved', 'Approve anyway', 'ok', 'The verifier does not find this answer in its evidence. Approve it anyway?', true)
      : status('approved', 'Approve', 'ok')) : ''}
${p.status !== 'rejected' ? status('rejected', 'Reject', 'bad') : status('draft', 'Restore', '')}
${p.status !== 'draft' && p.status !== 'rejected' ? status('draft', 'Back to draft', '') : ''}
${p.status !== 'rejected' ? html`${form('move', html`<input type="hidden" name="direction" value="up">`, html`<span aria-hidden="true">↑</span><span class="sr-only">Move up</span>`)}${form('move', html`<input type="hidden" name="direction" value="down">`, html`<span aria-hidden="true">↓</span><span class="sr-only">Move down</span>`)}` : ''}
</div>
<form class="edit-form" id="edit-${p.id}" method="post" action="${base}/pairs/${p.id}/edit" hidden>
${hidden}
<label for="q-${p.id}">Question</label>
<textarea id="q-${p.id}" name="question" rows="2" maxlength="300" required>${p.question}</textarea>
<label for="a-${p.id}">Answer</label>
<textarea id="a-${p.id}" name="answer" rows="3" maxlength="2000" required>${p.answer}</textarea>
<label for="e-${p.id}">Evidence <span class="hint">(sentence ids; click sentences in the article to add or remove them)</span></label>
<input id="e-${p.id}" name="evidence" type="text" value="${p.evidence.map((e) => e.id).join(' ')}" required>
<p class="row"><button class="primary" type="submit">Save</button><button type="button" class="edit-cancel">Cancel</button></p>
</form>
</li>`;
  };

  const published = s.published
    ? html`<span class="badge published">Published</span> revision ${s.published.revision}, ${s.published.pairs} pairs, ${s.published.at.slice(0, 16).replace('T', ' ')} UTC by ${s.published.by}${s.unpublishedChanges ? html` <span class="badge changes">Unpublished changes</span>` : ''}`
    : html`<span class="badge draft">Not published</span>`;

  const body = html`<p class="meta"><a href="/desk">← All articles</a></p>
<h1>${headline(s.article.title, s.sentences)}</h1>
<p class="meta">${longDate(s.article.date) ?? 'Undated'}${s.article.source ? ` · ${s.article.source.split('/').pop()}` : ''} · revision ${s.revision} · ${published}</p>
${d.notice ? html`<p class="notice" role="status">${d.notice}</p>` : ''}
${d.error ? html`<p class="notice error" role="alert">${d.error}</p>` : ''}
<div class="desk-actions">
<form class="inline" method="post" action="${base}/publish">${hidden}<button class="primary" type="submit"${approved ? '' : ' disabled'}>Publish ${approved} approved pair${approved === 1 ? '' : 's'}</button></form>
<form class="inline" method="post" action="${base}/regenerate" data-confirm="Regenerate the machine's pairs? Approved, edited, hand-added and rejected pairs are kept; other drafts are replaced.">${hidden}
<label class="inline" for="regen-count">Pairs</label> <input id="regen-count" name="count" type="number" min="1" max="50" placeholder="auto">
<button type="submit">Regenerate</button></form>
<a class="button" href="/articles/${enc(s.article.id)}">Reader page</a>
</div>
<p id="desk-status" class="sr-only" aria-live="polite"></p>
<div class="desk-grid">
<section class="article-pane card" aria-label="Article text">
<h2>Article</h2>
${articleText(s.sentences, { showIds: true })}
</section>
<section class="faq-pane" aria-labelledby="faq-heading">
<h2 id="faq-heading">FAQ draft <span class="muted">(${approved} approved of ${live.length})</span></h2>
<p class="meta">Select a question to highlight the sentences its answer cites.</p>
<ol class="pairs">
${live.map((p, k) => pairItem(p, k + 1))}
</ol>
${live.length ? '' : html`<p class="muted">No pairs yet: regenerate, or add one by hand.</p>`}
<details class="box add-pair">
<summary>Add a pair by hand</summary>
<form method="post" action="${base}/pairs">
${hidden}
<label for="new-q">Question</label>
<textarea id="new-q" name="question" rows="2" maxlength="300" required></textarea>
<label for="new-a">Answer</label>
<textarea id="new-a" name="answer" rows="3" maxlength="2000" required></textarea>
<div class="row">
<div><label for="new-e">Evidence <span class="hint">(click sentences in the article)</span></label><input id="new-e" name="evidence" type="text" required placeholder="p0s1 p2s0"></div>
<div><label for="new-k">Kind</label><select id="new-k" name="kind">${PAIR_KINDS.map((k) => html`<option value="${k}">${k}</option>`)}</select></div>
</div>
<p><button class="primary" type="submit">Add pair</button></p>
</form>
</details>
${rejected.length ? html`<details class="box"><summary>Rejected (${rejected.length})</summary><ol class="pairs">${rejected.map((p) => pairItem(p))}</ol></details>` : ''}
<details class="box" id="publishable">
<summary>Publishable HTML and export</summary>
<p class="meta">The approved pairs as a fragment with FAQPage and NewsArticle JSON-LD.
Export: <a href="/api/articles/${enc(s.article.id)}/faq/draft?format=html">HTML</a> · <a href="/api/articles/${enc(s.article.id)}/faq/draft?format=md">Markdown</a> · <a href="/api/articles/${enc(s.article.id)}/faq/draft?format=json">JSON</a></p>
<label for="publish-html">HTML</label>
<textarea id="publish-html" class="code" readonly rows="10">${d.publishable}</textarea>
<p><button type="button" class="copy-html" data-source="publish-html">Copy HTML</button></p>
</details>
<section aria-labelledby="history-heading">
<h2 id="history-heading">Edit history</h2>
<ol class="history">${d.history.map(historyItem)}</ol>
</section>
</section>
</div>`;
  return page({ title: headline(s.article.title, s.sentences), editor: d.editor, csrf: d.csrf, script: 'desk.js', section: 'desk' }, body);
}

function historyItem(h: HistoryEntry): SafeHtml {
  const d = h.detail as Record<string, any>;
  const pair = h.pairId !== undefined ? html`<a href="#pair-${h.pairId}">pair #${h.pairId}</a>` : '';
  let what: SafeHtml;
  switch (h.action) {
    case 'seed': what = html`Draft created from the machine's ${d.pairs} pairs`; break;
    case 'edit': {
      const changes: SafeHtml[] = [];
      for (const f of ['question', 'answer', 'evidence', 'kind'] as const) {
        const a = d.before?.[f], b = d.after?.[f];
        const fmt = (v: unknown) => (Array.isArray(v) ? v.join(' ') : String(v ?? ''));
        if (fmt(a) !== fmt(b)) changes.push(html`<br>${f}: <q>${fmt(a)}</q> → <q>${fmt(b)}</q>`);
      }
      what = html`Edited ${pair}${changes}${d.flag ? html`<br><span class="badge flagged">Flagged</span> ${d.flag.reason}` : ''}`;
      break;
    }
    case 'status': what = html`${d.to === 'approved' ? 'Approved' : d.to === 'rejected' ? 'Rejected' : 'Returned to draft'} ${pair}${d.override ? ' (over the verifier’s flag)' : ''}`; break;
    case 'add': what = html`Added ${pair} by hand: <q>${d.after?.question}</q>${d.flag ? html` <span class="badge flagged">Flagged</span>` : ''}`; break;
    case 'reorder': what = html`Reordered the pairs`; break;
    case 'regenerate': what = html`Regenerated: ${d.kept} kept, ${d.refreshed} refreshed, ${d.added} new, ${d.dropped} dropped`; break;
    case 'publish': what = html`Published revision ${d.revision} (${d.pairs} pairs)`; break;
    case 'article-changed': what = html`The article's text changed; ${d.flagged} pairs flagged`; break;
    default: what = html`${h.action}`;
  }
  return html`<li><span class="when">${h.at.slice(0, 19).replace('T', ' ')}</span> · ${h.user ?? 'newsfaq'} · ${what}</li>`;
}
