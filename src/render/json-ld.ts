// schema.org JSON-LD for a published FAQ (faq-guide.md, "Publishing conventions").
import type { Article, Faq } from '../types.js';

type JsonLd = Record<string, unknown>;

/** The fields of an article that NewsArticle markup uses. */
export type ArticleMeta = Pick<Article, 'title' | 'date' | 'url'>;

/** FAQPage node; question and answer strings are exactly the pair's, so they match the visible page. */
export function faqPageJsonLd(faq: Faq): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.pairs.map((p) => ({
      '@type': 'Question',
      name: p.question,
      acceptedAnswer: { '@type': 'Answer', text: p.answer },
    })),
  };
}

/** NewsArticle node with whatever of headline, datePublished and url is known. */
export function newsArticleJsonLd(article: ArticleMeta): JsonLd {
  const node: JsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (article.title) node.headline = article.title;
  if (article.date) node.datePublished = article.date;
  if (article.url) node.url = article.url;
  return node;
}

/** Several nodes in one block, sharing one @context. */
export function jsonLdGraph(nodes: readonly JsonLd[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': nodes.map(({ '@context': _ctx, ...rest }) => rest),
  };
}

/** JSON text that cannot end a <script> element or open an HTML comment, whatever strings it holds. */
export function safeJsonLdText(obj: unknown): string {
  return JSON.stringify(obj)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function jsonLdScript(obj: unknown): string {
  return `<script type="application/ld+json">${safeJsonLdText(obj)}</script>`;
}
