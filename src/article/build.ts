// The last step of every reader: clean, validate and assemble an Article.
import type { Article, FaqSlot, InputFormat } from '../types.js';
import { dropBoilerplate } from './clean.js';
import { cleanInline } from './inline.js';
import { hashId } from './text.js';
import { checkArticleText } from './validate.js';

export interface ArticleParts {
  format: InputFormat;
  paragraphs: readonly string[];
  title?: string;
  date?: string;
  id?: string;
  url?: string;
  source?: string;
  /** How messages name this article (e.g. "feed.jsonl: line 3"); defaults to `source`. */
  label?: string;
  original?: string;
  faqSlot?: FaqSlot;
  /** Drop web boilerplate (bylines, promos). Off for the seed format, which has none. */
  clean?: boolean;
  /** Exact paragraph texts known to be bylines (e.g. from HTML metadata). */
  bylines?: readonly string[];
}

/** Build a validated Article; throws NF002/NF005 through validate.ts. */
export function buildArticle(parts: ArticleParts): Article {
  const title = parts.title ? cleanInline([parts.title])[0]?.trim() || undefined : undefined;
  const paragraphs = parts.clean === false ? [...parts.paragraphs] : cleanInline(dropBoilerplate(parts.paragraphs, parts.bylines).paragraphs);
  checkArticleText(title, paragraphs, parts.label ?? parts.source);
  // Optional fields are only set when present, so objects compare and serialise cleanly.
  return {
    id: parts.id?.trim() || hashId(paragraphs),
    ...(title !== undefined && { title }),
    ...(parts.date !== undefined && { date: parts.date }),
    ...(parts.source !== undefined && { source: parts.source }),
    format: parts.format,
    paragraphs,
    ...(parts.original !== undefined && { original: parts.original }),
    ...(parts.faqSlot !== undefined && { faqSlot: parts.faqSlot }),
    ...(parts.url !== undefined && { url: parts.url }),
  };
}
