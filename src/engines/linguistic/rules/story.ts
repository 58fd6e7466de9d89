// Article-level questions readers ask about the story as a whole (question-realisation.md §5):
// what comes next, and what the news is, phrased over the article's main name.
import type { Candidate } from '../../../types.js';
import type { Doc, Sentence } from '../../../nlp/doc.js';
import { cleanSentence } from '../answer.js';
import { candidate, finishQuestion } from './shared.js';

const NEXT_CUES = /\b(will|plans? to|planned|is expected to|are expected to|scheduled|aims? to|intends? to|is set to|are set to|next (week|month|year)|later this (week|month|year)|deadline|upcoming|going to)\b/i;

/** The article's main name: the most mentioned person, organisation, country or place, favouring the title and lead. */
export function mainName(doc: Doc): string | undefined {
  const score = new Map<string, number>();
  const title = doc.article.title ?? '';
  for (const s of doc.sentences) for (const e of s.entities) {
    if (!['person', 'organisation', 'country', 'place', 'other'].includes(e.type) || e.text.length < 2) continue;
    const name = doc.people.get(e.text)?.name ?? e.text;
    let add = 1 + (s.paragraph === 0 ? 1 : 0) + (title.includes(e.text) ? 2 : 0);
    if (e.type === 'other') add *= 0.6;
    score.set(name, (score.get(name) ?? 0) + add);
  }
  let best: string | undefined;
  let top = 0;
  for (const [name, v] of score) if (v > top) { top = v; best = name; }
  return top >= 2 ? best : undefined;
}

function opensWith(s: Sentence, name: string): boolean {
  const text = s.text.replace(/^the\s+/i, '');
  return text.startsWith(name) || text.startsWith(name.split(' ').pop()!);
}

function mentions(s: Sentence, name: string): boolean {
  return s.text.includes(name) || s.text.includes(name.split(' ').pop()!);
}

/** Off: raters found "What comes next for X?" answered with background more often than with a next step;
 *  the forward-looking clauses are asked about directly ("What does Japan aim to do?", "Will ...?"). */
const SHOW_NEXT = false;

export function storyCandidates(doc: Doc, salience: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  const name = mainName(doc);
  if (!name) return out;
  const the = /^(US|UK|EU|UN|Philippines|Netherlands|United)/.test(name) ? 'the ' : '';
  // What comes next: the most central forward-looking sentence that names the story's main actor,
  // favouring the article's second half, where next steps are usually told.
  const total = doc.sentences.length;
  const next = doc.sentences
    .filter((s) => NEXT_CUES.test(s.text.split(/[,;]/)[0]) && !/["“”]/.test(s.text) && !/\b(we|I|our|my|you|your|us)\b/.test(s.text) && s.tokens.length <= 45)
    // An answer that opens with "His" or "They" leaves the reader guessing who.
    .filter((s) => !/^(he|she|his|her|they|their|it|its|this|these|those|that)\b/i.test(s.text))
    // Only a next step of the main actor itself: the sentence opens with its name.
    .filter((s) => opensWith(s, name))
    .map((s) => ({ s, v: salience[s.n] + (s.n > total / 2 ? 0.3 : 0) + (mentions(s, name) ? 0.4 : 0) }))
    .sort((a, b) => b.v - a.v)[0];
  // Only a real next step of the main actor: the sentence opens with its name and looks forward in its own verb.
  if (next && SHOW_NEXT) {
    out.push(candidate('next', finishQuestion(`What comes next for ${the}${name}`), cleanSentence(next.s), [next.s.id], 0.6, 'story.next', 'story:next'));
  }
  return out;
}
