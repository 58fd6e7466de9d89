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
 *   yet over, present -> the nearest one ("takes effect Jan. 1" in a December article is next 1 January).
 * - "recently" is taken as the 30 days up to the reference and described as "shortly before <date>"; other vague
 *   words get similarly wide windows and wording that does not pretend to a day.
 * - `text` includes an introducing preposition ("in 2019", "on Tuesday", "since 1987"); `range` and `resolved`
 *   describe the time itself.
 */
import { type Day, formatDay, parseIso, toIso } from './calendar.js';
import { chronoDates } from './chronoDates.js';
import { RULES, modifierLabel, subRange } from './rules.js';
import { inferTense, type Tense } from './tense.js';
import type { Candidate, Ctx, Direction, TimeExpression } from './types.js';
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
const YEAR_LINK_RE = /^\s*,?\s*(?:and|to|through|until|till|or|-|–|—)\s*$/i;

/** Find and resolve time expressions in one sentence. `tense` tells a bare weekday's direction when known. */
export function findTimes(text: string, opts: FindTimesOptions = {}): TimeExpression[] {
  let ref: Day | undefined;
  if (opts.reference !== undefined) {
    ref = parseIso(opts.reference);
    if (ref === undefined) throw new RangeError(`findTimes: reference must be YYYY-MM-DD, got ${JSON.stringify(opts.reference)}`);
  }
  if (!text || !PRECHECK.test(text)) return [];
  const tenseCache = new Map<number, Tense>();
  const ctx: Ctx = {
    text,
    ref,
    tenseAt: (at) => {
      if (opts.tense) return opts.tense;
      let t = tenseCache.get(at);
      if (!t) { t = inferTense(text, at); tenseCache.set(at, t); }
      return t;
    },
  };
  const found: Candidate[] = [];
  for (const rule of RULES) rule(ctx, found);
  chronoDates(ctx, found);

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
    }
  }

  const out: TimeExpression[] = [];
  let prevEnd = 0;
  for (const c of kept) {
    let start = c.start;
    let range = c.range, resolved = c.resolved, granularity = c.granularity;
    // early/mid/late, the end of, the beginning of
    const mod = MODIFIER_RE.exec(text.slice(Math.max(prevEnd, start - 30), start));
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
    if (prep && !/^(?:in|on|since|until|till|by|from|during|before|after|through|throughout)\b/i.test(text.slice(start, c.end))) start -= prep[0].length;
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
