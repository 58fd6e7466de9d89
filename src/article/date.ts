// Publication dates: the pipeline only ever sees a valid ISO `YYYY-MM-DD` or nothing.

/** True when year, month and day name a real calendar day (2023-02-29 and 2023-13-45 do not). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function ymd(year: number, month: number, day: number): string | undefined {
  if (!isValidYmd(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Normalise a date string to `YYYY-MM-DD`, or undefined when it is not a valid date.
 * An ISO timestamp keeps its own calendar day: "2023-12-17T23:30:00-05:00" is the 17th where it
 * was published, so the time zone is deliberately not converted.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Only plausible epoch milliseconds; a bare number like 2023 is not a day.
    if (value < 1e11) return undefined;
    const d = new Date(value);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (s === '') return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(s);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Other spellings ("December 17, 2023", "Sun, 17 Dec 2023 10:00:00 GMT"): need a year and a
  // month name so that bare numbers or words are never taken for dates.
  if (!/\b\d{4}\b/.test(s) || !/[A-Za-z]{3}/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  // With an explicit zone Date.parse gives an instant; use its UTC day (RFC 2822 dates are GMT).
  return /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/.test(s)
    ? ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    : ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

