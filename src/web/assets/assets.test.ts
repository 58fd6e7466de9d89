import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESK_JS } from './desk-client.js';
import { READER_JS } from './reader-client.js';

test('the client scripts parse and never write HTML from data', () => {
  for (const js of [DESK_JS, READER_JS]) {
    assert.doesNotThrow(() => new Function(js));
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/.test(js));
  }
});
