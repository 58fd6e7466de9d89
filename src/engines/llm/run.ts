// Generating a FAQ with any engine, keeping what a reporting engine discarded: its discards are
// added to `stats.rejected`/`stats.rejectedBy` under their own rule ids (llm-...) and listed in
// `messages`, beside the shared verifier's rejections. The JSON schema is unchanged.
import type { Article, Faq, Message } from '../../types.js';
import type { Engine } from '../engine.js';
import { generateFaqAsync, type FaqOptions } from '../../faq/generate.js';
import { linguisticEngine } from '../linguistic/index.js';
import { isReportingEngine, type EngineRun } from './model.js';

/** Add an engine run's discards and notes to a FAQ built from its candidates. */
export function withEngineRun(faq: Faq, run: EngineRun, source: string): Faq {
  if (!run.discarded.length && !run.notes.length) return faq;
  const rejectedBy: Record<string, number> = { ...faq.stats.rejectedBy };
  for (const d of run.discarded) rejectedBy[d.ruleId] = (rejectedBy[d.ruleId] ?? 0) + 1;
  const discards: Message[] = run.discarded.map((d) => ({ source, ruleId: d.ruleId, reason: d.reason, ...(d.place ? { place: d.place } : {}) }));
  return {
    ...faq,
    stats: {
      ...faq.stats,
      candidates: faq.stats.candidates + run.discarded.length,
      rejected: faq.stats.rejected + run.discarded.length,
      rejectedBy,
    },
    messages: [...run.notes, ...discards, ...faq.messages],
  };
}

/**
 * The FAQ for one article with the given engine (any engine, synchronous or not); a reporting
 * engine's discards are counted in the result.
 */
export async function generateFaqWithEngine(article: Article, options: FaqOptions = {}): Promise<Faq> {
  const engine = options.engine ?? linguisticEngine;
  // generateFaqAsync awaits whatever the engine returns, so it serves synchronous engines too.
  if (!isReportingEngine(engine)) return generateFaqAsync(article, { ...options, engine });
  let run: EngineRun | undefined;
  const recording: Engine = {
    name: engine.name,
    generate: async (doc) => {
      run = await engine.run(doc);
      return run.candidates;
    },
  };
  const faq = await generateFaqAsync(article, { ...options, engine: recording });
  return run ? withEngineRun(faq, run, engine.name) : faq;
}
