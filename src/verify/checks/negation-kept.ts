import type { Check } from '../verifier.js';
import { NEGATION_WORDS, stem, words } from '../words.js';

/**
 * A negation in the evidence is not lost: when the evidence negates a verb and the answer
 * uses that verb, the answer must carry a negation too ("No." counts).
 */
export const negationKept: Check = {
  ruleId: 'negation-kept',
  run({ candidate, evidence }) {
    const answer = words(candidate.answer);
    const answerHasNeg = answer.some((w) => NEGATION_WORDS.has(w) || /n't$/.test(w));
    if (answerHasNeg) return undefined;
    const answerStems = new Set(answer.map(stem));
    for (const s of evidence) {
      const t = s.tokens;
      for (let k = 0; k < t.length; k++) {
        if (!(t[k].lower === 'not' || t[k].lower === "n't" || t[k].lower === 'never')) continue;
        // The negated verb: the next verb within three tokens.
        for (let j = k + 1; j < Math.min(t.length, k + 4); j++) {
          if (t[j].pos === 'VERB' || t[j].pos === 'ADJ') {
            if (answerStems.has(stem(t[j].lower)) || answerStems.has(stem(t[j].lemma))) return `the evidence negates "${t[j].text}" but the answer does not`;
            break;
          }
        }
      }
    }
    return undefined;
  },
};
