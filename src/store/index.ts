// The archive store: the interface callers use, and how to open one.
import { openSqliteStore, type SqliteOptions } from './sqlite.js';
import { resolveDbPath } from './path.js';
import type { Store } from './store.js';

export type * from './store.js';
export { contentHash } from './hash.js';
export { defaultDbPath, resolveDbPath } from './path.js';
export { openSqliteStore, SqliteStore, segmentSentences, type SqliteOptions } from './sqlite.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
export { queryWords } from './query.js';

export interface OpenStoreOptions extends SqliteOptions {
  /** Database file (`--db`); default `$NEWSFAQ_DB` or the user's data folder. */
  readonly db?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Open the archive. Today that is always SQLite; a `postgres://` location would choose another backend here. */
export function openStore(options: OpenStoreOptions = {}): Store {
  const path = resolveDbPath(options.db, options.env);
  return openSqliteStore(path, options);
}
