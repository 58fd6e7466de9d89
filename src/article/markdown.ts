// Markdown: optional front matter (title, date), a "# Title" heading, paragraphs.
// Sub-headings become paragraphs of their own, as in the HTML reader (they are text the
// reader sees); list items and table rows become one paragraph each; code blocks are dropped.
import type { Article } from '../types.js';
import { buildArticle } from './build.js';
import { normaliseDate } from './date.js';
import { findTrailingFaq, isFaqHeading } from './faq-heading.js';
import { stripInline } from './markdown-inline.js';
import { normaliseParagraph, unifyNewlines } from './text.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^ {0,3}(```|~~~)/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/** Simple `key: value` front matter; quotes around values are removed. */
function parseFrontMatter(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

interface Block {
  readonly text: string;
  readonly heading?: number;
}

/** Split Markdown into blocks: headings, paragraphs, list items, table rows, quotes. */
function toBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push({ text: current.join('\n') });
    current = [];
  };
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^[ \t]{0,3}(?:>[ \t]?)+/, '');
    if (FENCE.test(line)) {
      // Skip code: not news text.
      flush();
      const fence = FENCE.exec(line)![1];
      while (++i < lines.length && !lines[i].trimStart().startsWith(fence));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ text: heading[2], heading: heading[1].length });
      continue;
    }
    // Setext heading: a single text line underlined with === or ---.
    if (current.length === 1 && SETEXT.test(line) && line.trim() !== '') {
      blocks.push({ text: current[0], heading: line.trim().startsWith('=') ? 1 : 2 });
      current = [];
      continue;
    }
    if (line.trim() === '' || RULE.test(line) || LINK_DEF.test(line) || TABLE_SEPARATOR.test(line)) {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    if (/^[ \t]*\|.*\|[ \t]*$/.test(line)) {
      // A table row: its cells, one paragraph per row.
      flush();
      const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim()).filter((c) => c !== '');
      if (cells.length > 0) blocks.push({ text: cells.join('; ') });
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks;
}

export function readMarkdown(text: string, source?: string): Article {
  const faq = findTrailingFaq(text);
  let body = unifyNewlines(faq ? text.slice(0, faq.start) : text);
  let meta: Record<string, string> = {};
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    meta = parseFrontMatter(fm[1]);
    body = body.slice(fm[0].length);
  }
  let title = meta.title ? normaliseParagraph(stripInline(meta.title)) : undefined;
  const paragraphs: string[] = [];
  for (const block of toBlocks(body)) {
    const t = normaliseParagraph(stripInline(block.text));
    if (t === '') continue;
    // The first top-level heading before any body text is the title (or repeats it).
    if (block.heading === 1 && paragraphs.length === 0 && (title === undefined || title === t)) {
      title = t;
      continue;
    }
    paragraphs.push(t);
  }
  // An FAQ heading that is not the last line (e.g. followed by a rule) is still not body text.
  while (paragraphs.length > 0 && isFaqHeading(paragraphs[paragraphs.length - 1])) paragraphs.pop();
  return buildArticle({
    format: 'markdown',
    paragraphs,
    title,
    date: normaliseDate(meta.date ?? meta.published ?? meta.pubdate),
    id: meta.id,
    url: meta.url,
    source,
    original: text,
    faqSlot: faq && { offset: faq.offset },
  });
}
