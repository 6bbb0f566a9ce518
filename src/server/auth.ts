/**
 * Who is calling: sessions for applicants (EDS login, eds-login.ts; demo login in demo mode) and
 * officials (password, hashed with scrypt), carried by an HttpOnly SameSite cookie plus a CSRF
 * token for unsafe methods, or by a bearer token (no CSRF: a script cannot be tricked into
 * sending a header it does not know).
 *
 * Sessions and officials are kept in the database's `sessions` and `officials` tables
 * (migrations 0002, 0015; session-store.ts). Only the SHA-256 of a session token is kept. A
 * session lasts only as long as the rights it was opened with (src/store/sessions.ts).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, RoleKind } from '../cases/model.ts';
import { AppError } from '../errors/app-error.ts';
import type { AccountChange } from '../store/officials.ts';

export const SESSION_COOKIE = 'ruqsat_session';
export const CSRF_HEADER = 'x-csrf-token';

export type Principal =
  | {
      kind: 'applicant';
      id: string;
      type: 'individual' | 'entrepreneur' | 'legal-entity';
      name: string;
      /** An employee acting for the organisation `id`, within the powers it recorded. */
      representative?: { iin: string; name: string; powers: string[] };
    }
  | {
      kind: 'official';
      id: string;
      login: string;
      role: RoleKind;
      providerId: string;
      name: string;
      /** The official's territorial unit (migration 0008): applications of other units are not theirs. */
      unitId?: string;
    }
  /** A deployment administrator: manages officials, reads the overview; never acts on a case. */
  | { kind: 'admin'; id: string; login: string; name: string };

export interface Session {
  token: string;
  csrf: string;
  principal: Principal;
  expiresAt: number;
  /** Opened by the demo login, or acting for an organisation from such a session. */
  demo: boolean;
}

/** The role an administrator's account has in the officials' table (with no provider). */
export const ADMIN_ROLE = 'admin';

export interface Official {
  login: string;
  name: string;
  role: RoleKind | typeof ADMIN_ROLE;
  providerId: string;
  /** A territorial unit of the provider (admin-units.ts), or none: the whole provider. */
  unitId?: string | null;
  /** `scrypt$N$r$p$salt$hash`, base64 parts. */
  passwordHash: string;
}

/**
 * scrypt with N = 2^14, r = 8 (16 MiB per hash): memory-hard, as OWASP's password storage
 * guidance asks, and ≈ 50 ms on the development machine — slow for guessing, fine for a login.
 */
const SCRYPT: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to compare against when the login is unknown, so timing does not tell which logins exist. */
let decoyHash: Promise<string> | undefined;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** An account as stored: also whether it is disabled, and its generation (src/store/officials.ts). */
export type OfficialAccount = Official & { disabled: boolean; generation: number };

/** A session as kept: without its token, with how it was opened. */
export interface KeptSession extends Omit<Session, 'token'> {
  /** An official's or administrator's account generation when the password was checked. */
  accountGeneration: number | null;
}

/** Where sessions and officials are kept: the store's tables (`pgSessionStore`, session-store.ts). */
export interface SessionStore {
  putSession(tokenHash: string, session: KeptSession): Promise<void>;
  /** The session, unless expired by `now`, without the rights it was opened with, or a refused demo one. */
  findSession(tokenHash: string, now: number, refuseDemo: boolean): Promise<KeptSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  putOfficial(official: Official): Promise<AccountChange>;
  findOfficial(login: string): Promise<OfficialAccount | undefined>;
  listOfficials(): Promise<OfficialAccount[]>;
  /** Disables the account and ends its sessions (`at`, `by`), or enables it (`at` null). */
  setOfficialDisabled(login: string, at: Date | null, by: string | null): Promise<AccountChange>;
}

export class Sessions {
  private readonly store: SessionStore;
  private readonly now: () => number;
  private readonly ttlMs: number;
  /** Demo-login sessions are invalid (production), even those a demo run left in the database. */
  readonly refusesDemo: boolean;

  constructor(options: { now: () => number; ttlMs?: number; store: SessionStore; refuseDemo?: boolean }) {
    this.now = options.now;
    this.ttlMs = options.ttlMs ?? 8 * 60 * 60 * 1000;
    this.store = options.store;
    this.refusesDemo = options.refuseDemo ?? false;
  }

  get maxAgeSeconds(): number {
    return Math.floor(this.ttlMs / 1000);
  }

  /** Creates or replaces an account; a changed password, role, provider or unit ends its sessions. */
  addOfficial(official: Official): Promise<AccountChange> {
    return this.store.putOfficial(official);
  }

  findOfficial(login: string): Promise<OfficialAccount | undefined> {
    return this.store.findOfficial(login);
  }

  listOfficials(): Promise<OfficialAccount[]> {
    return this.store.listOfficials();
  }

