import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiter } from './rate-limit.js';

test('token bucket: a burst, then one per interval, per client', () => {
  const r = new RateLimiter(60, 3);
  const t0 = 1_000_000;
  assert.deepEqual([1, 2, 3, 4].map(() => r.take('a', t0).ok), [true, true, true, false]);
  assert.equal(r.take('a', t0).retryAfter, 1);
  assert.equal(r.take('b', t0).ok, true, 'another client has its own bucket');
  assert.equal(r.take('a', t0 + 1000).ok, true, 'one token a second at 60/min');
  assert.equal(r.take('a', t0 + 1000).ok, false);
  assert.equal(new RateLimiter(0).take('x').ok, true, '0 disables');
});
