// `newsfaq user ...` and `newsfaq serve --help` through the CLI's main().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

test('user add, list, token, remove', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfaq-user-'));
  const db = join(dir, 'a.db');
  const saved = { p: process.env.NEWSFAQ_PASSWORD, c: process.env.NEWSFAQ_BCRYPT_COST };
  process.env.NEWSFAQ_PASSWORD = 'a long password';
  process.env.NEWSFAQ_BCRYPT_COST = '4';
  try {
    let r = await run('user', 'add', 'alice', '--db', db);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /editor "alice" added/);
    r = await run('user', 'add', 'alice', '--db', db);
    assert.equal(r.code, 2);
    assert.match(r.err, /already exists/);
    r = await run('user', 'token', 'alice', '--db', db, '--label', 'cms');
    assert.match(r.out, /^nfk_[\w-]+\n$/);
    r = await run('user', 'list', '--db', db, '--json');
    assert.deepEqual(JSON.parse(r.out).map((u: { name: string; tokens: number }) => [u.name, u.tokens]), [['alice', 1]]);
    process.env.NEWSFAQ_PASSWORD = 'short';
    r = await run('user', 'add', 'bob', '--db', db);
    assert.equal(r.code, 2);
    r = await run('user', 'remove', 'alice', '--db', db);
    assert.equal(r.code, 0);
    r = await run('user', 'remove', 'alice', '--db', db);
    assert.equal(r.code, 1);
  } finally {
    if (saved.p === undefined) delete process.env.NEWSFAQ_PASSWORD; else process.env.NEWSFAQ_PASSWORD = saved.p;
    if (saved.c === undefined) delete process.env.NEWSFAQ_BCRYPT_COST; else process.env.NEWSFAQ_BCRYPT_COST = saved.c;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve --help names the options and the pages', async () => {
  const r = await run('serve', '--help');
  assert.equal(r.code, 0);
  for (const s of ['--db', '--port', '--host', '127.0.0.1', '/desk', '/openapi.json']) assert.ok(r.out.includes(s), s);
});
