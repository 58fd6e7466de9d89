// The SQLite schema, as an ordered list of migrations. PRAGMA user_version holds the last one applied and
// schema_migrations records when each ran. To change the schema, append a migration (never edit one that has
// shipped): e.g. the web desk's editors, edit history, users and tokens go in a migration 2 of their own tables,
// and no caller of the Store interface changes.
import type Database from 'better-sqlite3';
import { NewsfaqError } from '../errors.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, sentences, annotations, faqs, pairs, full-text indexes',
    up: `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
CREATE TABLE articles (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  date TEXT,
  source TEXT,
  url TEXT,
  format TEXT NOT NULL,
  paragraphs TEXT NOT NULL,          -- JSON array of strings
  words INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_newest ON articles (date DESC, pk DESC);
CREATE INDEX articles_source ON articles (source);

-- One row per sentence, in order; an article's sentences have consecutive pks (written together), which lets a
-- search be restricted to one article by a rowid range.
CREATE TABLE sentences (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  sid TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (article, n)
);

-- The annotated Doc, encoded (annotation.ts), so ask need not annotate stored articles again.
CREATE TABLE annotations (
  article INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
  version TEXT NOT NULL,
  data BLOB NOT NULL
);

CREATE TABLE faqs (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
  engine TEXT NOT NULL,
  version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  faq TEXT NOT NULL,                 -- the Faq without its pairs (article, stats, messages) as JSON
  UNIQUE (article, engine)
);

CREATE TABLE pairs (
  pk INTEGER PRIMARY KEY,
  faq INTEGER NOT NULL REFERENCES faqs (pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  kind TEXT NOT NULL,
  score REAL NOT NULL,
  evidence TEXT NOT NULL,            -- JSON [{id, text}]
  UNIQUE (faq, position)
);

-- Full-text indexes (BM25). Contentless: the text lives in the tables above, rowid = their pk.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE VIRTUAL TABLE pairs_fts USING fts5 (question, answer, content = '', contentless_delete = 1, ${TOKENIZE});
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
INSERT INTO pairs_fts (pairs_fts, rank) VALUES ('rank', 'bm25(1.0, 0.25)');
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Bring a database up to the latest schema; returns the migrations applied. */
export function migrate(db: Database.Database, location: string): Migration[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new NewsfaqError('NF008', `${location} was written by a newer newsfaq (schema ${current}; this one knows ${SCHEMA_VERSION})`);
  }
  const applied: Migration[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // IMMEDIATE: two processes opening a new database at once apply each migration once.
    const ran = db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return false;
      db.exec(m.up);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m);
  }
  return applied;
}
