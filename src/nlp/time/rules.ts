/**
 * Our own rules, for what chrono-node misses or resolves in a way a news FAQ cannot use: "recently", calendar
 * ranges ("last week" = Monday-Sunday), rolling periods ("the past five years"), "N weeks ago" as an approximate
 * window, quarters, bare years, decades, the day words ("today", "last night"), and weekdays (resolved backwards in
 * a past-tense sentence).
 */
import {
  type Day, addMonths, addYears, dayOf, formatDay, formatDayRange, formatDayWithWeekday, formatMonth, mondayOf,
  monthEnd, monthStart, quarterOf, weekdayOf, ymd,
} from './calendar.js';
import { pickOccurrence, pickWeekday, type PickMode } from './occurrence.js';
import type { Tense } from './tense.js';
import type { Candidate, Ctx, Direction } from './types.js';
import {
  COUNT_NOUNS, FINANCE_WORDS_RE, NUMBER_WORDS, SPORT_WORDS_RE, ORDINALS, TODAY_BLOCK_AFTER, TODAY_BLOCK_BEFORE, WEEKDAYS, WEEKDAY_BLOCK_AFTER,
  WEEKDAY_BLOCK_BEFORE, YEAR_BLOCK_BEFORE, YEAR_CUES,
} from './words.js';

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

