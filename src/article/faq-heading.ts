// The document's own (empty) FAQ section: a heading line at the very end of a text document.
// `fill` inserts the generated pairs right after it, so we report where that line ends.

/** Heading lines taken for an FAQ section: "FAQ", "FAQs", "## FAQ", "Frequently asked questions:"... */
const FAQ_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?:FAQs?|F\.A\.Q\.?s?|Frequently[ \t]+asked[ \t]+questions(?:[ \t]*\(FAQs?\))?)[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*#*[ \t]*$/i;

/** True when a single line (or paragraph) is an FAQ heading. */
export function isFaqHeading(line: string): boolean {
  return !line.includes('\n') && FAQ_HEADING.test(line);
}

export interface TrailingFaq {
  /** Offset in the text where the heading line starts (the body ends before it). */
  readonly start: number;
  /** Offset just after the heading line, including its line break when there is one. */
  readonly offset: number;
}

/**
 * Find an FAQ heading that is the last non-blank line of `text` (only whitespace may follow).
 * Offsets are in `text` as given, so CRLF documents get CRLF-correct offsets.
 */
export function findTrailingFaq(text: string): TrailingFaq | undefined {
  const end = text.trimEnd().length;
  if (end === 0) return undefined;
  const start = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  const line = text.slice(start, end);
  if (!FAQ_HEADING.test(line)) return undefined;
  // Also take the heading's own line break, if any, so the slot is at the start of the next line.
  let offset = end;
  while (offset < text.length && (text[offset] === ' ' || text[offset] === '\t')) offset++;
  if (text.startsWith('\r\n', offset)) offset += 2;
  else if (text[offset] === '\n' || text[offset] === '\r') offset += 1;
  return { start, offset };
}
