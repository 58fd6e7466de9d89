// The reader page: the article, its published FAQ as an accessible accordion, the FAQPage and NewsArticle JSON-LD,
// and a box to ask the article a question.
import type { Faq, SentenceId } from '../../types.js';
import type { ArticleRef } from '../../desk/model.js';
import { faqPageJsonLd, jsonLdGraph, jsonLdScript, newsArticleJsonLd } from '../../render/json-ld.js';
import { enc, html, raw, safeUrl } from '../html.js';
import { page } from '../layout.js';
import { articleText, headline, longDate } from './article-text.js';
import { askResult, type AskJson } from './ask-result.js';

export interface ReaderPage {
  readonly article: ArticleRef;
  readonly sentences: readonly { readonly id: SentenceId; readonly text: string }[];
  /** The published FAQ, if any. */
  readonly faq?: Faq;
  /** A question asked without the page's script (?q=), with its answer. */
  readonly ask?: { readonly question: string; readonly answer?: AskJson; readonly error?: string };
}

export function readerPage(r: ReaderPage): string {
  const a = r.article;
  const url = safeUrl(a.url);
  const nodes = [];
  if (r.faq?.pairs.length) nodes.push(faqPageJsonLd(r.faq));
  nodes.push(newsArticleJsonLd({ title: a.title, date: a.date, url }));
  const ld = nodes.length === 1 ? jsonLdScript(nodes[0]) : jsonLdScript(jsonLdGraph(nodes));
  const pairs = r.faq?.pairs ?? [];
  const body = html`<article class="story" aria-labelledby="headline">
<h1 id="headline">${headline(a.title, r.sentences)}</h1>
<p class="meta">${a.date ? html`<time datetime="${a.date}">${longDate(a.date)}</time>` : 'Undated'}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">Original article</a>` : ''}</p>
${articleText(r.sentences)}
</article>
<section class="faq" aria-labelledby="faq-heading">
<h2 id="faq-heading">Questions and answers</h2>
${pairs.length ? html`<div class="accordion">
${pairs.map((p, k) => html`<div class="acc-item">
<h3><button type="button" class="acc-button" id="faq-q-${k}" aria-expanded="true" aria-controls="faq-a-${k}">${p.question}</button></h3>
<div class="acc-panel" id="faq-a-${k}" role="region" aria-labelledby="faq-q-${k}">
<p class="acc-answer">${p.answer}</p>
<p class="muted">Source: ${p.evidence.map((e, j) => html`${j ? ', ' : ''}<a href="#s-${e.id}">sentence ${e.id}</a>`)}</p>
</div>
</div>`)}
</div>` : html`<p class="muted">The editors have not published questions and answers for this article yet.</p>`}
</section>
<section class="ask" aria-labelledby="ask-heading">
<h2 id="ask-heading">Ask a question about this article</h2>
<form class="ask-form card" method="get" action="/articles/${enc(a.id)}" data-article="${a.id}">
<label for="ask-q">Your question <span class="hint">(answered from the article's own sentences)</span></label>
<div class="row"><input id="ask-q" name="q" type="text" maxlength="500" required value="${r.ask?.question ?? ''}"><button class="primary" type="submit">Ask</button></div>
</form>
<div id="ask-result" class="result" aria-live="polite">${r.ask?.answer ? askResult(r.ask.answer) : r.ask?.error ? html`<p class="notice error">${r.ask.error}</p>` : ''}</div>
</section>`;
  return page({ title: headline(a.title, r.sentences), head: raw(ld), script: 'reader.js', narrow: true, section: 'public' }, body);
}
