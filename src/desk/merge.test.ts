import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FaqPair } from '../types.js';
import { mergeRegenerated, questionKey, type MergeablePair } from './merge.js';

const fresh = (question: string): FaqPair => ({ question, answer: 'a', kind: 'event', score: 0.5, evidence: [{ id: 'p0s0', text: 't' }] });
const pair = (id: number, question: string, over: Partial<MergeablePair> = {}): MergeablePair =>
  ({ id, question, status: 'draft', origin: 'machine', edited: false, machineKey: questionKey(question), ...over });

test('approved, edited, hand-added and rejected pairs stay; untouched drafts give way', () => {
  const current = [
    pair(1, 'What happened?', { status: 'approved' }),
    pair(2, 'Who won?'),
    pair(3, 'Why did it happen now?', { edited: true, question: 'Why did it happen in May?' }),
    pair(4, 'Where is it?', { status: 'rejected' }),
    pair(5, 'How much did it cost?', { origin: 'manual', machineKey: undefined }),
    pair(6, 'When does it open?'),
  ];
  const plan = mergeRegenerated(current, [fresh('What happened?'), fresh('When does it open?'), fresh('Where is it?'), fresh('Why did it happen now?'), fresh('Who is the mayor?'), fresh('how much did it cost')]);
  assert.deepEqual(plan.steps.map((s) => (s.kind === 'add' ? `add:${s.pair.question}` : `${s.kind}:${s.id}`)), [
    'keep:1', 'keep:3', 'keep:5', 'refresh:6', 'add:Who is the mayor?', 'keep:4',
  ]);
  assert.deepEqual(plan.drop, [2]);
});

test('question keys ignore case, spacing and punctuation', () => {
  assert.equal(questionKey('What  did Japan pledge?'), questionKey('what did Japan pledge'));
  assert.notEqual(questionKey('What did Japan pledge?'), questionKey('What did China pledge?'));
});
