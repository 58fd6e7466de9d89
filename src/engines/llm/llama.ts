// The llama engine: a local GGUF model through node-llama-cpp, its output constrained by a
// grammar built from the same JSON Schema the openai engine sends. node-llama-cpp is 700+ MB
// installed, so it is an optional peer dependency: loaded by dynamic import, only when asked for.
import { open, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { Message } from '../../types.js';
import { LlmError } from './errors.js';
import { ModelEngine, modelRunSettings, type ModelBackend } from './model.js';
import type { ChatMessage } from './prompt.js';
import { grammarJsonSchema } from './schema.js';
import type { ReplyCache } from './cache.js';

export const LLAMA_PACKAGE = 'node-llama-cpp';
export const LLAMA_VERSION = '3.21.1';

export interface LlamaSettings {
  /** Path of the .gguf model file. */
  readonly model: string;
  readonly timeoutMs: number;
  readonly temperature: number;
  readonly maxTokens: number;
  /** Context window in tokens; node-llama-cpp chooses one that fits memory when not set. */
  readonly contextSize?: number;
  /** Layers on the GPU: a number, or node-llama-cpp's "auto". */
  readonly gpuLayers?: number | 'auto';
  readonly maxPromptChars: number;
  readonly repairAttempts: number;
  readonly cache?: ReplyCache;
  /** How node-llama-cpp is loaded; tests replace it. Defaults to a dynamic import. */
  readonly importModule?: () => Promise<unknown>;
}

// The small part of node-llama-cpp's API used here (its own types are not available without it).
interface LlamaGrammar { parse?(json: string): unknown }
interface LlamaChatSession {
  prompt(text: string, options: { grammar?: LlamaGrammar; maxTokens?: number; temperature?: number; signal?: AbortSignal }): Promise<string>;
  setChatHistory?(history: unknown[]): void;
  dispose?(options?: { disposeSequence?: boolean }): void;
}
interface LlamaContext { getSequence(): unknown; dispose?(): Promise<void> }
interface LlamaModel { createContext(options?: { contextSize?: number }): Promise<LlamaContext>; dispose?(): Promise<void> }
interface Llama {
  loadModel(options: { modelPath: string; gpuLayers?: number | 'auto' }): Promise<LlamaModel>;
  createGrammarForJsonSchema(schema: unknown): Promise<LlamaGrammar>;
  dispose?(): Promise<void>;
}
interface LlamaModule {
  getLlama(options?: Record<string, unknown>): Promise<Llama>;
  LlamaChatSession: new (options: { contextSequence: unknown; systemPrompt?: string; autoDisposeSequence?: boolean }) => LlamaChatSession;
}

/** Where newsfaq is installed: node-llama-cpp must be installed there (or above) to be found. */
function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

export function installHint(): string {
  return `install it with "npm install ${LLAMA_PACKAGE}@${LLAMA_VERSION}" in ${packageRoot()} (about 700 MB; newsfaq does not install it by default)`;
}

const defaultImport = () => import(/* the name is a variable so nothing resolves it before use */ LLAMA_PACKAGE as string);

/** Load node-llama-cpp, or say exactly how to install it. */
export async function loadLlamaModule(importModule: () => Promise<unknown> = defaultImport): Promise<LlamaModule> {
  let mod: unknown;
  try {
    mod = await importModule();
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const missing = (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'MODULE_NOT_FOUND') && String(err.message ?? '').includes(LLAMA_PACKAGE);
    if (missing) throw new LlmError('missing-package', `--engine llama needs ${LLAMA_PACKAGE}, which is not installed: ${installHint()}`, { code: 'NF007' });
    throw new LlmError('model-load', `${LLAMA_PACKAGE} is installed but could not be loaded (${err?.message ?? String(e)}); reinstall it: ${installHint()}`, { code: 'NF007' });
  }
  const m = mod as Partial<LlamaModule> & { default?: Partial<LlamaModule> };
  const api = typeof m.getLlama === 'function' ? m : m.default;
  if (!api || typeof api.getLlama !== 'function' || typeof api.LlamaChatSession !== 'function') {
    throw new LlmError('model-load', `${LLAMA_PACKAGE} does not have the API newsfaq uses (getLlama, LlamaChatSession); ${installHint()}`, { code: 'NF007' });
  }
  return api as LlamaModule;
}

/**
 * Check the model file before loading anything: it exists, is a file, and starts with the GGUF
 * magic and a known version (a download that failed, an HTML error page or a safetensors file would not).
 */
export async function checkGgufFile(path: string): Promise<{ size: number; mtimeMs: number; version: number }> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new LlmError('model-file', `model file ${path} (--llm-model should be the path of a .gguf file)`, { code: 'NF001' });
  }
  if (!st.isFile()) throw new LlmError('model-file', `${path} is not a file: --llm-model should be the path of a .gguf model file`, { code: 'NF007' });
  const head = Buffer.alloc(8);
  const fh = await open(path, 'r');
  let read = 0;
  try {
    read = (await fh.read(head, 0, 8, 0)).bytesRead;
  } finally {
    await fh.close();
  }
  const magic = head.subarray(0, 4).toString('latin1');
  const version = read >= 8 ? head.readUInt32LE(4) : 0;
  if (read < 8 || magic !== 'GGUF') {
    const shown = head.subarray(0, Math.min(read, 4)).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
    throw new LlmError('model-file', `${path} is not a GGUF model file (it starts with "${shown}", not "GGUF"); use a .gguf file made for llama.cpp`, { code: 'NF007' });
  }
  if (version < 1 || version > 3) throw new LlmError('model-file', `${path} is GGUF version ${version}, which node-llama-cpp ${LLAMA_VERSION} does not read`, { code: 'NF007' });
  return { size: st.size, mtimeMs: st.mtimeMs, version };
}

