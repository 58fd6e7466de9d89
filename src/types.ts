// Cross-stage types. Each stage reads the output of earlier stages only:
// article -> nlp (Doc) -> facts -> engines (Candidate) -> verify -> faq (Faq) -> render.

/** The input formats a reader understands. */
export type InputFormat = 'seed' | 'dataset' | 'markdown' | 'html' | 'json' | 'jsonl' | 'plain';

/** Where the article's own (possibly empty) FAQ section sits in its original text. */
export interface FaqSlot {
  /** Character offset in `Article.original` just after the FAQ heading line. */
  readonly offset: number;
}

/** A news article as read from its source, before any language processing. */
export interface Article {
  /** Stable id: the source's own id when it has one, else a hash of the body. */
  readonly id: string;
  readonly title?: string;
  /** Publication date, ISO `YYYY-MM-DD`, when the source gives one. */
  readonly date?: string;
  /** File name or other origin, for reports. */
  readonly source?: string;
  readonly format: InputFormat;
  /** Body paragraphs, trimmed, in order. Never empty for a valid article. */
  readonly paragraphs: readonly string[];
  /** The original document text (for `fill`), when the format is text-like. */
  readonly original?: string;
  /** The document's own FAQ heading, when it has one. */
  readonly faqSlot?: FaqSlot;
  readonly url?: string;
}

/** A sentence's stable id: `p{paragraph}s{sentence}`, both zero-based. */
export type SentenceId = string;

/** The kinds of question a news FAQ asks (faq-guide.md). */
export const PAIR_KINDS = [
  'event',
  'definition',
  'time',
  'place',
  'figure',
  'cause',
  'purpose',
  'commitment',
  'negation',
  'stance',
  'next',
  'reaction',
  'background',
  'impact',
] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

/** A question-answer pair proposed by an engine, before verification. */
export interface Candidate {
  readonly question: string;
  readonly answer: string;
  readonly kind: PairKind;
  /** Ids of the sentences the answer rests on. */
  readonly evidence: readonly SentenceId[];
  /** Engine's own estimate of how worth asking the pair is, 0..1. */
  readonly score: number;
  /** Which engine (and rule) proposed it, for diagnostics. */
  readonly origin: string;
  /** Extra words the verifier may accept although they are not in the evidence
   *  (e.g. a date resolved from a relative expression in the evidence). */
  readonly derived?: readonly string[];
  /** Key of the information asked for; two pairs with one key ask the same thing. */
  readonly topic?: string;
  /** The engine's estimate (0..1) that an editor accepts the pair as it stands (src/engines/linguistic/acceptance.ts). */
  readonly acceptance?: number;
  /** A last resort's rank (0 first): published only when no other pair survives verification, and then only
   *  the best-ranked last resort that does. */
  readonly fallback?: number;
}

/** A finding about the data, carried on the result rather than thrown. */
export interface Message {
  readonly source: string;
  readonly ruleId: string;
  readonly reason: string;
  readonly place?: string;
}

/** A verified, ranked pair as published. */
export interface FaqPair {
  readonly question: string;
  readonly answer: string;
  readonly kind: PairKind;
  readonly score: number;
  readonly evidence: readonly { readonly id: SentenceId; readonly text: string }[];
}

export interface FaqStats {
  readonly sentences: number;
  readonly candidates: number;
  readonly rejected: number;
  /** Rejections by verifier rule id. */
  readonly rejectedBy: Readonly<Record<string, number>>;
  readonly duplicates: number;
}

/** The FAQ for one article. */
export interface Faq {
  readonly article: {
    readonly id: string;
    readonly title?: string;
    readonly date?: string;
    readonly source?: string;
    readonly url?: string;
  };
  readonly pairs: readonly FaqPair[];
  readonly engine: string;
  readonly version: string;
  readonly stats: FaqStats;
  readonly messages: readonly Message[];
}
