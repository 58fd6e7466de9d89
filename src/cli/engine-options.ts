// The engine options of `faq` and `fill`: --engine and the language-model settings, from flags,
// environment (NEWSFAQ_ENGINE, NEWSFAQ_LLM_URL, NEWSFAQ_LLM_MODEL, NEWSFAQ_LLM_KEY) and a config
// file (--config, $NEWSFAQ_CONFIG, ~/.config/newsfaq/config.json), in that order of precedence.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { NewsfaqError } from '../errors.js';
import type { Article, Faq } from '../types.js';
import type { Engine } from '../engines/engine.js';
import { createEngine, closeEngine as close } from '../engines/llm/create.js';
import { generateFaqWithEngine } from '../engines/llm/run.js';
import { ConfigFileSchema, ENGINE_NAMES, BACKENDS, resolveSettings, type ConfigFile, type EngineName, type LlmConfig } from '../engines/llm/settings.js';

function intOption(flag: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new NewsfaqError('NF007', `${flag} must be a whole number from ${min} to ${max}, not "${v}"`);
    return n;
  };
}

/** Add --engine and the LLM options to a command (faq, fill). */
export function addEngineOptions(cmd: Command): Command {
  cmd
    .addOption(new Option('--engine <name>', 'question engine (default linguistic; or $NEWSFAQ_ENGINE, or the config file)').choices([...ENGINE_NAMES]))
    .option('--llm-url <url>', 'OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1 (or $NEWSFAQ_LLM_URL)')
    .option('--llm-model <name>', 'model name on the server; for --engine llama the .gguf file (or $NEWSFAQ_LLM_MODEL)')
    .option('--llm-key <key>', 'API key, sent as a Bearer token (prefer $NEWSFAQ_LLM_KEY: flags show in process lists)')
    .addOption(new Option('--llm-backend <backend>', 'the model --engine hybrid uses (default: llama for a .gguf model without a URL)').choices([...BACKENDS]))
    .option('--llm-timeout <ms>', 'longest wait for one model reply, in ms (default 120000)', intOption('--llm-timeout', 1, 3_600_000))
    .option('--llm-retries <n>', 'retries after a network error, timeout, 429 or 5xx (default 2)', intOption('--llm-retries', 0, 10))
    .option('--llm-concurrency <n>', 'model requests in flight at once (default 2)', intOption('--llm-concurrency', 1, 64))
    .option('--no-cache', 'ask the model again instead of reading its cached replies')
    .option('--config <file>', 'settings file (default $NEWSFAQ_CONFIG, else ~/.config/newsfaq/config.json)');
  // `--no-cache` alone defaults `cache` to true, which would hide the config file's "cache": false.
  cmd.hook('preAction', (_cmd, action) => {
    if (action.getOptionValueSource('cache') !== 'cli') action.setOptionValue('cache', undefined);
  });
  cmd.addHelpText('after', `
Engines: linguistic (offline, default); openai (any OpenAI-compatible server: Ollama, llama.cpp server, vLLM,
LM Studio, hosted APIs); llama (a local .gguf model through node-llama-cpp, installed separately); hybrid
(linguistic plus model pairs; the linguistic FAQ alone, with a warning, when the model cannot be used).
Every model pair passes the same evidence rules; what they discard is counted in the JSON stats and messages.
  newsfaq ${cmd.name()} --engine openai --llm-url http://127.0.0.1:11434/v1 --llm-model qwen2.5:7b-instruct article.txt`);
  return cmd;
}

export interface EngineFlags {
  engine?: EngineName;
  llmUrl?: string;
  llmModel?: string;
  llmKey?: string;
  llmBackend?: 'openai' | 'llama';
  llmTimeout?: number;
  llmRetries?: number;
  llmConcurrency?: number;
  cache?: boolean;
  config?: string;
}

function configPath(flags: EngineFlags, env: NodeJS.ProcessEnv): { path: string; explicit: boolean } {
  if (flags.config) return { path: flags.config, explicit: true };
  if (env.NEWSFAQ_CONFIG) return { path: env.NEWSFAQ_CONFIG, explicit: true };
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return { path: join(base, 'newsfaq', 'config.json'), explicit: false };
}

/** Read and validate the config file; a missing default file is no config. */
export function readConfig(flags: EngineFlags, env: NodeJS.ProcessEnv = process.env): ConfigFile | undefined {
  const { path, explicit } = configPath(flags, env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (!explicit && (e as NodeJS.ErrnoException)?.code === 'ENOENT') return undefined;
    throw new NewsfaqError('NF001', `config file ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new NewsfaqError('NF007', `config file ${path} is not valid JSON (${(e as Error).message})`);
  }
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new NewsfaqError('NF007', `config file ${path}: ${where}: ${issue.message}`);
  }
  return parsed.data;
}

/** The engine the options, environment and config file ask for. */
export function engineFromOptions(flags: EngineFlags, io: { err: (s: string) => void }, env: NodeJS.ProcessEnv = process.env): Engine {
  const config = readConfig(flags, env);
  const llm: LlmConfig = {
    url: flags.llmUrl,
    model: flags.llmModel,
    key: flags.llmKey,
    backend: flags.llmBackend,
    timeoutMs: flags.llmTimeout,
    retries: flags.llmRetries,
    concurrency: flags.llmConcurrency,
    cache: flags.cache,
  };
  const settings = resolveSettings({ flags: { engine: flags.engine, llm }, env, config });
  return createEngine(settings, { warn: (line) => io.err(`${line}\n`), env });
}

/** The FAQ for one article with the engine; a model engine's discards are counted in it. */
export function faqWithEngine(engine: Engine, article: Article, options: { count?: number }): Promise<Faq> {
  return generateFaqWithEngine(article, { ...options, engine });
}

/** Release what the engine holds (a loaded local model). */
export function closeEngine(engine: Engine): Promise<void> {
  return close(engine);
}
