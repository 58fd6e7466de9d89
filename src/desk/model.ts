// The editorial model: an article's pairs as editors see them, with status, origin, verifier flag and history.
import type { PairKind, SentenceId } from '../types.js';
// How an article is named in results: the same shape as the archive's answers use.
import type { ArticleRef } from '../ask/archive.js';

export type { ArticleRef };

export const PAIR_STATUSES = ['draft', 'approved', 'rejected'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/** Why the verifier does not support a pair (its rule id and reason). */
export interface PairFlag {
  readonly ruleId: string;
  readonly reason: string;
}

export interface DeskPair {
  readonly id: number;
  readonly position: number;
  readonly question: string;
  readonly answer: string;
  readonly kind: PairKind;
  readonly score: number;
  readonly evidence: readonly { readonly id: SentenceId; readonly text: string }[];
  readonly status: PairStatus;
  /** 'machine': proposed by the engine; 'manual': added by an editor. */
  readonly origin: 'machine' | 'manual';
  /** An editor changed the machine's question, answer or evidence. */
  readonly edited: boolean;
  readonly flag?: PairFlag;
  readonly updatedAt: string;
  readonly updatedBy?: string;
}


export interface PublishedInfo {
  readonly revision: number;
  readonly at: string;
  readonly by: string;
  /** Pairs published. */
  readonly pairs: number;
}

export interface DeskState {
  readonly article: ArticleRef;
  /** Goes up with every change; send it back (If-Match or `revision`) to refuse a change made on stale state. */
  readonly revision: number;
  readonly published?: PublishedInfo;
  /** Changes since the last publication. */
  readonly unpublishedChanges: boolean;
  /** In editorial order; rejected pairs are kept (a regenerated FAQ does not bring them back). */
  readonly pairs: readonly DeskPair[];
  /** The article's sentences with their ids, in order (what evidence cites). */
  readonly sentences: readonly { readonly id: SentenceId; readonly text: string }[];
}

export const HISTORY_ACTIONS = ['seed', 'edit', 'status', 'add', 'reorder', 'regenerate', 'publish', 'article-changed'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface HistoryEntry {
  readonly id: number;
  readonly pairId?: number;
  readonly action: HistoryAction;
  readonly user?: string;
  readonly at: string;
  readonly detail: Record<string, unknown>;
}

/** What an editor may change in a pair. */
export interface PairEdit {
  readonly question?: string;
  readonly answer?: string;
  /** Sentence ids, as a list or one string ("p0s1 p2s0"). */
  readonly evidence?: readonly SentenceId[] | string;
  readonly kind?: PairKind;
}

export interface NewPair {
  readonly question: string;
  readonly answer: string;
  /** Sentence ids, as a list or one string ("p0s1 p2s0"). */
  readonly evidence: readonly SentenceId[] | string;
  readonly kind?: PairKind;
}

/** Errors the desk reports to its callers; the server maps `code` to an HTTP status. */
export type DeskErrorCode = 'not_found' | 'conflict' | 'flagged' | 'invalid' | 'nothing_to_publish';

export class DeskError extends Error {
  constructor(readonly code: DeskErrorCode, message: string, readonly detail?: Record<string, unknown>) {
    super(message);
    this.name = 'DeskError';
  }
}

/** Limits on editor input. */
export const LIMITS = { question: 300, answer: 2000, evidence: 20 } as const;
