// The CLI with model engines, end to end, against a TEST DOUBLE of a model server: a loopback HTTP
// server speaking the OpenAI chat-completions protocol with scripted replies (no model runs).
// `newsfaq faq --engine openai --format json` with NEWSFAQ_LLM_URL set, the hybrid fallback with
// the server unreachable, settings precedence, and usage errors.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from './main.js';
import { FaqSchema } from '../faq/schema.js';
import { generateFaq } from '../faq/generate.js';
import { startModelServer, pairsContent, type ModelServerDouble, type Script } from '../engines/llm/testing/model-server-double.js';
import { assertGrounded, exampleArticle, EXAMPLE_PATH } from '../engines/llm/testing/fixtures.js';

const run = promisify(execFile);
const RUN_TS = new URL('./run.ts', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'newsfaq-cli-llm-'));
const article = exampleArticle();
const servers: ModelServerDouble[] = [];
after(async () => { await Promise.all(servers.map((s) => s.close())); });

async function serve(script: Script): Promise<ModelServerDouble> {
  const s = await startModelServer(script);
  servers.push(s);
  return s;
}

/** A clean environment: no user config or cache is read or written. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), ...extra };
  for (const k of ['NEWSFAQ_ENGINE', 'NEWSFAQ_LLM_URL', 'NEWSFAQ_LLM_MODEL', 'NEWSFAQ_LLM_KEY', 'NEWSFAQ_CONFIG']) if (!(k in extra)) delete env[k];
  return env;
}

async function spawnCli(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', RUN_TS, ...args], { env, encoding: 'utf8' });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout: string; stderr: string };
    return { code: x.code ?? 1, out: x.stdout, err: x.stderr };
  }
}

/** main() in this process, with the environment replaced for the call. */
async function inProcess(args: string[], env: NodeJS.ProcessEnv = cleanEnv()) {
  const saved = process.env;
  process.env = env;
  let out = '';
  let err = '';
  try {
    const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
  } finally {
    process.env = saved;
  }
}

const SUPPORTED = [
  { question: 'How many projects are in the implementation plan?', answer: 'The implementation plan consists of 130 projects.', kind: 'figure', evidence: ['p3s0'] },
  { question: 'What did Prime Minister Kishida conclude with Anwar Ibrahim?', answer: 'An agreement to enhance Malaysia’s maritime security capabilities.', kind: 'commitment', evidence: ['p5s1'] },
  { question: 'Was China mentioned explicitly at the summit?', answer: 'No. China was not mentioned explicitly, but concerns surrounding the situation in the East and South China Sea were raised during the summit.', kind: 'negation', evidence: ['p2s2'] },
];
const UNSUPPORTED = [
  { question: 'How many projects are in the implementation plan?', answer: 'The plan consists of 200 projects.', evidence: ['p3s0'] },
  { question: 'Where did Kishida meet Anwar Ibrahim?', answer: 'Prime Minister Kishida met Anwar Ibrahim in Kuala Lumpur.', evidence: ['p5s1'] },
  { question: 'Was China mentioned explicitly?', answer: 'Yes. China was mentioned explicitly.', evidence: ['p2s2'] },
  { question: 'What did Japan call for?', answer: 'Enhanced security and defense cooperation.', evidence: ['p42s0'] },
];

test('newsfaq faq --engine openai --format json with NEWSFAQ_LLM_URL: only supported pairs, the rest counted', async () => {
  // The double ignores response_format and answers in prose with a fenced block, as some servers do.
  const server = await serve(() => ({ content: 'Here are the pairs:\n```json\n' + pairsContent([...SUPPORTED, ...UNSUPPORTED]) + '\n```' }));
  const r = await spawnCli(['faq', '--engine', 'openai', '--format', 'json', EXAMPLE_PATH], cleanEnv({ NEWSFAQ_LLM_URL: server.url, NEWSFAQ_LLM_MODEL: 'double-7b' }));
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  const faq = FaqSchema.parse(JSON.parse(r.out));
  assert.equal(faq.engine, 'openai');
  assert.deepEqual(new Set(faq.pairs.map((p) => p.answer)), new Set(SUPPORTED.map((p) => p.answer)));
  assert.equal(faq.stats.rejected, UNSUPPORTED.length);
  assert.deepEqual(faq.stats.rejectedBy, { 'numbers-supported': 1, 'content-supported': 1, 'negation-kept': 1, 'evidence-exists': 1 });
  for (const u of UNSUPPORTED) assert.ok(faq.messages.some((m) => m.place === u.question && m.ruleId === Object.keys(faq.stats.rejectedBy).find((k) => k === m.ruleId)), u.question);
  assertGrounded(faq, article);
  assert.equal(server.requests.length, 1);
  assert.equal(server.requests[0].body.model, 'double-7b');
});

