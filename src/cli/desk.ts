// `newsfaq serve` (the HTTP API, the editors' desk and the reader pages) and `newsfaq user ...` (editor accounts
// and API tokens), over the archive's database file.
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { NewsfaqError } from '../errors.js';
import { openStore } from '../store/index.js';
import { openDeskDb, Users, MIN_PASSWORD } from '../desk/index.js';
import { startServer } from '../server/serve.js';
import type { Io } from './main.js';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return n;
}

function perMinute(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number of requests per minute (0: no limit).');
  return n;
}

/** Open the archive (creating it when new) and its desk tables, run `fn`, close both. */
async function withUsers<T>(db: string | undefined, fn: (users: Users, location: string) => Promise<T> | T): Promise<T> {
  const store = openStore({ db });
  const deskDb = openDeskDb(store.location);
  try {
    return await fn(new Users(deskDb), store.location);
  } finally {
    deskDb.close();
    await store.close();
  }
}

/** A password typed at the terminal without echo. */
function promptHidden(prompt: string, io: Io): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    io.err(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let text = '';
    const done = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      io.err('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') { done(); resolve(text); return; }
        if (ch === '\u0003' || ch === '\u0004') { done(); reject(new NewsfaqError('NF007', 'cancelled')); return; }
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The new password: first line of standard input (--password-stdin), $NEWSFAQ_PASSWORD, or typed twice. */
async function newPassword(opts: { passwordStdin?: boolean }, io: Io): Promise<string> {
  if (opts.passwordStdin) return readFileSync(0, 'utf8').split(/\r?\n/)[0];
  if (process.env.NEWSFAQ_PASSWORD) return process.env.NEWSFAQ_PASSWORD;
  if (!process.stdin.isTTY) throw new NewsfaqError('NF007', 'no password: use --password-stdin, set NEWSFAQ_PASSWORD, or run in a terminal');
  const first = await promptHidden(`Password (at least ${MIN_PASSWORD} characters): `, io);
  const again = await promptHidden('Again: ', io);
  if (first !== again) throw new NewsfaqError('NF007', 'the passwords do not match');
  return first;
}

export function registerDesk(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description("serve the HTTP API, the editors' desk and the reader pages over the archive")
    .option('--db <file>', 'the archive (default: $NEWSFAQ_DB or ~/.local/share/newsfaq/newsfaq.db)')
    .option('-p, --port <n>', 'port (0 picks a free one)', port, 8080)
    .option('--host <address>', 'address to listen on (default 127.0.0.1: this machine only)', '127.0.0.1')
    .option('--trust-proxy', 'take the client address from X-Forwarded-For (only behind your own proxy)')
    .option('--secure-cookies', 'mark cookies Secure (when served over https)')
    .option('--ask-rate <n>', 'new questions a client may ask per minute (answers already given are not counted; 0: no limit)', perMinute, 60)
    .option('--generate-rate <n>', 'FAQ generations an editor may run per minute (0: no limit)', perMinute, 20)
    .addHelpText('after', `
Pages: /            articles and "ask the archive"
       /articles/ID the reader page: article, published FAQ (with JSON-LD), ask box
       /desk        the editors' desk (sign in with an account from "newsfaq user add")
API:   /openapi.json describes every route; editing needs a session or an API token ("newsfaq user token").

Examples:
  newsfaq ingest examples/japan-asean-summit.txt
  newsfaq user add alice
  newsfaq serve --port 8080`)
    .action(async (opts: { db?: string; port: number; host: string; trustProxy?: boolean; secureCookies?: boolean; askRate: number; generateRate: number }) => {
      const server = await startServer({
        db: opts.db, port: opts.port, host: opts.host, trustProxy: opts.trustProxy, secureCookies: opts.secureCookies,
        askPerMinute: opts.askRate, generatePerMinute: opts.generateRate,
      });
      const { store, users } = server.parts;
      const counts = await store.counts();
      io.err(`newsfaq: serving ${store.location} (${counts.articles} articles) at ${server.url}\n`);
      io.err(`newsfaq: reader pages ${server.url}/  desk ${server.url}/desk  API ${server.url}/openapi.json  (Ctrl-C stops)\n`);
      if (!users.list().length) io.err('newsfaq: no editor accounts yet: create one with "newsfaq user add NAME"\n');
      if (!/^(127\.|::1$|localhost$)/.test(opts.host)) io.err('newsfaq: listening beyond this machine: put it behind https and use --secure-cookies\n');
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          io.err(`newsfaq: ${signal}: finishing requests in flight, then stopping\n`);
          process.off('SIGINT', onInt);
          process.off('SIGTERM', onTerm);
          void server.close().then(resolve);
        };
        const onInt = () => stop('SIGINT');
        const onTerm = () => stop('SIGTERM');
        process.on('SIGINT', onInt);
        process.on('SIGTERM', onTerm);
      });
    });

  const user = program.command('user').description('editor accounts and API tokens for the desk');

  user
    .command('add')
    .description('create an editor account (the password is read from the terminal, --password-stdin or $NEWSFAQ_PASSWORD)')
    .argument('<name>', 'user name: letters, digits, . _ @ -')
    .option('--db <file>', 'the archive')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (name: string, opts: { db?: string; passwordStdin?: boolean }) => {
      const password = await newPassword(opts, io);
      await withUsers(opts.db, async (users, location) => {
        await users.add(name, password);
        io.err(`newsfaq: editor "${name}" added to ${location}\n`);
      });
    });

  user
    .command('passwd')
    .description("set an editor's password")
    .argument('<name>')
    .option('--db <file>', 'the archive')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (name: string, opts: { db?: string; passwordStdin?: boolean }) => {
      const password = await newPassword(opts, io);
      await withUsers(opts.db, (users) => users.setPassword(name, password));
      io.err(`newsfaq: password of "${name}" changed\n`);
    });

  user
    .command('list')
    .description('list editor accounts')
    .option('--db <file>', 'the archive')
    .option('--json', 'as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const list = await withUsers(opts.db, (users) => users.list());
      if (opts.json) io.out(`${JSON.stringify(list, null, 2)}\n`);
      else for (const u of list) io.out(`${u.name}\t${u.createdAt}\t${u.tokens} token${u.tokens === 1 ? '' : 's'}\n`);
    });

  user
    .command('remove')
    .description('remove an editor account (with its tokens and sessions)')
    .argument('<name>')
    .option('--db <file>', 'the archive')
    .action(async (name: string, opts: { db?: string }) => {
      const removed = await withUsers(opts.db, (users) => users.remove(name));
      if (!removed) {
        io.err(`newsfaq: no user "${name}"\n`);
        setExit(1);
      }
    });

  user
    .command('token')
    .description('create an API token for an editor (printed once; send it as "Authorization: Bearer TOKEN")')
    .argument('<name>')
    .option('--db <file>', 'the archive')
    .option('--label <text>', 'what the token is for')
    .action(async (name: string, opts: { db?: string; label?: string }) => {
      const token = await withUsers(opts.db, (users) => users.createToken(name, opts.label));
      io.out(`${token}\n`);
    });
}
