// Engine settings from four layers, highest first: flags, environment, config file, defaults.
// The config file is JSON: {"engine": "hybrid", "llm": {"url": ..., "model": ..., ...}}.
import { z } from 'zod';
import { NewsfaqError } from '../../errors.js';

export const ENGINE_NAMES = ['linguistic', 'openai', 'llama', 'hybrid'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
export const BACKENDS = ['openai', 'llama'] as const;
export type Backend = (typeof BACKENDS)[number];
export const STRUCTURED_MODES = ['auto', 'json_schema', 'json_object', 'none'] as const;

export const LlmConfigSchema = z.strictObject({
  backend: z.enum(BACKENDS).optional().describe('Which model the hybrid engine uses (default: llama for a .gguf model and no URL, else openai).'),
  url: z.string().min(1).optional().describe('Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1.'),
  model: z.string().min(1).optional().describe('Model name on the server; for the llama engine, the .gguf file.'),
  key: z.string().optional().describe('API key, sent as a Bearer token.'),
  timeoutMs: z.number().int().min(1).optional().describe('Longest wait for one reply.'),
  retries: z.number().int().min(0).max(10).optional().describe('Retries after a network error, timeout, 429 or 5xx.'),
  backoffMs: z.number().int().min(0).optional().describe('First wait before a retry; doubled each time.'),
  maxBackoffMs: z.number().int().min(0).optional().describe("Longest wait before a retry, including a server's Retry-After."),
  concurrency: z.number().int().min(1).max(64).optional().describe('Requests in flight at once.'),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().min(64).optional().describe('Longest reply, in tokens.'),
  structured: z.enum(STRUCTURED_MODES).optional().describe('How to ask for JSON (auto steps down when the server refuses).'),
  cache: z.boolean().optional().describe('Read and write the reply cache.'),
  cacheDir: z.string().min(1).optional().describe('Cache folder (default $XDG_CACHE_HOME/newsfaq or ~/.cache/newsfaq).'),
  maxPromptChars: z.number().int().min(500).optional().describe('Article text per request; longer articles take several requests.'),
  repairAttempts: z.number().int().min(0).max(3).optional().describe('Requests after a reply that cannot be read as JSON.'),
  contextSize: z.number().int().min(512).optional().describe('llama: context window in tokens.'),
  gpuLayers: z.union([z.number().int().min(0), z.literal('auto')]).optional().describe('llama: layers on the GPU.'),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

export const ConfigFileSchema = z.strictObject({
  engine: z.enum(ENGINE_NAMES).optional(),
  llm: LlmConfigSchema.optional(),
});
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

export const LLM_DEFAULTS = {
  timeoutMs: 120_000,
  retries: 2,
  backoffMs: 500,
  maxBackoffMs: 10_000,
  concurrency: 2,
  temperature: 0,
  maxTokens: 2048,
  structured: 'auto',
  cache: true,
  maxPromptChars: 12_000,
  repairAttempts: 1,
} as const satisfies LlmConfig;

export type LlmSettings = LlmConfig & { -readonly [K in keyof typeof LLM_DEFAULTS]-?: NonNullable<LlmConfig[K]> };

export interface EngineSettings {
  readonly engine: EngineName;
  readonly llm: LlmSettings;
}

/** The environment variables read, and the settings they set. */
export const ENV_VARS = {
  NEWSFAQ_ENGINE: 'engine',
  NEWSFAQ_LLM_URL: 'url',
  NEWSFAQ_LLM_MODEL: 'model',
  NEWSFAQ_LLM_KEY: 'key',
} as const;

function fromEnv(env: NodeJS.ProcessEnv): { engine?: string; llm: LlmConfig } {
  const v = (name: keyof typeof ENV_VARS) => (env[name] && env[name]!.trim() ? env[name]!.trim() : undefined);
  return { engine: v('NEWSFAQ_ENGINE'), llm: { url: v('NEWSFAQ_LLM_URL'), model: v('NEWSFAQ_LLM_MODEL'), key: v('NEWSFAQ_LLM_KEY') } };
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;
}

export interface SettingLayers {
  readonly flags?: { engine?: EngineName; llm?: LlmConfig };
  readonly env?: NodeJS.ProcessEnv;
  readonly config?: ConfigFile;
}

/** Merge the layers: flags > environment > config file > defaults. */
export function resolveSettings(layers: SettingLayers): EngineSettings {
  const env = fromEnv(layers.env ?? {});
  const engine = layers.flags?.engine ?? env.engine ?? layers.config?.engine ?? 'linguistic';
  if (!(ENGINE_NAMES as readonly string[]).includes(engine)) {
    throw new NewsfaqError('NF007', `engine must be one of ${ENGINE_NAMES.join(', ')}, not "${engine}" (from NEWSFAQ_ENGINE)`);
  }
  const llm = {
    ...LLM_DEFAULTS,
    ...defined(layers.config?.llm ?? {}),
    ...defined(env.llm),
    ...defined(layers.flags?.llm ?? {}),
  } as LlmSettings;
  return { engine: engine as EngineName, llm };
}

/** The backend a hybrid (or an explicit backend) uses. */
export function backendOf(llm: LlmSettings): Backend {
  if (llm.backend) return llm.backend;
  return !llm.url && llm.model && /\.gguf$/i.test(llm.model) ? 'llama' : 'openai';
}