test('--engine hybrid with the model server unreachable: the linguistic FAQ and a one-line warning', async () => {
  const gone = await startModelServer([]);
  await gone.close();
  const r = await inProcess(['faq', '--engine', 'hybrid', '--format', 'json', '--llm-retries', '0', EXAMPLE_PATH], cleanEnv({ NEWSFAQ_LLM_URL: gone.url }));
  assert.equal(r.code, 0, r.err);
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.err);
  assert.match(lines[0], /^newsfaq: warning: language model server .* is unreachable \(ECONNREFUSED.*\); writing the linguistic FAQ only$/);
  const faq = FaqSchema.parse(JSON.parse(r.out));
  assert.equal(faq.engine, 'hybrid');
  assert.deepEqual(faq.pairs, generateFaq(article).pairs);
});

test('--engine openai with the server unreachable fails with one line, exit 1', async () => {
  const gone = await startModelServer([]);
  await gone.close();
  const r = await inProcess(['faq', '--engine', 'openai', '--llm-url', gone.url, '--llm-retries', '0', EXAMPLE_PATH]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^newsfaq: \[NF009\] no FAQ could be generated: language model server .* is unreachable/);
  assert.equal(r.err.trim().split('\n').length, 1);
  assert.equal(r.out, '');
});

test('settings precedence: flags over environment over config file', async () => {
  const reply = () => ({ content: pairsContent(SUPPORTED) });
  const [fromConfig, fromEnv, fromFlag] = [await serve(reply), await serve(reply), await serve(reply)];
  const config = join(home, 'settings.json');
  writeFileSync(config, JSON.stringify({ engine: 'openai', llm: { url: fromConfig.url, model: 'config-model', retries: 0, cache: false } }));
  let r = await inProcess(['faq', '--config', config, EXAMPLE_PATH]);
  assert.equal(r.code, 0, r.err);
  assert.equal(fromConfig.requests.length, 1, 'the config file chose the engine and server');
  assert.equal(fromConfig.requests[0].body.model, 'config-model');
  r = await inProcess(['faq', EXAMPLE_PATH], cleanEnv({ NEWSFAQ_CONFIG: config, NEWSFAQ_LLM_URL: fromEnv.url }));
  assert.equal(r.code, 0, r.err);
  assert.equal(fromEnv.requests.length, 1, 'the environment overrides the config file');
  assert.equal(fromEnv.requests[0].body.model, 'config-model');
  r = await inProcess(['faq', '--llm-url', fromFlag.url, '--llm-model', 'flag-model', EXAMPLE_PATH], cleanEnv({ NEWSFAQ_CONFIG: config, NEWSFAQ_LLM_URL: fromEnv.url }));
  assert.equal(r.code, 0, r.err);
  assert.equal(fromFlag.requests.length, 1, 'a flag overrides both');
  assert.equal(fromFlag.requests[0].body.model, 'flag-model');
  r = await inProcess(['faq', '--engine', 'linguistic', EXAMPLE_PATH], cleanEnv({ NEWSFAQ_CONFIG: config }));
  assert.equal(r.code, 0, r.err);
  assert.equal(fromConfig.requests.length, 1, '--engine linguistic asks no model');
  // The config file's "cache": false holds unless --no-cache... and without it the cache is used.
  r = await inProcess(['faq', '--config', config, EXAMPLE_PATH]);
  assert.equal(fromConfig.requests.length, 2, 'config cache:false: asked again');
  writeFileSync(config, JSON.stringify({ engine: 'openai', llm: { url: fromConfig.url, model: 'config-model' } }));
  await inProcess(['faq', '--config', config, EXAMPLE_PATH]);
  await inProcess(['faq', '--config', config, EXAMPLE_PATH]);
  assert.equal(fromConfig.requests.length, 3, 'cached under $XDG_CACHE_HOME/newsfaq');
  await inProcess(['faq', '--config', config, '--no-cache', EXAMPLE_PATH]);
  assert.equal(fromConfig.requests.length, 4, '--no-cache asks again');
});

