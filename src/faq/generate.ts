// The pipeline for one article: annotate -> engine -> verify -> select -> Faq.
import type { Article, Faq, FaqPair } from '../types.js';
import { annotate } from '../nlp/annotate.js';
import type { Doc } from '../nlp/doc.js';
import type { Engine } from '../engines/engine.js';
import { linguisticEngine } from '../engines/linguistic/index.js';
import { verify, rejectionMessages } from '../verify/verifier.js';
import { defaultCount, select } from './select.js';
import { VERSION } from '../version.js';

export interface FaqOptions {
  /** Number of pairs; default scales with article length. */
  readonly count?: number;
  readonly engine?: Engine;
}

export function wordCount(article: Article): number {
  return article.paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
}

/** Build the FAQ from an annotated document (engines that are synchronous). */
export function faqFromDoc(doc: Doc, candidates: ReturnType<Engine['generate']> extends infer T ? Awaited<T> : never, engineName: string, options: FaqOptions = {}): Faq {
  const verdict = verify(doc, candidates);
  const count = options.count ?? defaultCount(wordCount(doc.article));
  const { pairs, duplicates } = select(verdict.accepted, { count });
  const byId = new Map(doc.sentences.map((s) => [s.id, s]));
  const rejectedBy: Record<string, number> = {};
  for (const r of verdict.rejected) rejectedBy[r.ruleId] = (rejectedBy[r.ruleId] ?? 0) + 1;
  const out: FaqPair[] = pairs.map((c) => ({
    question: c.question,
    answer: c.answer,
    kind: c.kind,
    score: Math.round(c.score * 1000) / 1000,
    evidence: c.evidence.map((id) => ({ id, text: byId.get(id)!.text })),
  }));
  const { article } = doc;
  return {
    article: { id: article.id, title: article.title, date: article.date, source: article.source, url: article.url },
    pairs: out,
    engine: engineName,
    version: VERSION,
    stats: { sentences: doc.sentences.length, candidates: candidates.length, rejected: verdict.rejected.length, rejectedBy, duplicates },
    messages: rejectionMessages(verdict),
  };
}

/** Generate the FAQ for one article with the offline linguistic engine. */
export function generateFaq(article: Article, options: FaqOptions = {}): Faq {
  const doc = annotate(article);
  const engine = options.engine ?? linguisticEngine;
  const candidates = engine.generate(doc);
  if (candidates instanceof Promise) throw new Error('use generateFaqAsync for asynchronous engines');
  return faqFromDoc(doc, candidates, engine.name, options);
}

export async function generateFaqAsync(article: Article, options: FaqOptions = {}): Promise<Faq> {
  const doc = annotate(article);
  const engine = options.engine ?? linguisticEngine;
  return faqFromDoc(doc, await engine.generate(doc), engine.name, options);
}
