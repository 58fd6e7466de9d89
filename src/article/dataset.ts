// The evaluation data's format (../shared/data/articles): an optional "date YYYY-MM-DD" line,
// a title line, a blank line, then body paragraphs separated by blank lines.
import type { Article } from '../types.js';
import { buildArticle } from './build.js';
import { normaliseDate } from './date.js';
import { findTrailingFaq } from './faq-heading.js';
import { isTitleLine, normaliseParagraph, splitBlocks, unifyNewlines } from './text.js';

/** A "date ..." line on its own (the value is checked separately: 2023-13-45 is no date). */
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\n|$)/;

export function readDataset(text: string, source?: string): Article {
  const faq = findTrailingFaq(text);
  let body = unifyNewlines(faq ? text.slice(0, faq.start) : text).replace(/^\s*\n/, '');
  let date: string | undefined;
  const m = DATE_LINE.exec(body);
  if (m) {
    date = normaliseDate(m[1]);
    body = body.slice(m[0].length);
  }
  const blocks = splitBlocks(body);
  // The first block is the title when it is a single short line, and either the date header
  // announced the layout or body text follows it.
  const hasTitle = blocks.length > 0 && isTitleLine(blocks[0]) && (m !== null || blocks.length > 1);
  const title = hasTitle ? normaliseParagraph(blocks.shift()!) : undefined;
  return buildArticle({
    format: 'dataset',
    paragraphs: blocks.map(normaliseParagraph).filter((p) => p !== ''),
    title,
    date,
    source,
    original: text,
    faqSlot: faq && { offset: faq.offset },
  });
}