test('fill --engine openai writes the model pairs into the article', async () => {
  const server = await serve(() => ({ content: pairsContent(SUPPORTED) }));
  const out = join(home, 'filled.txt');
  const r = await inProcess(['fill', '--engine', 'openai', '--llm-url', server.url, '--no-cache', EXAMPLE_PATH, '-o', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(out, 'utf8'), /Q: How many projects are in the implementation plan\?/);
});

test('usage errors: one line, exit 2', async () => {
  const bad = join(home, 'bad.json');
  writeFileSync(bad, JSON.stringify({ engine: 'openai', llm: { url: 'http://x/v1', timeout: 5 } }));
  const notJson = join(home, 'not.json');
  writeFileSync(notJson, '{engine: openai');
  const cases: [string[], RegExp, NodeJS.ProcessEnv?][] = [
    [['faq', '--engine', 'openai', EXAMPLE_PATH], /\[NF007\] bad usage: the openai engine needs the URL of an OpenAI-compatible server: --llm-url .* or NEWSFAQ_LLM_URL/],
    [['faq', '--engine', 'openai', '--llm-url', 'localhost:11434', EXAMPLE_PATH], /must be an http\(s\) URL/],
    [['faq', '--engine', 'llama', EXAMPLE_PATH], /the llama engine needs a GGUF model file: --llm-model/],
    [['faq', '--config', bad, EXAMPLE_PATH], /config file .*bad\.json: llm: Unrecognized key: "timeout"/],
    [['faq', '--config', notJson, EXAMPLE_PATH], /config file .*not\.json is not valid JSON/],
    [['faq', '--config', join(home, 'missing.json'), EXAMPLE_PATH], /\[NF001\] file not found: config file/],
    [['faq', '--llm-timeout', 'soon', EXAMPLE_PATH], /--llm-timeout must be a whole number/],
    [['faq', EXAMPLE_PATH], /engine must be one of linguistic, openai, llama, hybrid, not "gpt" \(from NEWSFAQ_ENGINE\)/, cleanEnv({ NEWSFAQ_ENGINE: 'gpt' })],
  ];
  for (const [args, pattern, env] of cases) {
    const r = await inProcess(args, env);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, pattern, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
  const r = await inProcess(['faq', '--engine', 'gpt', EXAMPLE_PATH]);
  assert.equal(r.code, 2);
  assert.match(r.err, /argument 'gpt' is invalid/);
});

let llamaInstalled = false;
try { createRequire(import.meta.url).resolve('node-llama-cpp'); llamaInstalled = true; } catch { llamaInstalled = false; }

test('--engine llama: missing file, not a GGUF, node-llama-cpp not installed', { skip: llamaInstalled && 'node-llama-cpp is installed here' }, async () => {
  let r = await inProcess(['faq', '--engine', 'llama', '--llm-model', join(home, 'none.gguf'), EXAMPLE_PATH]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^newsfaq: \[NF001\] file not found: model file .*none\.gguf/);
  const text = join(home, 'model.gguf');
  writeFileSync(text, 'not a model');
  r = await inProcess(['faq', '--engine', 'llama', '--llm-model', text, EXAMPLE_PATH]);
  assert.equal(r.code, 2);
  assert.match(r.err, /is not a GGUF model file/);
  const header = Buffer.alloc(32);
  header.write('GGUF', 0, 'latin1');
  header.writeUInt32LE(3, 4);
  const gguf = join(home, 'header-only.gguf');
  writeFileSync(gguf, header);
  r = await inProcess(['faq', '--engine', 'llama', '--llm-model', gguf, '--no-cache', EXAMPLE_PATH]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^newsfaq: \[NF007\] bad usage: --engine llama needs node-llama-cpp, which is not installed: install it with "npm install node-llama-cpp@3\.21\.1"/);
  // hybrid falls back instead
  r = await inProcess(['faq', '--engine', 'hybrid', '--llm-model', gguf, '--no-cache', '--format', 'json', EXAMPLE_PATH]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /^newsfaq: warning: --engine llama needs node-llama-cpp, which is not installed.*; writing the linguistic FAQ only\n$/);
});
