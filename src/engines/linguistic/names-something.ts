// A question that names no one and nothing ("How many virus writers were arrested?", "What will the budget
// deficit fall to?") cannot be placed by a reader who has not read the article. On the session-5 rated sheets
// such linguistic questions were acceptable 1 time in 23, against 51% for those naming something
// (docs/quality.md, "Session 6").
import { MONTHS, WEEKDAYS } from '../../nlp/time/words.js';

/** Capitalised words that name a time, not who or what the question is about: "March", "Sept.", "Monday"
 *  (not "DEC", the company). */
const isCalendarWord = (w: string): boolean => {
  if (!/^\p{Lu}\p{Ll}+\.?$/u.test(w)) return false;
  const lower = w.toLowerCase().replace(/\.$/, '');
  return lower in MONTHS || lower in WEEKDAYS;
};

/** Things with one referent the world over, which name what a question is about without a capital: "Why has the
 *  dollar fallen to a new record low against the euro?", "What did the price of gold reach?". */
const UNIQUE_THINGS = /\bthe (dollar|euro|pound|yen|yuan|rouble|ruble|rupee|peso|price of (?:gold|oil|silver|bitcoin)|sterling)\b|\b(?:gold|oil|crude|bitcoin) prices?\b/i;

/** Does the question hold a name: a capitalised word after its first (not "I", a month or a weekday)? */
export function namesSomething(question: string): boolean {
  if (UNIQUE_THINGS.test(question)) return true;
  const words = question.split(/\s+/).slice(1);
  return words.some((raw) => {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s$/u, '');
    return /^\p{Lu}/u.test(w) && w !== 'I' && !isCalendarWord(w);
  });
}

/** "the two banks", "the trio", "both sides": a group counted off from earlier in the article, which a reader who
 *  has not read it cannot name (raters failed "Why may the two banks have scrapped plans ...?" as not
 *  self-contained). Time spans ("the three months to September") and "both sides in the US election" are no
 *  such group. */
const COUNTED_GROUP = /\bthe (?:two|three|four|five|six|both) (?!(?:days|weeks|months|years|decades|quarters|hours|minutes|seasons|games|matches|rounds|sets)\b)\p{Ll}+s\b|\bthe (?:trio|pair|duo|quartet|twosome)\b|\bboth (?:men|women|sides|companies|firms|countries|parties|teams|players|clubs)\b(?! (?:of|in)\b)/u;

export function countedGroup(question: string): boolean {
  return COUNTED_GROUP.test(question);
}
