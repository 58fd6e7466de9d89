// Token buckets per client: `perMinute` tokens a minute, up to `burst` at once. In memory, per process.
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly perMinute: number, readonly burst: number = Math.max(1, Math.ceil(perMinute / 4))) {}

  /** Take one token; `retryAfter` (seconds) says when one will be free when none is. */
  take(key: string, now = Date.now()): { ok: boolean; retryAfter: number } {
    if (this.perMinute <= 0) return { ok: true, retryAfter: 0 };
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (this.buckets.size > 10_000) this.sweep(now);
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true, retryAfter: 0 };
    }
    return { ok: false, retryAfter: Math.ceil((1 - b.tokens) / rate / 1000) };
  }

  /** Forget clients whose bucket has filled up again. */
  private sweep(now: number): void {
    const rate = this.perMinute / 60_000;
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * rate >= this.burst) this.buckets.delete(k);
  }
}

/** The client's address: the socket's, or the first X-Forwarded-For hop when the proxy is trusted. */
export function clientKey(c: Context<AppEnv>, trustProxy = false): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}
