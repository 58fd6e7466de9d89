// Any other text: paragraphs separated by blank lines, no title, no date.
import type { Article } from '../types.js';
import { buildArticle } from './build.js';
import { findTrailingFaq } from './faq-heading.js';
import { splitParagraphs } from './text.js';

export function readPlain(text: string, source?: string): Article {
  const faq = findTrailingFaq(text);
  return buildArticle({
    format: 'plain',
    paragraphs: splitParagraphs(faq ? text.slice(0, faq.start) : text),
    source,
    original: text,
    faqSlot: faq && { offset: faq.offset },
  });
}
