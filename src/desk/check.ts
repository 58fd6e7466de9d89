// Editors' input: validated here, then checked by the shared verifier like any engine's pair. A pair the evidence
// does not support is not refused; it carries the verifier's flag, and approving it needs an explicit override.
import type { Doc } from '../nlp/doc.js';
import { PAIR_KINDS, type PairKind, type SentenceId } from '../types.js';
import { verifyCandidate } from '../verify/verifier.js';
import { DeskError, LIMITS, type PairFlag } from './model.js';

const SENTENCE_ID = /^p\d{1,5}s\d{1,5}$/;

/** One line of text: control characters dropped, whitespace collapsed. */
export function cleanText(value: unknown, field: 'question' | 'answer'): string {
  if (typeof value !== 'string') throw new DeskError('invalid', `${field} must be a string`);
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) throw new DeskError('invalid', `${field} is empty`);
  if (text.length > LIMITS[field]) throw new DeskError('invalid', `${field} is longer than ${LIMITS[field]} characters`);
  return text;
}

/** Sentence ids as a list or a string ("p0s1 p2s0", commas allowed); each must exist in the article. */
export function cleanEvidence(value: unknown, known: ReadonlySet<string>): SentenceId[] {
  const raw = typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value;
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string')) throw new DeskError('invalid', 'evidence must be a list of sentence ids');
  const ids = [...new Set(raw as string[])];
  if (!ids.length) throw new DeskError('invalid', 'cite at least one sentence (ids like p0s1)');
  if (ids.length > LIMITS.evidence) throw new DeskError('invalid', `cite at most ${LIMITS.evidence} sentences`);
  const bad = ids.filter((id) => !SENTENCE_ID.test(id) || !known.has(id));
  if (bad.length) throw new DeskError('invalid', `no sentence ${bad.slice(0, 3).map((b) => JSON.stringify(b.slice(0, 20))).join(', ')} in this article`);
  // article order, as the engines cite
  const order = (id: string) => id.match(/\d+/g)!.map(Number);
  return ids.sort((a, b) => {
    const [pa, sa] = order(a);
    const [pb, sb] = order(b);
    return pa - pb || sa - sb;
  });
}

export function cleanKind(value: unknown, fallback: PairKind): PairKind {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string' || !(PAIR_KINDS as readonly string[]).includes(value)) {
    throw new DeskError('invalid', `kind must be one of ${PAIR_KINDS.join(', ')}`);
  }
  return value as PairKind;
}

/** The shared verifier's verdict on an editor's pair: undefined when the evidence supports it. */
export function checkPair(doc: Doc, pair: { question: string; answer: string; kind: PairKind; evidence: readonly SentenceId[] }): PairFlag | undefined {
  return verifyCandidate(doc, { ...pair, score: 1, origin: 'desk' });
}
