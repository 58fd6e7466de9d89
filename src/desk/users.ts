// Editors: accounts (bcrypt password hashes), API tokens and sign-in sessions. Tokens and session ids are random
// and stored only as SHA-256 hashes, so a copy of the database signs nobody in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { NewsfaqError } from '../errors.js';
import type { DeskDb } from './db.js';

export interface Editor {
  readonly id: number;
  readonly name: string;
}

export interface Session {
  readonly editor: Editor;
  readonly csrf: string;
  readonly expiresAt: string;
}

/** bcrypt work factor; tests lower it with NEWSFAQ_BCRYPT_COST. */
export function bcryptCost(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.NEWSFAQ_BCRYPT_COST);
  return Number.isInteger(n) && n >= 4 && n <= 15 ? n : 12;
}

export const SESSION_HOURS = 12;
export const MIN_PASSWORD = 8;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const now = (): string => new Date().toISOString();
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Same length and content, in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

// A hash compared against when the user does not exist, so a wrong name takes as long as a wrong password.
let dummyHash: string | undefined;

export class Users {
  private readonly st;

  /** `cost`: the bcrypt work factor for new hashes (default bcryptCost()). */
  constructor(db: DeskDb, private readonly cost = bcryptCost()) {
    this.st = {
      insert: db.prepare('INSERT INTO desk_users (name, password_hash, created_at) VALUES (?, ?, ?)'),
      byName: db.prepare<[string], { id: number; name: string; password_hash: string }>('SELECT id, name, password_hash FROM desk_users WHERE name = ?'),
      list: db.prepare<[], { id: number; name: string; created_at: string; tokens: number }>(
        'SELECT u.id, u.name, u.created_at, (SELECT count(*) FROM desk_tokens t WHERE t.user_id = u.id) AS tokens FROM desk_users u ORDER BY u.name'),
      remove: db.prepare('DELETE FROM desk_users WHERE name = ?'),
      setPassword: db.prepare('UPDATE desk_users SET password_hash = ? WHERE id = ?'),
      insertToken: db.prepare('INSERT INTO desk_tokens (user_id, token_hash, label, created_at) VALUES (?, ?, ?, ?)'),
      token: db.prepare<[string], { id: number; user_id: number; name: string }>(
        'SELECT t.id, t.user_id, u.name FROM desk_tokens t JOIN desk_users u ON u.id = t.user_id WHERE t.token_hash = ?'),
      touchToken: db.prepare('UPDATE desk_tokens SET last_used_at = ? WHERE id = ?'),
      insertSession: db.prepare('INSERT INTO desk_sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)'),
      session: db.prepare<[string], { user_id: number; name: string; csrf: string; expires_at: string }>(
        'SELECT s.user_id, u.name, s.csrf, s.expires_at FROM desk_sessions s JOIN desk_users u ON u.id = s.user_id WHERE s.id_hash = ?'),
      deleteSession: db.prepare('DELETE FROM desk_sessions WHERE id_hash = ?'),
      expire: db.prepare('DELETE FROM desk_sessions WHERE expires_at < ?'),
    };
  }

  static validName(name: string): boolean {
    return NAME.test(name);
  }

  async add(name: string, password: string, cost = this.cost): Promise<Editor> {
    if (!Users.validName(name)) throw new NewsfaqError('NF007', `user names are 1-64 letters, digits or . _ @ -, starting with a letter or digit: "${name}"`);
    if (password.length < MIN_PASSWORD) throw new NewsfaqError('NF007', `passwords need at least ${MIN_PASSWORD} characters`);
    if (this.st.byName.get(name)) throw new NewsfaqError('NF007', `user "${name}" already exists`);
    const hash = await bcrypt.hash(password, cost);
    const r = this.st.insert.run(name, hash, now());
    return { id: Number(r.lastInsertRowid), name };
  }

  async setPassword(name: string, password: string, cost = this.cost): Promise<void> {
    const u = this.st.byName.get(name);
    if (!u) throw new NewsfaqError('NF007', `no user "${name}"`);
    if (password.length < MIN_PASSWORD) throw new NewsfaqError('NF007', `passwords need at least ${MIN_PASSWORD} characters`);
    this.st.setPassword.run(await bcrypt.hash(password, cost), u.id);
  }

  list(): { name: string; createdAt: string; tokens: number }[] {
    return this.st.list.all().map((u) => ({ name: u.name, createdAt: u.created_at, tokens: u.tokens }));
  }

  remove(name: string): boolean {
    return this.st.remove.run(name).changes > 0;
  }

  /** The editor when name and password match (bcrypt's asynchronous compare keeps the server responsive). */
  async verify(name: string, password: string): Promise<Editor | undefined> {
    const u = Users.validName(name) ? this.st.byName.get(name) : undefined;
    if (!u) {
      dummyHash ??= await bcrypt.hash('not a password', this.cost);
      await bcrypt.compare(password, dummyHash);
      return undefined;
    }
    return (await bcrypt.compare(password, u.password_hash)) ? { id: u.id, name: u.name } : undefined;
  }

  /** A new API token for the user; the returned value is shown once and stored only as a hash. */
  createToken(name: string, label?: string): string {
    const u = this.st.byName.get(name);
    if (!u) throw new NewsfaqError('NF007', `no user "${name}"`);
    const token = `nfk_${randomToken()}`;
    this.st.insertToken.run(u.id, sha256(token), label ?? null, now());
    return token;
  }

  byToken(token: string): Editor | undefined {
    if (!token.startsWith('nfk_') || token.length > 200) return undefined;
    const t = this.st.token.get(sha256(token));
    if (!t) return undefined;
    this.st.touchToken.run(now(), t.id);
    return { id: t.user_id, name: t.name };
  }

  /** Start a session: the cookie value (random) and its CSRF token. */
  createSession(editor: Editor, hours = SESSION_HOURS): { cookie: string; csrf: string } {
    const cookie = randomToken();
    const csrf = randomToken();
    const created = new Date();
    const expires = new Date(created.getTime() + hours * 3600_000);
    this.st.expire.run(created.toISOString());
    this.st.insertSession.run(sha256(cookie), editor.id, csrf, created.toISOString(), expires.toISOString());
    return { cookie, csrf };
  }

  session(cookie: string): Session | undefined {
    if (cookie.length > 100) return undefined;
    const s = this.st.session.get(sha256(cookie));
    if (!s) return undefined;
    if (s.expires_at < now()) {
      this.st.deleteSession.run(sha256(cookie));
      return undefined;
    }
    return { editor: { id: s.user_id, name: s.name }, csrf: s.csrf, expiresAt: s.expires_at };
  }

  endSession(cookie: string): void {
    this.st.deleteSession.run(sha256(cookie));
  }
}
