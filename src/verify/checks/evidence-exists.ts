import type { Check } from '../verifier.js';

/** Every cited sentence id exists in the article, and at least one is cited. */
export const evidenceExists: Check = {
  ruleId: 'evidence-exists',
  run({ candidate, evidence }) {
    if (!candidate.evidence.length) return 'no evidence cited';
    if (evidence.length !== candidate.evidence.length) return `unknown sentence id in ${candidate.evidence.join(', ')}`;
    return undefined;
  },
};
