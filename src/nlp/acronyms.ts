// Acronyms defined in the text: "Association of Southeast Asian Nations (ASEAN)".
import type { Token } from './doc.js';

/** The initials of a long form's capitalised words, e.g. "Association of Southeast Asian Nations" -> "ASAN". */
function initials(words: readonly Token[]): string {
  return words.filter((t) => /^[A-Z]/.test(t.text)).map((t) => t.text[0]).join('');
}

/** Letters of the acronym appear in order as initials of the long form (allowing skipped small words). */
function matches(short: string, long: readonly Token[]): boolean {
  const letters = short.replace(/[^A-Z]/g, '');
  const init = initials(long);
  if (letters.length < 2) return false;
  if (init === letters) return true;
  // Allow acronyms that take two letters from one word ("ASEAN": Association Southeast (A)sian Nations).
  const joined = long.map((t) => t.text).join(' ').toLowerCase();
  let k = 0;
  for (const ch of letters.toLowerCase()) {
    const at = joined.indexOf(ch, k);
    if (at < 0) return false;
    k = at + 1;
  }
  // Every capitalised word must give a letter: "Steve Madden and Spotify (SPOT)" is a list, not a long form.
  return long.length > 0 && long[0].text[0] === letters[0] && init.length >= letters.length - 2 && subsequence(init, letters);
}

function subsequence(part: string, whole: string): boolean {
  let k = 0;
  for (const ch of whole) if (ch === part[k]) k++;
  return k === part.length;
}

/** Find "Long Form (SHORT)" in one sentence. Returns [short, long] pairs. */
export function findAcronyms(text: string, tokens: readonly Token[]): [string, string][] {
  const out: [string, string][] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].text !== '(' || tokens[k + 2].text !== ')') continue;
    const short = tokens[k + 1].text;
    if (!/^[A-Z][A-Za-z&.]*[A-Z]s?$/.test(short)) continue;
    // Walk back over the capitalised long form (and joiners like "of").
    let a = k;
    while (a > 0 && (/^[A-Z]/.test(tokens[a - 1].text) || (['of', 'for', 'and', 'on', 'the', '&'].includes(tokens[a - 1].lower) && a - 2 >= 0 && /^[A-Z]/.test(tokens[a - 2].text)))) a--;
    // ... but not a sentence's opening article ("The Securities and Exchange Commission (SEC)").
    while (a < k && (!/^[A-Z]/.test(tokens[a].text) || /^(The|A|An)$/.test(tokens[a].text))) a++;
    const long = tokens.slice(a, k);
    if (long.length >= 2 && matches(short, long)) out.push([short, text.slice(tokens[a].start, tokens[k - 1].end)]);
  }
  return out;
}

/** Initialisms said letter by letter take "the" ("the SEC", "the IMF"); acronyms said as words do not ("ASEAN", "NATO"). */
export function spelledOut(short: string): boolean {
  // ("IAAF", "IISS" open with two vowels, "MPAA" closes with two after two consonants: read letter by letter.)
  return short.length <= 3 || !/[AEIOU]/.test(short) || /[^AEIOU]{3}/.test(short) || /^[AEIOU]{2}/.test(short) || /^[^AEIOU]{2}.*[AEIOU]{2}$/.test(short);
}
