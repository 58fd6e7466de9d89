/**
 * Cheap tense inference for one sentence, used to decide which way a bare weekday or a month without a year points.
 * Not a parser: it looks for future auxiliaries (will, shall, 'll, going to, expected to ...) and past forms (a
 * lower-case word ending in -ed that is not a known adjective, or a common irregular past such as said/met/was).
 */
import { ED_NOT_PAST, FUTURE_MARKERS, IRREGULAR_PAST, PRESENT_MARKERS, WEAK_PAST } from './words.js';
import { escapeRegExp } from '../regexp.js';

export type Tense = 'past' | 'present' | 'future';

interface Marker { tense: Tense; start: number; end: number; weak: boolean }

const FUTURE_RE = new RegExp(
  FUTURE_MARKERS.map((m) => (/^\w/.test(m) ? '\\b' : '') + escapeRegExp(m).replace(/ /g, '\\s+') + '\\b').join('|'),
  'gi',
);
const PRESENT_RE = new RegExp(`\\b(?:${PRESENT_MARKERS.map(escape).join('|')})(?![\\w'’])`, 'gi');
const CLAUSE_BREAK_RE = /[,;:\u2014\u2013"“”]|\s-\s/g;
const CLAUSE_PENALTY = 25;
const WEAK_PENALTY = 12;
const WOULD_PENALTY = 5;
const MAX_DISTANCE = 100;
const AFTER_PENALTY = 8;
const WORD_RE = /[A-Za-z][A-Za-z'’-]*/g;
/** "will" as a noun: "political will", "the will of the people", "goodwill" (one word, never matched). */
const WILL_NOUN_BEFORE = /\b(?:the|political|free|good|own|his|her|their|its|popular|last|strong|collective)\s+$/i;

function markers(text: string): Marker[] {
  const out: Marker[] = [];
  FUTURE_RE.lastIndex = 0;
  for (let m = FUTURE_RE.exec(text); m; m = FUTURE_RE.exec(text)) {
    const w = m[0].toLowerCase();
    if (w === 'may' && m[0] !== 'may') continue; // "May" is the month (or a name)
    if (/^(?:would|could|might|may|should|must)$/.test(w) && /^\s+(?:not\s+|n't\s+)?have\b/i.test(text.slice(m.index + w.length, m.index + w.length + 14))) {
      // "could not have been", "would have won": a past possibility
      out.push({ tense: 'past', start: m.index, end: m.index + m[0].length, weak: false });
      continue;
    }
    if (w === 'will') {
      if (WILL_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (/^\s+of\b/i.test(text.slice(m.index + 4, m.index + 12))) continue;
    }
    // "would", "could", "might", "may": reported speech, conditionals, possibility: weaker evidence than "will"
    out.push({ tense: 'future', start: m.index, end: m.index + m[0].length, weak: /^(?:would|could|might|may)\b/.test(w) });
  }
  for (const m of text.matchAll(PRESENT_RE)) {
    // "is expected to", "are set to": the future marker that follows decides
    if (out.some((f) => f.start >= m.index + m[0].length && f.start <= m.index + m[0].length + 1)) continue;
    out.push({ tense: 'present', start: m.index, end: m.index + m[0].length, weak: false });
  }
  WORD_RE.lastIndex = 0;
  let prev = '';
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const raw = m[0];
    const w = raw.toLowerCase().replace(/’/g, "'");
    let past = false, weak = false;
    if (/^(?:did|was|were|had|could)n't$/.test(w)) past = w !== "couldn't";
    else if (IRREGULAR_PAST.has(w)) { past = true; weak = WEAK_PAST.has(w); }
    // ("the highly-anticipated sentencing", "a long-awaited report": a hyphenated -ed word is an adjective.)
    else if (raw[0] === raw[0].toLowerCase() && w.length >= 5 && w.endsWith('ed') && !ED_NOT_PAST.has(w) && !w.includes('-')) past = true;
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
 * future for Friday; present markers (is/are/am) take part too, and when every marker is further than about a
 * clause away the answer is present (no evidence). Without `at`: a future auxiliary -> future, else a past form -> past, else "would"
 * -> future, else present.
 */
export function inferTense(text: string, at?: number): Tense {
  const ms = markers(text);
  if (ms.length === 0) return 'present';
  if (at === undefined) {
    for (const [tense, weak] of [['future', false], ['past', false], ['future', true], ['present', false]] as const) {
      if (ms.some((m) => m.tense === tense && m.weak === weak)) return tense;
    }
    return 'past';
  }
  const near = nearest(ms, text, at);
  // nothing close enough: no evidence either way (a bare weekday then goes to the nearest one)
  return near && near.dist <= MAX_DISTANCE ? near.tense : 'present';
}

/** The tense marker nearest to `at` and its effective distance (characters plus penalties), if any. */
export function nearestTense(text: string, at: number): { tense: Tense; dist: number } | undefined {
  return nearest(markers(text), text, at);
}

/** inferTense and nearestTense for many points of one sentence, scanning the sentence once (lazily). */
export function tenseScanner(text: string): { at(pos: number): Tense; nearest(pos: number): { tense: Tense; dist: number } | undefined } {
  let ms: Marker[] | undefined;
  const get = () => (ms ??= markers(text));
  return {
    at(pos) {
      const near = get().length ? nearest(get(), text, pos) : undefined;
      return near && near.dist <= MAX_DISTANCE ? near.tense : 'present';
    },
    nearest: (pos) => nearest(get(), text, pos),
  };
}

function nearest(ms: Marker[], text: string, at: number): { tense: Tense; dist: number } | undefined {
  let best: { tense: Tense; dist: number } | undefined;
  for (const m of ms) {
    const before = m.end <= at;
    const between = before ? text.slice(m.end, at) : text.slice(at, m.start);
    // distance in characters; markers after the point cost a little more ("met on Tuesday" over "Tuesday, which
    // was ..."); so does each clause boundary crossed and a weak marker
    let dist = before ? between.length : between.length + AFTER_PENALTY;
    dist += CLAUSE_PENALTY * (between.match(CLAUSE_BREAK_RE)?.length ?? 0);
    if (m.weak) dist += m.tense === 'future' ? WOULD_PENALTY : WEAK_PENALTY;
    if (!best || dist < best.dist) best = { tense: m.tense, dist };
  }
  return best;
}
