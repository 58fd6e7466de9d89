// The linguistic engine: offline question generation from clause frames and article-level cues.
import type { Candidate } from '../../types.js';
import type { Doc } from '../../nlp/doc.js';
import type { Engine } from '../engine.js';
import { framesOf } from './frames.js';
import { sentenceSalience } from './salience.js';
import type { FrameRule } from './rules/shared.js';
import { objectRule } from './rules/object.js';
import { causeRule } from './rules/cause.js';
import { negationRule, noPlansRule } from './rules/negation.js';
import { timeRule } from './rules/time.js';
import { figureRule } from './rules/figure.js';
import { subjectRule } from './rules/subject.js';
import { definitionCandidates, minorDefinition } from './rules/definition.js';
import { announcesOnly, withAntecedent, withDatedQuestion, withFullNames, withoutAside, withoutClockTime, withoutNameTypo, withoutRepeat, withResolvedTimes } from './answer.js';
import { headlineCandidates } from './rules/headline.js';
import { leadReportCandidates } from './rules/lead-report.js';
import { leadEventCandidates } from './rules/lead-event.js';
import { leadAttributionCandidates } from './rules/lead-attribution.js';
import { leadTopicCandidates } from './rules/lead-topic.js';
import { matchResultCandidates } from './rules/match-result.js';
import { acceptance } from './acceptance.js';
import { notProse } from './not-prose.js';
import { countedGroup, namesSomething } from './names-something.js';

// Rules whose questions raters accepted least were removed (docs/quality.md): where (17%), how-by (0 of 2),
// advice (vague "customers"), yes/no prospects, quote topics, who-subject questions.
const FRAME_RULES: readonly FrameRule[] = [causeRule, negationRule, noPlansRule, figureRule, timeRule, objectRule];
// The lenient pass's fallback, asked only for articles that gave almost nothing: "Who" of the lead's event
// (29% acceptable in early ratings, but an article without any FAQ serves readers worse). "Where" was dropped:
// 1 of 7 rated acceptable, the place mostly part of a description ("Where did Carlos Tevez grow tired of his life?").
const FALLBACK_RULES: readonly FrameRule[] = [subjectRule];

function frameCandidates(doc: Doc, salience: readonly number[], lenient: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.tokens.length < 5 || s.tokens.length > 70 || notProse(s)) continue;
    for (const frame of framesOf(doc, s)) {
      for (const rule of lenient ? [...FRAME_RULES, ...FALLBACK_RULES] : FRAME_RULES) out.push(...rule({ doc, frame, salience: salience[s.n], lenient }));
    }
  }
  return out;
}

/** Fewer candidates than this and the article gets a second, lenient pass: an FAQ of one or two
 *  imperfect pairs serves a reader better than none. */
const LENIENT_BELOW = 3;

export function generateLinguistic(doc: Doc): Candidate[] {
  const salience = sentenceSalience(doc);
  const out = frameCandidates(doc, salience, false);
  const thin = out.length < LENIENT_BELOW;
  if (thin) {
    const have = new Set(out.map((c) => c.question));
    // Lenient pairs rank below every strict one.
    for (const c of frameCandidates(doc, salience, true)) if (!have.has(c.question)) out.push({ ...c, score: c.score * 0.6 });
  }
  out.push(...leadReportCandidates(doc));
  // A minor name is defined only in an article that offers little else.
  const definitions = definitionCandidates(doc);
  out.push(...(thin ? definitions : definitions.filter((c) => !minorDefinition(doc, c))));
  out.push(...headlineCandidates(doc, thin));
  out.push(...matchResultCandidates(doc));
  // Last resorts, published only when nothing above survives verification: the lead's attributed claim, else its
  // event, else what is new about the story's subject. (Asked in every article, the attributed claim was acceptable
  // less often than where nothing else was asked: 21 of 35 against 25 of 38, docs/quality.md.)
  const lastResorts = [leadAttributionCandidates, leadEventCandidates, leadTopicCandidates]
    .flatMap((rule, rank) => finish(doc, rule(doc)).map((c) => ({ ...c, fallback: rank })));
  return [...finish(doc, out), ...lastResorts];
}

/** Answers made to read on their own, questions that name what they ask about, and the acceptance estimate. */
function finish(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  return candidates
    .map((c) => withAntecedent(doc, c))
    .filter((c): c is Candidate => !!c && !announcesOnly(c))
    .map(withoutAside)
    .map((c) => withoutRepeat(doc, c))
    .map((c) => withFullNames(doc, c))
    .map((c) => withResolvedTimes(doc, c))
    .map((c) => withDatedQuestion(doc, c))
    .map(withoutClockTime)
    .map((c) => withoutNameTypo(doc, c))
    // (A term's definition names its term: "What is a recession?" needs no capital to be placed.)
    .filter((c) => (c.origin === 'definition.term' || namesSomething(c.question)) && !countedGroup(c.question))
    .map((c) => ({ ...c, acceptance: acceptance(doc, c) }));
}

export const linguisticEngine: Engine = { name: 'linguistic', generate: generateLinguistic };
