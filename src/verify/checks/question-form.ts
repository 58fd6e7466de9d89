import type { Check } from '../verifier.js';

/** A question word or auxiliary, possibly after a preposition ("By how much ...?", "In which city ...?"). */
const OPENERS = /^((by|in|on|at|for|from|to|with|since|until|after|before|during|under|of) (what|which|whom|whose|how)\b|(what|who|whom|whose|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|shall)\b)/i;
const DANGLING = /\b(asking|saying|telling|claiming|noting|adding|arguing|warning|urging|whether|conjunction|to have \w+(ed|en|et|t))\?$/i;
const UNRESOLVED = /\b(he|she|him|his|hers|they|them|their|it|its|this|these|those)\b/i;

/** A real, self-contained question: wh-word or auxiliary first, ends with "?", no bare pronoun, sensible length. */
export const questionForm: Check = {
  ruleId: 'question-form',
  run({ candidate }) {
    const q = candidate.question.trim();
    if (!q.endsWith('?')) return 'question does not end with "?"';
    if (!OPENERS.test(q)) return 'question does not start with a question word or auxiliary';
    // A cut-off question: "When did X tweet a poll asking?", "... to have met?", "... in conjunction?".
    if (DANGLING.test(q)) return 'question ends where its object should be';
    const n = q.split(/\s+/).length;
    if (n < 3 || n > 25) return `question has ${n} words`;
    const body = q.replace(/^(what|who|which|how)\s+(is|are|was|were)\s+it\b/i, '');
    // "Why did Boris Johnson give up his seat?": a possessive after a name refers to it.
    const named = body.match(/\b[A-Z][a-z]+\b/g)?.length ?? 0;
    // "What has British Telecom said it will do?": a subject pronoun after a named speaker's verb is the speaker.
    const own = named > 1 ? /\b(say|says|said|claim|claims|claimed|warn|warns|warned) (he|she|it|they) (will|would)\b/gi : /$^/;
    // ("this year's Glastonbury festival": "this" before a unit of time points at the calendar, not at a thing.)
    const m = body.replace(named > 1 ? /\b(his|her|its|their)\b/gi : /$^/, '').replace(own, '').replace(/\bthis (?=(year|season|month|week|weekend|summer|winter|spring|autumn)\b)/gi, '').match(UNRESOLVED);
    if (m) return `question uses "${m[0]}" without saying who or what it is`;
    // "What does the TWITTER DEAL call for?": words from a shouted quote or a heading, not a name.
    if (/\b[A-Z]{4,}\s+[A-Z]{4,}\b/.test(body)) return 'question carries words in capitals';
    // "When was President Joe Biden meeting here?": a place only the article's dateline knows.
    if (/\b(here|over there)\b/i.test(body)) return 'question says "here" without saying where';
    if (!candidate.answer.trim()) return 'empty answer';
    return undefined;
  },
};
