/**
 * Calendar arithmetic on plain UTC days. A day is an integer: days since 1970-01-01 (UTC). No local time zone is
 * ever consulted, so results do not drift with the machine's TZ.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './words.js';

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Parse "YYYY-MM-DD" (anything after the date is ignored). Returns undefined for malformed or impossible dates. */
export function parseIso(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return undefined;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayOf(y, mo, d);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function toIso(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Monday of the week containing `day` (weeks run Monday-Sunday). */
export function mondayOf(day: Day): Day {
  return day - ((weekdayOf(day) + 6) % 7);
}

export function monthStart(y: number, m: number): Day {
  return dayOf(y, m, 1);
}
export function monthEnd(y: number, m: number): Day {
  return dayOf(y, m, daysInMonth(y, m));
}

/** Shift by whole months, clamping the day ("31 March" minus one month -> "28/29 February"). */
export function addMonths(day: Day, n: number): Day {
  const { y, m, d } = ymd(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12), nm = (total % 12) + 1;
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addYears(day: Day, n: number): Day {
  return addMonths(day, 12 * n);
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function formatDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

export function formatDayWithWeekday(day: Day): string {
  return `${WEEKDAY_NAMES[weekdayOf(day)]} ${formatDay(day)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** "16–17 December 2023", "30 November – 1 December 2023", "31 December 2023 – 1 January 2024" (en dashes). */
export function formatDayRange(a: Day, b: Day): string {
  if (a === b) return formatDay(a);
  const A = ymd(a), B = ymd(b);
  if (A.y === B.y && A.m === B.m) return `${A.d}–${B.d} ${MONTH_NAMES[A.m - 1]} ${A.y}`;
  if (A.y === B.y) return `${A.d} ${MONTH_NAMES[A.m - 1]} – ${formatDay(b)}`;
  return `${formatDay(a)} – ${formatDay(b)}`;
}
