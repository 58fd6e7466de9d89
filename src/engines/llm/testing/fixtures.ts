// Shared by the LLM engine tests: the founding example, settings with small timeouts and
// backoff, and a check that an output pair is supported by its evidence.
import { readFileSync } from 'node:fs';
import { readArticle } from '../../../article/index.js';
import { annotate } from '../../../nlp/annotate.js';
import type { Article, Faq } from '../../../types.js';
import { verifyCandidate } from '../../../verify/verifier.js';
import { runModelChecks } from '../checks.js';
import type { OpenAiSettings } from '../openai.js';

export const EXAMPLE_PATH = new URL('../../../../examples/japan-asean-summit.txt', import.meta.url).pathname;

export function exampleArticle(): Article {
  return readArticle(readFileSync(EXAMPLE_PATH), { source: 'japan-asean-summit.txt' });
}

/** Settings for tests: short timeouts and backoff, no cache unless given one. */
export function testSettings(url: string, over: Partial<OpenAiSettings> = {}): OpenAiSettings {
  return {
    url,
    model: 'double-7b',
    timeoutMs: 2000,
    retries: 2,
    backoffMs: 5,
    maxBackoffMs: 40,
    concurrency: 2,
    temperature: 0,
    maxTokens: 1024,
    structured: 'auto',
    maxPromptChars: 12_000,
    repairAttempts: 1,
    ...over,
  };
}

/** Every published pair passes the shared verifier, and every model pair the model checks too
 *  (`linguistic`: questions the linguistic engine wrote, which may name context from the whole article). */
export function assertGrounded(faq: Faq, article: Article, linguistic: ReadonlySet<string> = new Set()): void {
  const doc = annotate(article);
  const byId = new Map(doc.sentences.map((s) => [s.id, s]));
  for (const p of faq.pairs) {
    const c = { question: p.question, answer: p.answer, kind: p.kind, evidence: p.evidence.map((e) => e.id), score: p.score, origin: 'check' };
    const fail = verifyCandidate(doc, c) ?? (linguistic.has(p.question) ? undefined : runModelChecks({ candidate: c, doc, evidence: c.evidence.map((id) => byId.get(id)!), withheld: new Set() }));
    if (fail) throw new Error(`published pair is not grounded (${fail.ruleId}: ${fail.reason}): ${p.question} / ${p.answer}`);
    for (const e of p.evidence) if (byId.get(e.id)?.text !== e.text) throw new Error(`evidence text of ${e.id} is not the article's`);
  }
}

/** rejected equals the sum of rejectedBy. */
export function rejectedTotal(faq: Faq): number {
  return Object.values(faq.stats.rejectedBy).reduce((a, b) => a + b, 0);
}
