import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FAQ_SCHEMA_VERSION, FaqRecordSchema, FaqSchema, faqJsonSchema } from './schema.js';
import { SCHEMA_FILES, schemaFileText } from './write-schema.js';
import type { Faq } from '../types.js';

const root = new URL('../../', import.meta.url);

const faq: Faq = {
  article: { id: 'a1', title: 'Harbour opens', date: '2024-03-05', source: 'a1.txt', url: 'https://example.org/a1' },
  engine: 'linguistic',
  version: '0.1.0',
  pairs: [
    {
      question: 'When did the harbour open?',
      answer: 'On 4 March 2024.',
      kind: 'time',
      score: 0.9,
      evidence: [{ id: 'p0s0', text: 'The harbour opened on Monday.' }],
    },
  ],
  stats: { sentences: 3, candidates: 5, rejected: 2, rejectedBy: { unsupported: 2 }, duplicates: 0 },
  messages: [{ source: 'nlp', ruleId: 'no-date', reason: 'r', place: 'p0' }],
};
const json = { schemaVersion: FAQ_SCHEMA_VERSION, ...faq };

test('committed schema files equal what the zod schema generates now', () => {
  for (const f of SCHEMA_FILES) {
    const committed = readFileSync(new URL(f.path, root), 'utf8');
    assert.equal(committed, schemaFileText(f.make), `${f.path} is stale: run src/faq/write-schema.ts`);
  }
});

test('JSON Schema carries $id, title and 2020-12 dialect', () => {
  const s = faqJsonSchema();
  assert.equal(s.$id, 'https://newsfaq.dev/schema/faq-1.0.json');
  assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(typeof s.title, 'string');
  assert.deepEqual((s.properties as Record<string, { const?: string }>).schemaVersion.const, '1.0');
});

// Every optional field is set, so a field the schema forgot (and would strip) shows up here.
test('a valid FAQ parses unchanged', () => {
  assert.deepEqual(FaqSchema.parse(json), json);
});

test('schema rejects what the output must never contain', () => {
  const pair = faq.pairs[0];
  const bad = (pairs: unknown[]) => FaqSchema.safeParse({ ...json, pairs }).success;
  assert.equal(bad([{ ...pair, evidence: [] }]), false, 'evidence min 1');
  assert.equal(bad([{ ...pair, evidence: [{ id: 'x1', text: 't' }] }]), false, 'evidence id pattern');
  assert.equal(bad([{ ...pair, score: 1.2 }]), false, 'score <= 1');
  assert.equal(bad([{ ...pair, kind: 'gossip' }]), false, 'kind enum');
  assert.equal(FaqSchema.safeParse(faq).success, false, 'schemaVersion required');
  assert.equal(FaqSchema.safeParse({ ...json, schemaVersion: '2.0' }).success, false);
});

test('batch record schema accepts a FAQ or an error', () => {
  assert.equal(FaqRecordSchema.safeParse({ input: 'a.txt', faq: json }).success, true);
  assert.equal(FaqRecordSchema.safeParse({ input: 'b.txt', error: { code: 'NF009', message: 'm' } }).success, true);
  assert.equal(FaqRecordSchema.safeParse({ error: { code: 'NF009', message: 'm' } }).success, false);
});
