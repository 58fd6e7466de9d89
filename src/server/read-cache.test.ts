import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, cachedBody, ReadCache } from './read-cache.js';

test('a body is built once however many ask at once, kept until invalidated; "nothing here" is not kept', async () => {
  const cache = new ReadCache();
  let builds = 0;
  const build = async () => { builds++; await new Promise((r) => setTimeout(r, 5)); return cachedBody('<p>x</p>', 'text/html'); };
  const [a, b] = await Promise.all([cache.get(cacheKey('a', 'reader'), build), cache.get(cacheKey('a', 'reader'), build)]);
  assert.equal(builds, 1);
  assert.equal(a, b);
  assert.match(a!.etag, /^"[\w-]{22}"$/);
  await cache.get(cacheKey('a', 'reader'), build);
  assert.equal(builds, 1);
  cache.invalidate('b');
  await cache.get(cacheKey('a', 'reader'), build);
  assert.equal(builds, 1, 'another article invalidated');
  cache.invalidate('a');
  await cache.get(cacheKey('a', 'reader'), build);
  assert.equal(builds, 2);
  let misses = 0;
  for (let k = 0; k < 3; k++) assert.equal(await cache.get(cacheKey('nope', 'reader'), async () => { misses++; return null; }), null);
  assert.equal(misses, 3);
  assert.equal(cache.size, 1);
});
