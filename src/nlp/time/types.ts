import type { Day } from './calendar.js';
import type { Tense } from './tense.js';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'approximate';
export type Direction = 'past' | 'future' | 'present' | 'unknown';

export interface TimeExpression {
  /** The words in the text, e.g. "last Tuesday", "recently", "in 2019", "Jan. 1". A preposition that introduces the
   *  expression (in, on, since, until, by, from, during, before, after, through) is included. */
  text: string;
  /** Character offsets in the input text (end exclusive). */
  start: number;
  end: number;
  /** Depends on the reference date ("last week", "Tuesday", "recently", "this year", "Jan. 1" without a year);
   *  false for "17 December 2023", "2019". */
  relative: boolean;
  /** Relative to the reference date. */
  direction: Direction;
  /** Resolved range, ISO dates YYYY-MM-DD inclusive; absent when it cannot be resolved (no reference date for a
   *  relative expression, a fiscal period). It is the range of the time itself: "since 1987" gives 1987. */
  range?: { start: string; end: string };
  granularity: Granularity;
  /** A short honest English description for an answer, e.g. "Tuesday 12 December 2023", "the week of
   *  4 December 2023", "shortly before 17 December 2023", "December 2023", "2019". Absent if unresolved. */
  resolved?: string;
}

/** Per-sentence context shared by the rules. */
export interface Ctx {
  text: string;
  ref?: Day;
  /** Tense for an expression starting at `at`: the caller's, or inferred from the sentence. */
  tenseAt(at: number): Tense;
  /** The nearest tense marker to `at` in the sentence, whatever the caller said (for narrative "now"). */
  markerNear(at: number): { tense: Tense; dist: number } | undefined;
}

/** A found expression before prepositions/modifiers are folded in. `source` orders ties: own rules win. */
export interface Candidate {
  start: number;
  end: number;
  source: 'rule' | 'chrono';
  relative: boolean;
  granularity: Granularity;
  range?: [Day, Day];
  resolved?: string;
  /** Direction when there is no reference date to compare with. */
  direction?: Direction;
  /** The description without an early/mid/late modifier, for month/year/decade/quarter results ("2019",
   *  "December 2023", "the 1990s"); present only where such a modifier may be folded in. */
  label?: string;
  /** For month-based dates whose year came from the reference date: lets a neighbour with an explicit year
   *  ("March 3 and April 5, 2019") supply it. */
  reresolve?: (year: number) => Candidate;
  /** An explicit 4-digit year this expression carries. */
  explicitYear?: number;
}