const UNIT_RE = '(days?|weeks?|months?|years?|decades?)';
const COUNT_RE = `(\\d{1,3}|a\\s+few|a\\s+couple\\s+of|couple\\s+of|few|several|many|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** The word just before `pos` (lower-case, trailing punctuation dropped), or '' at the start. */
export function wordBefore(text: string, pos: number): string {
  const m = /([A-Za-z$][\w.'’$-]*)[\s,]*$/.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1].toLowerCase().replace(/[.,-]+$/, '') : '';
}
/** The word just after `pos`, as written. */
export function wordAfter(text: string, pos: number): string {
  const m = /^\s*([\w'’$%-]+)/.exec(text.slice(pos, pos + 30));
  return m ? m[1] : '';
}

function unitOf(s: string): Unit {
  return s.toLowerCase().replace(/s$/, '') as Unit;
}
function shift(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'day': return day + n;
    case 'week': return day + 7 * n;
    case 'month': return addMonths(day, n);
    case 'year': return addYears(day, n);
    case 'decade': return addYears(day, 10 * n);
  }
}
function countOf(s: string | undefined): { n: number; vague: boolean } | undefined {
  if (!s) return undefined;
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return { n: +w, vague: false };
  if (w in NUMBER_WORDS) return { n: NUMBER_WORDS[w], vague: false };
  if (w.endsWith('couple of')) return { n: 2, vague: true };
  if (w === 'many') return { n: 10, vague: true };
  return { n: 5, vague: true }; // few, a few, several
}

function pickModeFor(tense: Tense): PickMode {
  return tense;
}
function tenseDirection(tense: Tense): Direction {
  return tense === 'present' ? 'unknown' : tense;
}

function mk(start: number, end: number, c: Omit<Candidate, 'start' | 'end' | 'source'>): Candidate {
  return { start, end, source: 'rule', ...c };
}

// ---------------------------------------------------------------------------------------------------------------
// "recently", "lately", "in recent weeks"

const RECENTLY_RE = /\b(?:(?:just|only|most|more|very|until|till)\s+)?(?:recently|lately)\b/gi;
const RECENT_PLURAL_RE = new RegExp(`\\b(?:(?:in|over|during|throughout)\\s+)?(?:the\\s+)?recent\\s+${UNIT_RE}\\b`, 'gi');

function recent(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(RECENTLY_RE)) {
    out.push(mk(m.index, m.index + m[0].length, {
      relative: true, granularity: 'approximate', direction: 'past',
      ...(ref !== undefined && { range: [ref - 30, ref], resolved: `shortly before ${formatDay(ref)}` }),
    }));
  }
  for (const m of text.matchAll(RECENT_PLURAL_RE)) {
    const unit = unitOf(m[1]);
    if (!/s$/i.test(m[1])) continue; // "recent week" is not an expression we know
    const span: Record<Unit, number> = { day: 14, week: 8, month: 6, year: 5, decade: 3 };
    out.push(mk(m.index, m.index + m[0].length, {
      relative: true, granularity: 'approximate', direction: 'past',
      ...(ref !== undefined && {
        range: [shift(ref, unit, -span[unit]), ref], resolved: `the ${unit}s before ${formatDay(ref)}`,
      }),
    }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// "the past five years", "the last few weeks", "the coming days", "the next two months"

const ROLLING_RE = new RegExp(
  `\\b(?:(?:in|over|during|for|throughout|within)\\s+)?the\\s+(past|last|next|coming)\\s+(?:${COUNT_RE}\\s+)?${UNIT_RE}\\b(?!\\s+of\\b)`, 'gi');
/** "this past week", "past year" without "the" */
const ROLLING_BARE_RE = new RegExp(`\\b(?:this\\s+)?(past|coming)\\s+(?:${COUNT_RE}\\s+)?${UNIT_RE}\\b(?!\\s+of\\b)`, 'gi');

function rolling(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  const handle = (m: RegExpMatchArray) => {
    const dir = /^(past|last)$/i.test(m[1]) ? 'past' : 'future';
    const unit = unitOf(m[3]);
    const plural = /s$/i.test(m[3]);
    const count = countOf(m[2]) ?? (plural ? { n: 5, vague: true } : { n: 1, vague: false });
    if (!plural && count.n !== 1) return;
    const start = m.index!, end = start + m[0].length;
    let range: [Day, Day] | undefined, resolved: string | undefined;
    if (ref !== undefined) {
      const other = shift(ref, unit, dir === 'past' ? -count.n : count.n);
      range = dir === 'past' ? [other, ref] : [ref, other];
      const what = count.vague ? `${unit}s` : count.n === 1 ? unit : `${m[2]!.toLowerCase()} ${unit}s`;
      resolved = count.vague
        ? `the ${what} ${dir === 'past' ? 'before' : 'after'} ${formatDay(ref)}`
        : `the ${what} ${dir === 'past' ? 'to' : 'after'} ${formatDay(ref)}`;
    }
    out.push(mk(start, end, { relative: true, granularity: 'approximate', direction: dir, range, resolved }));
  };
  for (const m of text.matchAll(ROLLING_RE)) handle(m);
  for (const m of text.matchAll(ROLLING_BARE_RE)) {
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue; // the ROLLING_RE case
    // "how diverse have past years been?" is not a period; "in coming months", "over past years" are
    if (!m[2] && /s$/i.test(m[3]) && !/\b(?:in|over|during|for|throughout)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    handle(m);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// "earlier this month", "later this year", "so far this year"

const EARLIER_RE = /\b(earlier|later|so\s+far)\s+(?:this|in\s+the)\s+(week|month|year)\b/gi;

function earlierLater(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(EARLIER_RE)) {
    const which = m[1].toLowerCase().replace(/\s+/g, ' ');
    const unit = m[2].toLowerCase() as 'week' | 'month' | 'year';
    const dir: Direction = which === 'later' ? 'future' : 'past';
    let range: [Day, Day] | undefined, resolved: string | undefined;
    if (ref !== undefined) {
      const p = period(ref, unit);
      range = which === 'later' ? [ref, p.range[1]] : [p.range[0], ref];
      resolved = which === 'so far' ? formatDayRange(range[0], range[1]) : `${which} in ${p.label}`;
    }
    out.push(mk(m.index, m.index + m[0].length, { relative: true, granularity: 'approximate', direction: dir, range, resolved }));
  }
}

/** The calendar week (Monday-Sunday), month, quarter or year containing `day`. */
function period(day: Day, unit: 'week' | 'month' | 'quarter' | 'year'): { range: [Day, Day]; label: string } {
  const { y, m } = ymd(day);
  switch (unit) {
    case 'week': { const mon = mondayOf(day); return { range: [mon, mon + 6], label: `the week of ${formatDay(mon)}` }; }
    case 'month': return { range: [monthStart(y, m), monthEnd(y, m)], label: formatMonth(y, m) };
    case 'quarter': { const q = quarterOf(m); return { range: quarterRange(y, q), label: quarterLabel(y, q) }; }
    case 'year': return { range: [dayOf(y, 1, 1), dayOf(y, 12, 31)], label: String(y) };
  }
}

const Q_NAMES = ['first', 'second', 'third', 'fourth'];
function quarterRange(y: number, q: number): [Day, Day] {
  return [monthStart(y, 3 * q - 2), monthEnd(y, 3 * q)];
}
function quarterLabel(y: number, q: number): string {
  return `the ${Q_NAMES[q - 1]} quarter of ${y}`;
}

// ---------------------------------------------------------------------------------------------------------------
// "this week", "last month", "next year", "this weekend", "last quarter", "this decade"

const CALENDAR_RE = /\b(this\s+past|this\s+coming|this|last|next)\s+(week|weekend|month|quarter|year|decade)\b(?!\s+of\b)(?![-‐]\w)/gi;

function calendar(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(CALENDAR_RE)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const which = m[1].toLowerCase().replace(/\s+/g, ' ');
    const unit = m[2].toLowerCase();
    // "the last week" is rolling (ROLLING_RE); "the last quarter" is the previous quarter (handled here)
    if (/\bthe\s+$/i.test(before) && !(unit === 'quarter' && which === 'last')) continue;
    if (which === 'this past' && unit !== 'weekend') continue; // rolling: "this past week" (ROLLING_BARE_RE)
    const step = which === 'last' || which === 'this past' ? -1 : which === 'next' || which === 'this coming' ? 1 : 0;
    const dir: Direction = step < 0 ? 'past' : step > 0 ? 'future' : 'present';
    let start = m.index;
    if (/\bthe\s+$/i.test(before)) start = m.index - before.match(/the\s+$/i)![0].length;
    const end = m.index + m[0].length;
    const c: Omit<Candidate, 'start' | 'end' | 'source'> = { relative: true, granularity: 'week', direction: dir };
    if (unit === 'weekend') {
      if (ref !== undefined) {
        let mon = mondayOf(ref) + 7 * step;
        // "this past weekend" on a Saturday/Sunday: the weekend in progress counts as this one, so take the previous
        if (which === 'this past' && ref >= mondayOf(ref) + 5) mon = mondayOf(ref) - 7;
        c.range = [mon + 5, mon + 6];
        c.resolved = `the weekend of ${formatDayRange(mon + 5, mon + 6)}`;
      }
    } else if (unit === 'decade') {
      c.granularity = 'decade';
      if (which === 'last' || which === 'this past') {
        // "last decade" read as the ten years before the reference
        c.granularity = 'approximate';
        if (ref !== undefined) { c.range = [addYears(ref, -10), ref]; c.resolved = `the ten years to ${formatDay(ref)}`; }
      } else if (ref !== undefined) {
        const d0 = Math.floor(ymd(ref).y / 10) * 10 + 10 * step;
        c.range = [dayOf(d0, 1, 1), dayOf(d0 + 9, 12, 31)];
        c.resolved = c.label = `the ${d0}s`;
      }
    } else {
      const u = unit as 'week' | 'month' | 'quarter' | 'year';
      c.granularity = u;
      if (ref !== undefined) {
        // "will meet this week" in a Sunday paper: the week that starts tomorrow, not the one ending today.
        const sundayAhead = u === 'week' && step === 0 && weekdayOf(ref) === 0 && ctx.tenseAt(m.index) === 'future';
        const anchor = u === 'week' ? ref + 7 * step + (sundayAhead ? 1 : 0) : u === 'month' ? addMonths(ref, step) : u === 'quarter' ? addMonths(ref, 3 * step) : addYears(ref, step);
        const p = period(anchor, u);
        c.range = p.range;
        c.resolved = p.label;
        if (u !== 'week') c.label = p.label;
      }
    }
    out.push(mk(start, end, c));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// "today", "yesterday", "tonight", "tomorrow", "now", "this morning", "last night"

const DAYWORD_RE = /\b(?:(yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(today|tonight|now)|this\s+(morning|afternoon|evening)|(last)\s+night|(earlier|later)\s+today)\b(?![-‐]\w)/gi;

function dayWords(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(DAYWORD_RE)) {
    const word = m[0];
    const start = m.index, end = start + word.length;
    const plain = (m[3] ?? '').toLowerCase();
    if (plain === 'today' || plain === 'now') {
      const prev = wordBefore(text, start), next = wordAfter(text, end).toLowerCase();
      if (TODAY_BLOCK_BEFORE.has(prev) || TODAY_BLOCK_AFTER.has(next)) continue;
      const atSentenceStart = /^[\s"'“‘(\[]*$/.test(text.slice(0, start));
      // "TODAY", "NOW" in capitals, or a capitalised "Today" mid-sentence: a name (USA TODAY, the Today show)
      if (word === word.toUpperCase() && !atSentenceStart) continue;
      if (plain === 'today' && word[0] === 'T' && !atSentenceStart && !/["“‘'(]\s*$/.test(text.slice(0, start))) continue;
      // narrative "now" in a past-tense sentence ("some now jumped porch to porch") is not the article's date
      const near = plain === 'now' ? ctx.markerNear(start) : undefined;
      if (near && near.tense === 'past' && near.dist <= 50) continue;
    }
    let offset = 0, part: string | undefined, dir: Direction = 'present';
    if (m[1]) { offset = m[1].toLowerCase() === 'yesterday' ? -1 : 1; part = m[2]?.toLowerCase(); }
    else if (plain === 'tonight') part = 'night';
    else if (m[4]) part = m[4].toLowerCase();
    else if (m[5]) { offset = -1; part = 'night'; }
    if (offset < 0) dir = 'past';
    if (offset > 0) dir = 'future';
    const c: Omit<Candidate, 'start' | 'end' | 'source'> = { relative: true, granularity: 'day', direction: dir };
    if (ref !== undefined) {
      const d = ref + offset;
      c.range = [d, d];
      c.resolved = plain === 'now' ? `as of ${formatDay(d)}`
        : m[6] ? `${m[6].toLowerCase()} on ${formatDay(d)}`
        : part ? `the ${part} of ${formatDay(d)}` : formatDay(d);
    }
    out.push(mk(start, end, c));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// "two weeks ago", "a year ago", "a few days ago", "years ago", "five years from now"

const AGO_RE = new RegExp(
  `\\b(?:(about|around|roughly|nearly|almost|some|just|only|more\\s+than|less\\s+than|over|under)\\s+)?(?:${COUNT_RE}\\s+)?${UNIT_RE}\\s+(ago|from\\s+now|hence)\\b`, 'gi');

function ago(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(AGO_RE)) {
    const unit = unitOf(m[3]);
    const plural = /s$/i.test(m[3]);
    if (!m[2] && !plural) continue; // "year ago" alone is not English
    const count = countOf(m[2]) ?? { n: 10, vague: true }; // "years ago"
    const dir: Direction = m[4].toLowerCase() === 'ago' ? 'past' : 'future';
    const sign = dir === 'past' ? -1 : 1;
    const qual = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const c: Omit<Candidate, 'start' | 'end' | 'source'> = { relative: true, granularity: 'approximate', direction: dir };
    if (ref !== undefined) {
      const rel = dir === 'past' ? 'before' : 'after';
      if (count.vague) {
        const lo = count.n === 2 ? 2 : count.n === 10 ? 2 : 3, hi = count.n === 2 ? 3 : count.n === 10 ? 30 : 9;
        const a = shift(ref, unit, sign * lo), b = shift(ref, unit, sign * hi);
        c.range = a < b ? [a, b] : [b, a];
        const words = count.n === 10 ? `${unit}s` : `${m[2]!.toLowerCase().replace(/\s+/g, ' ')} ${unit}s`;
        c.resolved = `${words} ${rel} ${formatDay(ref)}`;
      } else {
        const target = shift(ref, unit, sign * count.n);
        const half = unit === 'day' ? 0 : Math.round((shift(ref, unit, 1) - ref) / 2);
        let a = target - half, b = target + half;
        if (qual === 'more than' || qual === 'over') { if (dir === 'past') { a = shift(ref, unit, -2 * count.n); b = target; } else { a = target; b = shift(ref, unit, 2 * count.n); } }
        if (qual === 'less than' || qual === 'under' || qual === 'nearly' || qual === 'almost') { if (dir === 'past') { a = target; b = ref; } else { a = ref; b = target; } }
        c.range = [Math.min(a, b), Math.max(a, b)];
        const n = m[2]!.toLowerCase().replace(/\s+/g, ' ');
        const amount = `${n} ${count.n === 1 ? unit : unit + 's'}`;
        if (unit === 'day' && !qual) { c.granularity = 'day'; c.resolved = formatDay(target); }
        else c.resolved = `${qual && qual !== 'some' && qual !== 'just' && qual !== 'only' ? qual : 'about'} ${amount} ${rel} ${formatDay(ref)}`;
      }
    }
    out.push(mk(m.index, m.index + m[0].length, c));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Quarters and halves: "the first quarter", "the fourth quarter of 2024", "1986 fourth quarter", "Q3 2024",
// "first-half", "the second half of 1987", "H1 2024". Fiscal quarters are found but left unresolved.

const YEAR = '(19\\d\\d|20\\d\\d)';
const QUARTER_RE = new RegExp(
  `\\b(?:${YEAR}\\s+)?(?:the\\s+)?(?:(fiscal|calendar)[\\s-]+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:(fiscal|calendar)[\\s-]+)?(quarter|qtr|half)\\b(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:(fiscal|calendar)\\s+)?(?:year\\s+)?${YEAR}\\b|\\s+of\\s+(this|last|next)\\s+year\\b)?`, 'gi');
const QFORM_RE = /\b([QH])([1-4])(?:(?:\s+|[-/])?(?:(19\d\d|20\d\d)|['’](\d\d)\b)|\s*(FY)\s*\d{2,4})?\b/g;

function quarters(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  const sport = SPORT_WORDS_RE.test(text) && !FINANCE_WORDS_RE.test(text);
  for (const m of text.matchAll(QUARTER_RE)) {
    const ordWord = m[3].toLowerCase();
    const half = m[5].toLowerCase() === 'half';
    const fiscal = [m[2], m[4], m[6]].some((x) => x?.toLowerCase() === 'fiscal');
    let year = m[1] ? +m[1] : m[7] ? +m[7] : undefined;
    const relYear = m[8]?.toLowerCase();
    let q = ORDINALS[ordWord] ?? (ordWord === 'final' || ordWord === 'last' ? (half ? 2 : 4) : 0);
    if (ordWord === 'last' && year === undefined) continue; // "the last quarter": the previous one (calendar rule)
    if (half && q > 2) continue;
    if (sport && year === undefined && !relYear) continue; // "33 points in the third quarter": a period of play
    if (relYear) {
      // "the second quarter of this year": the year from the reference, still a relative expression
      if (ref === undefined) { push(m.index, m.index + m[0].length, half, q, undefined, fiscal, true); continue; }
      year = ymd(ref).y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0);
      push(m.index, m.index + m[0].length, half, q, year, fiscal, true);
      continue;
    }
    push(m.index, m.index + m[0].length, half, q, year, fiscal);
  }
  for (const m of text.matchAll(QFORM_RE)) {
    const half = m[1] === 'H';
    const q = +m[2];
    if (half && q > 2) continue;
    const year = m[3] ? +m[3] : m[4] ? (+m[4] < 50 ? 2000 + +m[4] : 1900 + +m[4]) : undefined;
    push(m.index, m.index + m[0].length, half, q, year, m[5] !== undefined);
  }

  function push(start: number, end: number, half: boolean, q: number, year: number | undefined, fiscal: boolean, relYear = false) {
    const make = (y: number): [Day, Day] => half ? [monthStart(y, 6 * q - 5), monthEnd(y, 6 * q)] : quarterRange(y, q);
    const label = (y: number) => half ? `the ${q === 1 ? 'first' : 'second'} half of ${y}` : quarterLabel(y, q);
    const build = (forcedYear?: number): Candidate => {
      const fixed = year ?? forcedYear;
      const c = mk(start, end, {
        relative: fixed === undefined || relYear, granularity: 'quarter',
        direction: ref === undefined && fixed === undefined ? tenseDirection(ctx.tenseAt(start)) : undefined,
      });
      if (!fiscal) {
        let y = fixed;
        if (y === undefined && ref !== undefined) {
          // past: the latest begun; otherwise the plain nearest, with no lean towards the future: "will release
          // its second-quarter results" in July is about the quarter just ended
          const r = pickOccurrence(make, ref, ctx.tenseAt(start) === 'past' ? 'past' : 'present', 1);
          if (r) y = ymd(r[0]).y;
        }
        if (y !== undefined) { c.range = make(y); c.resolved = c.label = label(y); }
        // "the first quarter" after "in 1986" in the same sentence: that year (see index.ts)
        if (fixed === undefined) c.reresolve = (yy: number) => build(yy);
      }
      if (year !== undefined && !relYear) c.explicitYear = year;
      return c;
    };
    out.push(build());
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bare years ("in 2019", "since 1987", "2019's", "the 1985 deficit") and decades ("the 1990s", "the '80s")

const YEAR_RE = /(?<![\d.,$£€¥#/:-])\b(19\d\d|20\d\d)\b(?![.,:/]\d|[-–/]\d|\s*%|\s*(?:per\s*cent|pct)\b)/g;
const FISCAL_RE = /\b(?:[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+fiscal\s+year\b|\bFY\s?(\d\d)\b/g;
const DECADE_RE = /(?<![\d.,$£€-])\b(?:(the)\s+)?(1[89]\d0|20\d0)['’]?s\b/gi;
const DECADE2_RE = /(?:\b(the)\s+)?['’]([2-9]0)s\b/gi;
const YEAR_STARTS_CLAUSE = new Set(['was', 'is', 'will', 'has', 'had', 'saw', 'marked', 'brought', 'proved', 'became', 'would', 'could']);

function years(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  let lastYearEnd = -100;
  for (const m of text.matchAll(YEAR_RE)) {
    const start = m.index, end = start + m[1].length;
    const y = +m[1];
    const prevRaw = text.slice(Math.max(0, start - 25), start);
    const prev = wordBefore(text, start);
    const next = wordAfter(text, end);
    const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
    const parenthesised = /\(\s*$/.test(prevRaw) && /^\s*\)/.test(text.slice(end, end + 3));
    let ok = possessive || parenthesised;
    if (!ok && YEAR_BLOCK_BEFORE.has(prev)) continue;
    if (!ok && COUNT_NOUNS.has(next.toLowerCase())) continue;
    if (!ok && /\b(?:early|late|mid|end)-$/i.test(prevRaw)) ok = true; // "mid-2019", "end-1987"
    if (!ok && (YEAR_CUES.has(prev) || /\bas\s+of\s+$/i.test(prevRaw))) ok = true;
    // coordination: "in 1985 and 1986", "from 2019 to 2021", "1985, 1986"
    if (!ok && /^(?:and|or|to|through|until|till|,|and\/or)$/.test(prev || prevRaw.trim().slice(-1)) && start - lastYearEnd < 12) ok = true;
    if (!ok && /^[\s"“(]*$/.test(text.slice(0, start)) && YEAR_STARTS_CLAUSE.has(next.toLowerCase())) ok = true; // "2019 was ..."
    if (!ok) continue;
    lastYearEnd = end;
    out.push(mk(start, end, {
      relative: false, granularity: 'year', range: [dayOf(y, 1, 1), dayOf(y, 12, 31)], resolved: String(y), label: String(y),
      explicitYear: y,
    }));
  }
  for (const m of text.matchAll(FISCAL_RE)) {
    // a fiscal year is found but not mapped onto the calendar: fiscal years start in different months
    out.push(mk(m.index, m.index + m[0].length, { relative: false, granularity: 'year', direction: 'unknown' }));
  }
  for (const m of text.matchAll(DECADE_RE)) {
    const d0 = +m[2];
    out.push(mk(m.index, m.index + m[0].length, {
      relative: false, granularity: 'decade', range: [dayOf(d0, 1, 1), dayOf(d0 + 9, 12, 31)], resolved: `the ${d0}s`, label: `the ${d0}s`,
    }));
  }
  for (const m of text.matchAll(DECADE2_RE)) {
    // "the '90s": the most recent such decade that has begun by the reference year (or by 2000 without one)
    const dd = +m[2];
    const base = ref !== undefined ? ymd(ref).y : undefined;
    const c: Omit<Candidate, 'start' | 'end' | 'source'> = { relative: true, granularity: 'decade', direction: 'past' };
    if (base !== undefined) {
      const d0 = 2000 + dd <= base ? 2000 + dd : 1900 + dd;
      c.range = [dayOf(d0, 1, 1), dayOf(d0 + 9, 12, 31)];
      c.resolved = c.label = `the ${d0}s`;
      c.direction = undefined;
    }
    out.push(mk(m.index, m.index + m[0].length, c));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Weekdays: "on Tuesday", "last Friday", "next Monday", "Tuesday night", "this Wednesday"

const WEEKDAY_RE = /\b(?:([Ll]ast|[Nn]ext|[Tt]his(?:\s+(?:past|coming))?|[Cc]oming|[Pp]ast)\s+)?(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b(?![-‐]\w)(?:\s+(morning|afternoon|evening|night|overnight))?/g;
const WEEKDAY_SKIP_BEFORE = new Set(['following', 'previous', 'same', 'that', 'every', 'each', 'one', 'a', 'another', 'the', 'any', 'some', 'preceding', 'prior']);

const WEEKDAY_NOUN_AFTER = /^\s+(?:brunch|lunch|lunches|dinner|breakfast|roast|school|service|services|paper|papers|newspaper|newspapers|edition|market|markets|matinee|mass|sermon|supplement|trading|football)\b/;

/** Verbs that fix a day ahead: "set a hearing for Wednesday", "called a vote by Friday". */
const SCHEDULING = /\b(?:set|scheduled|rescheduled|adjourned|postponed|delayed|moved|pushed|called|planned|booked|slated|fixed|announced|ordered|gave|given|asked|told|urged|requested|demanded|agreed|arranged)\b/i;

/** A plan told in the past, whose day may lie either side of the article's date. */
const PAST_PLAN = /\b(?:planned|intended|(?:was|were) (?:due|set|scheduled|expected|supposed|slated) to)\b/i;

function weekdays(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const start = m.index, end = start + m[0].length;
    const name = `${m[2]}day`;
    if (/^\s+(?:morning|afternoon|evening|night)s\b/.test(text.slice(start + m[0].indexOf(name) + name.length))) continue; // "on Thursday nights"
    if (/^s\b/.test(text.slice(end))) continue;
    const prev = wordBefore(text, start);
    if (!m[1] && (WEEKDAY_BLOCK_BEFORE.has(prev) || WEEKDAY_SKIP_BEFORE.has(prev))) continue;
    const dayEnd = start + m[0].indexOf(name) + name.length;
    const after = /^\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?/.exec(text.slice(dayEnd, dayEnd + 40));
    if (after && (WEEKDAY_BLOCK_AFTER.has(after[1].toLowerCase()) || (after[2] && WEEKDAY_BLOCK_AFTER.has(`${after[1]} ${after[2]}`.toLowerCase())))) continue;
    // "his last pajama Sunday brunch", "the Sunday papers": a weekday naming a kind of meal or paper is no date.
    if (!m[1] && WEEKDAY_NOUN_AFTER.test(text.slice(dayEnd))) continue;
    // "Ant & Dec's Saturday Night Takeaway": a weekday opening a show's capitalised name is no date.
    if (!m[1] && /['’]s\s+$/.test(text.slice(0, start)) && /^\s+(?:Night|Morning|Live|Show)\b/.test(text.slice(dayEnd))) continue;
    const wd = WEEKDAYS[name.toLowerCase()];
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const tense = ctx.tenseAt(start);
    // "set a second hearing for Wednesday", "adjourned until Monday": a past act that fixes a day ahead; but
    // "reported 2,755 infections for Tuesday" counts a day gone by.
    const scheduled = !mod && tense === 'past' && (/^(until|till)$/.test(prev) || /^(for|by)$/.test(prev) && SCHEDULING.test(text.slice(0, start)));
    // "originally planned a visit to Saudi Arabia on Wednesday": a day a past plan named may be the one ahead or
    // the one gone by; the article's words are kept rather than a guess.
    if (!mod && !scheduled && tense === 'past' && PAST_PLAN.test(text.slice(Math.max(0, start - 80), start))) continue;
    const mode: PickMode = mod === 'last' || mod === 'past' || mod === 'this past' ? 'last'
      : mod === 'next' || mod === 'coming' || mod === 'this coming' || scheduled ? 'next' : pickModeFor(tense);
    const part = m[3]?.toLowerCase();
    const c: Omit<Candidate, 'start' | 'end' | 'source'> = {
      relative: true, granularity: 'day',
      direction: mode === 'last' ? 'past' : mode === 'next' ? 'future' : tenseDirection(tense),
    };
    if (ref !== undefined) {
      const d = pickWeekday(wd, ref, mode);
      c.range = [d, d];
      c.resolved = part && part !== 'overnight' ? `the ${part} of ${formatDayWithWeekday(d)}` : formatDayWithWeekday(d);
      c.direction = undefined;
    }
    out.push(mk(start, end, c));
  }
}

/** The end-of-period phrases chrono gets wrong: "the end of the year", "the end of the month", "year-end". */
const END_OF_RE = /\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the|this)\s+(year|month|week)\b|\b(year)[-‐](end)\b/gi;

function endOf(ctx: Ctx, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of text.matchAll(END_OF_RE)) {
    const which = (m[1] ?? m[4]).toLowerCase();
    const unit = (m[2] ?? m[3]).toLowerCase() as 'year' | 'month' | 'week';
    const c: Omit<Candidate, 'start' | 'end' | 'source'> = { relative: true, granularity: 'approximate' };
    if (ref !== undefined) {
      const p = period(ref, unit);
      c.range = unit === 'week' ? p.range : subRange(p.range, unit, which);
      c.resolved = unit === 'week' ? p.label : modifierLabel(which, p.label);
    }
    out.push(mk(m.index, m.index + m[0].length, c));
  }
}

/** Part of a year, month, quarter or decade range named by early/mid/late/the end of/the beginning of. */
export function subRange(r: [Day, Day], unit: 'year' | 'month' | 'quarter' | 'decade' | 'week', mod: string): [Day, Day] {
  const [a, b] = r;
  const m = mod.toLowerCase();
  if (unit === 'year' || unit === 'decade' || unit === 'quarter') {
    // split by months (years for a decade)
    const A = ymd(a), B = ymd(b);
    const units = unit === 'decade' ? B.y - A.y + 1 : (B.y - A.y) * 12 + B.m - A.m + 1;
    const at = (i: number): Day => (unit === 'decade' ? dayOf(A.y + i, 1, 1) : addMonths(a, i));
    const endOf = (i: number): Day => at(i + 1) - 1;
    const third = Math.round(units / 3);
    switch (m) {
      case 'early': return [a, endOf(third - 1)];
      case 'mid': case 'middle': return [at(third), endOf(units - third - 1)];
      case 'late': return [at(units - third), b];
      case 'beginning': case 'start': return [a, endOf(Math.max(0, Math.round(units / 12) - 1))];
      case 'end': return [at(units - Math.max(1, Math.round(units / 12))), b];
    }
  } else {
    const len = b - a + 1;
    switch (m) {
      case 'early': return [a, a + 9];
      case 'mid': case 'middle': return [a + 10, a + 19];
      case 'late': return [a + 20, b];
      case 'beginning': case 'start': return [a, a + Math.min(6, len - 1)];
      case 'end': return [Math.max(a, b - 6), b];
    }
  }
  return r;
}

/** "early 2019", "the mid-1990s", "mid-December 2023", "the end of 2019", "the beginning of the 1990s". */
export function modifierLabel(mod: string, label: string): string {
  const m = mod.toLowerCase();
  const the = label.startsWith('the ');
  const bare = the ? label.slice(4) : label;
  switch (m) {
    case 'early': case 'late': return the ? `the ${m} ${bare}` : `${m} ${label}`;
    case 'mid': return the ? `the mid-${bare}` : `mid-${label}`;
    default: return `the ${m} of ${label}`;
  }
}

/** Each rule with a cheap test that must pass before its (slower) patterns run. */
export const RULES: ReadonlyArray<readonly [RegExp, (ctx: Ctx, out: Candidate[]) => void]> = [
  [/recent|lately/i, recent],
  [/\b(?:past|last|next|coming)\b/i, rolling],
  [/\b(?:earlier|later|so\s+far)\b/i, earlierLater],
  [/\b(?:this|last|next)\s/i, calendar],
  [/to(?:day|night|morrow)|yesterday|\bnow\b|morning|afternoon|evening|\bnight/i, dayWords],
  [/\b(?:ago|from\s+now|hence)\b/i, ago],
  [/quarter|qtr|half|\b[QH][1-4]/i, quarters],
  [/\d{4}|['’]\d0s/, years],
  [/(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/, weekdays],
  [/\b(?:end|beginning|start|middle)\s+of\b|year[-‐]end/i, endOf],
];
