/**
 * Time expressions in news sentences, resolved against the article's date.
 *
 * chrono-node finds calendar dates ("Jan. 1", "17 December 2023", "March 1987"); our own rules (rules.ts) handle
 * what a news FAQ needs and chrono does not give: "recently", calendar ranges for "last week" / "this month",
 * rolling periods, "N weeks ago" as an approximate window, quarters, bare years and decades, and weekdays read
 * backwards in a past-tense sentence. Everything is computed on UTC days.
 *
 * Choices worth knowing:
 * - A week runs Monday-Sunday; "the week of 11 December 2023" names its Monday.
 * - "last Tuesday" is the most recent Tuesday strictly before the reference date (even if that is yesterday);
 *   "next Tuesday" the first one strictly after it. A bare "on Tuesday" follows the tense: past -> the latest
 *   Tuesday on or before the reference (a story dated Tuesday saying "said on Tuesday" means that day), future ->
 *   the first on or after, present -> the nearest.
 * - A month or day without a year: past -> the latest occurrence begun by the reference, future -> the first not
 *   yet over, present -> the nearest one, future ones counted at 0.7 of their distance ("takes effect Jan. 1" in a
 *   December article is next 1 January). A near deadline ("by March 31", "through Nov. 15", "from January 1")
 *   within 92 days ahead beats a past tense. "last December" is the latest December over before the reference.
 *   "March 3 and April 5, 2019" and "in 1986 ... in the first quarter" lend their year to the year-less date.
 * - Quarters without a year: past -> the latest begun; otherwise the nearest (reported results are usually of a
 *   quarter just ended). "The first quarter ended December 31" is the three months to that date. Fiscal years and
 *   fiscal quarters are found but left unresolved. "third quarter" in a sentence about a game is not a time.
 * - The tense is inferred per expression from the nearest marker in the sentence (tense.ts); with nothing within
 *   about a clause it is present (a bare weekday then goes to the nearest one).
 * - "recently" is taken as the 30 days up to the reference and described as "shortly before <date>"; other vague
 *   words get similarly wide windows and wording that does not pretend to a day.
 * - `text` includes an introducing preposition ("in 2019", "on Tuesday", "since 1987"); `range` and `resolved`
 *   describe the time itself.
 */
import { type Day, addMonths, formatDay, parseIso, toIso } from './calendar.js';
import { chronoDates } from './chronoDates.js';
import { RULES, modifierLabel, subRange } from './rules.js';
import { tenseScanner, type Tense } from './tense.js';
import type { Candidate, Ctx, Direction, Granularity, TimeExpression } from './types.js';
import { LEADING_PREPOSITIONS } from './words.js';

export type { Granularity, TimeExpression } from './types.js';
export { inferTense, type Tense } from './tense.js';

export interface FindTimesOptions {
  /** The article's date, YYYY-MM-DD. Without it relative expressions are found but not resolved. */
  reference?: string;
  /** The sentence's tense, when the caller knows it; otherwise inferred cheaply from the words. */
  tense?: Tense;
}

/** Anything that could start a time expression; sentences without one are skipped without further work. */
const PRECHECK = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|to(?:day|night|morrow)|yesterday|now|recent|lately|week|month|year|quarter|qtr|half|decade|ago|hence|earlier|later|night|morning|afternoon|evening)|\b(?:19|20)\d\d|['’]\d0s|\bQ[1-4]|\bH[12]\b|\d\/\d/i;

const PREP_RE = new RegExp(`\\b(?:${LEADING_PREPOSITIONS.join('|')})\\s+$`, 'i');
const MODIFIER_RE = /(?:\b(?:the)\s+)?(?:\b(early|mid|late)(?:\s+|-)|\b(end|beginning|start|middle)\s+of\s+(?:the\s+)?|\b(end)-)$/i;
const CONTEXT_YEAR_CUE_RE = /\b(?:in|for|of|during|throughout)\s+$/i;
/** "first quarter ended", "fiscal year ending", "six months to", "week ended" just before a date. */
const PERIOD_ENDED_RE = /\b((?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+)?(?:fiscal\s+)?(?:quarter|qtr|half|year)|(?:three|six|nine|twelve|3|6|9|12)\s+months|(?:two|three|four|\d)\s+weeks|week|month)\s+(ended|ending|to)\s+(?:on\s+)?$/i;
const PERIOD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, six: 6, nine: 9, twelve: 12 };

