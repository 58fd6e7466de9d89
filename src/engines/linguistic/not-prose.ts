// Lines of an article that are not its prose: subheadings and photo credits run into the text.
import type { Sentence } from '../../nlp/doc.js';

/** No question is asked of these, and none answers from them. */
export function notProse(s: Sentence): boolean {
  return isSubhead(s) || CAPTION_CREDIT.test(s.text);
}

/** A line with no closing punctuation inside the body is a subheading or a live-blog headline ("GOP prepares
 *  relentless scrutiny on border"): its headline grammar gave garbled questions ("What does GOP prepare?"). */
function isSubhead(s: Sentence): boolean {
  // "ADVANCE WARS DS The UK Nintendo DS launch line-up is ...": a heading in capitals run into its paragraph.
  return !/[.!?;:"”’')\]]$/.test(s.text.trim()) || /^[A-Z]{3,}(?:\s+[A-Z0-9]{2,})+\s+[A-Z][a-z]/.test(s.text);
}

/** A photo caption run into the text carries its credit: "Anthony Wallace/AFP/Getty Images A victim ...". */
const CAPTION_CREDIT = /\b\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*\/(?:AFP|AP|Getty Images|Reuters|Bloomberg|EPA|Shutterstock|USA TODAY|Sipa)\b/u;
