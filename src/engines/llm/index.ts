// LLM engines under the same evidence rules: OpenAI-compatible servers and local GGUF models.
export { openaiEngine, completionsUrl, type OpenAiSettings, type StructuredMode } from './openai.js';
export { llamaEngine, checkGgufFile, loadLlamaModule, LLAMA_PACKAGE, LLAMA_VERSION, type LlamaSettings } from './llama.js';
export { HybridEngine, type HybridOptions } from './hybrid.js';
export { ModelEngine, isReportingEngine, type EngineRun, type EngineDiscard, type ReportingEngine, type ModelBackend } from './model.js';
export { generateFaqWithEngine, withEngineRun } from './run.js';
export { createEngine, closeEngine, type CreateEngineOptions } from './create.js';
export { resolveSettings, backendOf, ConfigFileSchema, LlmConfigSchema, LLM_DEFAULTS, ENGINE_NAMES, ENV_VARS, type EngineName, type EngineSettings, type LlmSettings, type ConfigFile } from './settings.js';
export { MODEL_CHECKS, runModelChecks, type ModelCheck } from './checks.js';
export { PROMPT_VERSION, buildMessages, instructionLike } from './prompt.js';
export { parseReply } from './parse.js';
export { replyJsonSchema, grammarJsonSchema, ModelReplySchema, mapKind } from './schema.js';
export { LlmError, isLlmError, type LlmErrorKind } from './errors.js';
export { defaultCacheDir, diskCache } from './cache.js';
