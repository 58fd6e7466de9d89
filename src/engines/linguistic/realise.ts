// Question forms: auxiliary inversion and do-support over an analysed clause.
import type { Token } from '../../nlp/doc.js';
import type { Clause, Tense } from '../../facts/clause.js';

const CONTRACTED: Record<string, string> = {
  "'s": 'is', "'re": 'are', "'m": 'am', "'ve": 'have', "'ll": 'will', "'d": 'would', wo: 'will', ca: 'can',
};

/** Surface form of an auxiliary, with contractions expanded. */
export function auxWord(t: Token, next?: Token): string {
  if (t.lower === "'s" && next && /ed$|en$/.test(next.lower)) return 'has';
  return CONTRACTED[t.lower] ?? t.lower;
}

export function doSupport(tense: Tense): string {
  return tense === 'past' ? 'did' : tense === 'present3' ? 'does' : 'do';
}

/** Join words with single spaces and tidy spacing around punctuation. */
export function joinWords(words: readonly string[]): string {
  return words
    .filter((w) => w && w.trim())
    .join(' ')
    .replace(/\s+([,.;:!?%)\]’'](?:\s|$))/g, '$1')
    .replace(/\s+(['’]s\b)/g, '$1')
    .replace(/([($[])\s+/g, '$1')
    .replace(/\s+n['’]t\b/g, "n't")
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * The inverted verb group with the subject placed after the first auxiliary:
 * "Japan has been collaborating" -> ["has", "Japan", "been collaborating"];
 * "Japan pledged" -> ["did", "Japan", "pledge"]; "nations are (reluctant)" -> ["are", "nations", ""].
 * Negation and adverbs inside the group are dropped when `dropNegation`.
 */
export function invert(clause: Clause, subject: string, dropNegation = true, perfectAsPast = false): [string, string, string] {
  const { tokens, verb } = clause;
  const groupWords = (from: number) => {
    const words: string[] = [];
    for (let k = from; k < verb.end; k++) {
      const t = tokens[k];
      if (t.lower === 'not' || t.lower === "n't" || t.lower === 'never') {
        if (!dropNegation) words.push(t.lower === 'never' ? 'never' : 'not');
        continue;
      }
      // "will no longer be issuing": the two-word negation goes or stays whole.
      if (t.lower === 'no' && tokens[k + 1]?.lower === 'longer') {
        if (!dropNegation) words.push('no longer');
        k++;
        continue;
      }
      if (t.pos === 'ADV' && k !== verb.main) continue;
      words.push(CONTRACTED[t.lower] ?? t.text);
    }
    return words.join(' ');
  };
  // "When had the Starliner landed?", "What had Kim Jong Un guided?": a pluperfect, mostly from reported speech, is
  // asked in the simple past (raters failed the pluperfect).
  const pluperfect = verb.auxes.length === 1 && tokens[verb.auxes[0]].lower === 'had' && !verb.passive && !verb.copula;
  if (pluperfect) return ['did', subject, tokens[verb.main].lemma];
  // "When has Halo 2 been released?": a question about when asks in the simple past ("When was Halo 2 released?").
  const have = tokens[verb.auxes[0]]?.lower;
  if (perfectAsPast && (have === 'has' || have === 'have') && !verb.copula) {
    if (verb.auxes.length === 1 && !verb.passive) return ['did', subject, tokens[verb.main].lemma];
    if (verb.auxes.length === 2 && tokens[verb.auxes[1]].lower === 'been') return [have === 'has' ? 'was' : 'were', subject, tokens[verb.main].text];
  }
  if (verb.auxes.length) {
    const first = verb.auxes[0];
    const w = auxWord(tokens[first], tokens[first + 1]);
    return [w, subject, groupWords(first + 1)];
  }
  if (verb.copula) return [auxWord(tokens[verb.main]), subject, ''];
  const main = tokens[verb.main];
  return [doSupport(verb.tense), subject, main.lemma];
}
