// Rendered public responses (published FAQ, reader page, exports, article JSON), built once and kept until what
// they show changes: the desk tells us on publication, and a change by any other connection to the database
// (an ingest running beside the server) is seen through SQLite's data_version within a second.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

export interface CachedBody {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
}

export function cachedBody(text: string, type: string): CachedBody {
  const body = Buffer.from(text, 'utf8');
  return { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
}

export class ReadCache {
  private readonly entries = new Map<string, CachedBody>();
  private readonly pending = new Map<string, Promise<CachedBody | null>>();
  private generation = 0;

  constructor(private readonly maxEntries = 4000) {}

  /** The entry for `key`, built (once, however many requests wait for it) when absent. null: nothing to show. */
  async get(key: string, build: () => Promise<CachedBody | null>): Promise<CachedBody | null> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    let p = this.pending.get(key);
    if (!p) {
      const gen = this.generation;
      p = build().then(
        (v) => {
          this.pending.delete(key);
          // a build that raced an invalidation is served once but not kept; nor is "nothing here" (any id can be asked for)
          if (gen === this.generation && v !== null) this.put(key, v);
          return v;
        },
        (e) => {
          this.pending.delete(key);
          throw e;
        },
      );
      this.pending.set(key, p);
    }
    return p;
  }

  private put(key: string, v: CachedBody): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, v);
  }

  /** Forget everything about one article (keys start with its id and a NUL), or everything. */
  invalidate(articleId?: string): void {
    this.generation++;
    if (articleId === undefined) {
      this.entries.clear();
      return;
    }
    const prefix = `${articleId}\u0000`;
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }
}

export const cacheKey = (articleId: string, variant: string): string => `${articleId}\u0000${variant}`;

/** Send a cached body, or 304 when the client has it. */
export function sendCached(c: Context, entry: CachedBody): Response {
  const headers = { etag: entry.etag, 'cache-control': 'no-cache' };
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers);
  return c.body(entry.body as unknown as ArrayBuffer, 200, { ...headers, 'content-type': entry.type });
}
