import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDeskDb } from './db.js';
import { Users } from './users.js';

test('accounts: bcrypt hashes, verification, tokens and sessions stored as hashes', async () => {
  const db = openDeskDb(':memory:');
  const users = new Users(db, 4);
  await users.add('alice', 'a long password', 4);
  await assert.rejects(users.add('alice', 'another password', 4), /already exists/);
  await assert.rejects(users.add('bob', 'short', 4), /at least 8/);
  await assert.rejects(users.add('<script>', 'a long password', 4), /user names/);
  const row = db.prepare('SELECT password_hash FROM desk_users').get() as { password_hash: string };
  assert.match(row.password_hash, /^\$2[aby]\$04\$/);
  assert.equal((await users.verify('alice', 'a long password'))?.name, 'alice');
  assert.equal(await users.verify('alice', 'wrong password'), undefined);
  assert.equal(await users.verify('nobody', 'a long password'), undefined);

  const token = users.createToken('alice');
  assert.match(token, /^nfk_[\w-]{43}$/);
  assert.equal(users.byToken(token)?.name, 'alice');
  assert.equal(users.byToken(`${token}x`), undefined);
  assert.equal((db.prepare('SELECT count(*) AS n FROM desk_tokens WHERE token_hash = ?').get(token) as { n: number }).n, 0);

  const s = users.createSession({ id: 1, name: 'alice' });
  assert.equal(users.session(s.cookie)?.csrf, s.csrf);
  users.endSession(s.cookie);
  assert.equal(users.session(s.cookie), undefined);
  const old = users.createSession({ id: 1, name: 'alice' }, -1);
  assert.equal(users.session(old.cookie), undefined, 'expired');
  assert.equal(users.remove('alice'), true);
  assert.equal(users.byToken(token), undefined, 'tokens go with the account');
  db.close();
});
