// Where the archive lives when no --db is given: $NEWSFAQ_DB, else $XDG_DATA_HOME/newsfaq/newsfaq.db, else
// ~/.local/share/newsfaq/newsfaq.db.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSFAQ_DB) return resolve(env.NEWSFAQ_DB);
  const base = env.XDG_DATA_HOME ? resolve(env.XDG_DATA_HOME) : join(homedir(), '.local', 'share');
  return join(base, 'newsfaq', 'newsfaq.db');
}

/** The database path to use: the explicit one, else the default. */
export function resolveDbPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit === ':memory:') return explicit;
  return explicit ? resolve(explicit) : defaultDbPath(env);
}

/** Create the folder a database file goes in. */
export function ensureDbFolder(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}
