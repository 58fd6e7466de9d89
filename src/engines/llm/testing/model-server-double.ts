// TEST DOUBLE for a model server. This is not a model and runs none: it is a loopback HTTP
// server that speaks the OpenAI chat-completions protocol and answers each request with the next
// scripted reply (or with what a script function returns), recording every request it receives.
// The tests use it to play a good model, a broken one, a slow one, a rate-limited one and one that
// invents facts, without any network beyond 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  /** HTTP status; default 200. */
  readonly status?: number;
  /** The assistant message's content, wrapped in a chat completion. */
  readonly content?: string;
  /** A whole JSON body instead (e.g. an OpenAI error object). */
  readonly json?: unknown;
  /** A raw text body instead. */
  readonly body?: string;
  readonly headers?: Record<string, string>;
  /** Wait this long before answering (to make the client time out). */
  readonly delayMs?: number;
  readonly finishReason?: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: any;
}

export type Script = readonly ScriptedReply[] | ((request: RecordedRequest, n: number) => ScriptedReply);

export interface ModelServerDouble {
  /** Base URL, e.g. http://127.0.0.1:40123/v1 (requests go to {url}/chat/completions). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests being answered right now, and the most at once. */
  readonly inFlight: { now: number; max: number };
  close(): Promise<void>;
}

/** A chat-completion body with the given assistant content. */
export function completion(content: string, finishReason = 'stop'): Record<string, unknown> {
  return {
    id: 'chatcmpl-double',
    object: 'chat.completion',
    created: 0,
    model: 'double',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

/** JSON content for a reply holding these pairs. */
export function pairsContent(pairs: readonly { question: string; answer: string; kind?: string; evidence: readonly string[] }[]): string {
  return JSON.stringify({ pairs: pairs.map((p) => ({ kind: 'event', ...p })) });
}

export async function startModelServer(script: Script): Promise<ModelServerDouble> {
  const requests: RecordedRequest[] = [];
  const inFlight = { now: 0, max: 0 };
  const timers = new Set<NodeJS.Timeout>();
  let chatRequests = 0;

  const answer = (res: ServerResponse, reply: ScriptedReply) => {
    if (res.destroyed) return;
    const status = reply.status ?? 200;
    const body = reply.body ?? JSON.stringify(reply.json ?? (reply.content !== undefined ? completion(reply.content, reply.finishReason) : {}));
    res.writeHead(status, { 'content-type': reply.body !== undefined ? 'text/plain' : 'application/json', ...reply.headers });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'); } catch { body = Buffer.concat(chunks).toString('utf8'); }
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      if (req.method !== 'POST' || !/\/chat\/completions$/.test(req.url ?? '')) {
        answer(res, { status: 404, json: { error: { message: `no route ${req.method} ${req.url}` } } });
        return;
      }
      const n = chatRequests++;
      const reply: ScriptedReply = typeof script === 'function'
        ? script(recorded, n)
        : script[n] ?? { status: 500, json: { error: { message: `script exhausted after ${script.length} replies` } } };
      inFlight.now++;
      inFlight.max = Math.max(inFlight.max, inFlight.now);
      const done = () => { inFlight.now--; answer(res, reply); };
      if (reply.delayMs) {
        const t = setTimeout(() => { timers.delete(t); done(); }, reply.delayMs);
        timers.add(t);
        res.on('close', () => { if (timers.delete(t)) { clearTimeout(t); inFlight.now--; } });
      } else done();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
