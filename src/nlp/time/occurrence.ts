/**
 * Choosing which occurrence of a year-less date ("Jan. 1", "in March", "the first quarter", "Tuesday") is meant,
 * given the reference date and the tense or an explicit last/next/this.
 */
import { type Day, ymd, weekdayOf } from './calendar.js';

/**
 * - past: the latest occurrence that has started on or before the reference ("in December" in a January article
 *   -> the previous December; "in December" in a December article -> this December);
 * - future: the earliest occurrence that has not ended before the reference;
 * - present: the occurrence nearest the reference, counting future ones at 0.7 of their distance, because news
 *   uses the present for scheduled events ("takes effect Jan. 1" in a December article -> next 1 January;
 *   "July 1 is the date" in a December article -> next July), while a past month mentioned in the present tense
 *   is usually a recent one ("February levels" in April -> this February);
 * - last: the latest occurrence that ended strictly before the reference ("last December");
 * - next: the earliest occurrence that starts strictly after the reference ("next March").
 */
export type PickMode = 'past' | 'future' | 'present' | 'last' | 'next';

export function pickOccurrence(
  make: (year: number) => [Day, Day] | undefined, ref: Day, mode: PickMode, futureWeight = 0.7,
): [Day, Day] | undefined {
  const ry = ymd(ref).y;
  const options: [Day, Day][] = [];
  for (let y = ry - 2; y <= ry + 2; y++) {
    const r = make(y);
    if (r) options.push(r);
  }
  if (options.length === 0) return undefined;
  switch (mode) {
    case 'past': return last(options.filter((o) => o[0] <= ref));
    case 'last': return last(options.filter((o) => o[1] < ref));
    case 'future': return options.find((o) => o[1] >= ref);
    case 'next': return options.find((o) => o[0] > ref);
    case 'present': {
      let best: [Day, Day] | undefined, bestD = Infinity;
      for (const o of options) {
        const d = o[0] <= ref && ref <= o[1] ? 0 : o[0] > ref ? (o[0] - ref) * futureWeight : ref - o[1];
        if (d < bestD) { best = o; bestD = d; }
      }
      return best;
    }
  }
}

function last<T>(xs: T[]): T | undefined {
  return xs[xs.length - 1];
}

/**
 * The day with weekday `wd` (0 = Sunday) meant by a weekday name.
 * - last: the most recent such day strictly before the reference ("last Tuesday" in an article of Sunday
 *   17 December 2023 -> 12 December; in an article of Wednesday 13 December -> 12 December, i.e. yesterday:
 *   we take the plain "most recent" reading, not "the one in the previous week");
 * - next: the first such day strictly after the reference;
 * - past: the most recent on or before the reference (a wire story dated Tuesday saying "said on Tuesday" means
 *   that day);
 * - future: the first on or after the reference;
 * - present: the nearest (at most 3 days away).
 */
export function pickWeekday(wd: number, ref: Day, mode: PickMode): Day {
  const back = (weekdayOf(ref) - wd + 7) % 7; // days since the latest such day on or before ref
  const fwd = (wd - weekdayOf(ref) + 7) % 7; // days until the next such day on or after ref
  switch (mode) {
    case 'last': return ref - (back === 0 ? 7 : back);
    case 'next': return ref + (fwd === 0 ? 7 : fwd);
    case 'past': return ref - back;
    case 'future': return ref + fwd;
    case 'present': return back <= 3 ? ref - back : ref + fwd;
  }
}
