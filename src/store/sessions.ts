/**
 * Sessions (table `sessions`, migration 0002): kept in PostgreSQL so that a restart logs no one
 * out and several server processes share them. Expired sessions are swept as new ones start.
 * The principal is the server's (src/server/auth.ts), stored as JSON.
 */
import type pg from 'pg';

export interface StoredSession {
  csrf: string;
  principal: unknown;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** How long an expired session is kept before a new session's start sweeps it. */
const SWEEP_AFTER_MS = 86_400_000;

export class SessionRepository {
  constructor(private readonly pool: pg.Pool) {}

  async put(tokenHash: string, session: StoredSession): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires_at < $1', [
      new Date(session.expiresAt - SWEEP_AFTER_MS),
    ]);
    await this.pool.query(
      'INSERT INTO sessions (token_hash, csrf, principal, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash, session.csrf, JSON.stringify(session.principal), new Date(session.expiresAt)],
    );
  }

  /** The session of the token's hash, unless it expired by `now` (epoch ms). */
  async find(tokenHash: string, now: number): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<{ csrf: string; principal: unknown; expires_at: Date }>(
      'SELECT csrf, principal, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash, new Date(now)],
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : { csrf: row.csrf, principal: row.principal, expiresAt: row.expires_at.getTime() };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  /** Ends every session of these officials' and administrators' logins. */
  async deleteStaffSessions(logins: string[]): Promise<void> {
    await this.pool.query(
      `DELETE FROM sessions WHERE principal->>'kind' IN ('admin', 'official') AND principal->>'login' = ANY($1)`,
      [logins],
    );
  }
}
