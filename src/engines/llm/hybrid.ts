// The hybrid engine: the linguistic engine's candidates plus the model's, all verified, ranked
// together (the ranker drops pairs that ask the same thing). When the model cannot be used -
// unreachable, timing out, refusing, not installed - it says so once on stderr and the FAQ is the
// linguistic one; later articles in the same run do not wait for the model again.
import type { Candidate } from '../../types.js';
import type { Doc } from '../../nlp/doc.js';
import type { Engine } from '../engine.js';
import { linguisticEngine } from '../linguistic/index.js';
import { isLlmError, type LlmError } from './errors.js';
import type { EngineRun, ReportingEngine } from './model.js';

export interface HybridOptions {
  /** The model engine; undefined when none is configured. */
  readonly model?: ReportingEngine;
  /** Why there is no model, when there is none. */
  readonly noModelReason?: string;
  readonly linguistic?: Engine;
  /** Receives the one-line warning (without newline) when the model cannot be used. */
  readonly warn?: (line: string) => void;
}

export class HybridEngine implements ReportingEngine {
  readonly name = 'hybrid';
  private down?: string;
  private readonly linguistic: Engine;
  constructor(private readonly options: HybridOptions) {
    this.linguistic = options.linguistic ?? linguisticEngine;
    if (!options.model) this.fallBack(options.noModelReason ?? 'no language model is configured');
  }

  private fallBack(reason: string): void {
    this.down = reason;
    (this.options.warn ?? ((line: string) => process.stderr.write(`${line}\n`)))(`newsfaq: warning: ${reason}; writing the linguistic FAQ only`);
  }

  async generate(doc: Doc): Promise<Candidate[]> {
    return (await this.run(doc)).candidates;
  }

  async run(doc: Doc): Promise<EngineRun> {
    const linguistic = await this.linguistic.generate(doc);
    const unavailable = (reason: string): EngineRun => ({
      candidates: [...linguistic],
      discarded: [],
      notes: [{ source: 'hybrid', ruleId: 'llm-unavailable', reason: `${reason}: the FAQ comes from the linguistic engine alone` }],
    });
    if (this.down || !this.options.model) return unavailable(this.down ?? 'no language model');
    try {
      const r = await this.options.model.run(doc);
      return { candidates: [...linguistic, ...r.candidates], discarded: r.discarded, notes: r.notes };
    } catch (e) {
      if (!isLlmError(e)) throw e;
      this.fallBack((e as LlmError).detail);
      return unavailable(this.down!);
    }
  }

  async close(): Promise<void> {
    await this.options.model?.close?.();
  }
}
