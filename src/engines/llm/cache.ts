// Replies cached on disk, so an article is sent to a model once per model, prompt version and
// settings: `$XDG_CACHE_HOME/newsfaq/llm` (or `~/.cache/newsfaq/llm`), one JSON file per reply.
// Only replies that could be read are cached; they are verified afresh on every run.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface ReplyCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, content: string, meta?: Record<string, unknown>): Promise<void>;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'newsfaq');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Key from the request's parts: the article text as sent, model, prompt version and settings. */
export function cacheKey(parts: Record<string, unknown>): string {
  const keys = Object.keys(parts).sort();
  return sha256(JSON.stringify(keys.map((k) => [k, parts[k] ?? null])));
}

export const noCache: ReplyCache = { get: async () => undefined, set: async () => {} };

export function diskCache(dir: string): ReplyCache {
  const root = join(dir, 'llm');
  const file = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        const data = JSON.parse(await readFile(file(key), 'utf8')) as { key?: string; content?: unknown };
        return data.key === key && typeof data.content === 'string' ? data.content : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, content, meta = {}) {
      const path = file(key);
      try {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, JSON.stringify({ key, ...meta, created: new Date().toISOString(), content }), { mode: 0o600 });
        await rename(tmp, path);
      } catch {
        // A cache that cannot be written only costs a repeated request.
      }
    },
  };
}
