// The shared verifier: no engine's pair reaches a reader unless its answer is supported by
// the sentences it cites. Each check is one rule in checks/; a failed check drops the pair
// and is counted by rule id.
import type { Candidate, Message } from '../types.js';
import type { Doc, Sentence } from '../nlp/doc.js';
import { evidenceExists } from './checks/evidence-exists.js';
import { contentSupported } from './checks/content-supported.js';
import { numbersSupported } from './checks/numbers-supported.js';
import { negationKept } from './checks/negation-kept.js';
import { questionForm } from './checks/question-form.js';
import { questionGrounded } from './checks/question-grounded.js';

export interface CheckInput {
  readonly candidate: Candidate;
  readonly evidence: readonly Sentence[];
  readonly doc: Doc;
}

/** A check returns undefined when the pair passes, or the reason it fails. */
export interface Check {
  readonly ruleId: string;
  run(input: CheckInput): string | undefined;
}

export const CHECKS: readonly Check[] = [evidenceExists, questionForm, questionGrounded, numbersSupported, negationKept, contentSupported];

export interface Verdict {
  readonly accepted: Candidate[];
  readonly rejected: { candidate: Candidate; ruleId: string; reason: string }[];
}

const sentenceIndex = new WeakMap<Doc, Map<string, Sentence>>();
function sentencesById(doc: Doc): Map<string, Sentence> {
  let m = sentenceIndex.get(doc);
  if (!m) sentenceIndex.set(doc, (m = new Map(doc.sentences.map((s) => [s.id, s]))));
  return m;
}

export function verifyCandidate(doc: Doc, candidate: Candidate): { ruleId: string; reason: string } | undefined {
  const byId = sentencesById(doc);
  const evidence = candidate.evidence.map((id) => byId.get(id)).filter((s): s is Sentence => !!s);
  for (const check of CHECKS) {
    const reason = check.run({ candidate, evidence, doc });
    if (reason) return { ruleId: check.ruleId, reason };
  }
  return undefined;
}

export function verify(doc: Doc, candidates: readonly Candidate[]): Verdict {
  const accepted: Candidate[] = [];
  const rejected: Verdict['rejected'] = [];
  for (const c of candidates) {
    const fail = verifyCandidate(doc, c);
    if (fail) rejected.push({ candidate: c, ...fail });
    else accepted.push(c);
  }
  return { accepted, rejected };
}

export function rejectionMessages(v: Verdict): Message[] {
  return v.rejected.map((r) => ({ source: 'verify', ruleId: r.ruleId, reason: r.reason, place: r.candidate.question }));
}
