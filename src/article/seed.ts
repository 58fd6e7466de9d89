// The founding example's format: " date 2023-12-17 Leaders from ..." (date inline before the
// first word of the body, no title), paragraphs separated by blank lines, a trailing "FAQ" heading.
import type { Article } from '../types.js';
import { buildArticle } from './build.js';
import { normaliseDate } from './date.js';
import { findTrailingFaq } from './faq-heading.js';
import { splitParagraphs } from './text.js';

/** The inline header, with the spacing after it, at the start of the (left-trimmed) text. */
const INLINE_DATE = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+/;

export function readSeed(text: string, source?: string): Article {
  const faq = findTrailingFaq(text);
  let body = faq ? text.slice(0, faq.start) : text;
  let date: string | undefined;
  const m = INLINE_DATE.exec(body);
  if (m) {
    // The header is stripped even when its date is invalid: it is never body text.
    date = normaliseDate(m[1]);
    body = body.slice(m[0].length);
  }
  return buildArticle({
    format: 'seed',
    paragraphs: splitParagraphs(body),
    date,
    source,
    original: text,
    faqSlot: faq && { offset: faq.offset },
    clean: false,
  });
}
