// An answer to a reader's question, rendered on the server (the page without its script; the script renders the
// same from the API's JSON).
import { enc, html, type SafeHtml } from '../html.js';

export interface AskJson {
  readonly scope: 'article' | 'archive';
  readonly question: string;
  readonly answer: string;
  readonly abstained: boolean;
  readonly resolved?: string;
  readonly evidence: readonly { readonly id: string; readonly text: string }[];
  readonly article?: { readonly id: string; readonly title?: string; readonly date?: string };
  readonly reused?: { readonly question: string };
}

export function askResult(a: AskJson): SafeHtml {
  if (a.abstained) {
    return html`<p class="muted">Q: ${a.question}</p><p class="answer">The ${a.scope === 'article' ? 'article' : 'archive'} does not answer that.</p>`;
  }
  const text = a.resolved && !a.answer.includes(a.resolved) ? `${a.answer} (${a.resolved})` : a.answer;
  return html`<p class="muted">Q: ${a.question}</p>
<p class="answer">${text}</p>
${a.evidence.map((e) => html`<blockquote>${e.text} ${a.scope === 'article' ? html`<a href="#s-${e.id}">[${e.id}]</a>` : html`<span class="muted">[${e.id}]</span>`}</blockquote>`)}
${a.scope === 'archive' && a.article ? html`<p class="muted">Source: <a href="/articles/${enc(a.article.id)}">${a.article.title ?? a.article.id}</a>${a.article.date ? `, ${a.article.date}` : ''}</p>` : ''}
${a.reused ? html`<p class="muted">From the FAQ: ${a.reused.question}</p>` : ''}`;
}
