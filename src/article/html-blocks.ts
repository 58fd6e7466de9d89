// Paragraphs from HTML by walking block elements. textContent would glue headline, byline and
// body together ("By Jane DoeThe council voted..."), so each block becomes its own paragraph.
import { normaliseParagraph } from './text.js';

/** Elements that start and end a paragraph. */
const BLOCK = new Set(
  ('address article aside blockquote center dd details div dl dt fieldset figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul')
    .toUpperCase()
    .split(' '),
);

/** Elements whose text is never article text. */
const SKIP = new Set(
  'script style noscript template figcaption svg iframe button select textarea head title object canvas'
    .toUpperCase()
    .split(' '),
);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose children are running text. */
const TEXT_BLOCK = new Set('P LI H1 H2 H3 H4 H5 H6 BLOCKQUOTE DD DT TD TH PRE SUMMARY'.split(' '));

/** True when `node` sits inside running text (an inline chain up to a text block). */
function inlineContext(node: Node): boolean {
  for (let p = node.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) {
    const tag = (p as Element).tagName.toUpperCase();
    if (TEXT_BLOCK.has(tag)) return true;
    if (BLOCK.has(tag) || tag === 'BODY') return false;
  }
  return false;
}

export interface HtmlBlock {
  readonly text: string;
  /** Heading level (1-6) when the block is a heading. */
  readonly heading?: number;
}

/** Paragraph blocks under `root`, in document order. */
export function htmlBlocks(root: Node): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let buffer = '';
  const flush = (heading?: number): void => {
    // Two <br>s in a row separate paragraphs; a single one is a line break inside one.
    for (const part of buffer.split(/\n[ \t]*\n/)) {
      const text = normaliseParagraph(part);
      if (text) out.push(heading ? { text, heading } : { text });
    }
    buffer = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const t = child.textContent ?? '';
        buffer += pre ? t : t.replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      // A <time> standing between blocks is a date stamp; inside a paragraph it is text.
      if (tag === 'TIME' && !inlineContext(child)) continue;
      if (tag === 'BR') {
        buffer += '\n';
      } else if (tag === 'TD' || tag === 'TH') {
        if (buffer.trim()) buffer += '; ';
        walk(child, pre);
      } else if (BLOCK.has(tag)) {
        flush();
        walk(child, pre || tag === 'PRE');
        const level = /^H([1-6])$/.exec(tag);
        flush(level ? Number(level[1]) : undefined);
      } else {
        walk(child, pre);
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}
