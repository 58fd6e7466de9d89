// What every model engine shares: split the article into requests, ask (or read the cache),
// read the reply, and sort its pairs into candidates for the shared verifier and discards
// counted by reason. The backend (HTTP server or local GGUF model) only turns messages into text.
import type { Candidate, Message } from '../../types.js';
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { Engine } from '../engine.js';
import { verifyCandidate } from '../../verify/verifier.js';
import { buildMessages, chunkSentences, PROMPT_VERSION, repairMessage, type ChatMessage } from './prompt.js';
import { itemToCandidate, parseReply } from './parse.js';
import { runModelChecks } from './checks.js';
import { cacheKey, noCache, sha256, type ReplyCache } from './cache.js';
import { limiter, type Limiter } from './limit.js';

/** A pair (or a whole reply) an engine discarded before the verifier, and why. */
export interface EngineDiscard {
  readonly ruleId: string;
  readonly reason: string;
  readonly place?: string;
}

/** An engine's candidates for one article, with what it discarded and what it noticed. */
export interface EngineRun {
  readonly candidates: Candidate[];
  readonly discarded: EngineDiscard[];
  readonly notes: Message[];
}

/** An engine that reports its discards; `generateFaqWithEngine` adds them to the FAQ's stats. */
export interface ReportingEngine extends Engine {
  run(doc: Doc): Promise<EngineRun>;
  /** Release what the engine holds (a loaded model). */
  close?(): Promise<void>;
}

export function isReportingEngine(e: Engine): e is ReportingEngine {
  return typeof (e as Partial<ReportingEngine>).run === 'function';
}

/** Turns chat messages into the model's reply text. */
export interface ModelBackend {
  /** For messages, e.g. "openai", "llama". */
  readonly name: string;
  /** What identifies the model's behaviour for the cache: model name, URL or file identity, settings. */
  cacheIdentity(): Promise<Record<string, unknown>>;
  complete(messages: readonly ChatMessage[], notes: Message[]): Promise<string>;
  close?(): Promise<void>;
}

export interface ModelRunSettings {
  readonly concurrency: number;
  readonly maxPromptChars: number;
  /** Extra requests after a reply that cannot be read at all. */
  readonly repairAttempts: number;
  readonly cache: ReplyCache;
}

const MAX_ASSISTANT_ECHO = 4000;

export class ModelEngine implements ReportingEngine {
  readonly name: string;
  private readonly limit: Limiter;
  constructor(readonly backend: ModelBackend, private readonly settings: ModelRunSettings) {
    this.name = backend.name;
    this.limit = limiter(settings.concurrency);
  }

  async generate(doc: Doc): Promise<Candidate[]> {
    return (await this.run(doc)).candidates;
  }

  async close(): Promise<void> {
    await this.backend.close?.();
  }

  async run(doc: Doc): Promise<EngineRun> {
    const chunks = chunkSentences(doc, this.settings.maxPromptChars);
    const identity = await this.backend.cacheIdentity();
    const runs = await Promise.all(chunks.map((chunk, i) => this.limit(() => this.ask(doc, chunk, i, chunks.length, identity))));
    const out: EngineRun = { candidates: [], discarded: [], notes: [] };
    for (const r of runs) {
      out.candidates.push(...r.candidates);
      out.discarded.push(...r.discarded);
      out.notes.push(...r.notes);
    }
    return out;
  }

  private async ask(doc: Doc, chunk: ReturnType<typeof chunkSentences>[number], i: number, of: number, identity: Record<string, unknown>): Promise<EngineRun> {
    const source = this.backend.name;
    const place = of > 1 ? `request ${i + 1} of ${of} (${chunk.sentences[0].id}-${chunk.sentences[chunk.sentences.length - 1].id})` : 'reply';
    const notes: Message[] = [];
    const discarded: EngineDiscard[] = [];
    for (const id of chunk.withheld) {
      notes.push({ source, ruleId: 'llm-instruction-text', reason: 'the sentence reads as instructions to a model: it was withheld from the model and may not be cited by it', place: id });
    }
    const messages = buildMessages(doc, chunk);
    const key = cacheKey({ prompt: PROMPT_VERSION, article: sha256(messages.map((m) => m.content).join('\n\u0000\n')), ...identity });
    let content = await this.settings.cache.get(key);
    let parsed = content === undefined ? undefined : parseReply(content);
    if (parsed?.readable) {
      notes.push({ source, ruleId: 'llm-cached', reason: 'model reply read from the cache (use --no-cache to ask again)', place });
    } else {
      content = await this.backend.complete(messages, notes);
      parsed = parseReply(content);
      for (let n = 0; !parsed.readable && n < this.settings.repairAttempts; n++) {
        notes.push({ source, ruleId: 'llm-repair', reason: `the reply could not be read as JSON (${preview(content)}); asked again`, place });
        content = await this.backend.complete(
          [...messages, { role: 'assistant', content: content.slice(0, MAX_ASSISTANT_ECHO) }, { role: 'user', content: repairMessage() }],
          notes,
        );
        parsed = parseReply(content);
      }
      if (parsed.readable) await this.settings.cache.set(key, content, { prompt: PROMPT_VERSION, engine: source });
    }
    if (!parsed.readable) {
      discarded.push({ ruleId: 'llm-malformed', reason: `the model's reply could not be read as JSON: ${preview(content ?? '')}`, place });
      return { candidates: [], discarded, notes };
    }
    if (parsed.repair) notes.push({ source, ruleId: 'llm-repaired', reason: parsed.repair, place });
    const withheld = new Set(chunk.withheld);
    const byId = new Map(doc.sentences.map((s) => [s.id, s]));
    const candidates: Candidate[] = [];
    parsed.items.forEach((item, rank) => {
      const r = itemToCandidate(item, `${source}:${i}:${rank}`, rank);
      if (!r.ok) {
        discarded.push({ ruleId: 'llm-malformed', reason: r.reason, place });
        return;
      }
      const c = r.candidate;
      // The shared verifier has the first word: what it rejects it counts under its own rule ids.
      if (verifyCandidate(doc, c)) {
        candidates.push(c);
        return;
      }
      const evidence = c.evidence.map((id) => byId.get(id)).filter((s): s is Sentence => !!s);
      const fail = runModelChecks({ candidate: c, doc, evidence, withheld });
      if (fail) discarded.push({ ruleId: fail.ruleId, reason: fail.reason, place: c.question });
      else candidates.push(c);
    });
    return { candidates, discarded, notes };
  }
}

function preview(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return 'empty reply';
  return `"${t.length > 80 ? `${t.slice(0, 80)}...` : t}"`;
}

export function modelRunSettings(s: { concurrency: number; maxPromptChars: number; repairAttempts: number; cache?: ReplyCache }): ModelRunSettings {
  return { concurrency: s.concurrency, maxPromptChars: s.maxPromptChars, repairAttempts: s.repairAttempts, cache: s.cache ?? noCache };
}
