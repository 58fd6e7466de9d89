import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRatings, formatComparison, mergeSheets } from './review-compare.js';
import { parseRatings } from './review.js';

const RULE = '='.repeat(100);
/** A small review sheet in the format `eval review` writes (invented text). */
function sheet(pairs: [string, string][]): string {
  return [
    'newsfaq review sheet: 1 articles, seed 1',
    RULE,
    '[1] bbc2005/x.txt',
    'title: Port plan approved',
    '',
    ...pairs.flatMap(([q, a], i) => [`#${i + 1} [event] ${q}`, `   A: ${a}`, `   evidence p0s0: ${a}`, `rate: bbc2005/x.txt#${i + 1} _`, '']),
  ].join('\n');
}

test('two versions merge into one sheet with every distinct pair once, and the key scores each version', () => {
  const a = sheet([['What did the council approve?', 'The port plan.'], ['Why?', 'Old.']]);
  const b = sheet([['What did the council approve?', 'The port plan.'], ['When did the council approve the plan?', 'Tuesday.']]);
  const { sheet: merged, key, shared } = mergeSheets(a, b);
  assert.equal(shared, 1);
  assert.equal(Object.keys(key).length, 3);
  assert.equal((merged.match(/^rate: /gm) ?? []).length, 3);
  assert.ok(!/Port plan approved[\s\S]*Port plan approved/.test(merged), 'the header appears once');
  // Rate the shared pair and B's own pair acceptable, A's own pair not.
  const lines = Object.entries(key).map(([id, k]) => `${id} ${k.a && !k.b ? '0 R' : '1'}`);
  const c = compareRatings(parseRatings(lines.join('\n')).ratings, key);
  assert.deepEqual(c.a, { acceptable: 1, rated: 2 });
  assert.deepEqual(c.b, { acceptable: 2, rated: 2 });
  assert.deepEqual(c.onlyA, { acceptable: 0, rated: 1 });
  assert.match(formatComparison(c), /version B: 2 of 2 \(100\.0%\)/);
});

test('sheets of different articles do not merge; ratings of another sheet are refused', () => {
  assert.throws(() => mergeSheets(sheet([['Q?', 'A.']]), sheet([['Q?', 'A.']]).replace('bbc2005/x.txt', 'bbc2005/y.txt')), /same articles/);
  const { key } = mergeSheets(sheet([['Q?', 'A.']]), sheet([['Q?', 'A.']]));
  assert.throws(() => compareRatings(parseRatings('bbc2005/x.txt#9 1').ratings, key), /not in the key/);
});
