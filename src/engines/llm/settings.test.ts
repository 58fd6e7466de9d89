// Settings layers: flags > environment > config file > defaults; the hybrid engine's backend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backendOf, LLM_DEFAULTS, resolveSettings } from './settings.js';
import { createEngine } from './create.js';
import { HybridEngine } from './hybrid.js';
import { linguisticEngine } from '../linguistic/index.js';

test('defaults, then config, then environment, then flags', () => {
  assert.deepEqual(resolveSettings({}), { engine: 'linguistic', llm: { ...LLM_DEFAULTS } });
  const config = { engine: 'openai' as const, llm: { url: 'http://config/v1', model: 'c', timeoutMs: 5000, cache: false } };
  const env = { NEWSFAQ_LLM_URL: 'http://env/v1', NEWSFAQ_LLM_KEY: 'k', NEWSFAQ_LLM_MODEL: '  ' };
  const s = resolveSettings({ config, env, flags: { llm: { model: 'flag', timeoutMs: undefined } } });
  assert.equal(s.engine, 'openai');
  assert.equal(s.llm.url, 'http://env/v1');
  assert.equal(s.llm.model, 'flag');
  assert.equal(s.llm.key, 'k');
  assert.equal(s.llm.timeoutMs, 5000, 'an unset flag does not hide the config value');
  assert.equal(s.llm.cache, false);
  assert.equal(s.llm.retries, LLM_DEFAULTS.retries);
  assert.equal(resolveSettings({ config, env: { NEWSFAQ_ENGINE: 'hybrid' }, flags: { engine: 'llama' } }).engine, 'llama');
  assert.equal(resolveSettings({ config, env: { NEWSFAQ_ENGINE: 'hybrid' } }).engine, 'hybrid');
  assert.throws(() => resolveSettings({ env: { NEWSFAQ_ENGINE: 'gpt' } }), /NEWSFAQ_ENGINE/);
});

test('the hybrid engine uses llama for a .gguf model without a URL, else openai', () => {
  const llm = resolveSettings({}).llm;
  assert.equal(backendOf({ ...llm, model: 'models/qwen.gguf' }), 'llama');
  assert.equal(backendOf({ ...llm, model: 'models/qwen.gguf', url: 'http://x/v1' }), 'openai');
  assert.equal(backendOf({ ...llm, model: 'qwen2.5:7b' }), 'openai');
  assert.equal(backendOf({ ...llm, backend: 'llama', url: 'http://x/v1' }), 'llama');
});

test('engines built from settings', () => {
  assert.equal(createEngine(resolveSettings({})), linguisticEngine);
  assert.equal(createEngine(resolveSettings({ flags: { engine: 'openai', llm: { url: 'http://127.0.0.1:9/v1' } } })).name, 'openai');
  assert.equal(createEngine(resolveSettings({ flags: { engine: 'llama', llm: { model: 'm.gguf' } } })).name, 'llama');
  const warnings: string[] = [];
  const hybrid = createEngine(resolveSettings({ flags: { engine: 'hybrid' } }), { warn: (l) => warnings.push(l) });
  assert.ok(hybrid instanceof HybridEngine);
  assert.match(warnings[0], /no language model is configured \(the hybrid engine needs the URL of an OpenAI-compatible server/);
  assert.throws(() => createEngine(resolveSettings({ flags: { engine: 'openai' } })), /NF007|needs the URL/);
});
