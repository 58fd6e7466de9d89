// Rank and select: most important first, no two pairs asking for the same information,
// a mix of kinds, cut to the requested count.
import type { Candidate } from '../types.js';
import { contentStems } from '../verify/words.js';

export interface SelectOptions {
  readonly count: number;
  /** Most pairs of one kind, unless there is nothing else to pick. */
  readonly perKind?: number;
  /** Pairs whose engine-estimated acceptance is below this are not published, unless none reaches it (then
   *  the likeliest one is, so an article still gets an answer). */
  readonly minAcceptance?: number;
}

/** Below this estimated acceptance a linguistic pair is left out (unless the article has nothing better):
 *  cross-validated on the rated rounds, pairs under 0.35 were acceptable about one time in four, and on the
 *  recent paired sheets the floor moved the kept pairs from 50.5% to 56.1% acceptable (docs/quality.md,
 *  "Session 6"). */
export const MIN_ACCEPTANCE = 0.35;

/** Default count from article length: a brief gets 3-5 pairs, a long analysis 10-15. */
export function defaultCount(wordCount: number): number {
  if (wordCount <= 150) return Math.max(3, Math.round(3 + wordCount / 75));
  return Math.min(15, Math.round(5 + (wordCount - 150) / 60));
}

/** What a pair asks for: "What could X face?" and "Could X face penalties?" on one sentence ask the same
 *  thing; "When", "Why", "How many" and "Where" ask something else. */
function infoClass(c: Candidate): string {
  const wh = whWord(c.question);
  // "Who is Mike Tindall?" and "What will Mike Tindall seek?" from one sentence ask different things.
  if (c.kind === 'definition') return 'definition';
  return wh === 'what' || wh === 'yes-no' || wh === 'who' ? 'core' : `${c.kind}:${wh}`;
}

function whWord(q: string): string {
  return (q.match(/^(how many|how much|by how much|what|who|which|when|where|why|how)\b/i)?.[0] ?? 'yes-no').toLowerCase();
}

/** The last word of the subject of "What did X <verb> to do?": the one thing such a question names. */
function toDoSubject(q: string): string | undefined {
  return /^What (?:did|does|do|has|have|is|are|was|were|will) (.+?) \w+ to do\?$/.exec(q)?.[1].split(' ').pop()?.toLowerCase();
}