class LlamaBackend implements ModelBackend {
  readonly name = 'llama';
  private loaded?: Promise<{ mod: LlamaModule; llama: Llama; model: LlamaModel; context: LlamaContext; grammar: LlamaGrammar }>;
  private identity?: Promise<Record<string, unknown>>;
  constructor(private readonly s: LlamaSettings) {}

  cacheIdentity(): Promise<Record<string, unknown>> {
    this.identity ??= checkGgufFile(this.s.model).then(({ size, mtimeMs }) => ({
      backend: 'llama', model: resolve(this.s.model), size, mtimeMs, temperature: this.s.temperature, maxTokens: this.s.maxTokens,
    }));
    return this.identity;
  }

  /** Check the file, load node-llama-cpp, the model, one context and the grammar: once. */
  load() {
    this.loaded ??= (async () => {
      await checkGgufFile(this.s.model);
      const mod = await loadLlamaModule(this.s.importModule);
      try {
        const llama = await mod.getLlama({ build: 'never', progressLogs: false, logLevel: 'error' });
        const model = await llama.loadModel({ modelPath: resolve(this.s.model), ...(this.s.gpuLayers !== undefined ? { gpuLayers: this.s.gpuLayers } : {}) });
        const context = await model.createContext(this.s.contextSize ? { contextSize: this.s.contextSize } : undefined);
        const grammar = await llama.createGrammarForJsonSchema(grammarJsonSchema());
        return { mod, llama, model, context, grammar };
      } catch (e) {
        throw new LlmError('model-load', `${LLAMA_PACKAGE} could not load ${this.s.model}: ${(e as Error)?.message ?? String(e)}`);
      }
    })();
    return this.loaded;
  }

  async complete(messages: readonly ChatMessage[], _notes: Message[]): Promise<string> {
    const { mod, context, grammar } = await this.load();
    const [system, ...turns] = messages;
    const last = turns[turns.length - 1];
    const session = new mod.LlamaChatSession({ contextSequence: context.getSequence(), systemPrompt: system.content, autoDisposeSequence: true });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no reply within ${this.s.timeoutMs} ms`)), this.s.timeoutMs);
    try {
      if (turns.length > 1 && session.setChatHistory) {
        // A repair request: the earlier turns become the session's history.
        session.setChatHistory([
          { type: 'system', text: system.content },
          ...turns.slice(0, -1).map((m) => (m.role === 'assistant' ? { type: 'model', response: [m.content] } : { type: 'user', text: m.content })),
        ]);
      }
      return await session.prompt(last.content, { grammar, maxTokens: this.s.maxTokens, temperature: this.s.temperature, signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted) throw new LlmError('timeout', `the local model did not finish within ${this.s.timeoutMs} ms`);
      throw new LlmError('model-load', `the local model failed: ${(e as Error)?.message ?? String(e)}`);
    } finally {
      clearTimeout(timer);
      session.dispose?.({ disposeSequence: true });
    }
  }

  async close(): Promise<void> {
    if (!this.loaded) return;
    const loaded = await this.loaded.catch(() => undefined);
    this.loaded = undefined;
    if (!loaded) return;
    await loaded.context.dispose?.();
    await loaded.model.dispose?.();
    await loaded.llama.dispose?.();
  }
}

export function llamaEngine(settings: LlamaSettings): ModelEngine {
  // One context, one sequence: requests to a local model run one at a time.
  return new ModelEngine(new LlamaBackend(settings), modelRunSettings({ ...settings, concurrency: 1 }));
}
