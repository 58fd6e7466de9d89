// Reading model replies: the JSON asked for, and the usual ways servers that ignore the schema get it wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemToCandidate, normaliseEvidence, parseReply } from './parse.js';
import { mapKind, replyJsonSchema, grammarJsonSchema } from './schema.js';

const pair = { question: 'What did the council approve?', answer: 'A new tram line.', kind: 'event', evidence: ['p0s0'] };

test('the reply asked for, a bare array, and other list keys', () => {
  assert.deepEqual(parseReply(JSON.stringify({ pairs: [pair] })), { items: [pair], readable: true });
  assert.deepEqual(parseReply(JSON.stringify([pair])).items, [pair]);
  assert.deepEqual(parseReply(JSON.stringify({ faq: [pair] })).items, [pair]);
  assert.deepEqual(parseReply(JSON.stringify({ data: { questions: [pair] } })).items, [pair]);
  assert.deepEqual(parseReply(JSON.stringify(pair)).items, [pair]);
  assert.deepEqual(parseReply('{"pairs": []}'), { items: [], readable: true });
  const other = { question_text: 'What did the council approve?', answer_text: 'A new tram line.', evidence_sentence_ids: ['p0s0'] };
  const parsed = parseReply(JSON.stringify({ qa_pairs: [other] }));
  assert.deepEqual(parsed.items, [other]);
  const c = itemToCandidate(parsed.items[0], 'x', 0);
  assert.ok(c.ok && c.candidate.answer === 'A new tram line.' && c.candidate.evidence[0] === 'p0s0');
});

test('repairs: fences, prose, trailing commas, reasoning blocks, a reply cut off mid-list', () => {
  const json = JSON.stringify({ pairs: [pair, { ...pair, question: 'Where will the line run?' }] });
  assert.equal(parseReply('```json\n' + json + '\n```').items.length, 2);
  assert.equal(parseReply('<think>The user wants JSON {"pairs": "no"}</think>\n' + json).items.length, 2);
  const prose = parseReply(`Here is the FAQ you asked for:\n${json}\nLet me know!`);
  assert.equal(prose.items.length, 2);
  assert.match(prose.repair!, /inside other text/);
  assert.equal(parseReply('{"pairs": [{"question": "A?", "answer": "B", "evidence": ["p0s0"],},]}').items.length, 1);
  const cut = parseReply(json.slice(0, json.length - 30));
  assert.equal(cut.items.length, 1);
  assert.match(cut.repair!, /1 complete pair object/);
});

test('nothing readable', () => {
  for (const text of ['', 'I cannot help with that.', '{"pairs": [{"question": "How', '{"answer": 42}', '["p0s0"]']) {
    assert.equal(parseReply(text).readable, false, text);
  }
});

test('items become candidates; what is not a pair is malformed', () => {
  const ok = itemToCandidate({ Question: ' "What did the council approve? [p0s0]" ', A: 'A new tram line (p0s0).', Evidence_IDs: 'p0s0, P1S2 and [p2s1]', type: 'who' }, 'openai', 3);
  assert.ok(ok.ok);
  if (ok.ok) {
    assert.equal(ok.candidate.question, 'What did the council approve?');
    assert.equal(ok.candidate.answer, 'A new tram line.');
    assert.deepEqual(ok.candidate.evidence, ['p0s0', 'p1s2', 'p2s1']);
    assert.equal(ok.candidate.kind, 'definition');
    assert.ok(ok.candidate.score > 0 && ok.candidate.score <= 1);
    assert.equal(ok.candidate.derived, undefined, 'a model never declares extra accepted words');
  }
  assert.deepEqual(itemToCandidate('text', 'x', 0), { ok: false, reason: 'item 1 is not an object' });
  assert.deepEqual(itemToCandidate({ question: 'Why?' }, 'x', 1), { ok: false, reason: 'item 2 has no answer' });
  assert.deepEqual(itemToCandidate({ answer: 'Yes' }, 'x', 2), { ok: false, reason: 'item 3 has no question' });
});

test('evidence ids: canonical forms kept, anything else kept as written for the verifier to reject', () => {
  assert.deepEqual(normaliseEvidence(['p03s1', 'p3 s1', 'P3-S1']), ['p3s1']);
  assert.deepEqual(normaliseEvidence('sentence 4'), ['sentence 4']);
  assert.deepEqual(normaliseEvidence([{ id: 'p1s0' }, 7]), ['p1s0', '7']);
  assert.deepEqual(normaliseEvidence(undefined), []);
});

test('kinds: ours kept, others mapped, unknown is event', () => {
  assert.equal(mapKind('figure'), 'figure');
  assert.equal(mapKind('Reason'), 'cause');
  assert.equal(mapKind('next_steps'), 'next');
  assert.equal(mapKind('yes/no'), 'event');
  assert.equal(mapKind(undefined), 'event');
});

test('one schema for both engines: strict JSON Schema for servers, grammar subset for node-llama-cpp', () => {
  const s = replyJsonSchema() as any;
  assert.equal(s.$schema, undefined);
  assert.equal(s.additionalProperties, false);
  assert.deepEqual(s.required, ['pairs']);
  assert.deepEqual(s.properties.pairs.items.required, ['question', 'answer', 'kind', 'evidence']);
  const g = grammarJsonSchema() as any;
  assert.equal(g.properties.pairs.items.properties.question.type, 'string');
  assert.equal(JSON.stringify(g).includes('description'), false);
});
