// The desk's own tables (editorial state, users, tokens, sessions) in the archive's SQLite file. They are created
// and migrated here, apart from the archive's migrations (src/store/migrations.ts), and only ever refer to
// articles by id: the archive knows nothing about the desk.
import Database from 'better-sqlite3';
import { NewsfaqError } from '../errors.js';
import { ensureDbFolder } from '../store/path.js';

export type DeskDb = Database.Database;

interface DeskMigration {
  readonly version: number;
  readonly up: string;
}

/** Append only; never edit one that has shipped. desk_schema_version holds the last one applied. */
const DESK_MIGRATIONS: readonly DeskMigration[] = [
  {
    version: 1,
    up: `
CREATE TABLE desk_users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE desk_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES desk_users (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,        -- sha256 of the token; the token itself is shown once
  label TEXT,
  created_at TEXT NOT NULL,
  last_used_at TEXT
);
CREATE TABLE desk_sessions (
  id_hash TEXT PRIMARY KEY,               -- sha256 of the cookie value
  user_id INTEGER NOT NULL REFERENCES desk_users (id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
-- One row per article the desk has opened: its editorial revision and what was last published.
CREATE TABLE desk_articles (
  article_id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,             -- the article text the pairs were checked against
  revision INTEGER NOT NULL,
  published_revision INTEGER,
  published_at TEXT,
  published_by TEXT,
  published_faq TEXT,                     -- the Faq as published (JSON)
  updated_at TEXT NOT NULL
);
CREATE TABLE desk_pairs (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  kind TEXT NOT NULL,
  score REAL NOT NULL,
  evidence TEXT NOT NULL,                 -- JSON array of sentence ids
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'rejected')),
  origin TEXT NOT NULL CHECK (origin IN ('machine', 'manual')),
  edited INTEGER NOT NULL DEFAULT 0,
  machine_key TEXT,                       -- the machine's question, normalised: how a regenerated pair is recognised
  flag TEXT,                              -- JSON {ruleId, reason} when the verifier does not support the pair
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
CREATE INDEX desk_pairs_article ON desk_pairs (article_id, position);
CREATE TABLE desk_history (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  pair_id INTEGER,
  action TEXT NOT NULL,
  user_name TEXT,
  at TEXT NOT NULL,
  detail TEXT                             -- JSON {before, after, ...}
);
CREATE INDEX desk_history_article ON desk_history (article_id, id);
`,
  },
];

export const DESK_SCHEMA_VERSION = DESK_MIGRATIONS[DESK_MIGRATIONS.length - 1].version;

function currentVersion(db: DeskDb): number {
  db.exec('CREATE TABLE IF NOT EXISTS desk_schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM desk_schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Create or update the desk tables; safe when two processes open a new file at once. */
export function migrateDesk(db: DeskDb): void {
  const now = currentVersion(db);
  if (now > DESK_SCHEMA_VERSION) {
    throw new NewsfaqError('NF008', `the desk tables were written by a newer newsfaq (desk schema ${now}; this one knows ${DESK_SCHEMA_VERSION})`);
  }
  for (const m of DESK_MIGRATIONS) {
    if (m.version <= now) continue;
    db.transaction(() => {
      if (currentVersion(db) >= m.version) return;
      db.exec(m.up);
      db.prepare('INSERT INTO desk_schema_version (version) VALUES (?)').run(m.version);
    }).immediate();
  }
}

/** Open the desk tables in the archive file at `path` (':memory:' gives a private in-memory database). */
export function openDeskDb(path: string): DeskDb {
  if (path !== ':memory:') ensureDbFolder(path);
  const db = new Database(path);
  db.pragma('busy_timeout = 10000');
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrateDesk(db);
  return db;
}