  setOfficialDisabled(login: string, at: Date | null, by: string | null): Promise<AccountChange> {
    return this.store.setOfficialDisabled(login, at, by);
  }

  private async open(
    principal: Principal,
    demo: boolean,
    accountGeneration: number | null,
  ): Promise<Session> {
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      csrf: randomBytes(24).toString('base64url'),
      principal,
      expiresAt: this.now() + this.ttlMs,
      demo,
    };
    const { token, ...kept } = session;
    await this.store.putSession(sha256(token), { ...kept, accountGeneration });
    return session;
  }

  /** An applicant's session: `demo` when opened by the demo login (or from such a session). */
  startApplicant(principal: Extract<Principal, { kind: 'applicant' }>, demo: boolean): Promise<Session> {
    return this.open(principal, demo, null);
  }

  async loginOfficial(login: string, password: string): Promise<Session> {
    const official = await this.store.findOfficial(login);
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(password, official?.passwordHash ?? (await decoyHash));
    // A disabled account is told apart from a wrong password by no one.
    if (official === undefined || !ok || official.disabled)
      throw new AppError('auth.invalid_credentials', `login failed for ${login}`);
    if (official.role === ADMIN_ROLE)
      return this.open(
        { kind: 'admin', id: official.login, login: official.login, name: official.name },
        false,
        official.generation,
      );
    return this.open(
      {
        kind: 'official',
        id: official.login,
        login: official.login,
        role: official.role,
        providerId: official.providerId,
        name: official.name,
        ...(official.unitId == null ? {} : { unitId: official.unitId }),
      },
      false,
      official.generation,
    );
  }

  async find(token: string): Promise<Session | undefined> {
    const found = await this.store.findSession(sha256(token), this.now(), this.refusesDemo);
    if (found === undefined) return undefined;
    const { accountGeneration: _, ...session } = found;
    return { token, ...session };
  }

  end(token: string): Promise<void> {
    return this.store.deleteSession(sha256(token));
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The caller's session, or undefined. A cookie session must send its CSRF token in a header on
 * unsafe methods; a bearer token need not.
 */
export async function sessionOf(sessions: Sessions, request: FastifyRequest): Promise<Session | undefined> {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return sessions.find(auth.slice(7).trim());
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined) return undefined;
  const session = await sessions.find(token);
  if (session === undefined) return undefined;
  if (unsafe.has(request.method)) {
    const given = request.headers[CSRF_HEADER];
    const a = Buffer.from(typeof given === 'string' ? given : '');
    const b = Buffer.from(session.csrf);
    if (a.length !== b.length || !timingSafeEqual(a, b))
      throw new AppError('auth.csrf', 'missing or wrong CSRF token');
  }
  return session;
}

export async function requireApplicantSession(
  sessions: Sessions,
  request: FastifyRequest,
): Promise<Extract<Principal, { kind: 'applicant' }>> {
  const session = await sessionOf(sessions, request);
  if (session === undefined) throw new AppError('auth.required', 'no session');
  if (session.principal.kind !== 'applicant')
    throw new AppError('auth.forbidden', 'not an applicant', { audience: 'applicants' });
  return session.principal;
}

export async function requireOfficialSession(
  sessions: Sessions,
  request: FastifyRequest,
): Promise<Extract<Principal, { kind: 'official' }>> {
  const session = await sessionOf(sessions, request);
  if (session === undefined) throw new AppError('auth.required', 'no session');
  if (session.principal.kind !== 'official')
    throw new AppError('auth.forbidden', 'not an official', { audience: 'officials' });
  return session.principal;
}

/** An employee acting for an organisation does only what its recorded powers allow. */
export function requirePower(me: Extract<Principal, { kind: 'applicant' }>, power: string): void {
  const rep = me.representative;
  if (rep !== undefined && !rep.powers.includes(power))
    throw new AppError('signature.power_missing', `no power ${power}`, { iin: rep.iin, bin: me.id, power });
}

export function actorOf(principal: Exclude<Principal, { kind: 'admin' }>): Actor {
  return principal.kind === 'applicant'
    ? { id: principal.id, role: 'applicant' }
    : { id: principal.login, role: principal.role, providerId: principal.providerId };
}

export async function requireAdminSession(
  sessions: Sessions,
  request: FastifyRequest,
): Promise<Extract<Principal, { kind: 'admin' }>> {
  const session = await sessionOf(sessions, request);
  if (session === undefined) throw new AppError('auth.required', 'no session');
  if (session.principal.kind !== 'admin')
    throw new AppError('auth.forbidden', 'not an administrator', { audience: 'administrators' });
  return session.principal;
}

/** Sets the session cookie and answers with the token and CSRF token. */
export function sendSession(reply: FastifyReply, session: Session, secure: boolean, maxAgeSeconds: number) {
  void reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: maxAgeSeconds,
  });
  return { token: session.token, csrfToken: session.csrf, principal: session.principal };
}
