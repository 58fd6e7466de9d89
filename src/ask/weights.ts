// Weights of the sentence and span features (features.ts). Hand-set first; see docs/archive.md for how they
// were fitted on the public halves of the QA sets.
import type { SentenceFeature, SpanFeature } from './features.js';

export interface Weights {
  readonly sentence: Readonly<Record<SentenceFeature, number>>;
  readonly span: Readonly<Record<SpanFeature, number>>;
}

export const WEIGHTS: Weights = {
  sentence: { bias: 0, cov: 4, cnt: 1, bigram: 1, keyMiss: -1, lead: 0.1, headHit: 0.3, density: 0.5, typeHit: 0.8, covSq: 0, allKeys: 0.3 },
  span: {
    type: 2, typeNeg: 2, qover: -3, qoverAll: -2, near: 2, near3: 1, dist1: 1, distFar: -1, leftOfMatch: 0.3, rightOfMatch: 0.3,
    subjLeft: 0.8, objRight: 0.8, len1: 0, lenLog: 0, long: -0.5, k_entity: 0.3, k_time: 0.2, k_np: 0.3, k_npof: 0.2, k_nppp: 0,
    k_list: 0, k_pp: -0.2, k_clause: 0, k_vp: -0.3, k_rest: -0.5, appos: 0.5, copula: 0.5, headIn: 0.3, headNear: 0.5, propn: 0.1,
    num: 0, startsDet: 0, endsComma: 0.1, sent: 1, sentTop: 0.5, firstAfterMatch: 0.5, lastBeforeMatch: 0.3, cueReason: 0.5,
    cueManner: 0.5, paren: 0, quote: 0,
  },
};
