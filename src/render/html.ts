// HTML fragment for publishing an FAQ: visible pairs plus matching schema.org JSON-LD.
import type { Faq } from '../types.js';
import { faqPageJsonLd, jsonLdGraph, jsonLdScript, newsArticleJsonLd, type ArticleMeta } from './json-ld.js';

export interface HtmlOptions {
  /** Overrides the FAQ's own article title/date/url (e.g. the CMS's headline). */
  readonly article?: ArticleMeta;
  /** Also emit a NewsArticle node (for when the article is published with the FAQ). */
  readonly newsArticle?: boolean;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** An id attribute value safe in CSS selectors and fragment links. */
function idToken(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

// Headings (not <details>) keep every answer visible, as FAQPage markup requires,
// and give screen-reader users a heading to jump between questions.
export function renderHtml(faq: Faq, opts: HtmlOptions = {}): string {
  const meta: ArticleMeta = {
    title: opts.article?.title ?? faq.article.title,
    date: opts.article?.date ?? faq.article.date,
    url: opts.article?.url ?? faq.article.url,
  };
  const headingId = `newsfaq-${idToken(faq.article.id)}`;
  const heading = meta.title ? `FAQ: ${meta.title}` : 'FAQ';
  const lines = [
    `<section class="newsfaq" data-article-id="${escapeHtml(faq.article.id)}" aria-labelledby="${headingId}">`,
    `<h2 id="${headingId}">${escapeHtml(heading)}</h2>`,
  ];
  for (const p of faq.pairs) {
    const ids = p.evidence.map((e) => e.id).join(' ');
    lines.push(
      `<div class="newsfaq-pair" data-kind="${escapeHtml(p.kind)}" data-evidence="${escapeHtml(ids)}">`,
      `<h3 class="newsfaq-question">${escapeHtml(p.question)}</h3>`,
      `<p class="newsfaq-answer">${escapeHtml(p.answer)}</p>`,
      `</div>`,
    );
  }
  // An empty FAQPage is invalid markup, so it is left out when there are no pairs.
  const nodes = faq.pairs.length > 0 ? [faqPageJsonLd(faq)] : [];
  if (opts.newsArticle) nodes.push(newsArticleJsonLd(meta));
  if (nodes.length === 1) lines.push(jsonLdScript(nodes[0]));
  else if (nodes.length > 1) lines.push(jsonLdScript(jsonLdGraph(nodes)));
  lines.push('</section>');
  return lines.join('\n') + '\n';
}
