/**
 * EDS login challenges (table `login_challenges`, migration 0005), so any server process can
 * check a challenge another issued. `take` marks one used with `UPDATE … WHERE used_at IS
 * NULL`: the row lock makes two concurrent takes see one winner.
 */
import type pg from 'pg';
import type { Challenge, ChallengeStore } from '../signature/challenge.ts';

/** How long an expired challenge is kept (a replay is told apart from a made-up nonce) before a sweep. */
const SWEEP_AFTER_MS = 3_600_000;

export class LoginChallengeRepository implements ChallengeStore {
  constructor(private readonly pool: pg.Pool) {}

  async put(challenge: Challenge): Promise<void> {
    await this.pool.query('DELETE FROM login_challenges WHERE expires_at < $1', [
      new Date(challenge.issuedAt.getTime() - SWEEP_AFTER_MS),
    ]);
    await this.pool.query('INSERT INTO login_challenges (nonce, issued_at, expires_at) VALUES ($1, $2, $3)', [
      challenge.nonce,
      challenge.issuedAt,
      challenge.expiresAt,
    ]);
  }

  async take(nonce: string, now: Date): Promise<{ challenge: Challenge; alreadyUsed: boolean } | undefined> {
    const taken = await this.pool.query<{ issued_at: Date; expires_at: Date }>(
      'UPDATE login_challenges SET used_at = $2 WHERE nonce = $1 AND used_at IS NULL RETURNING issued_at, expires_at',
      [nonce, now],
    );
    const row = taken.rows[0];
    if (row !== undefined)
      return { challenge: { nonce, issuedAt: row.issued_at, expiresAt: row.expires_at }, alreadyUsed: false };
    const used = await this.pool.query<{ issued_at: Date; expires_at: Date }>(
      'SELECT issued_at, expires_at FROM login_challenges WHERE nonce = $1',
      [nonce],
    );
    const prior = used.rows[0];
    return prior === undefined
      ? undefined
      : { challenge: { nonce, issuedAt: prior.issued_at, expiresAt: prior.expires_at }, alreadyUsed: true };
  }
}
