/**
 * Sessions (table `sessions`, migrations 0002 and 0015): kept in PostgreSQL so that a restart
 * logs no one out and several server processes share them. Expired sessions are swept as new
 * ones start. The principal is the server's (src/server/auth.ts), stored as JSON.
 *
 * A session is valid only while the rights it was opened with hold, checked in the same query
 * that finds it (so every server process sees a withdrawal at once): an official's or
 * administrator's account still active with the generation its login verified (0015), an
 * employee's recorded powers still including those the session carries, and no demo-login
 * session on a server that refuses them (production).
 */
import type pg from 'pg';

export interface StoredSession {
  csrf: string;
  principal: unknown;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Opened by the demo login, or acting for an organisation from such a session. */
  demo: boolean;
  /** An official's or administrator's `officials.generation` when its password was checked. */
  accountGeneration: number | null;
}

/** How long an expired session is kept before a new session's start sweeps it. */
const SWEEP_AFTER_MS = 86_400_000;

/**
 * Whether the session `s` still has its rights (table alias `s`; `$3`: demo sessions refused).
 * An employee's session carries the powers recorded when it started: it holds only while the
 * organisation's record still includes all of them.
 */
const STILL_ENTITLED = `
  NOT (s.demo AND $3::boolean)
  AND CASE
    WHEN s.principal->>'kind' = 'applicant' THEN
      s.principal->'representative' IS NULL
      OR EXISTS (
        SELECT 1 FROM representatives r
        WHERE r.bin = s.principal->>'id' AND r.iin = s.principal->'representative'->>'iin'
          AND r.powers @> ARRAY(SELECT jsonb_array_elements_text(s.principal->'representative'->'powers')))
    ELSE EXISTS (
      SELECT 1 FROM officials o
      WHERE o.login = s.principal->>'login' AND o.disabled_at IS NULL AND o.generation = s.account_generation)
  END`;

/** The same check for `DELETE … WHERE NOT (…)`, never refusing demo sessions. */
const STILL_ENTITLED_ANY_MODE = STILL_ENTITLED.replace('$3::boolean', 'false');

export class SessionRepository {
  constructor(private readonly pool: pg.Pool) {}

  async put(tokenHash: string, session: StoredSession): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires_at < $1', [
      new Date(session.expiresAt - SWEEP_AFTER_MS),
    ]);
    await this.pool.query(
      `INSERT INTO sessions (token_hash, csrf, principal, expires_at, demo, account_generation)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        tokenHash,
        session.csrf,
        JSON.stringify(session.principal),
        new Date(session.expiresAt),
        session.demo,
        session.accountGeneration,
      ],
    );
  }

  /**
   * The session of the token's hash, unless it expired by `now` (epoch ms), lost its rights, or
   * is a demo session and `refuseDemo`.
   */
  async find(tokenHash: string, now: number, refuseDemo: boolean): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<{
      csrf: string;
      principal: unknown;
      expires_at: Date;
      demo: boolean;
      account_generation: number | null;
    }>(
      `SELECT s.csrf, s.principal, s.expires_at, s.demo, s.account_generation FROM sessions s
       WHERE s.token_hash = $1 AND s.expires_at > $2 AND ${STILL_ENTITLED}`,
      [tokenHash, new Date(now), refuseDemo],
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : {
          csrf: row.csrf,
          principal: row.principal,
          expiresAt: row.expires_at.getTime(),
          demo: row.demo,
          accountGeneration: row.account_generation,
        };
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

  /** Ends every demo-login session (a production start); returns how many. */
  async deleteDemoSessions(): Promise<number> {
    return (await this.pool.query('DELETE FROM sessions WHERE demo')).rowCount ?? 0;
  }

  /**
   * Ends the sessions of `subject` (a login, or an organisation's BIN) that lost their rights,
   * on the caller's transaction; returns how many.
   */
  static async endUnentitled(db: pg.ClientBase, subject: string): Promise<number> {
    const { rowCount } = await db.query(
      `DELETE FROM sessions s WHERE s.principal->>'id' = $1 AND NOT (${STILL_ENTITLED_ANY_MODE})`,
      [subject],
    );
    return rowCount ?? 0;
  }
}
