import type { Check } from '../verifier.js';
import { resolvedDateText } from '../dates.js';
import { isNumber, normaliseNumber, words } from '../words.js';

/** Every number in the answer appears in the evidence (or in a derived date). */
export const numbersSupported: Check = {
  ruleId: 'numbers-supported',
  run({ candidate, evidence, doc }) {
    const known = new Set<string>();
    for (const s of evidence) for (const w of words(s.text)) if (isNumber(w)) known.add(normaliseNumber(w));
    for (const d of [...(candidate.derived ?? []), resolvedDateText(doc, evidence)]) for (const w of words(d)) if (isNumber(w)) known.add(normaliseNumber(w));
    const missing = words(candidate.answer).filter((w) => isNumber(w) && !known.has(normaliseNumber(w)));
    return missing.length ? `numbers not in the evidence: ${missing.join(', ')}` : undefined;
  },
};
