// Regenerating an FAQ without losing editors' work: approved, edited, hand-added and rejected pairs stay; untouched
// machine drafts give way to the new machine pairs; a new pair that asks what a kept pair asks is not added again.
import type { FaqPair } from '../types.js';
import type { PairStatus } from './model.js';

/** What the merge needs to know of a current pair. */
export interface MergeablePair {
  readonly id: number;
  readonly question: string;
  readonly status: PairStatus;
  readonly origin: 'machine' | 'manual';
  readonly edited: boolean;
  /** The machine's own question, normalised (absent for hand-added pairs). */
  readonly machineKey?: string;
}

export type MergeStep =
  | { readonly kind: 'keep'; readonly id: number }
  /** An untouched draft the new FAQ asks again: updated in place (its id and history stay). */
  | { readonly kind: 'refresh'; readonly id: number; readonly pair: FaqPair }
  | { readonly kind: 'add'; readonly pair: FaqPair };

export interface MergePlan {
  /** The new order: kept pairs first, then the new machine pairs, then rejected pairs. */
  readonly steps: readonly MergeStep[];
  /** Untouched drafts the new FAQ no longer proposes. */
  readonly drop: readonly number[];
}

/** A question's identity for merging: case, spacing and punctuation ignored. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

const isUntouchedDraft = (p: MergeablePair): boolean => p.status === 'draft' && p.origin === 'machine' && !p.edited;

export function mergeRegenerated(current: readonly MergeablePair[], fresh: readonly FaqPair[]): MergePlan {
  const kept = current.filter((p) => !isUntouchedDraft(p));
  const drafts = new Map<string, MergeablePair>();
  for (const p of current) if (isUntouchedDraft(p)) drafts.set(p.machineKey ?? questionKey(p.question), p);
  // Questions editors have already dealt with: a kept pair's machine question and its current wording.
  const taken = new Set<string>();
  for (const p of kept) {
    if (p.machineKey) taken.add(p.machineKey);
    taken.add(questionKey(p.question));
  }
  const steps: MergeStep[] = kept.filter((p) => p.status !== 'rejected').map((p) => ({ kind: 'keep', id: p.id }));
  const reused = new Set<number>();
  for (const pair of fresh) {
    const key = questionKey(pair.question);
    if (taken.has(key)) continue;
    taken.add(key);
    const old = drafts.get(key);
    if (old) {
      reused.add(old.id);
      steps.push({ kind: 'refresh', id: old.id, pair });
    } else steps.push({ kind: 'add', pair });
  }
  for (const p of kept) if (p.status === 'rejected') steps.push({ kind: 'keep', id: p.id });
  const drop = [...drafts.values()].filter((p) => !reused.has(p.id)).map((p) => p.id);
  return { steps, drop };
}