/** The date a time answer leads with ("1 November 2025 (the article is dated ...). ..."), if it leads with one. */
function answeredDate(c: Candidate): string | undefined {
  if (c.kind !== 'time') return undefined;
  const lead = /^([^.(]+?)(?: \(|\. )/.exec(c.answer)?.[1];
  return lead && /\d/.test(lead) ? lead : undefined;
}

/** Do two questions name the same things: a shared capitalised word, or an acronym of the other's names ("SNAP",
 *  "Supplemental Nutrition Assistance Program")? */
function sameNames(a: string, b: string): boolean {
  const names = (q: string) => q.split(/\s+/).slice(1).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => /^\p{Lu}/u.test(w));
  const x = names(a);
  const y = names(b);
  if (x.some((w) => y.includes(w))) return true;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  return x.some((w) => /^\p{Lu}{2,}$/u.test(w) && initials(y).includes(w)) || y.some((w) => /^\p{Lu}{2,}$/u.test(w) && initials(x).includes(w));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Kinds whose answer leads with the fact asked for, so sharing words with the question is expected. */
const LEAD_KINDS = new Set(['figure', 'time', 'place', 'definition', 'negation']);

/** Penalties for questions an editor would not want, whatever their kind. */
function quality(c: Candidate): number {
  const qWords = c.question.split(/\s+/).length;
  const aWords = c.answer.split(/\s+/).length;
  let score = c.score;
  if (qWords > 18) score -= 0.02 * (qWords - 18);
  if (aWords > 55) score -= 0.004 * (aWords - 55);
  // A question that repeats most of its answer gives the answer away.
  const q = contentStems(c.question);
  const a = contentStems(c.answer);
  let inAnswer = 0;
  for (const x of q) if (a.has(x)) inAnswer++;
  if (!LEAD_KINDS.has(c.kind) && q.size && a.size <= q.size + 2) score -= 0.3;
  if (!LEAD_KINDS.has(c.kind) && q.size && inAnswer / q.size > 0.9 && a.size < q.size + 4) score -= 0.2;
  return score;
}

/** What the greedy choice maximises: importance, and an engine's estimate that editors accept the pair,
 *  which counts for more. */
function choiceScore(c: Candidate, importance: number): number {
  return c.acceptance === undefined ? importance : 0.5 * importance + c.acceptance;
}

/** The pairs likely enough to be accepted; the likeliest alone when none is. */
function acceptable(candidates: readonly Candidate[], min: number): readonly Candidate[] {
  const passing = candidates.filter((c) => (c.acceptance ?? 1) >= min);
  if (passing.length || !candidates.length) return passing;
  return [candidates.reduce((a, b) => ((b.acceptance ?? 0) > (a.acceptance ?? 0) ? b : a))];
}

export interface Selection {
  readonly pairs: Candidate[];
  readonly duplicates: number;
}

/** The candidates to choose from: all but the last resorts, or if there are only last resorts, the best-ranked. */
export function firstChoices(candidates: readonly Candidate[]): readonly Candidate[] {
  const regular = candidates.filter((c) => c.fallback === undefined);
  if (regular.length || !candidates.length) return regular;
  const best = Math.min(...candidates.map((c) => c.fallback!));
  return candidates.filter((c) => c.fallback === best);
}

export function select(all: readonly Candidate[], options: SelectOptions): Selection {
  const candidates = firstChoices(all);
  const perKind = options.perKind ?? Math.max(2, Math.ceil(options.count / 4));
  const pool = acceptable(candidates, options.minAcceptance ?? MIN_ACCEPTANCE).map((c) => {
    const importance = quality(c);
    return { c, importance, q: choiceScore(c, importance), stems: contentStems(c.question), wh: whWord(c.question), toDo: toDoSubject(c.question), when: answeredDate(c) };
  });
  type Item = (typeof pool)[number];
  // Questions with different question words over the same clause ask for different information; "What did
  // President Donald Trump promise to do?" and "What did Donald Trump vow to do?" read as one question.
  // ("When will funding for the Supplemental Nutrition Assistance Program lapse?" and "When will SNAP funds lapse
  // for the first time?" both answer 1 November 2025 with one verb: one question.)
  // (Not "When will UPS deliver mail?" and "When will FedEx deliver mail?": they name different carriers.)
  const sameDate = (x: Item, y: Item) => !!x.when && x.when === y.when && [...x.stems].some((w) => y.stems.has(w)) && sameNames(x.c.question, y.c.question);
  const similarity = (x: Item, y: Item) => (x.toDo && x.toDo === y.toDo || sameDate(x, y) ? 1 : jaccard(x.stems, y.stems) * (x.wh === y.wh ? 1 : 0.3));
  // Exact duplicates of information: same topic key keeps only its best.
  const answers = new Map<string, number>();
  const evidenceKinds = new Map<string, number>();
  for (const p of pool) {
    answers.set(p.c.answer, (answers.get(p.c.answer) ?? 0) + 1);
    const k = `${infoClass(p.c)}:${[...p.c.evidence].sort().join(',')}`;
    evidenceKinds.set(k, (evidenceKinds.get(k) ?? 0) + 1);
  }
  const bestByTopic = new Map<string, (typeof pool)[number]>();
  let duplicates = 0;
  for (const p of pool) {
    // Two questions with the same answer ask for the same information.
    // Two questions of one kind on the same sentences ask for the same information.
    const evidenceKey = `${infoClass(p.c)}:${[...p.c.evidence].sort().join(',')}`;
    const key = (answers.get(p.c.answer) ?? 0) > 1 ? `answer:${p.c.answer}` : (evidenceKinds.get(evidenceKey) ?? 0) > 1 ? `evidence:${evidenceKey}` : (p.c.topic ?? p.c.question);
    const prev = bestByTopic.get(key);
    if (!prev || p.q > prev.q) bestByTopic.set(key, p);
    if (prev) duplicates++;
  }
  let rest = [...bestByTopic.values()];
  const chosen: typeof rest = [];
  const kinds = new Map<string, number>();
  const perSentence = new Map<string, number>();
  while (chosen.length < options.count && rest.length) {
    let best: (typeof rest)[number] | undefined;
    let bestScore = -Infinity;
    for (const p of rest) {
      const sim = Math.max(0, ...chosen.map((x) => similarity(x, p)));
      const sameEvidence = Math.max(0, ...p.c.evidence.map((id) => perSentence.get(id) ?? 0));
      const overKind = (kinds.get(p.c.kind) ?? 0) >= perKind ? 0.5 : 0;
      const s = p.q - 0.3 * sim - 0.1 * sameEvidence - overKind;
      if (s > bestScore) { bestScore = s; best = p; }
    }
    if (!best) break;
    if (bestScore < -0.3) break;
    rest = rest.filter((p) => p !== best);
    if (chosen.some((x) => similarity(x, best!) >= 0.6)) { duplicates++; continue; }
    chosen.push(best);
    kinds.set(best.c.kind, (kinds.get(best.c.kind) ?? 0) + 1);
    for (const id of best.c.evidence) perSentence.set(id, (perSentence.get(id) ?? 0) + 1);
  }
  // Published most important first.
  chosen.sort((x, y) => y.importance - x.importance);
  return { pairs: chosen.map((p) => p.c), duplicates };
}
