// One JSON POST with a timeout, retried with exponential backoff on what may pass (network
// errors, timeouts, 408, 429, 5xx; Retry-After honoured up to a cap). Other statuses fail at once
// with the server's own message.
import { LlmError } from './errors.js';

export interface RetrySettings {
  /** Abort one attempt after this long (connect, headers and body). */
  readonly timeoutMs: number;
  /** Further attempts after the first. */
  readonly retries: number;
  /** First backoff; doubled each retry. */
  readonly backoffMs: number;
  /** Longest wait between attempts, including a server's Retry-After. */
  readonly maxBackoffMs: number;
}

export interface PostResult {
  readonly status: number;
  readonly json: unknown;
}

/** Called before each retry, for the run's notes. */
export type RetryListener = (info: { attempt: number; delayMs: number; error: LlmError }) => void;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const secs = Number(header);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function networkCause(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const cause = err?.cause;
  if (cause?.code) return `${cause.code}${cause.message && !cause.message.includes(cause.code) ? `: ${cause.message}` : ''}`;
  return cause?.message ?? err?.message ?? String(e);
}

/** The server's own explanation from an error body: OpenAI's {error: {message}} or plain text. */
export function serverMessage(json: unknown, text: string): string {
  const j = json as { error?: unknown; message?: unknown; detail?: unknown } | undefined;
  const e = j?.error as { message?: unknown } | string | undefined;
  const m = typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : typeof j?.message === 'string' ? j.message : typeof j?.detail === 'string' ? j.detail : text;
  return String(m).replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Redact credentials from a URL before it is shown. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

async function attempt(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal: controller.signal });
    const text = await res.text();
    let json: unknown;
    try { json = JSON.parse(text); } catch { json = undefined; }
    if (res.ok) {
      if (json === undefined) throw new LlmError('bad-response', `${displayUrl(url)} answered with something other than JSON: ${text.slice(0, 80)}`, { retryable: true });
      return { status: res.status, json };
    }
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
    const what = res.status === 401 || res.status === 403 ? 'refused the request (check the API key)'
      : res.status === 404 ? 'has no such endpoint or model (the URL should end in /v1, and the model must be one the server serves)'
        : `answered HTTP ${res.status}`;
    throw new LlmError('http', `language model server ${displayUrl(url)} ${what}: ${serverMessage(json, text)}`, {
      status: res.status, retryable, retryAfterMs: retryAfterMs(res.headers.get('retry-after')),
    });
  } catch (e) {
    if (e instanceof LlmError) throw e;
    if (timedOut) throw new LlmError('timeout', `language model server ${displayUrl(url)} did not reply within ${timeoutMs} ms`, { retryable: true });
    throw new LlmError('unreachable', `language model server ${displayUrl(url)} is unreachable (${networkCause(e)})`, { retryable: true });
  } finally {
    clearTimeout(timer);
  }
}

export async function postJson(
  url: string,
  payload: unknown,
  headers: Record<string, string>,
  settings: RetrySettings,
  onRetry?: RetryListener,
): Promise<PostResult> {
  const body = JSON.stringify(payload);
  const allHeaders = { 'content-type': 'application/json', accept: 'application/json', ...headers };
  for (let n = 0; ; n++) {
    try {
      return await attempt(url, body, allHeaders, settings.timeoutMs);
    } catch (e) {
      const err = e as LlmError;
      if (!err.retryable || n >= settings.retries) throw err;
      const backoff = settings.backoffMs * 2 ** n;
      const delayMs = Math.min(settings.maxBackoffMs, Math.max(backoff, err.retryAfterMs ?? 0));
      onRetry?.({ attempt: n + 1, delayMs, error: err });
      await sleep(delayMs);
    }
  }
}