function periodBefore(m: RegExpExecArray, endDay: Day): { start: Day; granularity: Granularity; words: string } | undefined {
  const words = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/\bqtr\b/, 'quarter');
  const n = (w: string) => PERIOD_NUMBERS[w] ?? +w;
  const after = endDay + 1;
  let start: Day, granularity: Granularity;
  if (/quarter$/.test(words)) { start = addMonths(after, -3); granularity = 'quarter'; }
  else if (/half$/.test(words)) { start = addMonths(after, -6); granularity = 'quarter'; }
  else if (/year$/.test(words)) { start = addMonths(after, -12); granularity = 'year'; }
  else if (/months$/.test(words)) { start = addMonths(after, -n(words.split(' ')[0])); granularity = 'month'; }
  else if (/weeks$/.test(words)) { start = after - 7 * n(words.split(' ')[0]); granularity = 'week'; }
  else if (words === 'week') { start = after - 7; granularity = 'week'; }
  else if (words === 'month') { start = addMonths(after, -1); granularity = 'month'; }
  else return undefined;
  // "first quarter ended December 31" names a fiscal quarter: describe it by its end, not as "the first quarter"
  const plain = words.replace(/^(?:first|second|third|fourth|1st|2nd|3rd|4th|final)\s+/, '');
  return { start, granularity, words: plain };
}
const ORDINAL_BEFORE_RE = /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+$/i;
const WEEKDAY_RE = /^(?:on\s+)?(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;
const YEAR_LINK_RE = /^\s*,?\s*(?:and|to|through|until|till|or|-|–|—)\s*$/i;

/** Find and resolve time expressions in one sentence. `tense` tells a bare weekday's direction when known. */
export function findTimes(text: string, opts: FindTimesOptions = {}): TimeExpression[] {
  let ref: Day | undefined;
  if (opts.reference !== undefined) {
    ref = parseIso(opts.reference);
    if (ref === undefined) throw new RangeError(`findTimes: reference must be YYYY-MM-DD, got ${JSON.stringify(opts.reference)}`);
  }
  if (!text || !PRECHECK.test(text)) return [];
  const scan = tenseScanner(text);
  const ctx: Ctx = {
    text,
    ref,
    tenseAt: (at) => opts.tense ?? scan.at(at),
    markerNear: (at) => scan.nearest(at),
  };
  const found: Candidate[] = [];
  for (const [gate, rule] of RULES) if (gate.test(text)) rule(ctx, found);
  chronoDates(ctx, found);
  // "the third Monday of February" is no Monday counted from the article's date; this module does not resolve it.
  // Nor is "the last Saturday of October".
  for (let i = found.length - 1; i >= 0; i--) {
    const words = text.slice(found[i].start, found[i].end);
    const ordinal = ORDINAL_BEFORE_RE.test(text.slice(0, found[i].start)) && WEEKDAY_RE.test(words);
    const lastOf = /^last\s+(sun|mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?)(day)?$/i.test(words) && /^\s+of\b/.test(text.slice(found[i].end));
    if (ordinal || lastOf) found.splice(i, 1);
  }

  // Longest first (our rules before chrono on a tie); keep what does not overlap.
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || (a.source === b.source ? a.start - b.start : a.source === 'rule' ? -1 : 1));
  const kept: Candidate[] = [];
  for (const c of found) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);

  // "March 3 and April 5, 2019": the year-less date takes its neighbour's year.
  for (let i = kept.length - 2; i >= 0; i--) {
    const c = kept[i], n = kept[i + 1];
    if (c.reresolve && n.explicitYear !== undefined && YEAR_LINK_RE.test(text.slice(c.end, n.start))) {
      kept[i] = c.reresolve(n.explicitYear);
      kept[i].explicitYear = n.explicitYear;
      kept[i].relative = n.relative; // "July or August this year" still depends on the reference
    }
  }
  // "For all of 1986, productivity rose 4.3 pct in the first quarter": a year-less quarter or month takes the year
  // of the nearest earlier bare year in the same sentence when that is "in/for/of/during <year>" (not "from 1985",
  // "since 1985": comparisons; not a full date, which is usually a side remark).
  for (let i = 1; i < kept.length; i++) {
    const c = kept[i];
    if (!c.reresolve || c.explicitYear !== undefined) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = kept[j];
      if (p.explicitYear === undefined) continue;
      if (p.granularity === 'year' && p.range && CONTEXT_YEAR_CUE_RE.test(text.slice(Math.max(0, p.start - 12), p.start))) {
        const a = c.reresolve(p.explicitYear);
        // not against the tense: "as he did in 2021, if he's going to survive in November" is next November
        const t = ctx.tenseAt(c.start);
        const clash = ref !== undefined && a.range !== undefined
          && ((t === 'future' && a.range[1] < ref) || (t === 'past' && a.range[0] > ref));
        if (!clash) kept[i] = a;
      }
      break;
    }
  }
  // "the first quarter ended December 31", "the year ended Dec. 31", "the six months to June 30": the period
  // that ends on that date.
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    if (c.granularity !== 'day' || !c.range || c.range[0] !== c.range[1]) continue;
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    const m = PERIOD_ENDED_RE.exec(before);
    if (!m) continue;
    const period = periodBefore(m, c.range[1]);
    if (!period) continue;
    const pStart = c.start - (before.length - m.index);
    // the period words replace whatever was found inside them ("first quarter" as a quarter of the year)
    for (let j = i - 1; j >= 0 && kept[j].end > pStart; j--) { kept.splice(j, 1); i--; }
    kept[i] = {
      start: pStart, end: c.end, source: 'rule', relative: c.relative, granularity: period.granularity,
      range: [period.start, c.range[1]],
      resolved: `the ${period.words} ${m[2].toLowerCase() === 'to' ? 'to' : 'ended'} ${formatDay(c.range[1])}`,
    };
  }

  const out: TimeExpression[] = [];
  let prevEnd = 0;
  for (const c of kept) {
    let start = c.start;
    let range = c.range, resolved = c.resolved, granularity = c.granularity;
    // early/mid/late, the end of, the beginning of
    let mod = MODIFIER_RE.exec(text.slice(Math.max(prevEnd, start - 30), start));
    // "the end of the 2020 season": a year after "of the" is an adjective, not the year's end
    if (mod && /\bof\s+the\s+$/i.test(mod[0]) && !c.label?.startsWith('the ')) mod = null;
    if (mod && (c.label || granularity === 'day' || granularity === 'quarter')) {
      const which = (mod[1] ?? mod[2] ?? mod[3]).toLowerCase();
      if (granularity === 'day' && which !== 'early' && which !== 'late') { /* "the end of Tuesday": leave */ }
      else {
        start -= mod[0].length;
        if (c.label && range && (granularity === 'year' || granularity === 'month' || granularity === 'decade')) {
          range = subRange(range, granularity, which);
          resolved = modifierLabel(which, c.label);
          granularity = 'approximate';
        } else if (c.label && range && granularity === 'quarter') {
          range = subRange(range, 'quarter', which);
          const q = c.label.replace(/^the /, '');
          resolved = which === 'early' || which === 'late' ? `${which} in the ${q}`
            : `the ${which === 'mid' ? 'middle' : which} of the ${q}`;
          granularity = 'approximate';
        }
      }
    }
    const prep = PREP_RE.exec(text.slice(Math.max(prevEnd, start - 12), start));
    // "on" only before a day or date written as such ("on Tuesday", "on Jan. 1"), not "focus on next week's vote"
    if (prep && /^on\b/i.test(prep[0]) && !/^[A-Z0-9]/.test(text.slice(start, c.end))) { /* leave it out */ }
    else if (prep && !/^(?:in|on|since|until|till|by|from|during|before|after|through|throughout)\b/i.test(text.slice(start, c.end))) start -= prep[0].length;
    prevEnd = c.end;
    const e: TimeExpression = {
      text: text.slice(start, c.end),
      start,
      end: c.end,
      relative: c.relative,
      direction: direction(c, range, ref),
      granularity,
    };
    if (range) e.range = { start: toIso(range[0]), end: toIso(range[1]) };
    if (range && resolved) e.resolved = resolved;
    out.push(e);
  }
  return out;
}

function direction(c: Candidate, range: [Day, Day] | undefined, ref: Day | undefined): Direction {
  if (c.direction && c.direction !== 'unknown') return c.direction;
  if (ref === undefined || !range) return c.direction ?? 'unknown';
  if (range[1] < ref) return 'past';
  if (range[0] > ref) return 'future';
  return 'present';
}

/** Format an ISO date as "17 December 2023". */
export function formatDate(iso: string): string {
  const d = parseIso(iso);
  if (d === undefined) throw new RangeError(`formatDate: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return formatDay(d);
}
