// Output formats and the one entry point the CLI calls.
import type { Article, Faq } from '../types.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonLine } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderFilledText } from './text.js';

export const OUTPUT_FORMATS = ['md', 'json', 'jsonl', 'html', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(s);
}

export interface RenderOptions {
  /** Markdown: citation lines (default true). */
  readonly evidence?: boolean;
  /** HTML: add a NewsArticle JSON-LD node (default false). */
  readonly newsArticle?: boolean;
  /** JSON Lines: the record's `input` (default: article source, else id). */
  readonly input?: string;
}

export function render(format: OutputFormat, faq: Faq, article: Article, opts: RenderOptions = {}): string {
  switch (format) {
    case 'md':
      return renderMarkdown(faq, { evidence: opts.evidence });
    case 'json':
      return renderJson(faq);
    case 'jsonl':
      return renderJsonLine(opts.input ?? article.source ?? article.id, faq);
    case 'html':
      return renderHtml(faq, { article, newsArticle: opts.newsArticle });
    case 'text':
      return renderFilledText(article, faq);
  }
}

export { renderHtml, escapeHtml, type HtmlOptions } from './html.js';
export { renderJson, renderJsonLine, faqToJson, type RecordError } from './json.js';
export { renderMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown.js';
export { renderFilledText, renderPairsText } from './text.js';
export { faqPageJsonLd, newsArticleJsonLd, jsonLdGraph, jsonLdScript, safeJsonLdText, type ArticleMeta } from './json-ld.js';
