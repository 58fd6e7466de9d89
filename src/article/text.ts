// Text helpers shared by every reader: paragraph splitting, whitespace normalisation, ids.
import { createHash } from 'node:crypto';

/** Unify line endings so readers only deal with `\n` (offsets into `original` are computed separately). */
export function unifyNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Numeric and a few named HTML entities left in extracted text ("Pel&#233;", "AT&amp;T"). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };
  return text
    .replace(/&#(\d{2,6});/g, (m, n) => (Number(n) < 0x110000 ? String.fromCodePoint(Number(n)) : m))
    .replace(/&#x([0-9a-f]{2,6});/gi, (m, n) => (parseInt(n, 16) < 0x110000 ? String.fromCodePoint(parseInt(n, 16)) : m))
    .replace(/&([a-z]+);/g, (m, n) => named[n] ?? m);
}

/** Punctuation left URL-encoded by a scraper ("drop%2C Apple", "Rowling%27s", "%24185 billion"). Only in a
 *  paragraph that has a comma, apostrophe or quote so encoded: a lone "%20" elsewhere may be meant. */
function decodeUrlPunctuation(text: string): string {
  if (!/%(?:2C|27|22)/.test(text)) return text;
  return text.replace(/%(2[0-9A-C]|3[A-F])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * One paragraph as the pipeline wants it: NFC, hard-wrapped lines joined, whitespace runs collapsed.
 * Characters are otherwise kept (curly quotes stay curly) so evidence matches the source.
 */
export function normaliseParagraph(text: string): string {
  return (
    decodeUrlPunctuation(decodeEntities(unifyNewlines(text)))
      .normalize('NFC')
      // Invisible characters that only break tokenisation.
      .replace(/[\u00AD\u200B\uFEFF]/g, '')
      // A word broken at a line end ("self-\nemployed") keeps its hyphen but loses the break.
      .replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})/gu, '$1-')
      .replace(/[ \t]*\n[ \t]*/g, ' ')
      .replace(/[\t\p{Zs}]+/gu, ' ')
      .trim()
  );
}

/** Raw blocks separated by blank lines (lines holding only whitespace count as blank). */
export function splitBlocks(text: string): string[] {
  return unifyNewlines(text)
    .split(/\n[ \t\p{Zs}]*\n/u)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');
}

/** Paragraphs separated by blank lines, normalised; empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return splitBlocks(text)
    .map(normaliseParagraph)
    .filter((p) => p !== '');
}

/** Paragraphs from a field that may use blank lines, or only single newlines, between paragraphs. */
export function splitLooseParagraphs(text: string): string[] {
  const unified = unifyNewlines(text);
  if (/\n[ \t]*\n/.test(unified)) return splitParagraphs(unified);
  return unified
    .split('\n')
    .map(normaliseParagraph)
    .filter((p) => p !== '');
}

/** Short stable id for an article without its own: sha1 of the body, first 16 hex digits. */
export function hashId(paragraphs: readonly string[]): string {
  return createHash('sha1').update(paragraphs.join('\n\n'), 'utf8').digest('hex').slice(0, 16);
}

/** Count of word tokens (runs of letters or digits), for cheap size checks. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Longest line taken for a title (real headlines in ../shared/data have at most 15 words). */
export const TITLE_MAX_WORDS = 30;
const TITLE_MAX_CHARS = 250;

/** A line that can be a headline: one line, short, and not ending like a run-on sentence. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.includes('\n') || t.length > TITLE_MAX_CHARS) return false;
  const words = countWords(t);
  // Headlines may end with "." ("Here's what to know."), but long full sentences are body text.
  return words > 0 && words <= (/[.:;,]$/.test(t) ? 15 : TITLE_MAX_WORDS);
}
