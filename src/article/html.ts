// HTML pages and fragments: main text via @mozilla/readability on a linkedom document,
// paragraphs from its `content` by block elements; the page's <p>s when Readability gives up.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NewsfaqError } from '../errors.js';
import type { Article } from '../types.js';
import { buildArticle } from './build.js';
import { isFaqHeading } from './faq-heading.js';
import { htmlBlocks, type HtmlBlock } from './html-blocks.js';
import { chooseTitle, pageDate, pageUrl, titleCandidates } from './html-meta.js';
import { normaliseDate } from './date.js';
import { normaliseParagraph } from './text.js';

/** linkedom needs a whole document: a bare fragment ("<p>..</p>") would lose its text. */
export function parse(html: string): Document {
  const whole = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document;
}

interface Extracted {
  readonly blocks: HtmlBlock[];
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly publishedTime?: string | null;
}

/** Readability's article, or undefined when it finds none (or fails on odd markup). */
function readability(doc: Document): Extracted | undefined {
  try {
    const result = new Readability(doc).parse();
    if (!result?.content) return undefined;
    const blocks = htmlBlocks(parse(result.content).body);
    return blocks.length > 0 ? { ...result, blocks } : undefined;
  } catch {
    return undefined;
  }
}

/** Fallback: the page's own <p> elements, or failing that every block of its body. */
export function pageParagraphs(doc: Document): HtmlBlock[] {
  const ps = Array.from(doc.querySelectorAll('p'))
    .map((p) => normaliseParagraph(htmlBlocks(p).map((b) => b.text).join('\n\n')))
    .filter((text) => text !== '')
    .map((text) => ({ text }));
  if (ps.length > 0) return ps;
  return doc.body ? htmlBlocks(doc.body) : [];
}

export function readHtml(text: string, source?: string): Article {
  let doc: Document;
  try {
    doc = parse(text);
  } catch (e) {
    // linkedom is lenient; this only guards against a parser crash on pathological input.
    throw new NewsfaqError('NF006', `${source ? `${source}: ` : ''}cannot parse the HTML (${(e as Error).message})`);
  }
  // Metadata first: Readability rewrites the document it is given.
  const date = pageDate(doc);
  const url = pageUrl(doc);
  const titles = titleCandidates(doc);
  const found: Extracted = readability(doc) ?? { blocks: pageParagraphs(parse(text)) };

  const title = chooseTitle(titles, found.title);
  const blocks = [...found.blocks];
  // The headline often reappears as the first block (in any of its spellings); an FAQ heading
  // may close the page.
  const headlines = [title, titles.og, titles.h1, found.title].filter(Boolean).map((t) => normaliseParagraph(t!).toLowerCase());
  if (blocks.length > 0 && headlines.includes(blocks[0].text.toLowerCase())) blocks.shift();
  while (blocks.length > 0 && isFaqHeading(blocks[blocks.length - 1].text)) blocks.pop();

  return buildArticle({
    format: 'html',
    paragraphs: blocks.map((b) => b.text),
    title,
    date: date ?? normaliseDate(found.publishedTime),
    url,
    source,
    bylines: found.byline ? [normaliseParagraph(found.byline)] : [],
  });
}
