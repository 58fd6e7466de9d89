// Inline leftovers inside body paragraphs: a dateline opening the first paragraph
// ("TOKYO (AP) — ", "WASHINGTON — "), newswire ticker brackets ("<Equity Silver Mines Ltd>") and photo credits
// ending a caption ("Courtesy SusieCakes").

const DATELINE = /^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*)(?:\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|[A-Z][A-Za-z ]{1,20})\)\s*)?[—–-]{1,2}\s+(?=[A-Z"“])/;
const TICKER = /<([A-Z][^<>]{0,60})>/g;
/** "London (CNN) British Prime Minister ...": a wire credit with no dash after it. */
const CREDIT = /^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s*)?\((?:CNN|CNN Business|AP|AFP|Reuters|UPI)\)\s+(?=[A-Z"“])/;

/** Remove a dateline from the start of a paragraph: any in the first; later (live blogs start each entry with
 *  one) only when the whole place name is in capitals ("KANSAS CITY, MO — "). */
export function stripDateline(paragraph: string, first = true): string {
  const m = DATELINE.exec(paragraph);
  // Require capitals in the place name, so ordinary sentences starting "A - B" are untouched.
  if (!m || !/^[A-Z]{2,}/.test(m[0])) return paragraph;
  if (!first && !/^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,|\s*[—–-])/.test(m[0])) return paragraph;
  return paragraph.slice(m[0].length);
}

/** Remove a wire credit without a dash from the start of the first paragraph ("London (CNN) "). */
export function stripCredit(paragraph: string): string {
  const m = CREDIT.exec(paragraph);
  return m ? paragraph.slice(m[0].length) : paragraph;
}

/** A photo credit left at the end of a caption paragraph: "... now. Courtesy SusieCakes", "... in Kyiv. Win
 *  McNamee/Getty Images". Only after a sentence's end, so a name in the sentence itself is never taken. */
const PHOTO_CREDIT = /(?<=[.!?"”’])\s+(?:Courtesy(?: of)? [A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?\/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})$/;

/** Remove a photo credit from the end of a paragraph. */
export function stripPhotoCredit(paragraph: string): string {
  return paragraph.replace(PHOTO_CREDIT, '');
}

/** A stock code after a name: "Texaco Inc <TX>", "Philips <PGLO.AS>". */
const CODE_AFTER_NAME = /(?<=(?:^|\s)\p{Lu}[\p{L}.&'’-]*)\s*<[A-Z]{1,6}(?:\.[A-Z]{1,3})?>/gu;

/** "<Equity Silver Mines Ltd> said" -> "Equity Silver Mines Ltd said"; "Texaco Inc <TX> said" -> "Texaco Inc
 *  said" (a stock code after the name it codes is no word a reader needs). */
export function unwrapTickers(paragraph: string): string {
  return paragraph.replace(CODE_AFTER_NAME, '').replace(TICKER, '$1');
}

export function cleanInline(paragraphs: readonly string[]): string[] {
  return paragraphs
    .map((p, i) => stripPhotoCredit(unwrapTickers(i === 0 ? stripCredit(stripDateline(p)) : stripDateline(p, false))))
    .filter((p) => p.trim());
}
