/**
 * Calendar dates found by chrono-node: "Jan. 1", "17 December 2023", "March 1987", "Dec. 1 to Dec. 5",
 * "Tuesday, Dec. 12", "12/17/2023". chrono finds them; we read its parsed components (never its Date, which has
 * been shifted by any time zone in the text) and choose the year ourselves when the text gives none.
 *
 * Everything else chrono reports is dropped here and left to our rules (rules.ts): weekdays alone, "last week",
 * "two weeks ago", clock times, durations ("for 10 years", "within 30 days"), and narrative offsets ("a year
 * earlier", "two days after").
 */
import * as chrono from 'chrono-node';
import { type Day, daysInMonth, dayOf, weekdayOf, formatDay, formatDayRange, formatDayWithWeekday, formatMonth, monthEnd, monthStart, ymd } from './calendar.js';
import { pickOccurrence, type PickMode } from './occurrence.js';
import { wordAfter, wordBefore } from './rules.js';
import type { Tense } from './tense.js';
import type { Candidate, Ctx, Direction } from './types.js';
import { AMBIGUOUS_MONTHS, MAY_CUES, MONTHS, MONTH_CUES, MONTH_NAMES, WEEKDAYS } from './words.js';

const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** Cheap pre-check: a capitalised (or all-capitals) month name or abbreviation, or a numeric date with a year. */
export const CHRONO_PRECHECK = new RegExp(
  `\\b(?:${MONTH_WORD}|${MONTH_WORD.toUpperCase().replace(/\(\?:/g, '(?:')})\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b`,
);
const MONTH_TOKEN_RE = new RegExp(`\\b${MONTH_WORD}\\b\\.?`, 'i');
const ANCHOR_RE = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?\\b${MONTH_WORD}\\b|\\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b|\\b\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}\\b`, 'i');
/** Does the text name a year more than a year away from the reference year? */
function farYear(text: string, refYear: number): boolean {
  return [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].some((m) => Math.abs(Number(m[1]) - refYear) > 1);
}

/** "by March 31", "until May 15", "through Dec. 15", "from January 1", "effective Jan. 1", "no later than the end
 *  of May": a deadline, a start or the end of a period. Not after "the": "revealed by the December 24 strike". */
const DEADLINE_BEFORE_RE = /\b(?:by|before|until|till|through|thru|from|starting|beginning|effective|ahead\s+of|no\s+later\s+than)\s+(?:(?:early|mid|late|end)[\s-]+|(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+(?:the\s+)?)?$/i;
/** How far ahead such a deadline may lie and still beat the past tense ("called for comments by March 31" in an
 *  article of 3 March; but "had a positive rating until March 13, when it flipped" in October is the past March). */
const DEADLINE_AHEAD_DAYS = 92;
/** A past day without its year is not resolved into the year before when that puts it further back than this. */
const YEARLESS_PAST_DAYS = 300;
/** A span without its year that ended longer ago than this is not what the article reports. */
const STALE_SPAN_DAYS = 183;
/** The date part at the start of a chrono result: "Monday, Dec. 11, 2023", "12th of December", "May 5". */
const DATE_CORE_RE = new RegExp(
  `^(?:(?:on|in|the)\\s+)?(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\.?|${MONTH_WORD}\\.?(?:\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)?)(?:,?\\s+(?:of\\s+)?\\d{4}\\b)?|^\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`, 'i');
const NUMERIC_RE = /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/;

/** chrono with only the English parsers, reference at noon UTC, timezone UTC. */
const parser = chrono.casual;
const NO_REF_INSTANT = new Date(Date.UTC(2000, 5, 15, 12));

interface Parts { y?: number; m: number; d?: number; weekday: boolean; wd?: number }

function parts(c: chrono.ParsedComponents): Parts | undefined {
  if (!c.isCertain('month')) return undefined;
  const m = c.get('month');
  if (!m || m < 1 || m > 12) return undefined;
  const y = c.isCertain('year') ? c.get('year') ?? undefined : undefined;
  const d = c.isCertain('day') ? c.get('day') ?? undefined : undefined;
  if (y !== undefined && (y < 1000 || y > 2999)) return undefined;
  if (d !== undefined && (d < 1 || d > daysInMonth(y ?? 2000, m))) return undefined;
  const weekday = c.isCertain('weekday');
  return { y, m, d, weekday, wd: weekday ? c.get('weekday') ?? undefined : undefined };
}

function parseAt(text: string, offset: number, instant: Date): chrono.ParsedResult | undefined {
  const rs = parser.parse(text.slice(offset), { instant, timezone: 0 });
  const r = rs[0];
  if (!r || r.index > 0) return undefined;
  return r;
}

export function chronoDates(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  if (!CHRONO_PRECHECK.test(text)) return;
  const instant = ref !== undefined ? new Date(ref * 86_400_000 + 43_200_000) : NO_REF_INSTANT;
  for (const first of parser.parse(text, { instant, timezone: 0 })) {
    let r: chrono.ParsedResult | undefined = first;
    let index = first.index;
    const a = ANCHOR_RE.exec(first.text);
    if (!a) continue; // no date words: a clock time, a duration, "in the week"
    const prefix = first.text.slice(0, a.index);
    if (!/^(?:(?:on|in|the)\s+)?$/i.test(prefix)) {
      // "end of December", "two days after Monday", "9:41 p.m. ET Aug. 2": parse again from the date itself
      index = first.index + a.index;
      r = parseAt(text, index, instant);
      if (!r) continue;
    }
    const c = toCandidate(ctx, r, index);
    if (c) out.push(c);
  }
}

function toCandidate(ctx: Ctx, r: chrono.ParsedResult, index: number): Candidate | undefined {
  const { text, ref } = ctx;
  let rtext = r.text.replace(/[\s,;:]+$/, ''); // chrono keeps a trailing comma ("in January,")
  const p = parts(r.start);
  if (!p) return undefined; // weekday-only and time-only results are left to our rules
  if (p.y !== undefined && !/\b\d{4}\b|['’]\d\d\b/.test(rtext)) {
    // chrono read "Jan. 27, 50.5%" as the year 50: a year must be written with four digits (or '87)
    p.y = undefined;
    rtext = rtext.replace(/,?\s*\d{1,3}$/, '');
  }
  if (!r.end) {
    // chrono reads "at the end of December, from 14.58 pct" as 14:58: keep a clock time only when it looks like one
    const core = DATE_CORE_RE.exec(rtext);
    if (core && core[0].length < rtext.length && !/:\d\d|\b[ap]\.?m\b|\bnoon\b|\bmidnight\b/i.test(rtext.slice(core[0].length))) {
      rtext = core[0].replace(/[\s,]+$/, '');
    }
  }
  let start = index, end = index + rtext.length;
  if (/^[/\d]/.test(text.slice(end))) return undefined; // "January, 24/7 Wall St."
  const before = text.slice(Math.max(0, start - 8), start);
  if (/\b(?:each|every)\s+$/i.test(before)) return undefined; // "each January": habitual
  const numeric = NUMERIC_RE.test(rtext.trim());
  if (numeric && p.y === undefined) return undefined; // "3/4" is a fraction or a score
  const tok = MONTH_TOKEN_RE.exec(rtext);
  if (!numeric) {
    if (!tok) return undefined;
    const word = tok[0].replace(/\.$/, '');
    const lower = word.toLowerCase();
    if (word === lower) return undefined; // "march", "may": a verb
    const isAllCaps = word === word.toUpperCase() && word.length > 1;
    if (isAllCaps && p.d === undefined && p.y === undefined) return undefined; // "MAY" in a headline
    if (p.d === undefined && p.y === undefined) {
      // a bare month name: "in March", "December's", "last June"
      const full = MONTH_NAMES.some((n) => n.toLowerCase() === lower);
      if (!full) return undefined; // "Dec." alone
      // chrono sometimes swallows a trailing "of" ("September of"): give it back
      const of = /\s+of$/i.exec(rtext);
      if (of) { rtext = rtext.slice(0, of.index); end = start + rtext.length; }
      const monthAt = start + tok.index;
      const prev = wordBefore(text, monthAt);
      const after = text.slice(monthAt + word.length);
      const possessive = /^['’]s\b/.test(after);
      const next = wordAfter(text, monthAt + word.length);
      if (/^\s+of\s+(?!\d{4}\b)/i.test(after)) return undefined; // "March of Dimes"
      if (lower === 'may' && !possessive && !MAY_CUES.has(prev)
        && !(MONTH_CUES.has(prev) && new RegExp(`\\b${MONTH_WORD}\\b[^.;]{0,12}$`).test(text.slice(Math.max(0, monthAt - 20), monthAt)))) return undefined;
      if (AMBIGUOUS_MONTHS.has(lower) && !possessive && !MONTH_CUES.has(prev)
        && !(lower !== 'may' && prev === 'the' && /^[a-z]/.test(next) && !/^(?:on|for|to|against|through|into|across|of)$/.test(next))) return undefined; // "the March on Washington"
      if (/^[A-Z][a-z]/.test(next) && !(next.toLowerCase() in MONTHS) && !(next.toLowerCase() in WEEKDAYS) && !possessive) return undefined; // "April Ryan"
      const yearOf = /^\s+of\s+(\d{4})\b/i.exec(after);
      if (yearOf) { p.y = +yearOf[1]; end = monthAt + word.length + yearOf[0].length; }
    }
  }

  // "in March last year", "July or August this year"
  let relYear: number | undefined;
  const ry = p.y === undefined ? /^\s*,?\s+(last|this|next)\s+year\b(?!['’]s)/i.exec(text.slice(end)) : null;
  if (ry) {
    if (ref !== undefined) relYear = ymd(ref).y + (ry[1].toLowerCase() === 'last' ? -1 : ry[1].toLowerCase() === 'next' ? 1 : 0);
    end += ry[0].length;
  }
  const endParts = r.end ? parts(r.end) : undefined;
  // "last December", "next March", "this June"
  const cueM = /\b(last|next|this)\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
  const cue = p.y === undefined && !p.d && cueM ? cueM[1].toLowerCase() : undefined;
  if (cue) start -= cueM![0].length;

  const tense = ctx.tenseAt(start);
  const build = (forcedYear?: number): Candidate => {
    const year = p.y ?? relYear ?? forcedYear;
    const relative = year === undefined || relYear !== undefined || (ry !== null && ref === undefined);
    const single = (y: number, q: Parts): [Day, Day] =>
      q.d !== undefined ? [dayOf(y, q.m, q.d), dayOf(y, q.m, q.d)] : [monthStart(y, q.m), monthEnd(y, q.m)];
    const c: Candidate = {
      start, end, source: 'chrono', relative, granularity: p.d !== undefined ? 'day' : 'month',
    };
    let range: [Day, Day] | undefined;
    if (year !== undefined) range = single(year, p);
    // "signed it Jan. 1 but issued a preliminary version Sept. 22, 1862": a day without a year in a sentence
    // about another year is that story's, not the article's; left in the article's words.
    else if (ref !== undefined && !ry && farYear(text, ymd(ref).y)) range = undefined;
    else if (ref !== undefined && !ry) {
      const fits = (y: number) => (p.d === undefined || p.d <= daysInMonth(y, p.m) ? single(y, p) : undefined);
      const mode: PickMode = cue === 'last' ? 'last' : cue === 'next' ? 'next' : cue === 'this' ? 'present' : tenseMode(tense);
      range = pickOccurrence(fits, ref, mode);
      if (p.wd !== undefined && p.d !== undefined && !cue) {
        // "Tuesday, June 14" with no year: the year in which 14 June is a Tuesday, nearest the reference
        const ry0 = ymd(ref).y;
        let best: Day | undefined;
        for (let y = ry0 - 6; y <= ry0 + 6; y++) {
          if (p.d > daysInMonth(y, p.m)) continue;
          const d = dayOf(y, p.m, p.d);
          if (weekdayOf(d) === p.wd && (best === undefined || Math.abs(d - ref) < Math.abs(best - ref))) best = d;
        }
        if (best !== undefined && Math.abs(best - ref) < 366) range = [best, best];
      }
      // a near deadline in a past-tense sentence usually lies ahead: "called for comments by March 31",
      // "programming was extended through Nov. 15"
      // ("data from Jan. 1 through Nov. 27" is a span that has passed, not a deadline.)
      if (mode === 'past' && !endParts && DEADLINE_BEFORE_RE.test(text.slice(Math.max(0, start - 32), start))) {
        const ahead = pickOccurrence(fits, ref, 'next');
        if (ahead && ahead[0] - ref <= DEADLINE_AHEAD_DAYS) range = ahead;
      }
      if (cue === 'this') range = single(ymd(ref).y, p);
      // "Abbott restarted production on June 4th" in a story dated 24 May: a day told without its year that would
      // lie most of a year back is more likely a later update than last year's news; no date is better than a
      // wrong one (the guide: keep the article's words rather than guess).
      // ("took effect on Jan. 1" in December is this year's: only a day in the year before is in doubt.)
      if (mode === 'past' && !cue && !endParts && p.d !== undefined && range && ref - range[0] > YEARLESS_PAST_DAYS && ymd(range[0]).y < ymd(ref).y) range = undefined;
    }
    if (range && endParts) {
      // a range: "Dec. 1 to Dec. 5", "March 1987 through June 1987", "December 12-14"
      const sy = ymd(range[0]).y;
      let ey = endParts.y ?? sy;
      if (endParts.y === undefined && single(ey, endParts)[1] < range[0]) ey += 1;
      if (p.y === undefined && endParts.y !== undefined && forcedYear === undefined) {
        // "Dec. 28 to Jan. 3, 2024": the start takes its year from the end
        let y0 = endParts.y;
        if (single(y0, p)[0] > single(endParts.y, endParts)[1]) y0 -= 1;
        range = [single(y0, p)[0], range[1]];
        c.relative = false;
      }
      const e = single(ey, endParts)[1];
      if (e >= range[0]) range = [range[0], e];
      // "lasts from July 14 to September 1" in an article of 11 August: a span still running on the day is this
      // year's, though its start has passed.
      if (ref !== undefined && p.y === undefined && endParts.y === undefined && !cue && range[0] > ref) {
        const earlier: [Day, Day] = [single(sy - 1, p)[0], single(ey - 1, endParts)[1]];
        if (earlier[1] >= ref && earlier[0] <= ref) range = earlier;
      }
      // "suspended all flights from Feb. 6 through April 30" in an article of 31 January: a span that would have
      // ended half a year before the article, told without its year, is the coming one when that starts soon.
      if (ref !== undefined && p.y === undefined && endParts.y === undefined && !cue && range[1] < ref - STALE_SPAN_DAYS) {
        const later: [Day, Day] = [single(sy + 1, p)[0], single(ey + 1, endParts)[1]];
        if (later[0] >= ref && later[0] - ref <= DEADLINE_AHEAD_DAYS) range = later;
      }
    }
    if (range) {
      c.range = range;
      // the weekday only when the text's weekday agrees with the date
      if (range[0] === range[1]) c.resolved = p.wd !== undefined && weekdayOf(range[0]) === p.wd ? formatDayWithWeekday(range[0]) : formatDay(range[0]);
      else if (p.d !== undefined) c.resolved = formatDayRange(range[0], range[1]);
      else {
        const A = ymd(range[0]), B = ymd(range[1]);
        c.resolved = A.y === B.y && A.m === B.m ? formatMonth(A.y, A.m)
          : A.y === B.y ? `${MONTH_NAMES[A.m - 1]}–${formatMonth(B.y, B.m)}` : `${formatMonth(A.y, A.m)} – ${formatMonth(B.y, B.m)}`;
        if (A.y === B.y && A.m === B.m) c.label = c.resolved;
      }
    } else {
      c.direction = cue === 'last' ? 'past' : cue === 'next' ? 'future' : tenseDirection(tense);
    }
    if (p.y !== undefined) c.explicitYear = p.y;
    else if (relYear !== undefined) c.explicitYear = relYear;
    else if (endParts?.y !== undefined) c.explicitYear = endParts.y;
    if (p.y === undefined && forcedYear === undefined && !cue && !ry && endParts?.y === undefined) c.reresolve = (y: number) => build(y);
    return c;
  };
  return build();
}

function tenseMode(t: Tense): PickMode {
  return t;
}
function tenseDirection(t: Tense): Direction {
  return t === 'present' ? 'unknown' : t;
}
