// Answers built from evidence sentences: trimmed of discourse markers, never reworded.
import type { Sentence } from '../../nlp/doc.js';
import { DISCOURSE_MARKERS } from '../../lang/en/words.js';
import { capitalise } from './realise.js';

const MARKER_RE = new RegExp(`^(?:(?:${DISCOURSE_MARKERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\s*,\\s*)+`, 'i');
const LEADING_CONJ = /^(?:and|but|so|yet|also)\s+(?=[A-Za-z])/i;

/** A sentence as an answer: fronted "Additionally," etc. removed, first letter capitalised. */
export function cleanSentence(s: Sentence): string {
  let text = s.text.trim().replace(MARKER_RE, '').replace(LEADING_CONJ, '');
  // Drop a leading bullet or dash left by web extraction.
  text = text.replace(/^[-–—•*]\s+/, '');
  if (!/[.!?"”’)]$/.test(text)) text += '.';
  return capitalise(text);
}

/** Join evidence sentences into one answer (at most two sentences). */
export function answerFrom(sentences: readonly Sentence[]): string {
  return sentences.slice(0, 2).map(cleanSentence).join(' ');
}

/** A short lead ("130 projects.") followed by the supporting sentence, for responsiveness. */
export function leadAnswer(lead: string, s: Sentence): string {
  const l = capitalise(lead.trim().replace(/[.,;:]+$/, ''));
  return `${l}. ${cleanSentence(s)}`;
}
