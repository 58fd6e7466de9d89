// An article's text as sentences with their ids (id="s-p0s1"), so evidence and citations can point at them.
import type { SentenceId } from '../../types.js';
import { html, type SafeHtml } from '../html.js';

export function articleText(sentences: readonly { readonly id: SentenceId; readonly text: string }[], opts: { showIds?: boolean } = {}): SafeHtml {
  const paragraphs: { id: SentenceId; text: string }[][] = [];
  let current = -1;
  for (const s of sentences) {
    const p = Number(/^p(\d+)/.exec(s.id)?.[1] ?? 0);
    if (p !== current || !paragraphs.length) {
      paragraphs.push([]);
      current = p;
    }
    paragraphs[paragraphs.length - 1].push(s);
  }
  return html`${paragraphs.map((ss) => html`<p>${ss.map((s, k) => html`${k ? ' ' : ''}<span class="sent" id="s-${s.id}" data-sid="${s.id}">${opts.showIds ? html`<span class="sid" aria-hidden="true">${s.id}</span>` : ''}${s.text}</span>`)}</p>\n`)}`;
}

/** "17 December 2023" from "2023-12-17". */
export function longDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** What to call an article on a page: its title, else the start of its first sentence. */
export function headline(title: string | undefined, sentences: readonly { readonly text: string }[]): string {
  if (title) return title;
  const first = sentences[0]?.text ?? '';
  if (first.length <= 90) return first || 'Untitled article';
  return `${first.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

/** What to call an article in a list: its title, else its file name, else its id. */
export function listTitle(a: { readonly id: string; readonly title?: string; readonly source?: string }): string {
  return a.title ?? (a.source ? `Untitled (${a.source.split('/').pop()})` : a.id);
}
