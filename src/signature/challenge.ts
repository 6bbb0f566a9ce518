/**
 * Login by signature: the server issues a one-time challenge, the applicant signs it with the
 * AUTH key (NCALayer), the server verifies it and opens a session for the IIN/BIN in the
 * certificate. A challenge is taken from the store once; a second use is `challenge_replayed`.
 * Pure apart from the store port; the clock and the random source are parameters.
 */
import { AppError } from '../errors/app-error.ts';
import type { RevocationSource } from './revocation.ts';
import type { SignerSummary, VerificationResult, VerifyOptions } from './verify.ts';
import { verifySignature } from './verify.ts';

export interface Challenge {
  /** base64url of 32 random bytes: what the applicant signs (as UTF-8 text). */
  nonce: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** The port: where issued challenges wait. `take` marks one used and returns what it was. */
export interface ChallengeStore {
  put(challenge: Challenge): Promise<void>;
  /** The challenge and whether it was already used; undefined when never issued (or purged). */
  take(nonce: string, now: Date): Promise<{ challenge: Challenge; alreadyUsed: boolean } | undefined>;
}

/**
 * Keeps challenges in memory, remembering used ones until they expire so that a replay is told
 * apart from a made-up nonce. One process only; a shared store goes in src/store.
 */
export class InMemoryChallengeStore implements ChallengeStore {
  private readonly entries = new Map<string, { challenge: Challenge; used: boolean }>();

  async put(challenge: Challenge): Promise<void> {
    this.entries.set(challenge.nonce, { challenge, used: false });
  }

  async take(nonce: string, now: Date): Promise<{ challenge: Challenge; alreadyUsed: boolean } | undefined> {
    for (const [key, entry] of this.entries) if (entry.challenge.expiresAt < now) this.entries.delete(key);
    const entry = this.entries.get(nonce);
    if (entry === undefined) return undefined;
    const alreadyUsed = entry.used;
    entry.used = true; // synchronous with the read: two concurrent takes cannot both see unused
    return { challenge: entry.challenge, alreadyUsed };
  }
}

export const CHALLENGE_TTL_MS = 5 * 60_000;

/** Issues a challenge valid for `ttlMs` from `now`; `random` gives the 32 bytes. */
export async function issueChallenge(
  store: ChallengeStore,
  now: Date,
  random: (size: number) => Uint8Array,
  ttlMs = CHALLENGE_TTL_MS,
): Promise<Challenge> {
  const challenge = {
    nonce: Buffer.from(random(32)).toString('base64url'),
    issuedAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  };
  await store.put(challenge);
  return challenge;
}

/** The bytes the applicant signs for a challenge. */
export const challengeContent = (nonce: string): Uint8Array => new Uint8Array(Buffer.from(nonce, 'utf8'));

export interface LoginSession {
  iin: string | null;
  bin: string | null;
  signer: SignerSummary;
  at: Date;
}

/**
 * Verifies a signed challenge and returns who logged in. The signature may be attached or
 * detached over the nonce; the key must be an authentication key unless `purpose` says otherwise.
 * Throws `challenge_unknown`, `challenge_expired`, `challenge_replayed`, or the verification's code.
 */
export async function login(
  store: ChallengeStore,
  nonce: string,
  signature: Uint8Array,
  options: Omit<VerifyOptions, 'content'> & { revocation: RevocationSource | null },
): Promise<LoginSession> {
  const taken = await store.take(nonce, options.now);
  if (taken === undefined) throw new AppError('signature.challenge_unknown', 'unknown challenge');
  if (taken.alreadyUsed) throw new AppError('signature.challenge_replayed', 'challenge already used');
  if (taken.challenge.expiresAt < options.now)
    throw new AppError('signature.challenge_expired', 'challenge expired', {
      expiresAt: taken.challenge.expiresAt.toISOString(),
    });
  const result: VerificationResult = await verifySignature(signature, {
    ...options,
    purpose: options.purpose ?? 'auth',
    content: challengeContent(nonce),
  });
  if (!result.valid || result.signer === null || result.code !== 'ok')
    throw new AppError(result.code === 'ok' ? 'signature.malformed' : result.code, result.message, {
      ...result.params,
    });
  return { iin: result.signer.iin, bin: result.signer.bin, signer: result.signer, at: options.now };
}
