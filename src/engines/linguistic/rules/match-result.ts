// A match report's headline is its score ("Clyde 0-5 Celtic", "Italy 17-28 Ireland"): the reader's first question is
// who won, and the report's lead tells it in words ("Celtic brushed aside Clyde ..."). Asked only when a sentence
// near the top names the winner with a word of winning, or calls a level score a draw, so the answer is the
// article's own and not read off the score.
import type { Candidate } from '../../../types.js';
import type { Doc, Sentence } from '../../../nlp/doc.js';
import { cleanSentence } from '../answer.js';
import { escapeRegExp } from '../../../nlp/regexp.js';
import { candidate } from './shared.js';

/** "Bristol City 2-1 Milton Keynes": two capitalised team names around a score. */
const SCORE_HEADLINE = /^((?:\p{Lu}[\p{L}'’.-]*\s){1,3})(\d{1,3})-(\d{1,3})((?:\s\p{Lu}[\p{L}'’.-]*){1,3})$/u;
const WIN_WORDS = /\b(?:beat|beats|won|win|wins|victory|triumph(?:ed)?|defeat(?:ed)?|thrash(?:ed)?|rout(?:ed)?|overc(?:a|o)me|edged?|brushed aside|swept aside|saw off|cruised|eased past|hammered|crushed|secured? (?:a|their|its) (?:place|spot))\b/i;
const DRAW_WORDS = /\b(?:draw|drew|drawn|stalemate|share(?:d)? the (?:points|spoils)|level)\b/i;
/** Sentences from the top of the report that may tell the result. */
const LEAD_SENTENCES = 4;

export function matchResultCandidates(doc: Doc): Candidate[] {
  const m = SCORE_HEADLINE.exec(doc.article.title?.trim() ?? '');
  if (!m) return [];
  const home = m[1].trim();
  const away = m[4].trim();
  const [a, b] = [Number(m[2]), Number(m[3])];
  const lead = doc.sentences.slice(0, LEAD_SENTENCES).filter((s) => s.tokens.length >= 6 && !/^["“]/.test(s.text));
  if (a === b) {
    const s = lead.find((x) => DRAW_WORDS.test(x.text) && (names(x, home) || names(x, away)));
    return s ? [ask(`How did the match between ${home} and ${away} end?`, s, home, away)] : [];
  }
  const winner = a > b ? home : away;
  const s = lead.find((x) => WIN_WORDS.test(x.text) && names(x, winner));
  return s ? [ask(`Who won the match between ${home} and ${away}?`, s, home, away)] : [];
}

/** Does the sentence name the team, in full or by its last word ("City" for "Bristol City")? */
function names(s: Sentence, team: string): boolean {
  const last = team.split(/\s+/).pop()!;
  return new RegExp(`\\b(?:${escapeRegExp(team)}|${escapeRegExp(last)})\\b`).test(s.text);
}

function ask(question: string, s: Sentence, home: string, away: string): Candidate {
  return candidate('event', question, cleanSentence(s), [s.id], 0.8, 'match.result', `match:${home}:${away}`);
}
