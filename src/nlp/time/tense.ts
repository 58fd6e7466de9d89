/**
 * Cheap tense inference for one sentence, used to decide which way a bare weekday or a month without a year points.
 * Not a parser: it looks for future auxiliaries (will, shall, 'll, going to, expected to ...) and past forms (a
 * lower-case word ending in -ed that is not a known adjective, or a common irregular past such as said/met/was).
 */
import { ED_NOT_PAST, FUTURE_MARKERS, IRREGULAR_PAST, WEAK_PAST } from './words.js';

export type Tense = 'past' | 'present' | 'future';

interface Marker { tense: 'past' | 'future'; start: number; end: number; weak: boolean }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FUTURE_RE = new RegExp(
  FUTURE_MARKERS.map((m) => (/^\w/.test(m) ? '\\b' : '') + escape(m).replace(/ /g, '\\s+') + '\\b').join('|'),
  'gi',
);
const WORD_RE = /[A-Za-z][A-Za-z'’-]*/g;
/** "will" as a noun: "political will", "the will of the people", "goodwill" (one word, never matched). */
const WILL_NOUN_BEFORE = /\b(?:the|political|free|good|own|his|her|their|its|popular|last|strong|collective)\s+$/i;

function markers(text: string): Marker[] {
  const out: Marker[] = [];
  FUTURE_RE.lastIndex = 0;
  for (let m = FUTURE_RE.exec(text); m; m = FUTURE_RE.exec(text)) {
    const w = m[0].toLowerCase();
    if (w === 'will') {
      if (WILL_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (/^\s+of\b/i.test(text.slice(m.index + 4, m.index + 12))) continue;
    }
    out.push({ tense: 'future', start: m.index, end: m.index + m[0].length, weak: false });
  }
  WORD_RE.lastIndex = 0;
  let prev = '';
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const raw = m[0];
    const w = raw.toLowerCase().replace(/’/g, "'");
    let past = false, weak = false;
    if (/^(?:did|was|were|had|could)n't$/.test(w)) past = w !== "couldn't";
    else if (IRREGULAR_PAST.has(w)) { past = true; weak = WEAK_PAST.has(w); }
    else if (raw[0] === raw[0].toLowerCase() && w.length >= 5 && w.endsWith('ed') && !ED_NOT_PAST.has(w)) past = true;
    // "to be held", "will be signed": a passive infinitive, not a past event
    if (past && (prev === 'be' || prev === 'being')) past = false;
    if (past) out.push({ tense: 'past', start: m.index, end: m.index + raw.length, weak });
    prev = w;
  }
  return out;
}

/**
 * Infer the tense of a sentence. With `at` (a character offset, e.g. where a time expression starts), the marker
 * nearest to that point decides, so "said on Tuesday that they will meet on Friday" gives past for Tuesday and
 * future for Friday. Without `at`: any future marker -> future, else any past marker -> past, else present.
 */
export function inferTense(text: string, at?: number): Tense {
  let ms = markers(text);
  if (ms.length === 0) return 'present';
  if (ms.some((m) => !m.weak)) ms = ms.filter((m) => !m.weak);
  if (at === undefined) return ms.some((m) => m.tense === 'future') ? 'future' : 'past';
  let best: Marker | undefined, bestDist = Infinity;
  for (const m of ms) {
    // markers before the point are slightly preferred ("met on Tuesday" over "Tuesday, which was ...")
    const dist = m.end <= at ? at - m.end : m.start - at + 0.5;
    if (dist < bestDist) { best = m; bestDist = dist; }
  }
  return best!.tense;
}
