/**
 * How many login attempts are allowed, counted in PostgreSQL (src/store/login-attempts.ts) so
 * every server process shares the counts and a restart keeps them:
 *
 * - per account: 10 attempts in 15 minutes, a successful login clearing them — slows guessing
 *   one official's password to 40 an hour;
 * - per account, in a row: 100 failures without a success lock the account until an
 *   administrator sets a new password or enables it again (NIST SP 800-63B-4 §3.2.2: a verifier
 *   SHALL limit consecutive failed attempts on one account to no more than 100);
 * - per address: 30 failed attempts in 15 minutes over all accounts — against spraying one
 *   common password over many logins (a success takes its attempt back, so an office behind one
 *   address is not locked out by its own logins);
 * - per address: 30 EDS login challenges a minute (each is a row in `login_challenges`).
 *
 * An attempt is counted before the password is checked: a burst of concurrent guesses cannot
 * slip past the count, and a refused attempt costs no scrypt. Over a limit, even the right
 * password is refused until the window ends. The address is the TCP peer's (`request.ip`): behind
 * a reverse proxy, set Fastify's trustProxy so that it is the client's.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { LoginAttemptRepository } from '../store/login-attempts.ts';

export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
  /** Failures in a row that lock an account until an administrator acts. */
  accountRun: number;
  challengesPerAddress: number;
  challengeWindowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 10,
  perAddress: 30,
  windowMs: 15 * 60_000,
  accountRun: 100,
  challengesPerAddress: 30,
  challengeWindowMs: 60_000,
};

/** A window long enough never to end: the run of failures ends with a success or an administrator. */
const FOREVER_MS = 100 * 365 * 86_400_000;

const accountKey = (login: string) => `account:${login.trim().toLowerCase()}`;
const runKey = (login: string) => `account-run:${login.trim().toLowerCase()}`;
const addressKey = (request: FastifyRequest) => `address:${request.ip}`;

/** The keys an administrator's change of the account clears (a new password, enabling it). */
export const accountKeys = (login: string) => [accountKey(login), runKey(login)];

function tooMany(windowEnd: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000));
  return new AppError('auth.too_many_attempts', `too many attempts, ${seconds} s left`, {
    after: `${seconds} s`,
  });
}

/**
 * Counts a password login attempt; throws when the account or the address is over its limit.
 * Returns what to call when the password turns out right.
 */
export async function countLoginAttempt(
  attempts: LoginAttemptRepository,
  limits: LoginLimits,
  request: FastifyRequest,
  login: string,
  now: Date,
): Promise<() => Promise<void>> {
  const [run] = await attempts.count([runKey(login)], FOREVER_MS, now);
  const counts = await attempts.count([accountKey(login), addressKey(request)], limits.windowMs, now);
  const succeeded = async () => {
    await attempts.clear(accountKeys(login));
    await attempts.forgive([addressKey(request)]);
  };
  if (run !== undefined && run.attempts > limits.accountRun)
    throw new AppError('auth.account_locked', `${login}: ${run.attempts - 1} failures in a row`, {
      max: limits.accountRun,
    });
  for (const c of counts) {
    const max = c.key.startsWith('account:') ? limits.perAccount : limits.perAddress;
    if (c.attempts > max) throw tooMany(c.windowEnd, now);
  }
  return succeeded;
}

/** Counts an EDS login challenge asked for from the request's address; throws over the limit. */
export async function countChallenge(
  attempts: LoginAttemptRepository,
  limits: LoginLimits,
  request: FastifyRequest,
  now: Date,
): Promise<void> {
  const [c] = await attempts.count([`challenge:${request.ip}`], limits.challengeWindowMs, now);
  if (c !== undefined && c.attempts > limits.challengesPerAddress) throw tooMany(c.windowEnd, now);
}
