// Build the engine the settings name. Missing settings are usage errors naming the flag and the
// environment variable to set; the hybrid engine instead warns and writes the linguistic FAQ.
import { NewsfaqError } from '../../errors.js';
import type { Engine } from '../engine.js';
import { linguisticEngine } from '../linguistic/index.js';
import { defaultCacheDir, diskCache, noCache } from './cache.js';
import { HybridEngine } from './hybrid.js';
import { llamaEngine } from './llama.js';
import type { ReportingEngine } from './model.js';
import { openaiEngine } from './openai.js';
import { backendOf, type EngineSettings, type LlmSettings } from './settings.js';

export interface CreateEngineOptions {
  /** Receives one-line warnings (hybrid fallback), without newline. Default: stderr. */
  readonly warn?: (line: string) => void;
  /** For the default cache folder. */
  readonly env?: NodeJS.ProcessEnv;
  /** How node-llama-cpp is loaded (tests). */
  readonly importLlama?: () => Promise<unknown>;
}

const NEED_URL = 'the URL of an OpenAI-compatible server: --llm-url http://127.0.0.1:11434/v1 or NEWSFAQ_LLM_URL';
const NEED_GGUF = 'a GGUF model file: --llm-model path/to/model.gguf or NEWSFAQ_LLM_MODEL';

function modelEngine(backend: 'openai' | 'llama', llm: LlmSettings, options: CreateEngineOptions): ReportingEngine {
  const cache = llm.cache ? diskCache(llm.cacheDir ?? defaultCacheDir(options.env ?? process.env)) : noCache;
  if (backend === 'openai') {
    if (!llm.url) throw new NewsfaqError('NF007', `the openai engine needs ${NEED_URL}`);
    if (!/^https?:\/\//i.test(llm.url)) throw new NewsfaqError('NF007', `--llm-url must be an http(s) URL such as http://127.0.0.1:11434/v1, not "${llm.url}"`);
    return openaiEngine({ ...llm, url: llm.url, cache });
  }
  if (!llm.model) throw new NewsfaqError('NF007', `the llama engine needs ${NEED_GGUF}`);
  return llamaEngine({ ...llm, model: llm.model, cache, importModule: options.importLlama });
}

export function createEngine(settings: EngineSettings, options: CreateEngineOptions = {}): Engine | ReportingEngine {
  const { engine, llm } = settings;
  switch (engine) {
    case 'linguistic':
      return linguisticEngine;
    case 'openai':
    case 'llama':
      return modelEngine(engine, llm, options);
    case 'hybrid': {
      const backend = backendOf(llm);
      const configured = backend === 'openai' ? !!llm.url : !!llm.model;
      if (!configured) {
        return new HybridEngine({ warn: options.warn, noModelReason: `no language model is configured (the hybrid engine needs ${backend === 'openai' ? NEED_URL : NEED_GGUF})` });
      }
      return new HybridEngine({ warn: options.warn, model: modelEngine(backend, llm, options) });
    }
  }
}

/** Release what an engine holds (a loaded local model). */
export async function closeEngine(engine: Engine): Promise<void> {
  await (engine as Partial<ReportingEngine>).close?.();
}
