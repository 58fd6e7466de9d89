// The hybrid engine against a TEST DOUBLE of a model server (a loopback HTTP server speaking the
// OpenAI protocol with scripted replies; no model runs): linguistic and model candidates together,
// and the linguistic FAQ with one warning when the model server is unreachable.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateFaq } from '../../faq/generate.js';
import { HybridEngine } from './hybrid.js';
import { openaiEngine } from './openai.js';
import { generateFaqWithEngine } from './run.js';
import { startModelServer, pairsContent, type ModelServerDouble } from './testing/model-server-double.js';
import { assertGrounded, exampleArticle, testSettings } from './testing/fixtures.js';

const article = exampleArticle();
const servers: ModelServerDouble[] = [];
after(async () => { await Promise.all(servers.map((s) => s.close())); });

const MODEL_PAIRS = [
  { question: 'Who did Prime Minister Kishida conclude an agreement with?', answer: 'With Malaysian counterpart Anwar Ibrahim, to enhance Malaysia’s maritime security capabilities.', kind: 'commitment', evidence: ['p5s1'] },
  { question: 'How many projects are in the implementation plan?', answer: 'The implementation plan consists of 150 projects.', kind: 'figure', evidence: ['p3s0'] },
];

test('hybrid: linguistic candidates plus the model verified ones, ranked together', async () => {
  const server = await startModelServer(() => ({ content: pairsContent(MODEL_PAIRS) }));
  servers.push(server);
  const warnings: string[] = [];
  const engine = new HybridEngine({ model: openaiEngine(testSettings(server.url)), warn: (l) => warnings.push(l) });
  const faq = await generateFaqWithEngine(article, { engine, count: 15 });
  const linguistic = generateFaq(article, { count: 15 });
  assert.equal(faq.engine, 'hybrid');
  assert.deepEqual(warnings, []);
  assert.equal(faq.stats.candidates, linguistic.stats.candidates + MODEL_PAIRS.length);
  assert.ok(faq.pairs.some((p) => p.question === MODEL_PAIRS[0].question), 'the supported model pair competes');
  assert.ok(!faq.pairs.some((p) => /150/.test(p.answer)), 'the invented number does not');
  assert.equal(faq.stats.rejectedBy['numbers-supported'], (linguistic.stats.rejectedBy['numbers-supported'] ?? 0) + 1);
  assertGrounded(faq, article, new Set(linguistic.pairs.map((p) => p.question)));
});

test('hybrid with the model server unreachable: the linguistic FAQ, one warning for the whole run', async () => {
  const gone = await startModelServer([]);
  await gone.close();
  const warnings: string[] = [];
  const engine = new HybridEngine({ model: openaiEngine(testSettings(gone.url, { retries: 1 })), warn: (l) => warnings.push(l) });
  const first = await generateFaqWithEngine(article, { engine });
  const started = Date.now();
  const second = await generateFaqWithEngine(article, { engine });
  assert.ok(Date.now() - started < 2000, 'the second article does not wait for the server again');
  const linguistic = generateFaq(article);
  for (const faq of [first, second]) {
    assert.equal(faq.engine, 'hybrid');
    assert.deepEqual(faq.pairs, linguistic.pairs);
    assert.ok(faq.messages.some((m) => m.ruleId === 'llm-unavailable'));
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^newsfaq: warning: language model server http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions is unreachable \(ECONNREFUSED.*\); writing the linguistic FAQ only$/);
  assert.doesNotMatch(warnings[0], /\n/);
});

test('hybrid without a configured model warns and writes the linguistic FAQ', async () => {
  const warnings: string[] = [];
  const engine = new HybridEngine({ noModelReason: 'no language model is configured', warn: (l) => warnings.push(l) });
  const faq = await generateFaqWithEngine(article, { engine });
  assert.deepEqual(faq.pairs, generateFaq(article).pairs);
  assert.deepEqual(warnings, ['newsfaq: warning: no language model is configured; writing the linguistic FAQ only']);
});
