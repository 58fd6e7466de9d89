// The openai engine: any server speaking the OpenAI chat-completions protocol (Ollama, llama.cpp's
// server, vLLM, LM Studio, hosted APIs). Structured output is asked for with the reply's JSON
// Schema; a server that rejects `response_format` is asked again with a weaker form (json_object,
// then none), and a server that ignores it is read by the repairing parser.
import type { Message } from '../../types.js';
import { LlmError } from './errors.js';
import { displayUrl, postJson, type RetrySettings } from './http.js';
import { ModelEngine, modelRunSettings, type ModelBackend } from './model.js';
import type { ChatMessage } from './prompt.js';
import { replyJsonSchema } from './schema.js';
import type { ReplyCache } from './cache.js';

export type StructuredMode = 'auto' | 'json_schema' | 'json_object' | 'none';

export interface OpenAiSettings extends RetrySettings {
  /** Base URL of the API, e.g. http://127.0.0.1:11434/v1; requests go to {url}/chat/completions. */
  readonly url: string;
  /** Model name as the server knows it; left out of the request when not set (llama.cpp's server serves one). */
  readonly model?: string;
  readonly key?: string;
  readonly concurrency: number;
  readonly temperature: number;
  readonly maxTokens: number;
  /** How to ask for JSON: `auto` starts with json_schema and steps down when the server refuses it. */
  readonly structured: StructuredMode;
  readonly maxPromptChars: number;
  readonly repairAttempts: number;
  readonly cache?: ReplyCache;
}

/** The chat-completions endpoint for a base URL (a URL already naming the endpoint is kept). */
export function completionsUrl(base: string): string {
  const b = base.trim().replace(/\/+$/, '');
  return /\/chat\/completions$/.test(b) ? b : `${b}/chat/completions`;
}

/** The text of the first choice: a string, or an array of text parts. */
function contentOf(json: unknown, url: string): { content: string; finish?: string } {
  const choice = (json as { choices?: { message?: { content?: unknown }; text?: unknown; finish_reason?: unknown }[] })?.choices?.[0];
  if (!choice) throw new LlmError('bad-response', `${displayUrl(url)} did not answer with a chat completion (no choices)`, { retryable: false });
  const c = choice.message?.content ?? choice.text;
  const finish = typeof choice.finish_reason === 'string' ? choice.finish_reason : undefined;
  if (typeof c === 'string') return { content: c, finish };
  if (Array.isArray(c)) return { content: c.map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '')).join(''), finish };
  return { content: '', finish };
}

class OpenAiBackend implements ModelBackend {
  readonly name = 'openai';
  private mode: Exclude<StructuredMode, 'auto'>;
  private readonly endpoint: string;
  constructor(private readonly s: OpenAiSettings) {
    this.mode = s.structured === 'auto' ? 'json_schema' : s.structured;
    this.endpoint = completionsUrl(s.url);
  }

  async cacheIdentity(): Promise<Record<string, unknown>> {
    const { url, model, temperature, maxTokens } = this.s;
    return { backend: 'openai', url: displayUrl(url), model: model ?? null, temperature, maxTokens };
  }

  private responseFormat(): unknown {
    if (this.mode === 'json_schema') return { type: 'json_schema', json_schema: { name: 'newsfaq_pairs', strict: true, schema: replyJsonSchema() } };
    if (this.mode === 'json_object') return { type: 'json_object' };
    return undefined;
  }

  async complete(messages: readonly ChatMessage[], notes: Message[]): Promise<string> {
    const headers: Record<string, string> = {};
    if (this.s.key) headers.authorization = `Bearer ${this.s.key}`;
    for (;;) {
      const body: Record<string, unknown> = {
        ...(this.s.model ? { model: this.s.model } : {}),
        messages,
        temperature: this.s.temperature,
        max_tokens: this.s.maxTokens,
        stream: false,
      };
      const format = this.responseFormat();
      if (format) body.response_format = format;
      try {
        const { json } = await postJson(this.endpoint, body, headers, this.s, ({ attempt, delayMs, error }) => {
          notes.push({ source: this.name, ruleId: 'llm-retry', reason: `${error.detail}; retry ${attempt} of ${this.s.retries} after ${delayMs} ms` });
        });
        const { content, finish } = contentOf(json, this.endpoint);
        if (finish === 'length') notes.push({ source: this.name, ruleId: 'llm-truncated', reason: `the reply hit the token limit (${this.s.maxTokens}); raise llm.maxTokens for longer articles` });
        return content;
      } catch (e) {
        // A server that does not support this form of structured output: ask with a weaker one.
        if (e instanceof LlmError && (e.status === 400 || e.status === 422) && this.s.structured === 'auto' && this.mode !== 'none') {
          const from = this.mode;
          this.mode = this.mode === 'json_schema' ? 'json_object' : 'none';
          notes.push({ source: this.name, ruleId: 'llm-structured-output', reason: `the server refused response_format ${from} (${e.detail}); asking with ${this.mode}` });
          continue;
        }
        throw e;
      }
    }
  }
}

export function openaiEngine(settings: OpenAiSettings): ModelEngine {
  return new ModelEngine(new OpenAiBackend(settings), modelRunSettings(settings));
}
