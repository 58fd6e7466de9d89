// `newsfaq serve`: the app on a Node HTTP server, bound to 127.0.0.1 unless told otherwise, with a graceful
// shutdown (stop accepting, let requests in flight finish, close idle keep-alive connections, close the database).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { openStore } from '../store/index.js';
import { openDeskDb } from '../desk/db.js';
import type { Store } from '../store/store.js';
import type { DeskDb } from '../desk/db.js';
import type { ServerOptions } from './context.js';
import { createApp, createServerContext, type ServerParts } from './app.js';

export interface StartOptions extends ServerOptions {
  /** Archive file (default: the store's default path). */
  readonly db?: string;
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly parts: ServerParts;
  /** Stop gracefully; connections still busy after `graceMs` are cut. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const store: Store = openStore({ db: opts.db });
  let deskDb: DeskDb | undefined;
  try {
    deskDb = openDeskDb(store.location);
  } catch (e) {
    await store.close();
    throw e;
  }
  const parts = createServerContext(store, deskDb, opts);
  const app = createApp(parts);
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }) as Server;
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  }).catch(async (e) => {
    await parts.dispose();
    deskDb!.close();
    await store.close();
    throw e;
  });
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}`,
    port,
    host,
    parts,
    close(graceMs = 10_000) {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }).then(async () => {
        await parts.dispose();
        deskDb!.close();
        await store.close();
      });
      return closing;
    },
  };
}
