// The linguistic engine: offline question generation from clause frames and article-level cues.
import type { Candidate } from '../../types.js';
import type { Doc } from '../../nlp/doc.js';
import type { Engine } from '../engine.js';
import { framesOf } from './frames.js';
import { sentenceSalience } from './salience.js';
import type { FrameRule } from './rules/shared.js';
import { objectRule } from './rules/object.js';
import { causeRule } from './rules/cause.js';
import { negationRule } from './rules/negation.js';
import { timeRule, placeRule } from './rules/time-place.js';
import { figureRule } from './rules/figure.js';
import { definitionCandidates } from './rules/definition.js';
import { withAntecedent } from './answer.js';
import { subjectRule } from './rules/subject.js';
import { storyCandidates } from './rules/story.js';
import { reactionCandidates, reportedRule } from './rules/reaction.js';
import { headlineCandidates } from './rules/headline.js';
import { adviceRule, mannerRule, prospectRule } from './rules/prospect.js';

const FRAME_RULES: readonly FrameRule[] = [causeRule, negationRule, figureRule, timeRule, placeRule, objectRule, subjectRule, reportedRule, prospectRule, mannerRule, adviceRule];

export function generateLinguistic(doc: Doc): Candidate[] {
  const salience = sentenceSalience(doc);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.tokens.length < 5 || s.tokens.length > 70) continue;
    for (const frame of framesOf(doc, s)) {
      for (const rule of FRAME_RULES) out.push(...rule({ doc, frame, salience: salience[s.n] }));
    }
  }
  out.push(...definitionCandidates(doc));
  out.push(...storyCandidates(doc, salience));
  out.push(...reactionCandidates(doc, salience));
  out.push(...headlineCandidates(doc));
  return out.map((c) => withAntecedent(doc, c)).filter((c): c is Candidate => !!c);
}

export const linguisticEngine: Engine = { name: 'linguistic', generate: generateLinguistic };
