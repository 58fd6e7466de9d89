// The SQLite store: the Store contract on real database files, plus what is SQLite's own (WAL, migrations,
// paths, errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { NewsfaqError } from '../errors.js';
import { runStoreContract, makeArticle } from './store.contract.test.js';
import { openSqliteStore, SqliteStore } from './sqlite.js';
import { SCHEMA_VERSION } from './migrations.js';
import { defaultDbPath, resolveDbPath } from './path.js';
import { openStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfaq-store-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `s${++n}.db`);

runStoreContract('sqlite', () => openSqliteStore(freshPath()), {
  reopen: async (s) => {
    await s.close();
    return openSqliteStore((s as SqliteStore).location);
  },
});

test('a new database is in WAL mode at the latest schema, with its migrations recorded', async () => {
  const s = openSqliteStore(join(dir, 'nested', 'deeper', 'a.db'));
  try {
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    const rows = s.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    assert.deepEqual(rows.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, k) => k + 1));
  } finally {
    await s.close();
  }
  // reopening applies nothing twice
  const again = openSqliteStore(join(dir, 'nested', 'deeper', 'a.db'));
  assert.equal((again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, SCHEMA_VERSION);
  await again.close();
});

test('mustExist and readonly refuse a missing file with NF001 and create nothing', () => {
  const p = join(dir, 'missing.db');
  assert.throws(() => openSqliteStore(p, { mustExist: true }), (e: unknown) => e instanceof NewsfaqError && e.code === 'NF001');
  assert.throws(() => openSqliteStore(p, { readonly: true }), (e: unknown) => e instanceof NewsfaqError && e.code === 'NF001');
  assert.equal(existsSync(p), false);
});

test('a file that is not a database, or from a newer newsfaq, is refused with a one-line NF008', () => {
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not sqlite at all, just some text that goes on for a while'.repeat(20));
  assert.throws(() => openSqliteStore(junk), (e: unknown) => e instanceof NewsfaqError && e.code === 'NF008');
  const newer = join(dir, 'newer.db');
  const db = new Database(newer);
  db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
  db.close();
  assert.throws(() => openSqliteStore(newer), (e: unknown) => e instanceof NewsfaqError && e.code === 'NF008' && /newer newsfaq/.test(e.message));
});

test('a read-only store reads what a writer stored', async () => {
  const p = freshPath();
  const w = openSqliteStore(p);
  await w.putArticle({ article: makeArticle('x', ['Ships left the harbour at dawn.']) });
  const r = openSqliteStore(p, { readonly: true });
  assert.equal((await r.searchSentences('harbour'))[0].articleId, 'x');
  await r.close();
  await w.close();
});

test('default path: NEWSFAQ_DB, else XDG_DATA_HOME/newsfaq, else ~/.local/share/newsfaq', () => {
  assert.equal(defaultDbPath({ NEWSFAQ_DB: '/tmp/x.db' }), '/tmp/x.db');
  assert.equal(defaultDbPath({ XDG_DATA_HOME: '/data' }), '/data/newsfaq/newsfaq.db');
  assert.match(defaultDbPath({}), /\.local\/share\/newsfaq\/newsfaq\.db$/);
  assert.equal(resolveDbPath('/a/b.db', { NEWSFAQ_DB: '/tmp/x.db' }), '/a/b.db');
  const s = openStore({ env: { XDG_DATA_HOME: join(dir, 'xdg') } });
  assert.ok(existsSync(join(dir, 'xdg', 'newsfaq', 'newsfaq.db')));
  return s.close();
});
