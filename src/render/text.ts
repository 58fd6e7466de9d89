// `fill`: the input document with its FAQ section filled in, as plain text.
import type { Article, Faq, FaqPair } from '../types.js';

/** One line of plain text: a newline inside a question or answer would break the Q:/A: layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The pairs as plain text: `Q: ...` / `A: ...`, pairs separated by a blank line. */
export function renderPairsText(pairs: readonly FaqPair[], eol = '\n'): string {
  return pairs.map((p) => `Q: ${oneLine(p.question)}${eol}A: ${oneLine(p.answer)}`).join(eol + eol);
}

/**
 * With a valid `faqSlot`, the pairs go right after the document's own FAQ heading: everything
 * before the slot is kept byte for byte, whitespace after it is replaced, and any later text is
 * kept after the pairs. Without one, an `FAQ` heading and the pairs are appended.
 */
export function renderFilledText(article: Article, faq: Faq): string {
  const original = article.original;
  // Keep the document's own line endings so the fill does not produce mixed ones.
  const eol = original?.includes('\r\n') ? '\r\n' : '\n';
  const block = renderPairsText(faq.pairs, eol);
  const offset = article.faqSlot?.offset;

  if (original !== undefined && offset !== undefined && offset >= 0 && offset <= original.length) {
    const before = original.slice(0, offset);
    const after = original.slice(offset);
    // The slot may sit before or after the heading's line break; either way one blank line follows.
    const sep = before.endsWith('\n') ? eol : before.length > 0 ? eol + eol : '';
    const lead = /^\s*/.exec(after)![0];
    if (lead.length === after.length) return before + sep + block + eol;
    // Text after the slot (a next section): keep it, one blank line below the pairs,
    // with the indentation of its first line.
    const indent = lead.slice(lead.lastIndexOf('\n') + 1);
    return before + sep + block + eol + eol + indent + after.slice(lead.length);
  }

  const body = original?.trim() ? original.trimEnd() : article.paragraphs.join(eol + eol);
  return `${body}${eol}${eol}FAQ${eol}${eol}${block}${eol}`;
}
